"""Toponyms in lines where the model's entities go astray: datelines ("ROTTERDAM (Reuters)"),
title-case headlines ("Evacuations Near Flagstaff") and lines in capitals."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_helpers import by_rule
from .place_helpers import PlaceFacts, facts_found, toponyms

# Places found in a sentence, by their words, with the fields each rule decides; None: not found.
RESOLVED: dict[str, tuple[str, PlaceFacts]] = {
    "a dateline in capitals is a place": (
        "ROTTERDAM (Reuters) — Dock workers went on strike.",
        {"ROTTERDAM": {"country": "NLD"}},
    ),
}

# One toponym a sentence must yield, among any others.
FOUND_AMONG: dict[str, tuple[str, str]] = {
    "a line in capitals yields its countries": (
        "FLOODS HIT NORTHERN ITALY AS RIVERS BURST THEIR BANKS",
        "ITALY",
    ),
    "a line in capitals yields its countries: another": (
        "HEATWAVE GRIPS SPAIN AS TEMPERATURES SOAR",
        "SPAIN",
    ),
}

# A toponym the model does not tag as a place, and words that one toponym found must hold.
MODEL_MISSES: dict[str, tuple[str, str]] = {
    "a town after a title-case word of place in a headline": (
        "Wildfire Forces Evacuations Near Flagstaff, Arizona",
        "Flagstaff",
    ),
    "a town before a facility in a title-case headline": (
        "Two Killed in Shooting at Memphis Gas Station",
        "Memphis",
    ),
}


@pytest.mark.parametrize(("text", "expected"), by_rule(RESOLVED))
def test_places_resolved(nlp: Language, text: str, expected: PlaceFacts) -> None:
    assert facts_found(nlp, text, expected) == expected


@pytest.mark.parametrize(("text", "toponym"), by_rule(FOUND_AMONG))
def test_toponym_among_those_found(nlp: Language, text: str, toponym: str) -> None:
    assert toponym in toponyms(nlp, text)


@pytest.mark.parametrize(("text", "toponym"), by_rule(MODEL_MISSES))
def test_kinds_of_toponyms_the_model_misses(nlp: Language, text: str, toponym: str) -> None:
    assert any(toponym in name for name in toponyms(nlp, text))
