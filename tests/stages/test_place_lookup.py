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


def test_a_large_town_spelt_otherwise_joins_a_small_namesake(lookup: PlaceLookup) -> None:
    # "Zaporizhzhia" is the own name of a village only; the city is written "Zaporizhzhya".
    towns = [e for e in lookup.places_named("Zaporizhzhia", variants=False) if e.kind == "city"]
    assert max(town.population for town in towns) > 500_000


def test_small_towns_by_a_spelling_variant_need_a_cue(lookup: PlaceLookup) -> None:
    # "Kiriat Shmona" is written "Qiryat Shmona" in the gazetteer, a town of about 22,000.
    assert not lookup.gazetteer.lookup("Kiriat Shmona")
    assert not lookup.places_named("Kiriat Shmona", variants=True)
    cued = lookup.places_named("Kiriat Shmona", variants=True, cued=True)
    assert [e.country for e in cued] == ["ISR"]


def test_short_names_and_acronyms_have_no_spelling_variants(lookup: PlaceLookup) -> None:
    assert not lookup.places_named("AI", variants=True, cued=True)
    assert not lookup.places_named("Yie", variants=True, cued=True)
