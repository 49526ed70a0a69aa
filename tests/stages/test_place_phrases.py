"""Toponyms in phrases that say "place": demonyms and continent adjectives before geographic
nouns ("the Turkish border", "European airports"), region words ("the Belgorod region") and
settlement words ("Umemger village", "the village of Nagrig")."""

from __future__ import annotations

from spacy.language import Language

from .place_helpers import (
    PlaceFacts,
    found_among_test,
    found_exactly_test,
    model_misses_test,
    no_places_test,
    places,
    resolved_test,
)

# Places found in a sentence, by their words, with the fields each rule decides; None: not found.
RESOLVED: dict[str, tuple[str, PlaceFacts]] = {
    "region word outweighs a wrong entity label": (
        "Drones struck the Belgorod region and the Kherson region overnight.",
        {"Belgorod region": {"name": "Belgorod Oblast"}, "Kherson region": {"country": "UKR"}},
    ),
    "a demonym before a geographic noun is the country": (
        "Refugees waited near the Turkish border for days.",
        {"Turkish": {"country": "TUR", "name": "Turkey"}},
    ),
    "a demonym before something situated in a territory is a place": (
        "Tariffs hurt the American economy and British farms.",
        {"American": {"country": "USA"}, "British": {"country": "GBR"}},
    ),
    "a demonym before something situated in a territory is a place: not people": (
        "Russian diplomats left on Friday.",
        {"Russian": None},
    ),
    "a demonym reaches its noun past nouns that modify it": (
        "The rules cover the European air transport industry.",
        {"European": {"name": "Europe"}},
    ),
    "a demonym inside a name is not a place": (
        "The bars of the French Quarter reopened, and the street grid was rebuilt.",
        {"French": None},
    ),
    "continent and constituent country adjectives": (
        "The Latin American market grew, and the English city of Leeds voted.",
        {
            "Latin American": {"name": "Latin America"},
            "English": {"name": "England", "country": "GBR"},
        },
    ),
    "a name before a lower case word for a settlement is a place": (
        "Gunmen displaced families from Umemger village after the attack in Nigeria.",
        {"Umemger": {"country": "NGA"}},
    ),
}

# Sentences in which no place may be found, by the rule that keeps each one out.
NO_PLACES: dict[str, tuple[str]] = {
    "demonyms and adjectives are not places": ("Russian officials criticised Western sanctions.",),
    "a demonym before a geographic noun is the country: not before people": (
        "Turkish officials met the envoy.",
    ),
    "a name before a lower case word for a settlement is a place: not a district": (
        "She won the Senate district by ten points.",
    ),
}

# Every toponym a sentence holds, in text order, by the rule that finds or drops them.
FOUND_EXACTLY: dict[str, tuple[str, list[str]]] = {
    "a continent adjective before a thing names the continent": (
        "Passenger numbers at European airports rose sharply.",
        ["European"],
    ),
    "a continent adjective before a people names no place": ("African leaders met on Sunday.", []),
    "a continent adjective hyphened to a people names no place": (
        "African-American voters turned out in force.",
        [],
    ),
}

# One toponym a sentence must yield, among any others.
FOUND_AMONG: dict[str, tuple[str, str]] = {
    "a continent adjective hyphened to a region name": (
        "China wants a bigger role in the Asian-Pacific region.",
        "Asian",
    ),
}

# A toponym the model does not tag as a place, and words that one toponym found must hold.
MODEL_MISSES: dict[str, tuple[str, str]] = {
    "an unknown name after a word for a settlement and of": (
        "Boys train in the home village of Nagrig every week.",
        "Nagrig",
    ),
}


test_places_resolved = resolved_test(RESOLVED)
test_no_places = no_places_test(NO_PLACES)
test_toponyms_found = found_exactly_test(FOUND_EXACTLY)
test_toponym_among_those_found = found_among_test(FOUND_AMONG)
test_kinds_of_toponyms_the_model_misses = model_misses_test(MODEL_MISSES)


def test_adjectives_of_regions_before_geographic_nouns(nlp: Language) -> None:
    found = places(nlp, "Turkish forces pressed into a Kurdish enclave on Monday.")
    assert [(place.text, place.name) for place in found] == [("Kurdish", "Kurdistan")]
