"""Toponyms from the model's entities: trimmed and widened ("the Western US", "Umuokpara,
Nigeria", "Trinidad and Tobago"), names run together ("Greece Italy"), streets and buildings
under other labels."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from dyads.stages.place_entities import joined_neighbours, split_at_preposition

from .place_helpers import (
    PlaceFacts,
    by_text,
    found_among_test,
    places,
    resolved_test,
    shared_geoparser,
    shared_lookup,
    tag_entity,
    toponyms,
)

# Places found in a sentence, by their words, with the fields each rule decides; None: not found.
RESOLVED: dict[str, tuple[str, PlaceFacts]] = {
    "a town whose saint prefix the model left out of its entity": (
        "Thousands marched through Santo Domingo on Sunday to demand an end to power cuts.",
        {"Santo Domingo": {"country": "DOM"}},
    ),
    "a town opening with São, tagged whole, is unchanged": (
        "Flights out of São Paulo were cancelled after heavy rain.",
        {"São Paulo": {"country": "BRA"}},
    ),
    "a possessive the model ran into a person's entity is read as a cue": (
        "Central Java's governor said the dam would be finished next year.",
        {"Central Java": {"country": "IDN"}},
    ),
    "country names longer than the entity": (
        "Officials from Trinidad and Tobago met on Monday.",
        {"Trinidad and Tobago": {"country": "TTO"}},
    ),
    "a region longer than the organisation the model tagged": (
        "Officials want to grow the hotel trade of Gilgit-Baltistan.",
        {"Gilgit-Baltistan": {"country": "PAK"}},
    ),
    "a capitalised direction is not a region: a named region keeps it": (
        "Troops moved into Western Sahara.",
        {"Western Sahara": {"country": "ESH"}},
    ),
    "a street or estate read as an organisation is a place": (
        "He was shot on the South Kilburn Estate in London, near Royal Street.",
        {"South Kilburn Estate": {"country": "GBR", "geonameid": None}},
    ),
    "a possessive name before a building word is the building": (
        "The Pope led the vigil in St. Peter's Basilica in Rome on Saturday.",
        {"St. Peter's Basilica": {"country": "VAT"}},  # the landmarks table's, in the Vatican
    ),
    "a spelling the gazetteer lacks, as what an attack strikes, finds a smaller town": (
        "Russian jets bombed Tskhinvali on Friday.",
        {"Tskhinvali": {"country": "GEO"}},
    ),
    "a possessive that ends a town's own name is kept before a comma": (
        "Ferries were cancelled in St. John's, Newfoundland, on Monday.",
        {"St. John's": {"country": "CAN", "admin1": "Newfoundland and Labrador"}},
    ),
    "a pair of neighbouring towns the model reads as a person and no place, in their region": (
        "Floods swept Ashburton and Timaru as rain lashed Canterbury.",
        {"Ashburton": {"country": "NZL"}, "Timaru": {"country": "NZL"}},
    ),
    "a region's name opening with a direction keeps it before a possessive": (
        "Bushfires burned across Western Australia's south-west.",
        {"Western Australia": {"country": "AUS"}},
    ),
    "a spelling the gazetteer lacks, before an apposition calling it a town": (
        "Many fled Tskhinvali, a town of 30,000, as the fighting spread.",
        {"Tskhinvali": {"country": "GEO"}},
    ),
}

# One toponym a sentence must yield, among any others.
FOUND_AMONG: dict[str, tuple[str, str]] = {
    "a name described or qualified as a place: a country after it": (
        "Flooding destroyed homes at Umuokpara, Nigeria, on Monday.",
        "Umuokpara",
    ),
}


test_places_resolved = resolved_test(RESOLVED)
test_toponym_among_those_found = found_among_test(FOUND_AMONG)


def test_a_capitalised_direction_is_not_a_region(nlp: Language) -> None:
    found = by_text(places(nlp, "Strong hiring in the Western US drew workers."))
    assert [place.country for place in found.values()] == ["USA"]


def test_places_run_together_in_one_entity_are_split(nlp: Language) -> None:
    doc = nlp("Jobless rates rose in Greece Italy and Spain.")
    tag_entity(doc, "Greece", "Italy", "GPE")
    found = by_text(shared_geoparser().process(doc, []))
    assert found["Greece"].country == "GRC"
    assert found["Italy"].country == "ITA"


def test_a_street_tagged_as_a_place_is_not_split_into_towns(nlp: Language) -> None:
    doc = nlp("Police closed Walnut Street in Philadelphia on Friday.")
    tag_entity(doc, "Walnut", "Street", "GPE")  # two towns' names: Walnut, Calif.; Street, England
    found = by_text(shared_geoparser().process(doc, []))
    assert "Walnut" not in found and "Street" not in found
    assert found["Walnut Street"].admin1 == "Pennsylvania"  # placed at the town beside it


def test_a_lone_building_tagged_as_a_facility_is_a_local_place(nlp: Language) -> None:
    doc = nlp("Teachers marched on the state Capitol in Sacramento to demand higher pay.")
    tag_entity(doc, "Capitol", "Capitol", "FAC")
    found = by_text(shared_geoparser().process(doc, []))
    assert found["Capitol"].country == "USA"  # placed at the town named beside it


def test_a_lone_word_tagged_as_a_facility_that_is_no_building_is_no_place(nlp: Language) -> None:
    doc = nlp("Teachers marched on the state Glimmerbrook to demand higher pay.")
    tag_entity(doc, "Glimmerbrook", "Glimmerbrook", "FAC")
    assert "Glimmerbrook" not in by_text(shared_geoparser().process(doc, []))


def test_an_entity_run_over_in_is_two_places(nlp: Language) -> None:
    doc = nlp("The fire started at a warehouse on Canal Road in Ikeja.")
    tag_entity(doc, "Canal", "Ikeja", "FAC")
    found = by_text(shared_geoparser().process(doc, []))
    assert found["Ikeja"].country == "NGA"
    assert found["Canal Road"].country == "NGA"  # placed at the town beside it


def test_a_part_of_a_town_after_its_possessive_is_no_namesake_far_away(nlp: Language) -> None:
    found = by_text(places(nlp, "Shootings rose sharply on Chicago's South Side last summer."))
    chicago = found["Chicago"]
    assert (found["South Side"].lat, found["South Side"].lon) == (chicago.lat, chicago.lon)


def test_two_places_side_by_side_are_one_when_the_whole_name_is_known(nlp: Language) -> None:
    doc = nlp("The academy in Sheikh Zayed City trains 300 boys a year.")
    start = next(t.i for t in doc if t.text == "Sheikh")
    doc.set_ents([Span(doc, start, start + 1, "GPE"), Span(doc, start + 1, start + 3, "GPE")])
    found = by_text(shared_geoparser().process(doc, []))
    assert found["Sheikh Zayed City"].country == "EGY"


def test_two_places_side_by_side_stay_two_when_the_whole_is_unknown(nlp: Language) -> None:
    doc = nlp("Officials in Lyon Marseille met on Monday.")
    start = next(t.i for t in doc if t.text == "Lyon")
    doc.set_ents([Span(doc, start, start + 1, "GPE"), Span(doc, start + 1, start + 2, "GPE")])
    assert {"Lyon", "Marseille"} <= set(by_text(shared_geoparser().process(doc, [])))


def test_an_entity_run_over_and_ends_before_it(nlp: Language) -> None:
    doc = nlp("Shops in Oxford Street and Regent Street reopened on Monday.")
    start = next(t.i for t in doc if t.text == "Oxford")
    doc.set_ents([Span(doc, start, start + 3, "ORG"), Span(doc, start + 3, start + 5, "LOC")])
    found = by_text(shared_geoparser().process(doc, []))
    assert {"Oxford Street", "Regent Street"} <= set(found)


def test_an_entity_run_over_in_ends_before_it(nlp: Language) -> None:
    doc = nlp("Rebels seized Lashio in northern Shan state.")
    start = next(t.i for t in doc if t.text == "Lashio")
    doc.set_ents([Span(doc, start, start + 2, "ORG")])
    found = by_text(shared_geoparser().process(doc, []))
    assert found["Lashio"].country == "MMR"


def test_a_name_split_at_its_possessive_is_joined(nlp: Language) -> None:
    text = "The storm caused damage across Hawke's Bay on Tuesday."
    doc = nlp(text)
    hawke = doc.char_span(text.index("Hawke"), text.index("'s"), label="PERSON")
    bay = doc.char_span(text.index("Bay"), text.index(" on"), label="LOC")
    assert hawke is not None and bay is not None
    joined = joined_neighbours(shared_lookup(), doc, [hawke, bay])
    assert [(e.text, e.label_) for e in joined] == [("Hawke's Bay", "LOC")]


def test_a_persons_possessive_before_a_place_is_not_joined(nlp: Language) -> None:
    text = "Smith's Oregon ranch was sold."
    doc = nlp(text)
    smith = doc.char_span(0, text.index("'s"), label="PERSON")
    oregon = doc.char_span(text.index("Oregon"), text.index(" ranch"), label="GPE")
    assert smith is not None and oregon is not None
    assert joined_neighbours(shared_lookup(), doc, [smith, oregon]) == [smith, oregon]


def test_a_preposition_the_model_ran_into_a_name_is_cut_off(nlp: Language) -> None:
    text = "Wildfires threatened homes in Knysna and George along the coast."
    doc = nlp(text)
    ent = doc.char_span(text.index("George"), text.index(" the coast"), label="PERSON")
    assert ent is not None
    assert [e.text for e in split_at_preposition(doc, ent)] == ["George"]


def test_a_town_run_into_the_country_after_on_is_split(nlp: Language) -> None:
    text = "Flooding cut off roads around Greymouth on New Zealand's South Island."
    doc = nlp(text)
    ent = doc.char_span(text.index("Greymouth"), text.index(" South"), label="ORG")
    assert ent is not None
    parts = split_at_preposition(doc, ent, shared_lookup())
    assert [(e.text, e.label_) for e in parts] == [("Greymouth", "ORG"), ("New Zealand's", "GPE")]


def test_a_name_with_on_inside_stays_whole(nlp: Language) -> None:
    text = "Delegates met at the Conference on Syria in Brussels."
    doc = nlp(text)
    ent = doc.char_span(text.index("Conference"), text.index(" in"), label="ORG")
    assert ent is not None
    assert split_at_preposition(doc, ent, shared_lookup()) == [ent]


def test_two_small_towns_abroad_run_together_are_one_unknown_name(nlp: Language) -> None:
    found = by_text(places(nlp, "A teenager was stabbed in Moss Side, Manchester, on Friday."))
    assert "Moss" not in found and "Side" not in found
    assert found["Moss Side"].country == "GBR"  # placed in the town after the comma
    assert found["Manchester"].country == "GBR"  # not Jamaica's parish


def test_a_place_after_a_resident_of_is_kept_unknown(nlp: Language) -> None:
    text = "The accused, a resident of Kothrud, was produced before a court in Pune."
    assert by_text(places(nlp, text))["Kothrud"].country == "IND"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The couple ran the post office in Much Wenlock for forty years.", "Much Wenlock", "GBR"),
    ],
)
def test_a_town_whose_first_word_the_model_left_out_is_whole(
    nlp: Language, text: str, name: str, country: str
) -> None:
    assert by_text(places(nlp, text))[name].country == country


def test_a_person_named_like_a_towns_last_word_is_no_town(nlp: Language) -> None:
    assert toponyms(nlp, "We met at Mr Wenlock's house.") == []


def test_a_demonym_tagged_as_a_place_is_its_country_not_a_nearby_feature(nlp: Language) -> None:
    # "Kuwaiti" tagged as a place, in a story that names Washington, is Kuwait before "border",
    # not an unknown local feature placed at the nearest town.
    text = (
        "Iraq moved two divisions toward the Kuwaiti border, U.S. officials said, prompting "
        "Washington to send warplanes."
    )
    doc = nlp(text)
    tag_entity(doc, "Kuwaiti", "Kuwaiti", "GPE")
    found = by_text(shared_geoparser().process(doc, []))
    assert found["Kuwaiti"].country == "KWT"
