"""Tests for hacker groups named by their own names (``actor_hacker_groups``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.actor_hacker_groups import is_cyber_agent

from .actor_helpers import ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_cyber_words_make_an_agent_a_hackers(nlp: Language) -> None:
    doc = nlp("a ransomware gang and a drug gang")
    assert is_cyber_agent(doc, 1, 3)
    assert not is_cyber_agent(doc, 5, 7)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A hacker group calling itself Crimson Jackal claimed the outage in Gdansk.",
            "Crimson Jackal",
        ),
        (
            "The ransomware gang known as BlackVault leaked records from a clinic in Ohio.",
            "BlackVault",
        ),
        ("A ransomware gang called RedRoot demanded payment from the hospital.", "RedRoot"),
    ],
)
def test_a_name_the_group_goes_by_is_a_criminal_of_no_state(
    code: ActorCoder, text: str, name: str
) -> None:
    assert coded(find(code(text), name)) == (None, "CRM")


def test_a_name_in_apposition_to_a_hacking_crew_is_one(code: ActorCoder) -> None:
    actors = code("Analysts blamed the Orchid Lantern Group, a hacking crew tied to Pyongyang.")
    assert coded(find(actors, "Orchid Lantern Group")) == (None, "CRM")


def test_a_demonym_before_the_noun_gives_the_groups_state(code: ActorCoder) -> None:
    actors = code("The Russian hacker group Killjoy claimed the attack on Danish ministries.")
    assert coded(find(actors, "Russian hacker group Killjoy")) == ("RUS", "CRM")


def test_hackers_are_not_of_the_place_they_struck(code: ActorCoder) -> None:
    actors = code("A hacker group shut down the port of Gdansk on Monday.")
    assert all(a.code != "POL" for a in actors)


def test_a_gang_that_is_not_a_hackers_names_no_group(code: ActorCoder) -> None:
    actors = code("A drug gang called Red Hand controls the hill above the port.")
    assert all(a.text != "Red Hand" for a in actors)
    actors = code("A hacking gang called Red Hand took the port's systems offline.")
    assert coded(find(actors, "Red Hand")) == (None, "CRM")
