"""Toponyms the model did not tag, matched in the gazetteer: regions anywhere, towns where the
words around them say "place" ("of Bellmore" after a person, "(Maywood)", "fled from
Kharkiv")."""

from __future__ import annotations

from .place_helpers import (
    PlaceFacts,
    model_misses_test,
    no_places_test,
    resolved_test,
)

# Places found in a sentence, by their words, with the fields each rule decides; None: not found.
RESOLVED: dict[str, tuple[str, PlaceFacts]] = {
    "a town's name opening with a capitalised The": (
        "Smoke forced the evacuation of The Pas on Monday.",
        {"The Pas": {"country": "CAN"}},
    ),
    "towns after the camps of": (
        "Cholera spread through the camps of Malakal and Bentiu.",
        {"Malakal": {"country": "SSD"}, "Bentiu": {"country": "SSD"}},
    ),
    "of after a persons name gives a hometown": (
        "Last year, Anna and Peter Hollis of Bellmore won the contest.",
        {"Bellmore": {"country": "USA"}},
    ),
    "a town the tagger takes for a noun before its services": (
        "Rotorua firefighters were called to the fire.",
        {"Rotorua": {"country": "NZL"}},
    ),
    "a town the tagger takes for a noun before its police": (
        "Whanganui police said the road would reopen.",
        {"Whanganui": {"country": "NZL"}},
    ),
    "a town alone in brackets is a place": (
        "The fair includes a bake sale run by Sunny Crumbs Bakery (Maywood) and a raffle.",
        {"Maywood": {"country": "USA"}},
    ),
}

# Sentences in which no place may be found, by the rule that keeps each one out.
NO_PLACES: dict[str, tuple[str]] = {
    "a town alone in brackets is a place: not a market": ("Shares of Acme (Nasdaq) rose.",),
    "a common word before a town's services is no town": ("Local police closed the road.",),
    "a kind of police named like a town is no town": ("Airport police arrested him.",),
    "a people's adjective before its people is no town of its name": (
        "Half of Welsh voters backed the party.",
    ),
}

# A toponym the model does not tag as a place, and words that one toponym found must hold.
MODEL_MISSES: dict[str, tuple[str, str]] = {
    "a region the gazetteer knows": ("Floods hit Emilia-Romagna on Sunday.", "Emilia-Romagna"),
    "a town after a verb of motion and from": (
        "Thousands of residents fled from Kharkiv overnight.",
        "Kharkiv",
    ),
}


test_places_resolved = resolved_test(RESOLVED)
test_no_places = no_places_test(NO_PLACES)
test_kinds_of_toponyms_the_model_misses = model_misses_test(MODEL_MISSES)
