"""Tests for "the North" and "the South" of a divided state (``actor_divided_states``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.actor_divided_states import divided_states

from .actor_helpers import ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_the_other_half_of_a_named_state(code: ActorCoder) -> None:
    actors = code("Seoul accused the North of shelling a border island.", dt.date(2010, 11, 23))
    assert coded(find(actors, "North")) == ("PRK", None)
    actors = code("Pyongyang agreed with the South to reunite families.", dt.date(2000, 6, 15))
    assert coded(find(actors, "South")) == ("KOR", None)


def test_only_on_dates_the_state_was_divided(code: ActorCoder) -> None:
    text = "Sudan and the South signed a deal on oil exports."
    assert coded(find(code(text, dt.date(2012, 9, 27)), "South")) == ("SSD", None)
    assert all(a.text != "South" for a in code(text, dt.date(2008, 2, 15)))
    text = "South Yemen and the North agreed to open their border."
    assert coded(find(code(text, dt.date(1988, 5, 4)), "North")) == ("YEM", None)


def test_a_region_is_no_state(code: ActorCoder) -> None:
    for text in (
        "The Republican candidate campaigned across the South.",
        "Storms flooded towns across the South of England.",
        "South Korea said ships sailed through the South China Sea.",
    ):
        assert all(a.text != "South" for a in code(text, dt.date(2004, 10, 5))), text


def test_the_table_holds_each_pair_once() -> None:
    pairs = divided_states()
    codes = [frozenset(p.codes) for p in pairs]
    assert len(set(codes)) == len(codes)
    assert all(len(c) == 2 for c in codes)
