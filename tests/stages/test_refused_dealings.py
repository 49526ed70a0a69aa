"""Tests for dealings refused, "have nothing to do with" (``refused_dealings``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.refused_dealings import refused_things, refuses_dealings
from dyads.stages.triggers import TriggerLexicon


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


@pytest.mark.parametrize(
    ("text", "lemma", "thing"),
    [
        ("Morocco would have nothing to do with Algerian mediation.", "have", "mediation"),
        ("The opposition wants nothing to do with Mugabe's offer.", "want", "offer"),
    ],
)
def test_nothing_to_do_with_refuses(
    nlp: Language, lexicon: TriggerLexicon, text: str, lemma: str, thing: str
) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    assert [t.lower_ for t in refused_things(verb)] == [thing]
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == "REJECT"


def test_something_to_do_with_refuses_nothing(nlp: Language) -> None:
    verb = next(
        t for t in nlp("The delay has something to do with the weather.") if t.lemma_ == "have"
    )
    assert not refuses_dealings(verb)
