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
