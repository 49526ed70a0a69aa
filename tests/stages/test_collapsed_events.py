"""Tests for event nouns that collapsed (``collapsed_events``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.collapsed_events import has_collapsed

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "noun", "collapsed"),
    [
        ("The truce in the valley collapsed within hours.", "truce", True),
        ("The ceasefire broke down on the third day.", "ceasefire", True),
        ("The peace accord fell apart last spring.", "accord", True),
        ("The deal has unravelled since March.", "deal", True),
        ("The collapse of the truce was blamed on militias.", "truce", True),
        ("The breakdown of the ceasefire worried aid agencies.", "ceasefire", True),
        # Kept, declared or signed: the noun's own event stands.
        ("The ceasefire held through the night.", "ceasefire", False),
        ("Both sides declared a truce on Sunday.", "truce", False),
        ("The terms of the deal were published.", "deal", False),
        # A failure to do something is that act's, not the noun's collapse.
        ("The rescue deal failed to win a majority in parliament.", "deal", False),
    ],
)
def test_has_collapsed(nlp: Language, text: str, noun: str, collapsed: bool) -> None:
    assert has_collapsed(token(nlp(text), noun)) is collapsed
