"""Tests for journeys made in search of something (``journey_requests``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.journey_requests import seeks_on_journey
from dyads.stages.triggers import TriggerLexicon


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Zambia's finance minister travelled to Washington in search of fresh credits.", "travel"),
        ("Poland's finance minister went to Bonn on Monday in search of credits.", "go"),
    ],
)
def test_a_journey_in_search_of_something_asks_for_it(
    nlp: Language, lexicon: TriggerLexicon, text: str, lemma: str
) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    assert seeks_on_journey(verb)
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == "REQUEST"


def test_a_journey_without_a_search_is_a_visit(nlp: Language, lexicon: TriggerLexicon) -> None:
    doc = nlp("The minister went to Bonn on Monday for talks.")
    verb = next(t for t in doc if t.lemma_ == "go")
    assert not seeks_on_journey(verb)
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == "CONSULT"
