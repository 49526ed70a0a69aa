"""Tests for "Speaker" and "Secretary" read as titles where their capital says so
(``actor_office_titles``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.actor_office_titles import office_title_agents

from .actor_helpers import ActorCoder, coded, find, mention

ON = dt.date(2024, 6, 1)


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_a_speaker_after_a_legislature_presides_over_it(code: ActorCoder) -> None:
    actors = code("Lok Sabha Speaker Om Birla suspended 30 opposition MPs.", ON)
    assert coded(find(actors, "Lok Sabha Speaker Om Birla")) == ("IND", "LEG")


def test_a_speaker_named_again_by_surname_keeps_the_office(code: ActorCoder) -> None:
    actors = code("Lok Sabha Speaker Om Birla suspended the MPs. Birla said they had shouted.", ON)
    assert coded(find(actors, "Birla")) == ("IND", "LEG")


def test_a_lower_case_speaker_after_a_legislature_presides_over_it(code: ActorCoder) -> None:
    actors = code("The Ugandan parliament's speaker, Anita Among, said the bill would pass.", ON)
    assert coded(find(actors, "Ugandan parliament's speaker, Anita Among")) == ("UGA", "LEG")
    actors = code("The Knesset speaker, Amir Ohana, said the bill would pass.", ON)
    assert coded(find(actors, "Knesset speaker, Amir Ohana")) == ("ISR", "LEG")


def test_lower_case_or_plural_speakers_at_a_rally_are_no_title(nlp: Language) -> None:
    doc = nlp("Speakers at the rally and the speaker of the evening praised the mayor.")
    assert office_title_agents(doc, {}, []) == {}


def test_a_secretary_after_a_territory_is_its_states_minister(code: ActorCoder) -> None:
    for text, words in (
        ("The Scottish Secretary said the bill would be blocked.", "Scottish Secretary"),
        ("The Welsh Secretary met farmers in Cardiff.", "Welsh Secretary"),
        ("The Northern Ireland Secretary said talks would resume.", "Northern Ireland Secretary"),
        ("The Wales Secretary met steelworkers in Port Talbot.", "Wales Secretary"),
    ):
        assert coded(find(code(text, ON), words)) == ("GBR", "GOV"), text


def test_a_secretary_named_by_a_portfolio_is_a_minister(nlp: Language) -> None:
    doc = nlp("The Work and Pensions Secretary met the Home Secretary.")
    spans = {
        doc[start:end].text: sector
        for end, (start, sector) in office_title_agents(doc, {}, []).items()
    }
    assert spans == {"Work and Pensions Secretary": "GOV", "Home Secretary": "GOV"}


def test_other_secretaries_are_no_minister(nlp: Language) -> None:
    # A party's or a body's secretary, and titles the tables read whole.
    doc = nlp("The General Secretary met the Party Secretary and the Secretary of State.")
    assert office_title_agents(doc, {}, []) == {}


def test_a_territory_owns_only_the_secretary_right_after_it(nlp: Language) -> None:
    doc = nlp("Scotland's Secretary General resigned.")
    scotland = mention(0, 1, "country", "GBR", None)
    assert office_title_agents(doc, {}, [scotland]) == {}
