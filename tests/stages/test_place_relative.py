"""Relative phrases: names situated "west of Sydney", "just outside Washington", "in southwest
Missouri" are the candidates near the place the phrase names."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.gazetteer import GazEntry
from dyads.stages.place_relative import lies_near, relative_reference

from .place_helpers import by_text, places, shared_finder


def _reference(nlp: Language, text: str, name: str) -> str | None:
    doc = nlp(text)
    mentions = shared_finder().find(doc)
    mention = next(m for m in mentions if doc[m.start : m.end].text == name)
    found = relative_reference(doc, mention, mentions)
    return None if found is None else doc[found.start : found.end].text


def test_a_compass_phrase_after_a_list_names_its_reference(nlp: Language) -> None:
    text = "Bushfires forced evacuations in Penrith and Richmond, west of Sydney."
    assert _reference(nlp, text, "Penrith") == "Sydney"
    assert _reference(nlp, text, "Richmond") == "Sydney"


def test_outside_and_in_a_compass_part_name_their_reference(nlp: Language) -> None:
    outside = "Alexandria and Arlington, just outside Washington, ordered masks in schools."
    assert _reference(nlp, outside, "Arlington") == "Washington"
    inside = "A tornado damaged homes in Springfield and Joplin in southwest Missouri."
    assert _reference(nlp, inside, "Springfield") == "southwest Missouri"


def test_no_reference_without_a_relative_phrase(nlp: Language) -> None:
    assert _reference(nlp, "Police in Richmond and Sydney made arrests.", "Richmond") is None
    # Capitalised compass words open a name: "in North Korea" situates nothing.
    text = "Officials from Seoul met envoys in North Korea."
    assert _reference(nlp, text, "Seoul") is None


def test_lies_near_a_town_a_region_or_a_country() -> None:
    sydney = GazEntry("city", "Sydney", "AUS", "New South Wales", -33.87, 151.21, 5_600_000, None)
    richmond = GazEntry("city", "Richmond", "AUS", "New South Wales", -33.6, 150.75, 5_400, None)
    virginia = GazEntry("city", "Richmond", "USA", "Virginia", 37.54, -77.44, 226_000, None)
    state = GazEntry("admin1", "New South Wales", "AUS", None, -32.0, 147.0, 8_000_000, None)
    assert lies_near(richmond, sydney)
    assert not lies_near(virginia, sydney)
    assert lies_near(richmond, state)
    assert not lies_near(virginia, state)


def test_towns_west_of_sydney_are_australian(nlp: Language) -> None:
    found = by_text(
        places(nlp, "Bushfires forced evacuations in Penrith and Richmond, west of Sydney.")
    )
    assert found["Richmond"].country == found["Penrith"].country == "AUS"
    assert found["Sydney"].country == "AUS"


def test_a_big_namesake_abroad_yields_to_the_town_outside_the_capital(nlp: Language) -> None:
    found = by_text(places(nlp, "Wildfires raged near Guadalajara and Toledo, outside Madrid."))
    assert found["Guadalajara"].country == "ESP"
    found = by_text(places(nlp, "Aurora and Naperville, west of Chicago, opened cooling centres."))
    assert found["Aurora"].admin1 == "Illinois"


def test_a_reference_is_read_on_its_own_not_through_the_town_it_situates(
    nlp: Language,
) -> None:
    found = by_text(places(nlp, "The firm will build a plant in New Albany, outside Columbus."))
    assert found["Columbus"].admin1 == "Ohio" and found["New Albany"].admin1 == "Ohio"
    found = by_text(places(nlp, "Hail hit Seymour, south of Columbus, on Monday."))
    assert found["Columbus"].admin1 == "Indiana"  # Seymour, Indiana, lies beside it
    found = by_text(places(nlp, "A tornado hit Seymour, just outside Columbus, Indiana."))
    assert found["Columbus"].admin1 == "Indiana"
