"""Tests for acts that seize a ship or an aircraft (``role_vessels``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.role_vessels import seizes_a_vessel

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "verb", "vessel"),
    [
        ("Coast guards seized an oil tanker off the coast on Sunday.", "seized", True),
        ("A cargo ship was seized by commandos near the strait.", "seized", True),
        ("Troops impounded a private jet at the airport.", "impounded", True),
        ("Police seized weapons and cash in a raid.", "seized", False),
        ("Soldiers seized the town hall at dawn.", "seized", False),
    ],
)
def test_a_seized_ship_or_aircraft_is_found(
    nlp: Language, text: str, verb: str, vessel: bool
) -> None:
    assert seizes_a_vessel(token(nlp(text), verb)) is vessel
