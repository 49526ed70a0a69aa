"""Tests for words that state what another event is about."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.event_content import aimed_event, voiced_by_protesters


@pytest.mark.parametrize(
    ("text", "voiced"),
    [
        ("Protesters in Dhaka marched to the ministry and demanded his resignation.", True),
        ("Thousands of demonstrators blocked the road and demanded new elections.", True),
        ("Protesters in Dhaka demanded the resignation of the minister.", True),
        ("Striking nurses called for higher pay outside the ministry.", True),
        ("Striking dock workers picketed the port and demanded higher wages.", True),
        ("Protesting teachers continued to fill the Capitol and demand more funding.", True),
        ("Lawmakers will sit as protesting nurses keep up the sit-in and demand more pay.", True),
        ("The opposition demanded the resignation of the minister.", False),
        ("Farmers demanded higher prices for their wheat.", False),
    ],
)
def test_voiced_by_protesters(nlp: Language, text: str, voiced: bool) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ in ("demand", "call") and t.pos_ == "VERB")
    assert voiced_by_protesters(verb) == voiced


@pytest.mark.parametrize(
    ("text", "verb", "event"),
    [
        ("The talks between Serbia and Kosovo aim to find a settlement.", "find", "talks"),
        ("The minister's visit seeks to secure a deal on migration.", "secure", "visit"),
        ("The government aims to find a settlement.", "find", None),
    ],
)
def test_aimed_event(nlp: Language, text: str, verb: str, event: str | None) -> None:
    doc = nlp(text)
    events = {t.i for t in doc if t.text in ("talks", "visit")}  # the event nouns coded
    found = aimed_event(next(t for t in doc if t.text == verb), events)
    assert (found.text if found is not None else None) == event
