"""Tests for forces sent to a place the sentence names (``role_goals``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.role_goals import has_destination

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "verb", "sent"),
    [
        ("Canada deployed a frigate to the North Atlantic on Monday.", "deployed", True),
        ("Japan sent two destroyers into the Sea of Japan.", "sent", True),
        ("India moved an armoured division towards the western desert.", "moved", True),
        ("Canada deployed a frigate on Monday.", "deployed", False),
        ("Japan put its forces on high alert.", "put", False),
    ],
)
def test_a_destination_is_a_place_the_forces_go_to(
    nlp: Language, text: str, verb: str, sent: bool
) -> None:
    assert has_destination(token(nlp(text), verb)) is sent
