"""Tests for ministries and departments named by their portfolio (``actor_ministries``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.actor_ministries import ministry_agents

from .actor_helpers import ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_a_portfolio_before_or_after_the_noun_joins_the_agent(nlp: Language) -> None:
    doc = nlp("The Tourism Ministry and the Ministry of Water Resources met on Monday.")
    assert ministry_agents(doc, {}, set()) == {3: (1, "GOV"), 9: (5, "GOV")}


def test_a_department_needs_a_capital_and_a_portfolio(nlp: Language) -> None:
    assert ministry_agents(nlp("The sales department and the Department met."), {}, set()) == {}
    found = ministry_agents(nlp("The Department of Labor said so."), {}, set())
    assert found == {4: (1, "GOV")}


def test_a_name_already_found_ends_the_portfolio(nlp: Language) -> None:
    doc = nlp("The Ministry of Foreign Affairs of Laos said so.")
    assert ministry_agents(doc, {}, {6}) == {5: (1, "GOV")}


def test_a_police_department_stays_the_police(nlp: Language) -> None:
    doc = nlp("The Police Department said so.")
    assert ministry_agents(doc, {2: (1, "COP")}, set()) == {3: (1, "COP")}


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("Mongolia's Energy Ministry ordered power cuts.", "Mongolia's Energy Ministry", "MNG"),
        (
            "The Ministry of Digital Affairs of Taiwan warned of fraud.",
            "Ministry of Digital Affairs of Taiwan",
            "TWN",
        ),
    ],
)
def test_a_ministry_takes_its_state_as_any_agent_does(
    code: ActorCoder, text: str, name: str, state: str
) -> None:
    assert coded(find(code(text), name)) == (state, "GOV")
