"""Toponyms from the model's entities: trimmed and widened ("the Western US", "Umuokpara,
Nigeria", "Trinidad and Tobago"), names run together ("Greece Italy"), streets and buildings
under other labels."""

from __future__ import annotations

from spacy.language import Language

from .place_helpers import (
    PlaceFacts,
    by_text,
    found_among_test,
    places,
    resolved_test,
    shared_geoparser,
    tag_entity,
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
        {"St. Peter's Basilica": {"country": "ITA"}},  # placed where the article is
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
