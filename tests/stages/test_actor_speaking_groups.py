"""Tests for bare rebels in what an armed group's own speaker says (``actor_speaking_groups``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from .actor_helpers import ActorCoder, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_rebels_an_armed_groups_leader_speaks_of_are_the_groups(code: ActorCoder) -> None:
    text = (
        "The rebels are ready to sign a peace agreement, Nur Misuari, chairman of the Moro "
        "National Liberation Front, said after talks in Jakarta."
    )
    assert find(code(text, dt.date(1996, 6, 20)), "rebels").code == "PHL"


def test_rebels_a_states_speaker_speaks_of_are_placed_as_before(code: ActorCoder) -> None:
    text = "The rebels attacked two towns in northern Mali, a French army spokesman said."
    assert find(code(text, dt.date(2013, 1, 20)), "rebels").code == "MLI"
