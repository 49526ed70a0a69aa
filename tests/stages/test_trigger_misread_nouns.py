"""Tests for event nouns the tagger reads as verbs after a light verb (`trigger_misread_nouns`)."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.trigger_misread_nouns import is_misread_noun
from dyads.stages.triggers import TriggerLexicon

from .event_helpers import token


def test_tests_held_off_a_coast_are_the_noun(nlp: Language) -> None:
    doc = nlp("India held missile tests off its eastern coast.")
    tests = token(doc, "tests")
    assert is_misread_noun(tests)  # the model tags "tests" VBZ here
    coding = TriggerLexicon().code(tests)
    assert coding is not None and coding.event == "MOBILIZE"


def test_a_clause_a_verb_holds_is_no_noun(nlp: Language) -> None:
    doc = nlp("The court held that the new levy violates the constitution.")
    assert not is_misread_noun(token(doc, "violates"))


def test_a_noun_tagged_as_a_noun_needs_no_repair(nlp: Language) -> None:
    doc = nlp("Pakistan held missile tests on Tuesday.")
    assert not is_misread_noun(token(doc, "tests"))
