"""Tests for short forms read as the state or party the article names (``actor_short_forms``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.actor_short_forms import short_form_mentions, short_forms

from .actor_helpers import ActorCoder, coded, find, mention


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_the_table_lists_states_for_every_form() -> None:
    forms = short_forms()
    assert forms["SA"][0].states == ("ZAF", "SAU")
    assert forms["SA"][0].name is None
    assert all(len(code) == 3 for rows in forms.values() for form in rows for code in form.states)


def test_a_form_with_two_meanings_is_the_one_of_the_state_named_most(nlp: Language) -> None:
    doc = nlp("Imran Khan's PTI said Pakistan would hold protests.")
    pakistan = [mention(0, 2, "person", "PAK", None), mention(6, 7, "country", "PAK")]
    found = short_form_mentions(doc, pakistan)
    assert [(m.name, m.code, m.sector) for m in found] == [
        ("Pakistan Tehreek-e-Insaf", "PAK", "PTY")
    ]
    india = [mention(0, 2, "person", "IND", None)]
    assert [m.name for m in short_form_mentions(doc, india)] == ["Press Trust of India"]
    tied = [mention(0, 2, "person", "IND", None), mention(6, 7, "country", "PAK")]
    assert short_form_mentions(doc, tied) == []


def test_a_form_is_the_one_state_its_article_names(nlp: Language) -> None:
    doc = nlp("South Africa grew, and SA needs jobs.")
    found = short_form_mentions(doc, [mention(0, 2, "country", "ZAF")])
    assert [(m.start, m.code) for m in found] == [(5, "ZAF")]
    assert short_form_mentions(doc, []) == []  # no state named: no actor
    both = [mention(0, 2, "country", "ZAF"), mention(0, 2, "country", "SAU")]
    assert short_form_mentions(doc, both) == []  # two states named: open


def test_a_party_acronym_needs_its_state_named(code: ActorCoder) -> None:
    assert coded(find(code("Zimbabwe's MDC said the vote was rigged."), "Zimbabwe's MDC")) == (
        "ZWE",
        "PTY",
    )
    assert all(a.text != "MDC" for a in code("The Kilkenny MDC approved the housing plan."))
