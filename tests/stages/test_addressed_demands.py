"""Tests for demands made to the party a quote addresses (``addressed_demands``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.pipeline import Pipeline
from dyads.records import Article, Event
from dyads.stages.addressed_demands import addressed_demand_speaker
from dyads.stages.role_index import ActorIndex

from .event_helpers import actor, token

TWEET = 'The mayor of Kharkiv tweeted: "@NATO, you should close the sky over the city."'


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _requests(pipeline: Pipeline, text: str) -> list[Event]:
    coded = pipeline.code(Article(id="t", text=text, date="2024-05-10"))
    return [e for e in coded.events if e.event == "REQUEST"]


def test_you_should_demands_of_the_handle(pipeline: Pipeline) -> None:
    requests = _requests(pipeline, TWEET)
    assert requests
    assert requests[0].actor is not None and requests[0].actor.code == "UKR"
    assert requests[0].recipient is not None and requests[0].recipient.code == "IGOWSTNAT"


def test_the_speaker_is_the_verb_of_saying_under_the_quote(nlp: Language) -> None:
    doc = nlp(TWEET)
    addressed = ActorIndex(doc, [actor(TWEET, "you", "IGOWSTNAT", None)])
    found = addressed_demand_speaker(token(doc, "close"), addressed)
    assert found is not None and found.text == "tweeted"


def test_a_you_that_stands_for_no_actor_demands_nothing(nlp: Language) -> None:
    doc = nlp(TWEET)
    assert addressed_demand_speaker(token(doc, "close"), ActorIndex(doc, [])) is None
