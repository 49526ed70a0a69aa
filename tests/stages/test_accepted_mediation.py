"""Tests for mediation accepted by letting a party mediate (``accepted_mediation``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.accepted_mediation import lets_party_mediate
from dyads.stages.triggers import TriggerLexicon


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Sri Lanka consented on Friday to let Norway act as a go-between.", "consent"),
        ("Sudan agreed to let Kenya act as a mediator in talks with the rebels.", "agree"),
        ("Indonesia allowed the Henry Dunant Centre to mediate between Jakarta and GAM.", "allow"),
    ],
)
def test_letting_a_party_mediate_accepts_its_mediation(
    nlp: Language, lexicon: TriggerLexicon, text: str, lemma: str
) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    assert lets_party_mediate(verb)
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == "AGREE" and coding.cameo == "038"


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Israel agreed to let Egyptian trucks cross into Gaza.", "agree"),
        ("The army allowed the Red Cross to visit the prisoners.", "allow"),
    ],
)
def test_other_acts_let_happen_are_no_mediation(nlp: Language, text: str, lemma: str) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    assert not lets_party_mediate(verb)
