"""Tests for a reporting frame of accusation (``accusing_frames``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.accusing_frames import accused_clause
from dyads.stages.events import EventExtractor

from .event_helpers import dyad, parties, token


@pytest.mark.parametrize(
    ("text", "verb", "clause"),
    [
        (
            "Indian troops shelled three villages, Pakistan charged on Tuesday.",
            "charged",
            "shelled",
        ),
        ("Police charged two men with murder on Tuesday.", "charged", None),
        ("Pakistan charged that Indian troops shelled three villages.", "charged", None),
        ("Indian troops shelled three villages, Pakistan said.", "said", None),
    ],
)
def test_a_trailing_accusing_verb_frames_the_clause_before_it(
    nlp: Language, text: str, verb: str, clause: str | None
) -> None:
    found = accused_clause(token(nlp(text), verb))
    assert (found.text if found is not None else None) == clause


def test_the_framed_accusation_is_the_sentences_event_aimed_at_the_doer(nlp: Language) -> None:
    text = (
        "Indonesian troops killed at least 50 people when they opened fire on mourners, "
        "Portugal's Foreign Ministry charged on Tuesday."
    )
    actors = parties(
        text, [("Indonesian troops", "IDN", "MIL"), ("Portugal's Foreign Ministry", "PRT")]
    )
    events = EventExtractor().process(nlp(text), actors, [], [], dt.date(1991, 11, 19), "t")
    top = max(events, key=lambda e: e.confidence)
    assert (top.event, *dyad(top)) == ("ACCUSE", "PRT", "IDN")
