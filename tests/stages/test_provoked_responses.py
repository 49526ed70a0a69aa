"""Tests for a response a speaker says another's act would provoke (``provoked_responses``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.provoked_responses import is_provoking_act, response_clause

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "verb", "act"),
    [
        ("Chile said Peru's blockade would provoke retaliation.", "provoke", "blockade"),
        ("Chile said the incursion would trigger a firm response.", "trigger", "incursion"),
        ("Chile said the incursion will not go unanswered.", "go", "incursion"),
        ("Chile warned that the landing could lead to reprisals.", "lead", "landing"),
        # Told, not threatened: a response already drawn, an answer already given.
        ("The blockade provoked retaliation from Chile.", "provoked", None),
        ("The incursion did not go unanswered.", "go", None),
        # A party, not an act, is the subject: whoever faces it is named as such.
        ("Chile said Peru would provoke retaliation.", "provoke", None),
        ("Chile said the talks would bring a settlement.", "bring", None),
        # A party that would regret an act is threatened; a speaker's own regret is none.
        ("Chile said Peru would regret any attack on its ports.", "regret", "Peru"),
        ("Chile said Peru will regret it if its ships cross the line.", "regret", "Peru"),
        ("Chile said Peru regretted the attack on its ports.", "regretted", None),
        ("Chile said we would regret any delay.", "regret", None),
    ],
)
def test_response_clause(nlp: Language, text: str, verb: str, act: str | None) -> None:
    found = response_clause(token(nlp(text), verb))
    assert (found.text if found is not None else None) == act


def test_a_word_inside_the_act_is_its_part(nlp: Language) -> None:
    doc = nlp(
        "Chile said Peru's support for the gunmen who attacked the port would not go unanswered."
    )
    assert is_provoking_act(token(doc, "attacked"))
    assert not is_provoking_act(token(doc, "said"))


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Chile said Peru would regret any attack on its ports.", "attack"),
        ("Chile said Peru will regret it if its ships cross the line.", "cross"),
    ],
)
def test_the_act_a_party_would_regret_is_the_condition(nlp: Language, text: str, act: str) -> None:
    assert is_provoking_act(token(nlp(text), act))
