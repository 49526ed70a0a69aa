"""Tests for event nouns the tagger reads as verbs after a light verb (`trigger_misread_nouns`)."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.trigger_misread_nouns import (
    is_gerund_modifier,
    is_misread_conjoined_verb,
    is_misread_noun,
    object_conjuncts,
)
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


def test_a_gerund_before_the_drills_a_light_verb_holds_names_their_kind(nlp: Language) -> None:
    doc = nlp("China's People's Liberation Army staged landing exercises on Dongshan island.")
    assert is_gerund_modifier(token(doc, "landing"))
    lexicon = TriggerLexicon()
    drills = nlp("The Chinese navy held firing drills near Taiwan.")
    assert lexicon.code(token(drills, "firing")) is None


def test_a_gerund_with_an_object_of_its_own_is_a_verb(nlp: Language) -> None:
    doc = nlp("The army began shelling the town.")
    assert not is_gerund_modifier(token(doc, "shelling"))


def test_a_bare_verb_joined_to_a_past_verb_is_a_misread_noun(nlp: Language) -> None:
    doc = nlp("Japan froze new loans and grant aid.")
    assert is_misread_conjoined_verb(token(doc, "grant"))  # the model reads "grant" as a verb
    assert [t.text for t in object_conjuncts(token(doc, "aid"))] == ["loans"]
    assert TriggerLexicon().code(token(doc, "grant")) is None


def test_a_bare_verb_under_a_modal_is_a_verb(nlp: Language) -> None:
    doc = nlp("Japan will freeze loans and grant aid to Laos.")
    assert not is_misread_conjoined_verb(token(doc, "grant"))


def test_a_past_spelt_as_its_base_is_a_verb(nlp: Language) -> None:
    doc = nlp("Protesters clashed with police and set fire to cars.")
    assert not is_misread_conjoined_verb(token(doc, "set"))


def test_objects_joined_by_and_are_each_others_conjuncts(nlp: Language) -> None:
    doc = nlp("Japan suspended aid and loans to Pakistan.")
    assert [t.text for t in object_conjuncts(token(doc, "aid"))] == ["loans"]
    assert [t.text for t in object_conjuncts(token(doc, "loans"))] == ["aid"]
