"""Embassies lie in the town they stand in, not in the state that sends them."""

from __future__ import annotations

from spacy.language import Language

from .place_helpers import places


def _countries(nlp: Language, sentence: str) -> set[str | None]:
    return {place.country for place in places(nlp, sentence)}


def test_an_embassy_of_a_state_in_a_town_is_in_that_town(nlp: Language) -> None:
    found = places(nlp, "The Embassy of Chile in Oslo held a reception.")
    embassy = next(p for p in found if p.text.startswith("Embassy"))
    assert embassy.country == "NOR"
    assert "CHL" not in _countries(nlp, "The Embassy of Chile in Oslo held a reception.")


def test_the_sending_state_alone_is_no_place(nlp: Language) -> None:
    assert "CHL" not in _countries(nlp, "A crowd gathered outside the consulate of Chile.")


def test_an_embassy_named_with_its_town_is_there(nlp: Language) -> None:
    found = places(nlp, "Staff at the Italian Embassy Nairobi were sent home.")
    assert [p.country for p in found] == ["KEN"]


def test_a_state_s_own_name_elsewhere_stays_the_state(nlp: Language) -> None:
    assert "CHL" in _countries(nlp, "The minister flew to Chile on Monday.")
