"""Tests for the party a clause places behind an act."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.role_culprits import culprits

from .event_helpers import codes, token
from .role_helpers import index_of


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        ("Hamas denied being behind the attack.", "attack", ["PSE"]),
        ("Hamas denied being involved in the raid.", "raid", ["PSE"]),
        ("Police said Hamas was responsible for the bombing.", "bombing", ["PSE"]),
        ("Hamas was blamed for the attack.", "attack", []),
        ("Two people died in the attack claimed by Hamas.", "attack", []),
    ],
)
def test_culprits(nlp: Language, text: str, noun: str, expected: list[str]) -> None:
    doc = nlp(text)
    index = index_of(doc, [("Hamas", "PSE", "REB")])
    assert codes(culprits(token(doc, noun), index)) == expected
