"""Tests for events inside a "whether" clause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.questioned_clauses import in_question_clause


@pytest.mark.parametrize(
    ("text", "word", "questioned"),
    [
        (
            "Asked whether Washington had been consulted, the spokesman declined to comment.",
            "consulted",
            True,
        ),
        ("The cabinet will decide on Monday whether to expel the envoy.", "expel", True),
        ("Officials did not say whether the raid had killed any civilians.", "raid", True),
        (
            "Asked about the raid, the spokesman said Washington had been consulted.",
            "consulted",
            False,
        ),
        ("Whether or not talks resume, the army attacked the town on Monday.", "attacked", False),
    ],
)
def test_what_a_question_asks_is_no_event(
    nlp: Language, text: str, word: str, questioned: bool
) -> None:
    token = next(t for t in nlp(text) if t.lower_ == word)
    assert in_question_clause(token) is questioned
