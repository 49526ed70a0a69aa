"""Tests for envoys declared unwelcome (``unwelcome_envoys``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.triggers import TriggerLexicon
from dyads.stages.unwelcome_envoys import declares_unwelcome


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


@pytest.mark.parametrize(
    "text",
    [
        "Britain declared three Iraqi diplomats persona non grata on Friday.",
        "Pakistan declared an Indian embassy official persona non grata on Sunday.",
        "Ecuador declared the Colombian consul in Quito persona non grata, accusing him.",
        "Zimbabwe declared a British diplomat persona non grata, the Foreign Office said.",
    ],
)
def test_a_person_declared_persona_non_grata_is_expelled(
    nlp: Language, lexicon: TriggerLexicon, text: str
) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == "declare")
    assert declares_unwelcome(verb)
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == "SANCTION" and coding.cameo == "166"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry declared that the envoy was persona non grata.",
        "Parliament declared a state of emergency on Friday.",
    ],
)
def test_no_person_is_named_unwelcome_by_the_verb(nlp: Language, text: str) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == "declare")
    assert not declares_unwelcome(verb)
