"""Tests for recourse to a party "for" what is wanted (``recourse``)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from dyads.stages.recourse import turns_to_party_for
from dyads.stages.triggers import TriggerLexicon


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


def _verb(nlp: Language, text: str, lemma: str) -> Token:
    return next(t for t in nlp(text) if t.lemma_ == lemma and t.pos_ == "VERB")


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Russia turned to Germany on Friday for emergency food aid.", "turn"),
        ("Zambia turned to its neighbours for maize.", "turn"),
        ("Peru is looking to the IMF for a standby loan.", "look"),
    ],
)
def test_turning_to_a_party_for_something_asks_it(
    nlp: Language, lexicon: TriggerLexicon, text: str, lemma: str
) -> None:
    verb = _verb(nlp, text, lemma)
    assert turns_to_party_for(verb)
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == "REQUEST"


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The rebels turned to violence after the talks failed.", "turn"),
        ("The minister looked to the future with confidence.", "look"),
    ],
)
def test_no_party_or_no_want_is_no_recourse(nlp: Language, text: str, lemma: str) -> None:
    assert not turns_to_party_for(_verb(nlp, text, lemma))


def test_turn_hands_goods_over_only_with_its_particle(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    handed = lexicon.code(_verb(nlp, "The army turned over food to the Red Cross.", "turn"))
    assert handed is not None and handed.event == "AID"
    asked = lexicon.code(_verb(nlp, "Zambia turned to its neighbours for maize.", "turn"))
    assert asked is not None and asked.event == "REQUEST"
