"""Tests for what a criticism calls its object (``charge_predicates``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.charge_predicates import names_a_charge

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "noun", "charge"),
    [
        pytest.param(
            "Havana condemned the new tariffs as an attack on Cuban farmers.",
            "attack",
            True,
            id="as after the object",
        ),
        pytest.param(
            "Caracas denounced the measures as unjust and an attack on its people.",
            "attack",
            True,
            id="listed after an adjective",
        ),
        pytest.param(
            "Tehran denounced the blockade as aggression against the nation.",
            "aggression",
            True,
            id="as after the verb",
        ),
        pytest.param(
            "The union branded the closures an assault on working families.",
            "assault",
            True,
            id="second object",
        ),
        pytest.param(
            "Police condemned the attack on the mosque.", "attack", False, id="the object"
        ),
        pytest.param(
            "Rebels launched an attack on an army base.", "attack", False, id="no judging verb"
        ),
    ],
)
def test_names_a_charge(nlp: Language, text: str, noun: str, charge: bool) -> None:
    assert names_a_charge(token(nlp(text), noun)) is charge
