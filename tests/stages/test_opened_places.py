"""Tests for places opened to a party (``opened_places``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.opened_places import opens_place_to_party
from dyads.stages.triggers import TriggerLexicon


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Baghdad threw open its presidential palaces to U.N. weapons inspectors.", "throw"),
        ("North Korea opened its nuclear complex to American experts on Tuesday.", "open"),
    ],
)
def test_a_place_opened_to_a_party_lets_it_in(
    nlp: Language, lexicon: TriggerLexicon, text: str, lemma: str
) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    assert opens_place_to_party(verb)
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == "RETREAT" and coding.cameo == "086"


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Troops opened fire on the crowd.", "open"),
        ("The minister threw the report to the floor.", "throw"),
        ("The bank opened a branch in Hanoi.", "open"),
        ("Benin opened its borders today to most West Africans ordered out of Nigeria.", "open"),
    ],
)
def test_no_place_let_into_is_no_access(nlp: Language, text: str, lemma: str) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    assert not opens_place_to_party(verb)
