"""Tests for outcomes a speaker only expects (``trigger_expected_outcomes``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.trigger_expected_outcomes import is_expected_outcome
from dyads.stages.triggers import TriggerLexicon

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Frei said he was confident that the dispute would be resolved.", "resolved", True),
        ("He said he hoped the dispute would be settled soon.", "settled", True),
        ("She was optimistic that the hostages would be freed.", "freed", True),
        # An agent names who acts, and a clause of saying reports, not expects.
        ("He was confident that the hostages would be freed by the rebels.", "freed", False),
        ("Frei said the dispute would be resolved next year.", "resolved", False),
        # An active clause keeps its party, and a past act is asserted.
        ("He was confident that the rebels would free the hostages.", "free", False),
        ("He was glad that the dispute had been resolved.", "resolved", False),
    ],
)
def test_a_passive_act_to_come_under_a_word_of_expectation(
    nlp: Language, text: str, verb: str, expected: bool
) -> None:
    assert is_expected_outcome(token(nlp(text), verb)) is expected


def test_an_expected_outcome_is_no_event(nlp: Language) -> None:
    lexicon = TriggerLexicon()
    doc = nlp("Frei was confident that the dispute with Argentina would be resolved.")
    assert lexicon.code(token(doc, "resolved")) is None
    said = nlp("Frei said the dispute with Argentina would be resolved.")
    assert lexicon.code(token(said, "resolved")) is not None


def test_the_event_noun_an_expected_outcome_acts_on_is_no_event_either(nlp: Language) -> None:
    lexicon = TriggerLexicon()
    doc = nlp("She was optimistic that the embargo would be lifted this year.")
    assert lexicon.code(token(doc, "embargo")) is None
    assert lexicon.code(token(doc, "lifted")) is None
    doc = nlp("He was optimistic that the dispute would be settled through talks with Sudan.")
    assert lexicon.code(token(doc, "talks")) is None
    doc = nlp("He said the dispute would be settled through talks with Sudan.")
    assert lexicon.code(token(doc, "settled")) is not None
