"""Divisions named after a town and a compass word."""

from __future__ import annotations

from spacy.language import Language

from .place_helpers import by_text, places


def test_a_division_named_with_a_compass_word_is_placed_at_its_town(nlp: Language) -> None:
    found = by_text(places(nlp, "Thugs burned ballot papers in Ibadan North-East on Saturday."))
    division = found["Ibadan North-East"]
    assert division.country == "NGA"
    assert division.lat is not None and abs(division.lat - 7.38) < 0.5


def test_a_compass_word_closing_a_division_is_no_region_of_its_own(nlp: Language) -> None:
    found = places(nlp, "Police arrested 12 people in Ikare and Akoko South-West.")
    assert all(p.text not in {"West", "South-West"} for p in found)
    assert all(p.country == "NGA" for p in found)


def test_a_compass_word_before_a_name_keeps_its_place(nlp: Language) -> None:
    found = by_text(places(nlp, "Storms hit West Virginia and South Sudan."))
    assert found["West Virginia"].country == "USA"
    assert found["South Sudan"].country == "SSD"
