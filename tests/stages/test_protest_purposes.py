"""Tests for an occupation or blockade done "to protest" (``protest_purposes``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.protest_purposes import done_to_protest
from dyads.stages.triggers import TriggerLexicon


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


def test_an_occupation_done_to_protest_yields_to_the_protest(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    doc = nlp("Opposition deputies occupied the speaker's podium on Tuesday to protest the budget.")
    verb = next(t for t in doc if t.lemma_ == "occupy")
    assert done_to_protest(verb)
    assert lexicon.code(verb) is None
    protest = next(t for t in doc if t.lemma_ == "protest")
    coding = lexicon.code(protest)
    assert coding is not None and coding.event == "PROTEST"


def test_an_occupation_with_no_protest_stays_an_occupation(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    doc = nlp("Government troops occupied the town of Kibeho on Tuesday to restore order.")
    verb = next(t for t in doc if t.lemma_ == "occupy")
    assert not done_to_protest(verb)
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == "ASSAULT"
