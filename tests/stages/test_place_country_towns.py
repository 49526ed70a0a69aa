"""A country's name listed with a small town beside which a town of that name lies."""

from __future__ import annotations

from spacy.language import Language

from .place_helpers import by_text, places


def test_a_country_named_town_beside_its_neighbour_is_the_town(nlp: Language) -> None:
    found = by_text(places(nlp, "Hail fell on Brazil and Greencastle on Tuesday."))
    assert (found["Brazil"].country, found["Brazil"].admin1) == ("USA", "Indiana")


def test_a_country_listed_with_a_country_stays_the_country(nlp: Language) -> None:
    found = by_text(places(nlp, "Exports from Brazil and Argentina rose."))
    assert found["Brazil"].country == "BRA"


def test_a_country_listed_with_a_large_town_stays_the_country(nlp: Language) -> None:
    found = by_text(places(nlp, "Flights between Brazil and Miami were cancelled."))
    assert found["Brazil"].country == "BRA"
