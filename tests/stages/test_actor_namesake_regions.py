"""Tests for states named like a region of another state (``actor_namesake_regions``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from .actor_helpers import ActorCoder, coded, find

ON = dt.date(2024, 6, 1)


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_the_region_whose_towns_the_article_names_is_meant(code: ActorCoder) -> None:
    actors = code("Georgia's governor signed the bill in Atlanta on Monday.", ON)
    assert coded(find(actors, "Georgia's governor")) == ("USA", "GOV")


def test_the_state_is_meant_beside_its_own_capital(code: ActorCoder) -> None:
    actors = code("Georgia's prime minister said Tbilisi would not change course.", ON)
    assert coded(find(actors, "Georgia's prime minister")) == ("GEO", "GOV")


def test_the_state_is_meant_with_no_town_in_view(code: ActorCoder) -> None:
    actors = code("Georgia's parliament passed the law on Tuesday.", ON)
    assert coded(find(actors, "Georgia's parliament")) == ("GEO", "LEG")


def test_the_region_as_a_towns_location_is_no_actor(code: ActorCoder) -> None:
    actors = code("Thousands queued to vote in Savannah, Georgia, on Tuesday.", ON)
    assert not any("Georgia" in a.text for a in actors), actors


def test_the_region_that_speaks_is_its_states_government(code: ActorCoder) -> None:
    actors = code("Georgia said it would sue over the rule, officials in Atlanta said.", ON)
    assert coded(find(actors, "Georgia")) == ("USA", "GOV")


def test_a_town_is_read_as_its_largest_namesake(code: ActorCoder) -> None:
    # Athens, Georgia, is a town of the American state, but "Athens" is first of all Greece's.
    actors = code("Georgia's prime minister met Greek officials in Athens.", ON)
    assert coded(find(actors, "Georgia's prime minister")) == ("GEO", "GOV")


def test_a_state_after_a_town_and_a_comma_is_the_region_holding_it(code: ActorCoder) -> None:
    # The largest Columbus is Ohio's; the comma says which one is meant.
    actors = code("Voters in Columbus, Georgia, lined up before dawn.", ON)
    assert not any(a.text == "Georgia" for a in actors), actors


def test_a_state_named_with_the_word_for_a_region_is_the_region(code: ActorCoder) -> None:
    actors = code("Niger State's governor said the bandits had fled.", ON)
    assert coded(find(actors, "Niger State's governor")) == ("NGA", "GOV")
