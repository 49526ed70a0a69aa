"""Tests for agent nouns read as verbs after a state's name (``actor_verb_agents``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from .actor_helpers import ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("India advocates a peaceful resolution of the conflict, the ministry said.", "India"),
        ("Chile advocates a regional agreement on lithium prices.", "Chile"),
        ("Russia forces Ukrainian ships to wait in port, officials in Kyiv said.", "Russia"),
    ],
)
def test_a_verb_after_a_state_leaves_the_state_alone(
    code: ActorCoder, text: str, state: str
) -> None:
    actors = code(text)
    assert not any(a.text.startswith(f"{state} ") for a in actors)
    assert find(actors, state).text == state


def test_agent_nouns_after_an_adjective_stay_agents(code: ActorCoder) -> None:
    actors = code("Chinese advocates of reform were detained in Beijing.")
    assert coded(find(actors, "Chinese advocates")) == ("CHN", "CVL")


def test_agent_nouns_before_a_verb_stay_agents(code: ActorCoder) -> None:
    actors = code("Russian forces attacked the town on Monday.")
    assert coded(find(actors, "Russian forces")) == ("RUS", "MIL")


def test_agent_nouns_that_are_another_verbs_object_stay_agents(code: ActorCoder) -> None:
    # "on" may open a verb's complement ("India insists on"), not after an object's noun.
    actors = code("Rebels attacked U.S. troops on Thursday.")
    assert coded(find(actors, "U.S. troops")) == ("USA", "MIL")
    actors = code("India insists on a peaceful settlement.")
    assert find(actors, "India").text == "India"


def test_a_verb_of_ousting_is_no_part_of_the_title_after_it(code: ActorCoder) -> None:
    actors = code("The army chief ousted Prime Minister Nawaz Sharif.", dt.date(1999, 6, 12))
    assert coded(find(actors, "army chief")) == ("PAK", "MIL")
    assert coded(find(actors, "Prime Minister Nawaz Sharif")) == ("PAK", "GOV")


def test_a_past_title_keeps_its_word(code: ActorCoder) -> None:
    actors = code("Ousted Prime Minister Nawaz Sharif flew to Jeddah.", dt.date(1999, 12, 10))
    assert coded(find(actors, "Ousted Prime Minister Nawaz Sharif")) == ("PAK", "ELI")
    actors = code("Pakistan's ousted prime minister flew to Jeddah.", dt.date(1999, 12, 10))
    assert coded(find(actors, "Pakistan's ousted prime minister")) == ("PAK", "ELI")
