"""Tests for headlines' verbs read as nouns and their infinitives of acts to come
(``trigger_headlines``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.trigger_headlines import (
    headline_lemmas,
    is_headline_infinitive,
    is_headline_verb,
    is_subjectless_headline_verb,
)
from dyads.stages.triggers import TriggerLexicon

from .event_helpers import token


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a base form after the last of listed parties
        ("Croatia, Slovenia swap detainees", "swap"),
        ("Ecuador, Peru trade fire along frontier", "trade"),
        # a base form after a plural collective
        ("Police fire rubber bullets at miners", "fire"),
        # an -s form after a singular noun, with a participle after it
        ("Guinea junta frees detained journalists", "frees"),
    ],
)
def test_a_headline_verb_tagged_as_a_noun_is_read_as_its_verb(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str
) -> None:
    doc = nlp(text)
    verb = token(doc, word)
    assert verb.pos_ in ("NOUN", "PROPN")
    assert lexicon.reads_headline_verb(verb)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a sentence with a final stop is body text, not a headline
        ("Police fire was heard across the city.", "fire"),
        # the word after a plural noun is only a verb when the lexicon knows it as one
        ("Croatia, Slovenia border dispute", "border"),
        # only the first word that may be the verb is
        ("Police fire rubber bullets at miners", "rubber"),
    ],
)
def test_other_nouns_are_no_headline_verbs(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str
) -> None:
    assert not lexicon.reads_headline_verb(token(nlp(text), word))


def test_the_verbs_given_decide_a_base_form(nlp: Language) -> None:
    swap = token(nlp("Croatia, Slovenia swap detainees"), "swap")
    assert is_headline_verb(swap, {"swap"})
    assert not is_headline_verb(swap, set())


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Guinea junta frees detained journalists", "frees", "free"),
        ("Oman denies role in tanker attack", "denies", "deny"),
        ("Croatia, Slovenia swap detainees", "swap", "swap"),
    ],
)
def test_headline_lemmas_hold_the_verbs_base_form(
    nlp: Language, text: str, word: str, lemma: str
) -> None:
    assert lemma in headline_lemmas(token(nlp(text), word))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Canada to send medical teams to Gabon", "send", True),
        ("Tanzania, Uganda to hold border talks", "hold", True),
        # a finite verb makes the infinitive a purpose or a complement
        ("Canada sent medical teams to help Gabon", "help", False),
        ("Canada plans to send medical teams to Gabon", "send", False),
        # a noun the infinitive says what it is for is no party
        ("Plans to boost trade with Gabon", "boost", False),
    ],
)
def test_a_headline_infinitive_after_its_subject_is_an_act_to_come(
    nlp: Language, text: str, word: str, expected: bool
) -> None:
    assert is_headline_infinitive(token(nlp(text), word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Peru Recalls Ambassador To Brazil", "Recalls", True),
        ("Colombia Recalls Ambassador To Ecuador", "Recalls", False),  # it has a subject
        ("Peru recalled its ambassador to Brazil.", "recalled", False),
    ],
)
def test_a_headline_verb_with_no_subject(
    nlp: Language, text: str, word: str, expected: bool
) -> None:
    assert is_subjectless_headline_verb(token(nlp(text), word)) is expected
