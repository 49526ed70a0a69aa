"""Tests for requests weighed (``trigger_weighed_requests``): made already by a named party."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.trigger_weighed_requests import has_maker
from dyads.stages.triggers import TriggerLexicon

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "word", "made"),
    [
        ("Oslo is studying Sweden's request for radar data.", "request", True),
        ("Oslo is studying a Swedish request for radar data.", "request", True),
        ("Oslo is weighing a request from Stockholm for radar data.", "request", True),
        ("Oslo is weighing a request for radar data.", "request", False),
        ("Oslo is weighing its own request for radar data.", "request", False),
    ],
)
def test_a_request_with_its_maker_named(nlp: Language, text: str, word: str, made: bool) -> None:
    assert has_maker(token(nlp(text), word)) is made


def test_a_request_weighed_is_coded_when_its_maker_is_named(nlp: Language) -> None:
    lexicon = TriggerLexicon()
    made = lexicon.code(token(nlp("Oslo is studying a Swedish request for radar data."), "request"))
    assert made is not None and made.event == "REQUEST"
    option = nlp("Oslo is considering a ban on fishing.")
    assert lexicon.code(token(option, "ban")) is None
