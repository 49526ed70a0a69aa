"""Token tests for toponyms, on hand-built Docs."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyads.stages.place_cues import (
    after_locative,
    before_geographic_noun,
    bracketed,
    has_city_cue,
    hometown,
    is_capitals,
    is_direction,
    names_a_building,
    names_a_facility,
    names_a_feature,
    part_of_longer_name,
    too_short,
    whole_entity,
)


def doc_of(nlp: Language, words: list[str], pos: list[str] | None = None) -> Doc:
    return Doc(nlp.vocab, words=words, pos=pos or ["PROPN"] * len(words))


def test_a_proper_noun_next_to_a_match_makes_it_part_of_a_longer_name(nlp: Language) -> None:
    words = ["She", "met", "Ankara", "Kebab", "House", "staff", "in", "Ankara", "."]
    pos = ["PRON", "VERB", "PROPN", "PROPN", "PROPN", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = doc_of(nlp, words, pos)
    assert part_of_longer_name(doc, 2, 3)
    assert not part_of_longer_name(doc, 7, 8)


@pytest.mark.parametrize(
    ("text", "capitals"),
    [("WINNIPEG", True), ("N.C.", True), ("Winnipeg", False), ("A", False), ("3", False)],
)
def test_words_in_capitals(text: str, capitals: bool) -> None:
    assert is_capitals(text) is capitals


def test_short_names_must_be_abbreviations() -> None:
    assert too_short("No") and not too_short("UK") and not too_short("Oslo")


def test_locative_prepositions_allow_an_article_between(nlp: Language) -> None:
    doc = doc_of(nlp, ["fighting", "in", "the", "Hague"], ["NOUN", "ADP", "DET", "PROPN"])
    assert after_locative(doc, 3)
    assert not after_locative(doc, 1)
    assert not after_locative(doc, 3, frozenset({"at"}))


def test_brackets_and_hometowns(nlp: Language) -> None:
    shop = doc_of(nlp, ["Acme", "(", "Maywood", ")", "sells"])
    assert bracketed(shop, 2, 3) and not bracketed(shop, 0, 1)
    words = ["Jo", "Smith", ",", "of", "Hayes", ",", "said"]
    person = Doc(nlp.vocab, words=words, ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"])
    assert hometown(person, 4)
    assert not hometown(doc_of(nlp, ["the", "Bank", "of", "England"]), 3)


def test_a_geographic_noun_after_a_demonym(nlp: Language) -> None:
    words = ["the", "Syrian", "-", "Turkish", "border"]
    doc = doc_of(nlp, words, ["DET", "ADJ", "PUNCT", "ADJ", "NOUN"])
    assert before_geographic_noun(doc, 2)
    officials = doc_of(nlp, ["Turkish", "officials"], ["ADJ", "NOUN"])
    assert not before_geographic_noun(officials, 1)


def test_building_names(nlp: Language) -> None:
    doc = doc_of(nlp, ["Alder", "Hey", "Children", "'s", "Hospital", "staff"])
    assert names_a_building(doc[0:5])
    assert not names_a_building(doc[4:5])  # the word alone is no name


def test_whole_entities(nlp: Language) -> None:
    words = ["Michael", "Jordan", "visited", "Paris"]
    doc = Doc(nlp.vocab, words=words, ents=["B-PERSON", "I-PERSON", "O", "B-GPE"])
    assert whole_entity(doc[0:2]) and whole_entity(doc[3:4]) and whole_entity(doc[2:3])
    assert not whole_entity(doc[1:2]) and not whole_entity(doc[0:1])


def test_directions_and_city_cues(nlp: Language) -> None:
    doc = doc_of(nlp, ["in", "western", "Iraq", "and", "the", "city", "of", "Kuwait"])
    assert is_direction(doc, 1) and not is_direction(doc, 2)
    assert has_city_cue(doc, 7, 8) and not has_city_cue(doc, 2, 3)


def test_a_demonym_before_something_situated_in_a_territory(nlp: Language) -> None:
    economy = doc_of(nlp, ["the", "American", "economy"], ["DET", "ADJ", "NOUN"])
    diplomats = doc_of(nlp, ["the", "Russian", "diplomats"], ["DET", "ADJ", "NOUN"])
    assert before_geographic_noun(economy, 2)
    assert not before_geographic_noun(diplomats, 2)


def test_a_name_ending_in_a_capitalised_feature_word_names_a_feature(nlp: Language) -> None:
    street = doc_of(nlp, ["Royal", "Street"])
    assert names_a_feature(street[0:2])
    assert not names_a_feature(street[0:1])
    lower = doc_of(nlp, ["Royal", "street"], ["PROPN", "NOUN"])
    assert not names_a_feature(lower[0:2])


def test_a_lower_case_facility_word_after_a_name(nlp: Language) -> None:
    airport = doc_of(nlp, ["at", "Heathrow", "airport"], ["ADP", "PROPN", "NOUN"])
    assert names_a_facility(airport, 2)
    assert not names_a_facility(airport, 1)
    assert not names_a_facility(airport, 3)
