"""A town and a county named in one sentence: the town that lies in that county."""

from __future__ import annotations

from spacy.language import Language

from .place_helpers import by_text, places


def test_a_town_beside_its_county_is_read_there(nlp: Language) -> None:
    found = by_text(places(nlp, "Schools in Plymouth and Marshall County opened late."))
    assert (found["Plymouth"].country, found["Plymouth"].admin1) == ("USA", "Indiana")
    assert found["Marshall County"].admin1 == "Indiana"


def test_a_capital_gives_way_to_a_county_found_once(nlp: Language) -> None:
    found = by_text(places(nlp, "In Warsaw, the Kosciusko County seat, the fair opened."))
    assert (found["Warsaw"].country, found["Warsaw"].admin1) == ("USA", "Indiana")


def test_a_capital_keeps_its_name_beside_a_county_of_many_names(nlp: Language) -> None:
    found = by_text(places(nlp, "Officials in Washington and Montgomery County met."))
    assert found["Washington"].admin1 == "District of Columbia"


def test_readings_in_one_state_are_left(nlp: Language) -> None:
    found = by_text(places(nlp, "Police in Houston and Harris County made arrests."))
    assert found["Houston"].admin1 == "Texas"
    assert found["Harris County"].admin1 == "Texas"
