"""Mentions looked up in the gazetteer: names widened to regions, and unknown names kept or
left by the words in them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.gazetteer import load_gazetteer
from dyads.stages.place_lookup import PlaceLookup


@pytest.fixture(scope="module")
def lookup() -> PlaceLookup:
    return PlaceLookup(load_gazetteer())


def test_a_region_word_widens_a_town_to_its_region(nlp: Language, lookup: PlaceLookup) -> None:
    doc = nlp("Drones struck the Tver region overnight.")
    mention = lookup.mention_at(doc, 3, 5, tagged=True)
    assert mention is not None and mention.area_only
    assert {entry.kind for entry in mention.candidates} == {"admin1"}


def test_an_unknown_name_in_brand_case_is_no_place(nlp: Language, lookup: PlaceLookup) -> None:
    doc = nlp("The jets went to SkyTran and to Kolwezi Street.")
    assert lookup.mention_at(doc, 4, 5, tagged=True, located=True) is None  # "SkyTran"
    street = lookup.mention_at(doc, 7, 9, tagged=True, located=True)
    assert street is not None and street.candidates == ()  # "Kolwezi Street": kept, unknown
