"""Toponyms in lines where the model's entities go astray: datelines ("ROTTERDAM (Reuters)"),
title-case headlines ("Evacuations Near Flagstaff") and lines in capitals."""

from __future__ import annotations

from .place_helpers import (
    PlaceFacts,
    found_among_test,
    model_misses_test,
    resolved_test,
)

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


test_places_resolved = resolved_test(RESOLVED)
test_toponym_among_those_found = found_among_test(FOUND_AMONG)
test_kinds_of_toponyms_the_model_misses = model_misses_test(MODEL_MISSES)
