"""A meeting called after another act gives way to the act."""

from __future__ import annotations

from dyads.api import code_text
from dyads.eval.plover import top_prediction


def _top_type(text: str) -> str:
    return top_prediction(code_text(text, "2000-01-01").events).event


def test_the_demand_before_a_meeting_is_the_news() -> None:
    text = "Arab ministers met in Cairo after Riyadh demanded that Tehran stop arming the rebels."
    assert _top_type(text) == "REQUEST"


def test_a_meeting_after_a_noun_event_stays_the_news() -> None:
    text = "The two foreign ministers met in Vienna after the truce took hold."
    assert _top_type(text) == "CONSULT"
