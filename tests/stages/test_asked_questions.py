"""Tests for questions that request nothing (``asked_questions``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.asked_questions import is_question
from dyads.stages.triggers import TriggerLexicon


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("When asked about the vote, the spokesman said nothing.", True),
        ("Asked whether the troops would stay, the colonel shrugged.", True),
        ("Lawmakers will ask hard questions about the contract.", True),
        ("When asked to resign, the minister refused.", False),
        ("The mayor asked residents to stay indoors.", False),
    ],
)
def test_a_question_put_is_no_request(
    nlp: Language, lexicon: TriggerLexicon, text: str, question: bool
) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "ask")
    assert is_question(verb) is question
    coding = lexicon.code(verb)
    assert (coding is None) is question
