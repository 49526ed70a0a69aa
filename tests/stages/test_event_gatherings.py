"""An event set "during the meeting" or "at the summit" takes the place and date an earlier
sentence gave that gathering."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.pipeline import Pipeline
from dyads.records import Article, Event
from dyads.stages.event_gatherings import referred_gathering


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _events_of_france(pipeline: Pipeline, text: str) -> list[Event]:
    coded = pipeline.code(Article(id="t", text=text, date="2023-06-09"))
    return [e for e in coded.events if e.actor is not None and e.actor.code == "FRA"]


def _referred(nlp: Language, text: str, trigger: str) -> str | None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    found = referred_gathering(token)
    return found.text if found is not None else None


@pytest.mark.parametrize(
    ("text", "trigger", "gathering"),
    [
        ("During the meeting, Chile signed a deal with Peru.", "signed", "meeting"),
        ("At the summit, Peru criticised Chile.", "criticised", "summit"),
        ("On the sidelines of the talks, Peru thanked Chile.", "thanked", "talks"),
        ("At a summit in Lima, Peru thanked Chile.", "thanked", None),  # a new gathering
        ("After the vote, Peru thanked Chile.", "thanked", None),  # no gathering
    ],
)
def test_a_gathering_named_back(
    nlp: Language, text: str, trigger: str, gathering: str | None
) -> None:
    assert _referred(nlp, text, trigger) == gathering


def test_an_event_during_the_meeting_takes_its_place_and_date(pipeline: Pipeline) -> None:
    text = (
        "European ministers met in Lisbon on Tuesday. "
        "During the meeting, France promised to send aid to Greece."
    )
    events = _events_of_france(pipeline, text)
    assert events
    assert all(e.location is not None and e.location.text == "Lisbon" for e in events)
    assert any(e.date == "2023-06-06" for e in events)


def test_an_event_with_no_gathering_named_back_keeps_no_place(pipeline: Pipeline) -> None:
    text = "European ministers met in Lisbon on Tuesday. France later accused Greece of lying."
    events = _events_of_france(pipeline, text)
    assert events and all(e.location is None for e in events)
