"""Tests for reported violations, which a speaker's statement makes accusations."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.reported_wrongs import violation_clause


@pytest.mark.parametrize(
    ("text", "word", "clause"),
    [
        ("Chile said Peru had violated the treaty.", "violated", "violated"),
        ("Chile said the Peruvian quotas were a violation of the treaty.", "violation", "were"),
        ("Chile said Peru had flouted the rules of the bloc.", "flouted", "flouted"),
        ("Chile said the quotas did not violate the treaty.", "violate", None),
        ("The report counted every violation of the truce.", "violation", None),
        ("Chile said Peru had signed the treaty.", "signed", None),
        ("Chile said the closure constituted a breach of the treaty.", "breach", "constituted"),
        ("Chile said the delay amounted to disobedience of it.", "disobedience", "amounted"),
        ("Chile said the quotas amounted to nothing.", "nothing", None),
    ],
)
def test_violation_clause(nlp: Language, text: str, word: str, clause: str | None) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    found = violation_clause(token)
    assert (found.text if found is not None else None) == clause
