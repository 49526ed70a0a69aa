"""Tests for clauses in the mandative subjunctive (``mandative_clauses``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.mandative_clauses import is_mandative


@pytest.mark.parametrize(
    ("text", "verb", "mandative"),
    [
        ("The auditor recommended that the ministry cancel the tender.", "cancel", True),
        ("The commission proposed that the vote be postponed.", "postponed", True),
        ("The survey suggests that the economy slowed in March.", "slowed", False),
        ("The minister said that the army will leave the town.", "leave", False),
        ("The panel found that the vote was postponed.", "postponed", False),
    ],
)
def test_a_bare_verb_in_a_that_clause_is_mandative(
    nlp: Language, text: str, verb: str, mandative: bool
) -> None:
    doc = nlp(text)
    assert is_mandative(next(t for t in doc if t.lower_ == verb)) is mandative
