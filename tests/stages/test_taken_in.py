"""Tests for people taken in (``taken_in``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.taken_in import takes_in_person
from dyads.stages.triggers import TriggerLexicon


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


def test_a_person_taken_in_is_given_asylum(nlp: Language, lexicon: TriggerLexicon) -> None:
    doc = nlp("Thailand took in a Burmese student leader who fled across the border.")
    verb = next(t for t in doc if t.lemma_ == "take")
    assert takes_in_person(verb)
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == "AID" and coding.cameo == "075"


@pytest.mark.parametrize(
    "text",
    [
        "The exhibition took in works from twenty countries.",
        "The tour took in Paris, Rome and Madrid.",
        "Thailand took a Burmese student leader into custody.",
    ],
)
def test_things_taken_in_are_no_asylum(nlp: Language, text: str) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == "take")
    assert not takes_in_person(verb)
