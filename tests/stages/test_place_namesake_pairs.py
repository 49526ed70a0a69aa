"""Two towns named together whose largest namesakes lie in one first-level region."""

from __future__ import annotations

from spacy.language import Language

from .place_helpers import by_text, places


def test_a_pair_of_large_towns_is_not_pulled_into_the_state_named_before(nlp: Language) -> None:
    text = "She grew up in Ruston, Louisiana, and later worked in Richmond and Norfolk."
    found = by_text(places(nlp, text))
    assert found["Richmond"].admin1 == "Virginia"
    assert found["Norfolk"].admin1 == "Virginia"
    assert found["Ruston"].admin1 == "Louisiana"


def test_a_pair_whose_largest_namesakes_lie_apart_keeps_its_reading(nlp: Language) -> None:
    text = "Storms hit Sydney overnight, and Richmond and Windsor were flooded."
    found = by_text(places(nlp, text))
    assert found["Richmond"].country == "AUS"
    assert found["Windsor"].country == "AUS"


def test_a_small_town_read_abroad_joins_the_large_town_named_beside_it(nlp: Language) -> None:
    # Norfolk is read first as the English county, Richmond as Virginia's city, and each
    # reading then pulls the other abroad: the Virginian pair is what the two names say.
    found = by_text(places(nlp, "Thousands rallied in Richmond and Norfolk on Saturday."))
    assert (found["Richmond"].country, found["Richmond"].admin1) == ("USA", "Virginia")
    assert (found["Norfolk"].country, found["Norfolk"].admin1) == ("USA", "Virginia")


def test_a_pair_of_english_counties_stays_english(nlp: Language) -> None:
    found = by_text(places(nlp, "Flooding hit Norfolk and Suffolk as the North Sea surged."))
    assert found["Norfolk"].country == "GBR"
    assert found["Suffolk"].country == "GBR"
