"""Tests for state radios named by "Radio" and their state or capital
(``actor_radio_outlets``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from .actor_helpers import ActorCoder, coded, find

WIRE = dt.date(1994, 6, 1)


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_radio_and_a_state_is_the_states_media(code: ActorCoder) -> None:
    actors = code("Radio Rwanda said rebels had attacked Ruhengeri.", WIRE)
    assert coded(find(actors, "Radio Rwanda")) == ("RWA", "MED")


def test_radio_and_a_capital_is_the_states_media_not_its_government(code: ActorCoder) -> None:
    actors = code("Radio Pyongyang said the troops were on alert.", WIRE)
    assert coded(find(actors, "Radio Pyongyang")) == ("PRK", "MED")
    assert not any(a.sector == "GOV" for a in actors)


def test_a_state_without_radio_before_it_stays_the_state(code: ActorCoder) -> None:
    actors = code("Rwanda said rebels had attacked Ruhengeri.", WIRE)
    assert coded(find(actors, "Rwanda")) == ("RWA", None)


def test_an_outlet_the_media_table_lists_keeps_its_row(code: ActorCoder) -> None:
    actors = code("Radio Moscow said the talks had failed.", dt.date(1985, 5, 1))
    assert coded(find(actors, "Radio Moscow")) == ("SUN", "MED")
