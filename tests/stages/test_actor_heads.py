"""Tests for people known by the body they lead, and former office holders by title
(``actor_heads``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from .actor_helpers import ActorCoder, coded, find

ON = dt.date(2024, 6, 1)


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_the_head_of_an_owned_body_is_coded_with_the_body(code: ActorCoder) -> None:
    actors = code("The director of Kenya's intelligence service resigned on Friday.", ON)
    assert coded(find(actors, "director of Kenya's intelligence service")) == ("KEN", "SPY")


def test_the_head_of_a_body_named_without_its_state_serves_the_state_in_focus(
    code: ActorCoder,
) -> None:
    actors = code("Chile's economy slowed sharply, the head of the central bank said.", ON)
    assert coded(find(actors, "head of the central bank")) == ("CHL", "GOV")


def test_a_former_state_office_is_an_elites_standing(code: ActorCoder) -> None:
    actors = code("A former interior minister of Peru was detained in Lima.", ON)
    assert coded(find(actors, "interior minister of Peru")) == ("PER", "ELI")


def test_a_current_office_by_description_keeps_its_sector(code: ActorCoder) -> None:
    actors = code("An interior minister of Peru was detained in Lima.", ON)
    assert coded(find(actors, "interior minister of Peru")) == ("PER", "GOV")


def test_the_head_of_an_organisation_or_outlet_is_the_bodys(code: ActorCoder) -> None:
    actors = code("The war must end, said the head of the U.N.", ON)
    assert coded(find(actors, "head of the U.N.")) == ("IGOUNO", None)
    actors = code("The director of the BBC resigned on Sunday.", ON)
    assert coded(find(actors, "director of the BBC")) == ("GBR", "MED")


def test_one_who_presides_over_a_body_is_coded_with_it(code: ActorCoder) -> None:
    actors = code("The Chancellor of the Exchequer said taxes would rise.", ON)
    assert coded(find(actors, "Chancellor of the Exchequer")) == ("GBR", "GOV")
    actors = code("The speaker of the Knesset opened the session.", ON)
    assert coded(find(actors, "speaker of the Knesset")) == ("ISR", "LEG")
    actors = code("The governor of the Bank of Ghana resigned.", ON)
    assert coded(find(actors, "governor of the Bank of Ghana")) == ("GHA", "GOV")


def test_a_head_taken_into_its_body_is_no_actor_of_its_own(code: ActorCoder) -> None:
    actors = code("The commander of the FARC said the truce was over.", dt.date(2012, 11, 15))
    assert [(a.text, a.code, a.sector) for a in actors] == [("commander of the FARC", "COL", "REB")]
