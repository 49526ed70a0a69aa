"""Mentions looked up in the gazetteer: names widened to regions and compass points, spelling
variants, and unknown names kept or left by the words in them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.gazetteer import load_gazetteer
from dyads.stages.place_lookup import UNCUED_VARIANT_POPULATION

from .place_helpers import (
    PlaceFacts,
    by_text,
    found_among_test,
    found_exactly_test,
    model_misses_test,
    no_places_test,
    places,
    resolved_test,
    shared_finder,
    shared_geoparser,
    shared_lookup,
    tag_entity,
)

# Places found in a sentence, by their words, with the fields each rule decides; None: not found.
RESOLVED: dict[str, tuple[str, PlaceFacts]] = {
    "region phrases": (
        "Troops entered the Donetsk region, and shelling hit southern Lebanon.",
        {
            # 709716: the GeoNames first-level region
            "Donetsk region": {"name": "Donetsk Oblast", "country": "UKR", "geonameid": 709716},
            "southern Lebanon": {"country": "LBN", "name": "Lebanon"},
        },
    ),
    "a region named like a state is that state": (
        "Officials in Washington state and New York state disagreed.",
        {
            "Washington state": {"name": "Washington", "admin1": "Washington"},
            "New York state": {"name": "New York"},
        },
    ),
    "unknown names are kept only when they name a kind of place": (
        "Tourists gathered on Desire Street at dusk.",
        {"Desire Street": {"country": None, "lat": None}},
    ),
    "a compass point before a country is part of that country": (
        "Israel mounted its invasion of South Lebanon.",
        {"South Lebanon": {"country": "LBN"}},
    ),
    "a compass point before a country is part of that country: names that hold one": (
        "Voters in North Carolina and South Africa.",
        {"North Carolina": {"country": "USA"}, "South Africa": {"country": "ZAF"}},
    ),
    "a compass point before a country or region is that area": (
        "Two hikers were rescued from a cliff in West Wales.",
        {"West Wales": {"country": "GBR"}},
    ),
    "a qualified town named with a compass point is the town": (
        "A chemical spill forced evacuations in East Palestine, Ohio.",
        {"East Palestine": {"country": "USA"}},
    ),
    "spelling variant of a sizeable town": (
        "Airstrikes hit Sa'ada province overnight.",
        {"Sa'ada": {"country": "YEM"}},
    ),
    "spelling variant of a sizeable town: with an article": (
        "Clashes were reported in Deir al-Balah on Monday.",
        {"Deir al-Balah": {"country": "PSE"}},
    ),
}

# Sentences in which no place may be found, by the rule that keeps each one out.
NO_PLACES: dict[str, tuple[str]] = {
    "unknown names are kept only when they name a kind of place": (
        "Sales of the Galaxy Nexus rose.",
    ),
}

# Every toponym a sentence holds, in text order, by the rule that finds or drops them.
FOUND_EXACTLY: dict[str, tuple[str, list[str]]] = {
    "an unknown name in brand case is no place": (
        "Boeing delivered the jet to AirTran, ending years of delays.",
        [],
    ),
}

# One toponym a sentence must yield, among any others.
FOUND_AMONG: dict[str, tuple[str, str]] = {
    "a place before a lower case feature word keeps its own name": (
        "Rescuers searched the coast near Brighton and at Hackney beach.",
        "Hackney",
    ),
}

# A toponym the model does not tag as a place, and words that one toponym found must hold.
MODEL_MISSES: dict[str, tuple[str, str]] = {
    "an unknown name that starts with a word for a feature is kept": (
        "Police searched the shore of Lake Kivu for survivors.",
        "Lake Kivu",
    ),
}


test_places_resolved = resolved_test(RESOLVED)
test_no_places = no_places_test(NO_PLACES)
test_toponyms_found = found_exactly_test(FOUND_EXACTLY)
test_toponym_among_those_found = found_among_test(FOUND_AMONG)
test_kinds_of_toponyms_the_model_misses = model_misses_test(MODEL_MISSES)


def test_a_region_word_widens_a_town_to_its_region(nlp: Language) -> None:
    doc = nlp("Drones struck the Tver region overnight.")
    mention = shared_lookup().mention_at(doc, 3, 5, tagged=True)
    assert mention is not None and mention.area_only
    assert {entry.kind for entry in mention.candidates} == {"admin1"}


def test_an_unknown_name_in_brand_case_is_no_place(nlp: Language) -> None:
    doc = nlp("The jets went to SkyTran and to Kolwezi Street.")
    lookup = shared_lookup()
    assert lookup.mention_at(doc, 4, 5, tagged=True, located=True) is None  # "SkyTran"
    street = lookup.mention_at(doc, 7, 9, tagged=True, located=True)
    assert street is not None and street.candidates == ()  # "Kolwezi Street": kept, unknown


def test_a_large_town_spelt_otherwise_joins_a_small_namesake() -> None:
    # "Zaporizhzhia" is the own name of a village only; the city is written "Zaporizhzhya".
    named = shared_lookup().places_named("Zaporizhzhia", variants=False)
    towns = [e for e in named if e.kind == "city"]
    assert max(town.population for town in towns) > 500_000


def test_small_towns_by_a_spelling_variant_need_a_cue() -> None:
    # "Kiriat Shmona" is written "Qiryat Shmona" in the gazetteer, a town of about 22,000.
    lookup = shared_lookup()
    assert not lookup.gazetteer.lookup("Kiriat Shmona")
    assert not lookup.places_named("Kiriat Shmona", variants=True)
    cued = lookup.places_named("Kiriat Shmona", variants=True, cued=True)
    assert [e.country for e in cued] == ["ISR"]


def test_short_names_and_acronyms_have_no_spelling_variants() -> None:
    lookup = shared_lookup()
    assert not lookup.places_named("AI", variants=True, cued=True)
    assert not lookup.places_named("Yie", variants=True, cued=True)


def test_spelling_variant_needs_a_sizeable_town(nlp: Language) -> None:
    # Šaľa (Slovakia) is a variant of "Salah" but too small to be found so without a cue.
    small = load_gazetteer().lookup("Sala")
    assert all(e.population < UNCUED_VARIANT_POPULATION for e in small if e.name == "Šaľa")
    found = places(nlp, "Mohamed Salah scored twice in Liverpool's win.")
    assert all(p.country != "SVK" for p in found)
    found = places(nlp, "Young players dream of becoming the next Salah.")
    assert all(p.country != "SVK" for p in found)


def test_a_direction_word_before_a_qualified_town_is_part_of_its_name(nlp: Language) -> None:
    doc = nlp("A chemical spill forced evacuations in East Palestine, Ohio.")
    mentions = {doc[m.start : m.end].text: m for m in shared_finder().find(doc)}
    assert not mentions["East Palestine"].area_only


def test_upstate_names_the_state_not_the_city(nlp: Language) -> None:
    found = places(nlp, "Snow buried small towns in upstate New York.")
    state = next(place for place in found if "New York" in place.text)
    assert state.name == "New York" and state.lat is not None and state.lat > 41.5


def test_a_building_name_ends_at_the_word_for_the_building(nlp: Language) -> None:
    doc = nlp("Prayers were held at the Manila Cathedral, Bishop Reyes said.")
    tag_entity(doc, "the", "Reyes", "FAC")
    found = by_text(shared_geoparser().process(doc, []))
    assert "Manila Cathedral" in found


def test_a_division_word_prefers_the_division_to_a_river(nlp: Language) -> None:
    doc = nlp("Drones struck a power station in River Nile state.")
    mention = shared_lookup().region_phrase(doc, 6, 8, 9)
    assert mention is not None
    assert {(entry.kind, entry.country) for entry in mention.candidates} == {("admin1", "SDN")}


def test_an_island_named_like_a_division_is_the_division(nlp: Language) -> None:
    found = by_text(places(nlp, "Australia will fund a new naval base on Manus Island."))
    assert (found["Manus Island"].country, found["Manus Island"].name) == ("PNG", "Manus")
    # An island the gazetteer knows by its whole name keeps its own entry.
    known = by_text(places(nlp, "Ferries to Vancouver Island were cancelled."))
    assert known["Vancouver Island"].name == "Vancouver Island"


@pytest.mark.parametrize(
    ("text", "river", "country"),
    [
        ("Barges sailed down the Vistula to Gdansk.", "Vistula", "POL"),
        ("Fighting raged along the Dniester in 1992.", "Dniester", None),
        ("The Zambezi River rose after weeks of rain.", "Zambezi River", None),
        ("Pilgrims bathed in the Yamuna at dawn.", "Yamuna", "IND"),
    ],
)
def test_major_and_border_rivers_are_regions(
    nlp: Language, text: str, river: str, country: str | None
) -> None:
    found = by_text(places(nlp, text))[river]
    assert found.country == country
    assert found.geonameid is None
