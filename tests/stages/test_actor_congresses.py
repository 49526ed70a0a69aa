"""Tests for a bare "Congress" coded by the article's states (``actor_congresses``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.actor_congresses import congress_mentions

from .actor_helpers import ActorCoder, coded, find, mention


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_congress_in_indian_news_is_the_party(code: ActorCoder) -> None:
    text = "The BJP swept the vote in Gujarat. Congress said it would ask for a recount."
    assert coded(find(code(text, dt.date(2010, 6, 1)), "Congress")) == ("IND", "PTY")
    # out of government on the date: the party in opposition
    assert coded(find(code(text, dt.date(2025, 6, 1)), "Congress")) == ("IND", "OPP")


def test_a_member_named_after_congress_is_of_the_party(code: ActorCoder) -> None:
    actors = code("Congress spokesman Vikram Rao said Prime Minister Narendra Modi misled voters.")
    assert coded(find(actors, "Congress spokesman Vikram Rao")) == ("IND", "PTY")


def test_congress_in_american_news_is_the_legislature(code: ActorCoder) -> None:
    actors = code("Senator Lisa Grant said Congress would fund the new bridge in Ohio.")
    assert coded(find(actors, "Congress")) == ("USA", "LEG")
    assert coded(find(code("Congress approved the spending plan late on Friday."), "Congress")) == (
        "USA",
        "LEG",
    )


def test_congress_of_a_state_with_a_congress_is_its_legislature(code: ActorCoder) -> None:
    actors = code("Congress rejected the reform on Monday after marches in Bogota and Cali.")
    assert coded(find(actors, "Congress")) == ("COL", "LEG")


def test_a_congress_named_with_its_state_or_in_a_longer_name_is_left_alone(
    code: ActorCoder,
) -> None:
    assert coded(find(code("Peru's Congress voted on Friday."), "Peru's Congress")) == (
        "PER",
        "LEG",
    )
    trade_fair = code("Visitors at the Mobile World Congress in Barcelona tried new phones.")
    assert all("Congress" not in a.text for a in trade_fair)


def test_a_state_without_a_congress_leaves_it_uncoded(nlp: Language) -> None:
    doc = nlp("Congress met in Lagos.")
    lagos = mention(3, 4, "capital", "NGA")
    assert congress_mentions(doc, [], [lagos, lagos]) == []
    found = congress_mentions(doc, [], [mention(3, 4, "capital", "PER")])
    assert [(m.start, m.code, m.sector) for m in found] == [(0, "PER", "LEG")]
