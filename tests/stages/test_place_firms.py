"""Firms and media introduced by what they are are no places, there or named again."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .place_helpers import by_text, places, toponyms


def test_a_firm_named_after_its_noun_is_no_place_anywhere_in_the_article(nlp: Language) -> None:
    text = (
        "Survey firm Ocean Vantage reached the site off Perth on Monday. "
        "Ocean Vantage said the dive would last a week."
    )
    found = toponyms(nlp, text)
    assert "Perth" in found
    assert "Ocean Vantage" not in found


def test_a_region_named_inside_a_firms_name_after_its_noun_is_no_place(nlp: Language) -> None:
    found = toponyms(nlp, "Shipping firm Pacific Basin said rates rose in Hong Kong.")
    assert found == ["Hong Kong"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The airline Kenya Airways flew to Mombasa.", "Mombasa"),
        ("The mining company Zambia said output rose.", "Zambia"),
    ],
)
def test_a_country_or_large_town_after_a_firm_noun_stays(
    nlp: Language, text: str, place: str
) -> None:
    assert place in toponyms(nlp, text)


def test_a_model_named_like_a_town_is_no_place(nlp: Language) -> None:
    found = by_text(places(nlp, "Production of the model Malibu moves to a plant in Kansas."))
    assert "Malibu" not in found
    assert found["Kansas"].country == "USA"


def test_a_country_after_model_stays_a_place(nlp: Language) -> None:
    found = by_text(places(nlp, "The study held up the model Norway had built as an example."))
    assert found["Norway"].country == "NOR"
