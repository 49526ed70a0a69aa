"""Tests for moratoriums lifted (``trigger_lifted_halts``): no event, nor the acts halted."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.trigger_lifted_halts import is_lifted_halt, lifted_halt_of
from dyads.stages.triggers import TriggerLexicon

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "lifted"),
    [
        ("Iceland lifted its moratorium on commercial whaling.", True),
        ("The moratorium on evictions was scrapped in March.", True),
        ("Critics welcomed the lifting of the moratorium on drilling.", True),
        ("The junta declared a moratorium on military operations.", False),
    ],
)
def test_a_halt_ended(nlp: Language, text: str, lifted: bool) -> None:
    assert is_lifted_halt(token(nlp(text), "moratorium")) is lifted


def test_the_acts_a_lifted_halt_named_are_not_coded(nlp: Language) -> None:
    doc = nlp("Denmark lifted a moratorium on deportations to Iraq.")
    deportations = token(doc, "deportations")
    assert lifted_halt_of(deportations) is not None
    lexicon = TriggerLexicon()
    assert lexicon.code(deportations) is None
    assert lexicon.code(token(doc, "moratorium")) is None


def test_a_halt_declared_on_fighting_is_still_coded(nlp: Language) -> None:
    doc = nlp("The junta declared a moratorium on military operations.")
    coding = TriggerLexicon().code(token(doc, "moratorium"))
    assert coding is not None and coding.event == "CONCEDE"
