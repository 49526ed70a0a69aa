"""Toponyms in lines where the model's entities go astray: datelines ("ROTTERDAM (Reuters)",
"ATLANTA--(BUSINESS WIRE)--"), title-case headlines ("Evacuations Near Flagstaff") and lines in
capitals."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .place_helpers import (
    PlaceFacts,
    by_text,
    found_among_test,
    model_misses_test,
    places,
    resolved_test,
    toponyms,
)

# Places found in a sentence, by their words, with the fields each rule decides; None: not found.
RESOLVED: dict[str, tuple[str, PlaceFacts]] = {
    "a dateline in capitals is a place": (
        "ROTTERDAM (Reuters) — Dock workers went on strike.",
        {"ROTTERDAM": {"country": "NLD"}},
    ),
    "a wire dateline glued to its dash is a place, cut at the dash": (
        "ATLANTA--(BUSINESS WIRE)--The bank hired a new chief.",
        {"ATLANTA": {"country": "USA", "span": (0, 7)}},
    ),
    "a state abbreviation glued to a wire dateline's dash is the state": (
        "TULSA, Okla.--(BUSINESS WIRE)--The pipeline operator raised its outlook.",
        {"TULSA": {"country": "USA"}, "Okla.": {"name": "Oklahoma", "span": (7, 12)}},
    ),
    "a country glued to a wire dateline's dash": (
        "OSLO, Norway--(BUSINESS WIRE)--The shipping line ordered four vessels.",
        {"OSLO": {"country": "NOR"}, "Norway": {"country": "NOR"}},
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


def test_a_glued_dash_inside_a_sentence_is_no_dateline(nlp: Language) -> None:
    found = places(nlp, "Sales in the region rose, said Mr. Tulsa--(laughing)--on Friday.")
    assert [p.text for p in found if "--" in p.text] == []
    assert "Tulsa" not in {p.text for p in found}


test_toponym_among_those_found = found_among_test(FOUND_AMONG)
test_kinds_of_toponyms_the_model_misses = model_misses_test(MODEL_MISSES)


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("HONG KONG--(BUSINESS WIRE)--A logistics firm listed its shares.", "HONG KONG", "HKG"),
        ("PORT-AU-PRINCE, Haiti — Gangs attacked a police station.", "PORT-AU-PRINCE", "HTI"),
        ("GAZA CITY (Reuters) - Tanks pushed deeper into the south.", "GAZA CITY", "PSE"),
    ],
)
def test_datelines_of_several_words(nlp: Language, text: str, town: str, country: str) -> None:
    found = by_text(places(nlp, text))
    assert town in found and found[town].country == country


@pytest.mark.parametrize(
    ("text", "agency", "dateline"),
    [
        ("Islamabad, May 3 (Xinhua) -- The cabinet approved the budget.", "Xinhua", "Islamabad"),
        ("BEIJING, Sept. 20, 2024 (Xinhua) -- A satellite was launched.", "Xinhua", "BEIJING"),
    ],
)
def test_an_agency_credited_after_a_dateline_is_no_place(
    nlp: Language, text: str, agency: str, dateline: str
) -> None:
    found = by_text(places(nlp, text))
    assert agency not in found and dateline in found


def test_a_place_in_brackets_inside_a_sentence_stays_one(nlp: Language) -> None:
    assert "Lagos" in by_text(places(nlp, "He moved to the city (Lagos) - then left."))


def test_a_dateline_in_brackets_opening_the_text_is_a_place(nlp: Language) -> None:
    found = by_text(places(nlp, "(NEW YORK) — Police officers shot a man on Wednesday."))
    assert "NEW YORK" in found and found["NEW YORK"].country == "USA"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Bengaluru: Traffic snarls on Outer Ring Road as techies return", "Bengaluru", "IND"),
        ("Nigeria: Gunmen kill 12 in Zamfara", "Nigeria", "NGA"),
    ],
)
def test_a_large_town_before_a_headline_colon_is_a_place(
    nlp: Language, text: str, name: str, country: str
) -> None:
    assert by_text(places(nlp, text))[name].country == country


@pytest.mark.parametrize(
    "text",
    [
        "Jackson: We will not back down",  # a speaker, tagged as a person
        "Mobile: How to save battery",  # a common word
        "Update: Fire crews remain at the scene",
    ],
)
def test_a_speaker_or_a_word_before_a_colon_is_no_place(nlp: Language, text: str) -> None:
    assert toponyms(nlp, text) == []
