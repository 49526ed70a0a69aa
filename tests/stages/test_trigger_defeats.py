"""Tests for defeat admitted in a clause (``trigger_defeats``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.trigger_defeats import admits_own_defeat

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Milosevic acknowledged that he had lost the election.", "acknowledged", True),
        ("The ruling party admitted it had lost the vote.", "admitted", True),
        ("Washington acknowledged that the army had lost control.", "acknowledged", False),
        ("The minister admitted he had lost his temper.", "admitted", False),
        ("The minister said he had lost the election.", "said", False),
    ],
)
def test_a_party_admitting_its_own_loss_concedes(
    nlp: Language, text: str, verb: str, expected: bool
) -> None:
    assert admits_own_defeat(token(nlp(text), verb)) is expected
