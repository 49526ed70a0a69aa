"""Tests for collisions at sea (``trigger_collisions``) and the events the lexicon codes."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.trigger_collisions import is_collision_at_sea
from dyads.stages.trigger_lemmas import lemma_of
from dyads.stages.triggers import TriggerLexicon

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "collision"),
    [
        ("A Greek frigate collided with a Turkish cargo ship off Lesbos.", True),
        ("A Vietnamese trawler and a Chinese patrol boat collided near the reef.", True),
        ("Two buses collided on the coast road near Split.", False),
        ("A ferry collided with a pier in Dover.", False),
        ("A ferry collided with a fishing boat in thick fog.", False),
    ],
)
def test_a_vessel_colliding_with_a_vessel(nlp: Language, text: str, collision: bool) -> None:
    verb = token(nlp(text), "collided")
    assert is_collision_at_sea(verb, lemma_of(verb)) is collision


def test_a_collision_at_sea_is_coded_as_an_assault(nlp: Language) -> None:
    doc = nlp("A Greek frigate collided with a Turkish cargo ship off Lesbos.")
    coding = TriggerLexicon().code(token(doc, "collided"))
    assert coding is not None and coding.event == "ASSAULT"
