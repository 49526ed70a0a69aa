"""Tests for coalitions and forces led by a state (``actor_led_forces``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from .actor_helpers import OLD_WIRE, ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_a_state_led_coalition_is_the_leaders_military(code: ActorCoder) -> None:
    actors = code("The Saudi-led coalition launched air strikes on Sanaa.")
    assert coded(find(actors, "coalition")) == ("SAU", "MIL")
    assert coded(find(actors, "Saudi")) == ("SAU", None)


def test_a_leader_kept_whole_by_the_tokenizer_is_read_from_the_dictionary(
    code: ActorCoder,
) -> None:
    actors = code("The U.S.-led coalition bombed targets near the capital.", OLD_WIRE)
    assert coded(find(actors, "U.S.-led coalition")) == ("USA", "MIL")


def test_modifiers_may_stand_between_leader_and_force(code: ActorCoder) -> None:
    actors = code("A French-led peacekeeping force arrived in the town.")
    assert coded(find(actors, "peacekeeping force")) == ("FRA", "MIL")


def test_a_led_body_that_is_not_armed_stays_as_it_was(code: ActorCoder) -> None:
    actors = code("The Norwegian-led talks resumed in Oslo.")
    assert all(a.sector != "MIL" for a in actors)


def test_forces_a_people_leads_are_armed_men_of_the_state_they_are_in(code: ActorCoder) -> None:
    on = dt.date(2024, 7, 7)
    forces = find(code("Kurdish-led forces in northeast Syria warned Ankara.", on), "forces")
    assert coded(forces) == ("SYR", "REB")
    assert not any(a.text == "forces" for a in code("Kurdish-led forces attacked the town.", on))
