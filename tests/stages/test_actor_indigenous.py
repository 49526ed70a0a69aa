"""Tests for native peoples called "Indians" in the Americas (``actor_indigenous``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .actor_helpers import OLD_WIRE, ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_an_american_state_before_indians_is_theirs(code: ActorCoder) -> None:
    actors = code("Brazilian Indians occupied a dam site on the Xingu river.", OLD_WIRE)
    assert coded(find(actors, "Brazilian Indians")) == ("BRA", "CVL")


def test_a_people_placed_in_the_americas_names_the_state(code: ActorCoder) -> None:
    actors = code("Canadian Mohawk Indians blocked a highway.", OLD_WIRE)
    assert coded(find(actors, "Canadian Mohawk Indians")) == ("CAN", "CVL")


def test_indians_in_a_place_of_the_americas_are_that_states(code: ActorCoder) -> None:
    actors = code("Thousands of Indians marched into La Paz to demand land.", OLD_WIRE)
    assert coded(find(actors, "Indians")) == ("BOL", "CVL")


def test_indian_villagers_follow_their_place(code: ActorCoder) -> None:
    actors = code("Indian villagers in Guatemala fled the fighting.", OLD_WIRE)
    assert coded(find(actors, "Indian villagers")) == ("GTM", "CVL")


def test_a_states_own_forces_stay_indias(code: ActorCoder) -> None:
    actors = code("Indian troops joined the UN force in Haiti.", OLD_WIRE)
    assert coded(find(actors, "Indian troops")) == ("IND", "MIL")


def test_indians_elsewhere_stay_indias(code: ActorCoder) -> None:
    actors = code("Indians in Dubai sent money home to Kerala.", OLD_WIRE)
    assert find(actors, "Indians").code == "IND"


def test_a_state_abroad_in_the_sentence_keeps_india_over_the_focus(code: ActorCoder) -> None:
    text = "The United States welcomed Pakistan's decision to release the detained Indian pilot."
    assert coded(find(code(text), "Indian")) == ("IND", None)
