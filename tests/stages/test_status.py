"""Tests for event status: negated, hypothetical, future, historical, asserted."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.status import event_status, is_after, is_historical

ANCHOR = dt.date(2025, 8, 12)


def status_of(nlp: Language, text: str, trigger: str, date: str | None = None) -> str:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    return event_status(token, date, ANCHOR)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Russia attacked the town on Monday.", "attacked", "asserted"),
        ("Russia did not attack the town.", "attack", "negated"),
        ("The army never attacked the town.", "attacked", "negated"),
        ("The government denied sending troops to the border.", "sending", "negated"),
        ("The two presidents will meet in Geneva.", "meet", "future"),
        ("The ministers are set to meet on Friday.", "meet", "future"),
        ("Iran plans to hold talks with the agency.", "hold", "future"),
        ("The junta agreed to release the prisoners.", "release", "future"),
        ("The rebels promised to withdraw from the town.", "withdraw", "future"),
        ("The junta agreed on Monday.", "agreed", "asserted"),
        ("France is ready to contribute troops to the force.", "contribute", "future"),
        ("He spoke about his upcoming visit to Japan.", "visit", "future"),
        (
            "The summit, which is expected to take place on Friday, was confirmed.",
            "summit",
            "future",
        ),
        ("A second deployment may be in preparation.", "deployment", "hypothetical"),
        ("The rebels could attack the capital.", "attack", "hypothetical"),
        ("If talks fail, the union would strike.", "strike", "hypothetical"),
        ("Officials discussed a possible visit by the king.", "visit", "hypothetical"),
    ],
)
def test_status_cues(nlp: Language, text: str, trigger: str, expected: str) -> None:
    assert status_of(nlp, text, trigger) == expected


def test_negation_wins_over_future(nlp: Language) -> None:
    assert status_of(nlp, "The leaders will not meet this year.", "meet") == "negated"


def test_old_date_makes_a_completed_event_historical(nlp: Language) -> None:
    assert status_of(nlp, "The two states signed a treaty in 2019.", "signed", "2019") == (
        "historical"
    )
    assert status_of(nlp, "The two states signed a treaty in July.", "signed", "2025-07") == (
        "asserted"
    )


def test_date_after_the_anchor_makes_an_event_future(nlp: Language) -> None:
    assert status_of(nlp, "The leaders meet on Friday.", "meet", "2025-08-15") == "future"


def test_is_historical_thresholds() -> None:
    assert is_historical("2024", ANCHOR)  # a whole earlier year ("last year")
    assert is_historical("2024-06-30", ANCHOR)
    assert not is_historical("2024-09-01", ANCHOR)  # under a year ago
    assert not is_historical("2025-07", ANCHOR)
    assert not is_historical(None, ANCHOR)
    assert not is_historical("2020", None)


def test_is_after() -> None:
    assert is_after("2025-08-15", ANCHOR)
    assert not is_after("2025-08-12", ANCHOR)
    assert is_after("2025-09", ANCHOR)
    assert not is_after("2025", ANCHOR)
    assert is_after("2026", ANCHOR)
