"""Tests for faults a speaker finds in another party, which criticise it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.reported_faults import fault_clause


@pytest.mark.parametrize(
    ("text", "word", "clause"),
    [
        ("Chile said Peru had made serious mistakes.", "mistakes", "made"),
        ("Chile said the court made a wrong decision.", "decision", "made"),
        ("Chile said the panel reached the wrong conclusion.", "conclusion", "reached"),
        ("Chile said the panel came to the wrong conclusion.", "conclusion", "came"),
        ("Chile said Peru had made a number of errors.", "errors", "made"),
        ("Chile said the court made a decision on Monday.", "decision", None),
        ("Chile said Peru had made no mistakes.", "mistakes", None),
        ("We made mistakes, the minister said.", "mistakes", None),
        ("The report listed the errors in the census.", "errors", None),
    ],
)
def test_fault_clause(nlp: Language, text: str, word: str, clause: str | None) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    found = fault_clause(token)
    assert (found.text if found is not None else None) == clause
