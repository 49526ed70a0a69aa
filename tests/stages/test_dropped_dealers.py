"""Tests for dealers and franchisees dropped (``dropped_dealers``) and how their plans code."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.dropped_dealers import announces_dealer_cut, drops_dealers
from dyads.stages.intents import intent_coding
from dyads.stages.triggers import TriggerLexicon


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


@pytest.mark.parametrize(
    ("text", "verb", "dropped"),
    [
        ("The automaker will close 250 dealerships.", "close", True),
        ("The chain plans to end its deals with 60 franchisees.", "end", True),
        ("The brand wants to cut its dealers in Spain by half.", "cut", True),
        ("The automaker will close two assembly plants.", "close", False),
        ("The ministry will close the border with its neighbour.", "close", False),
    ],
)
def test_dealers_or_franchisees_named_by_the_object_are_found(
    nlp: Language, text: str, verb: str, dropped: bool
) -> None:
    doc = nlp(text)
    assert drops_dealers(next(t for t in doc if t.text == verb)) is dropped


@pytest.mark.parametrize(
    ("text", "verb", "event"),
    [
        ("The automaker plans to close 250 dealerships.", "close", "SANCTION"),
        ("The automaker wants to eliminate 90 dealers.", "eliminate", "SANCTION"),
        ("Washington plans to suspend aid to the junta.", "suspend", "THREATEN"),
    ],
)
def test_a_planned_cut_of_dealers_is_the_cut_to_come_and_no_threat(
    nlp: Language, lexicon: TriggerLexicon, text: str, verb: str, event: str
) -> None:
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == verb)
    coding = lexicon.code(trigger)
    assert coding is not None
    assert coding.event == "SANCTION"
    intent = intent_coding(trigger, coding)
    assert (intent.event if intent is not None else coding.event) == event


@pytest.mark.parametrize(
    ("text", "verb", "announced"),
    [
        ("The truck maker announced plans on Monday to drop 120 dealers.", "announced", True),
        ("The carmaker announced plans to shut down 900 of its dealerships.", "announced", True),
        ("The government announced plans to lift martial law.", "announced", False),
        ("The carmaker closed 900 of its dealerships.", "closed", False),
    ],
)
def test_a_plan_announced_to_drop_dealers_is_no_agreement(
    nlp: Language, text: str, verb: str, announced: bool
) -> None:
    token = next(t for t in nlp(text) if t.text == verb)
    assert announces_dealer_cut(token, token.lemma_.lower()) is announced
