"""Tests for the roles of a stated feeling (``role_feelings``), coded whole."""

from __future__ import annotations

import pytest

from dyads.pipeline import Pipeline
from dyads.records import Article, Event


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _top(pipeline: Pipeline, text: str) -> Event:
    article = Article(id="feel", text=text, date="2000-01-01", date_source="metadata")
    events = sorted(pipeline.code(article).events, key=lambda e: -e.confidence)
    assert events, "no event"
    return events[0]


def test_the_speaker_acts_and_the_cause_named_is_the_recipient(pipeline: Pipeline) -> None:
    top = _top(
        pipeline, '"We are grateful to Norway for its patience," the Colombian minister said.'
    )
    assert top.event == "SUPPORT"
    assert (top.actor and top.actor.code, top.recipient and top.recipient.code) == ("COL", "NOR")


def test_the_passive_subject_feels_and_the_agent_is_the_recipient(pipeline: Pipeline) -> None:
    top = _top(pipeline, "Iran was shocked by the Iraqi attack.")
    assert top.event == "ACCUSE"
    assert (top.actor and top.actor.code, top.recipient and top.recipient.code) == ("IRN", "IRQ")


def test_a_feeling_at_nobody_named_implies_no_recipient(pipeline: Pipeline) -> None:
    top = _top(pipeline, '"The delays are frustrating," the Chilean trade minister said.')
    assert top.event == "ACCUSE"
    assert top.actor is not None and top.actor.code == "CHL"
    assert top.recipient is None


@pytest.mark.parametrize(
    "text",
    [
        '"Hungary\'s conduct towards Slovakia is unacceptable," the Czech premier said.',
        "The Czech premier said Hungary's conduct was deplorable.",
    ],
)
def test_a_judgement_of_what_a_party_did_is_aimed_at_that_party(
    pipeline: Pipeline, text: str
) -> None:
    top = _top(pipeline, text)
    assert top.event == "ACCUSE"
    assert (top.actor and top.actor.code, top.recipient and top.recipient.code) == ("CZE", "HUN")


def test_esteem_for_what_a_party_did_is_aimed_at_that_party(pipeline: Pipeline) -> None:
    top = _top(
        pipeline, "Swedish officials said they were impressed by the reforms Estonia had made."
    )
    assert top.event == "SUPPORT"
    assert (top.actor and top.actor.code, top.recipient and top.recipient.code) == ("SWE", "EST")
