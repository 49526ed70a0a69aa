"""Tests for capitals standing for the former state they were the capital of
(``actor_former_states``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.actor_former_states import former_capitals, former_state_of_town

from .actor_helpers import ActorCoder, find, mention


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_a_capital_stands_for_the_former_state_named_in_the_article() -> None:
    soviet = mention(0, 1, "country", "SUN", name="Soviet Union")
    moscow = mention(3, 4, "capital", "RUS", "GOV", name="Russia")
    result = former_capitals([soviet, moscow])
    assert (result[1].code, result[1].name, result[1].sector) == ("SUN", "Soviet Union", "GOV")


def test_the_successor_named_as_a_state_keeps_its_capital() -> None:
    soviet = mention(0, 1, "country", "SUN", name="Soviet Union")
    russia = mention(2, 3, "country", "RUS", name="Russia")
    moscow = mention(5, 6, "capital", "RUS", "GOV", name="Russia")
    assert former_capitals([soviet, russia, moscow])[2].code == "RUS"
    assert former_capitals([moscow]) == [moscow]  # no former state named


def test_in_a_parsed_story(code: ActorCoder) -> None:
    actors = code(
        "Soviet troops stayed in Afghanistan after Moscow rejected the plan.", dt.date(1987, 11, 1)
    )
    assert find(actors, "Moscow").code == "SUN"
    actors = code("Yugoslav officials said Belgrade would not yield.", dt.date(1991, 7, 1))
    assert find(actors, "Belgrade").code == "YUG"


def test_a_town_of_a_successor_is_the_former_states_where_the_article_names_it() -> None:
    late_1989 = dt.date(1989, 11, 20)
    assert former_state_of_town("DEU", "Sachsen", {"DDR"}, late_1989) == "DDR"
    assert former_state_of_town("DEU", "Bayern", {"DDR"}, late_1989) == "DEU"  # a western town
    assert former_state_of_town("DEU", "Sachsen", set(), late_1989) == "DEU"  # nothing names it
    assert former_state_of_town("DEU", "Sachsen", {"DDR", "DEU"}, late_1989) == "DEU"
    assert former_state_of_town("DEU", "Sachsen", {"DDR"}, dt.date(1995, 1, 1)) == "DEU"
    assert former_state_of_town("UKR", None, {"SUN"}, dt.date(1990, 1, 1)) == "SUN"
    assert former_state_of_town("UKR", None, {"SUN"}, None) == "UKR"  # an undated story


def test_a_party_placed_by_a_town_of_a_former_state(code: ActorCoder) -> None:
    text = "East Germans marched through Leipzig demanding an end to the Communist Party's rule."
    assert find(code(text, dt.date(1989, 11, 20)), "Communist Party").code == "DDR"
