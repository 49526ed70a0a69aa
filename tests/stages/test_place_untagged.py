"""Toponyms the model did not tag, matched in the gazetteer: regions anywhere, towns where the
words around them say "place" ("of Bellmore" after a person, "(Maywood)", "fled from
Kharkiv")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_helpers import by_rule
from .place_helpers import PlaceFacts, facts_found, places, toponyms

# Places found in a sentence, by their words, with the fields each rule decides; None: not found.
RESOLVED: dict[str, tuple[str, PlaceFacts]] = {
    "of after a persons name gives a hometown": (
        "Last year, Anna and Peter Hollis of Bellmore won the contest.",
        {"Bellmore": {"country": "USA"}},
    ),
    "a town alone in brackets is a place": (
        "The fair includes a bake sale run by Sunny Crumbs Bakery (Maywood) and a raffle.",
        {"Maywood": {"country": "USA"}},
    ),
}

# Sentences in which no place may be found, by the rule that keeps each one out.
NO_PLACES: dict[str, tuple[str]] = {
    "a town alone in brackets is a place: not a market": ("Shares of Acme (Nasdaq) rose.",),
}

# A toponym the model does not tag as a place, and words that one toponym found must hold.
MODEL_MISSES: dict[str, tuple[str, str]] = {
    "a region the gazetteer knows": ("Floods hit Emilia-Romagna on Sunday.", "Emilia-Romagna"),
    "a town after a verb of motion and from": (
        "Thousands of residents fled from Kharkiv overnight.",
        "Kharkiv",
    ),
}


@pytest.mark.parametrize(("text", "expected"), by_rule(RESOLVED))
def test_places_resolved(nlp: Language, text: str, expected: PlaceFacts) -> None:
    assert facts_found(nlp, text, expected) == expected


@pytest.mark.parametrize("text", by_rule(NO_PLACES))
def test_no_places(nlp: Language, text: str) -> None:
    assert places(nlp, text) == []


@pytest.mark.parametrize(("text", "toponym"), by_rule(MODEL_MISSES))
def test_kinds_of_toponyms_the_model_misses(nlp: Language, text: str, toponym: str) -> None:
    assert any(toponym in name for name in toponyms(nlp, text))
