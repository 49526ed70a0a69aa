"""Tests for encouraging a party to act (``encouraged_acts``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.encouraged_acts import encourages_an_act
from dyads.stages.triggers import TriggerLexicon


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


@pytest.mark.parametrize(
    ("text", "event", "asks"),
    [
        ("The central bank encouraged lenders to cut their rates.", "REQUEST", True),
        ("Beijing is encouraging Pyongyang to resume talks.", "REQUEST", True),
        ("The ambassador encouraged the new dialogue.", "SUPPORT", False),
    ],
)
def test_encouraging_a_party_to_act_asks_it(
    nlp: Language, lexicon: TriggerLexicon, text: str, event: str, asks: bool
) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "encourage")
    assert encourages_an_act(verb) is asks
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == event
