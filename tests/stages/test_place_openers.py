"""Words capitalised only because they open a sentence are no towns: a commodity before a
noun for its trade, an adverb before a comma."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .place_helpers import by_text, places


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Salmon fishermen say the season was the worst in years.", "Salmon"),
        ("Cocoa farmers want a higher price from the board.", "Cocoa"),
        ("Rice prices rose for a third month.", "Rice"),
    ],
)
def test_a_commodity_opening_a_sentence_is_no_town(nlp: Language, sentence: str, name: str) -> None:
    assert name not in by_text(places(nlp, sentence))


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Fresno farmers say the canal is dry.", "Fresno", "USA"),
        ("Iowa farmers fear another dry summer.", "Iowa", "USA"),
        ("Salmon residents voted to keep the school open.", "Salmon", "USA"),
    ],
)
def test_a_region_a_city_or_a_town_before_its_people_stays_a_place(
    nlp: Language, sentence: str, name: str, country: str
) -> None:
    assert by_text(places(nlp, sentence))[name].country == country


def test_an_opening_adverb_before_a_comma_is_no_town(nlp: Language) -> None:
    assert "Still" not in by_text(places(nlp, "Still, Oregon's record is better than most."))
