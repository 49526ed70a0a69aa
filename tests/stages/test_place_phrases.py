"""Toponyms in phrases that say "place": demonyms and continent adjectives before geographic
nouns ("the Turkish border", "European airports"), region words ("the Belgorod region") and
settlement words ("Umemger village", "the village of Nagrig")."""

from __future__ import annotations

from spacy.language import Language

from .place_helpers import (
    PlaceFacts,
    by_text,
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
    "a demonym after 'ethnic' names a people, not a place": (
        "Serbian police attacked ethnic Albanian villages in the region.",
        {"Albanian": None},
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


def test_a_local_government_area_is_the_division_of_that_name(nlp: Language) -> None:
    found = by_text(places(nlp, "Gunmen killed 12 people in Guma Local Government Area."))
    assert found["Guma Local Government Area"].country == "NGA"
    assert found["Guma Local Government Area"].name == "Guma"


def test_a_local_government_area_by_its_initials(nlp: Language) -> None:
    found = by_text(places(nlp, "Residents of Kwande LGA fled to Makurdi."))
    assert found["Kwande LGA"].country == "NGA"


def test_a_name_with_a_hyphen_before_a_building_word(nlp: Language) -> None:
    found = by_text(places(nlp, "The dinner will be held at the Ritz-Carlton hotel in Doha."))
    assert found["Ritz-Carlton hotel"].country == "QAT"  # placed at the town beside it


def test_a_slum_is_a_part_of_its_town(nlp: Language) -> None:
    found = by_text(places(nlp, "Residents of the Kibera slum in Nairobi queued for water."))
    assert found["Kibera"].country == "KEN"


def test_a_name_after_villagers_of_is_a_village(nlp: Language) -> None:
    found = by_text(places(nlp, "The villagers of Umudike said the road to Umuahia was cut."))
    assert "Umudike" in found
