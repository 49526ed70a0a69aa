"""Tests for seats of government coded by date (``actor_seats``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from .actor_helpers import ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_a_seat_is_its_government_within_its_dates(code: ActorCoder) -> None:
    text = "Washington pressed Bonn to send troops."
    assert coded(find(code(text, dt.date(1998, 10, 27)), "Bonn")) == ("DEU", "GOV")
    assert coded(find(code("Lagos expelled two diplomats.", dt.date(1988, 3, 15)), "Lagos")) == (
        "NGA",
        "GOV",
    )


def test_outside_its_dates_a_seat_is_a_place(code: ActorCoder) -> None:
    actors = code("Delegates gathered in Bonn for the talks.", dt.date(2005, 3, 10))
    assert all(a.text != "Bonn" and a.code is None for a in actors)
    # A capital of the dictionary before it was one: "Abuja" in 1986 is a building site.
    actors = code("Abuja will have a new airport, engineers said.", dt.date(1986, 9, 1))
    assert all(a.text != "Abuja" for a in actors)


def test_a_city_that_served_several_states_is_the_one_of_the_date(code: ActorCoder) -> None:
    text = "Belgrade urged NATO to act."
    assert find(code(text, dt.date(1991, 6, 27)), "Belgrade").code == "YUG"
    assert find(code(text, dt.date(1995, 6, 27)), "Belgrade").code == "SRB"
    assert find(code(text, dt.date(2004, 3, 18)), "Belgrade").code == "SCG"
    assert find(code(text, dt.date(2008, 2, 18)), "Belgrade").code == "SRB"


def test_a_seat_is_named_for_the_state_it_stood_for_on_the_date(code: ActorCoder) -> None:
    # The code and the name come from the same row: Moscow in 2024 is not "Soviet Union".
    text = "Moscow and Beijing pledged closer ties."
    later = find(code(text, dt.date(2024, 5, 16)), "Moscow")
    assert (later.code, later.name) == ("RUS", "Russia")
    earlier = find(code(text, dt.date(1989, 5, 16)), "Moscow")
    assert (earlier.code, earlier.name) == ("SUN", "Soviet Union")
    assert find(code("Belgrade protested.", dt.date(2004, 3, 18)), "Belgrade").name == (
        "Serbia and Montenegro"
    )


def test_a_seat_stands_for_its_own_state_not_a_former_one_named_beside_it(
    code: ActorCoder,
) -> None:
    actors = code("Bonn said it would welcome East Germans.", dt.date(1989, 11, 10))
    assert coded(find(actors, "Bonn")) == ("DEU", "GOV")
    actors = code("East Berlin accused Bonn of interference.", dt.date(1986, 4, 3))
    assert coded(find(actors, "East Berlin")) == ("DDR", "GOV")


def test_a_former_seat_named_as_a_town_still_speaks_as_a_town(code: ActorCoder) -> None:
    # Rangoon after the move to Naypyitaw: a town, its government only as a speaker.
    on = dt.date(2008, 5, 3)
    assert coded(find(code("Rangoon refused foreign aid workers.", on), "Rangoon")) == (
        "MMR",
        "GOV",
    )
    assert code("Washington urged Rangoon to free her.", on)[-1].text != "Rangoon"
    assert coded(
        find(code("Washington urged Rangoon to free her.", dt.date(1999, 7, 2)), "Rangoon")
    ) == ("MMR", "GOV")


def test_older_names_and_working_seats_of_the_wire_are_capitals(code: ActorCoder) -> None:
    text = "Peking said Chinese troops had entered Vietnam."
    assert coded(find(code(text, dt.date(1979, 2, 17)), "Peking")) == ("CHN", "GOV")
    text = "Salisbury accused Zambia of harbouring guerrillas."
    assert coded(find(code(text, dt.date(1979, 10, 2)), "Salisbury")) == ("ZWE", "GOV")
    text = "The rebels signed a peace deal with Abidjan."
    assert coded(find(code(text, dt.date(2003, 1, 24)), "Abidjan")) == ("CIV", "GOV")
    # After Salisbury became Harare, the name is the English town's.
    text = "Salisbury said the cathedral would reopen."
    assert not any(a.code == "ZWE" for a in code(text, dt.date(1995, 1, 1)))
