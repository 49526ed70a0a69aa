"""Tests for state bodies named by a region of several states (``actor_regional``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from .actor_helpers import ActorCoder, coded, find

OLD = dt.date(2003, 2, 20)


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_a_regional_body_has_a_sector_and_no_state(code: ActorCoder) -> None:
    actors = code("Arab foreign ministers met in Cairo to discuss the crisis.", OLD)
    assert coded(find(actors, "Arab foreign ministers")) == (None, "GOV")
    actors = code("Gulf Arab diplomats said the talks would resume.", OLD)
    assert coded(find(actors, "Gulf Arab diplomats")) == (None, "GOV")


def test_a_place_after_in_does_not_make_them_its_own(code: ActorCoder) -> None:
    actors = code("Western diplomats in Islamabad said the strikes had begun.", OLD)
    assert coded(find(actors, "Western diplomats")) == (None, "GOV")


def test_the_states_of_a_region_are_no_actor(code: ActorCoder) -> None:
    actors = code("Gulf states cut ties with Qatar.", dt.date(2017, 6, 5))
    assert [a.text for a in actors] == ["Qatar"]


def test_a_people_placed_by_the_text_is_left_to_its_placement(code: ActorCoder) -> None:
    actors = code("Arab protesters in Israel clashed with police.", dt.date(2000, 10, 21))
    assert coded(find(actors, "protesters")) == ("ISR", "CVL")


def test_two_regions_named_together_make_one_body(code: ActorCoder) -> None:
    actors = code("Arab and Western diplomats said the talks had failed.", OLD)
    assert coded(find(actors, "Arab and Western diplomats")) == (None, "GOV")
