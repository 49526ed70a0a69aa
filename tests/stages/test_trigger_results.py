"""Tests for "leave" read as a result rather than a withdrawal (``trigger_results``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.trigger_results import is_result_ending, leaves_in_a_state, objects_left
from dyads.stages.triggers import TriggerLexicon


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("The siege has left the town without water.", True),
        ("The shelling left eleven people dead.", True),
        ("The storm left the harbour in ruins.", True),
        ("The embargo has left the island short of medicine.", True),
        ("The raids left hundreds of families homeless.", True),
        ("The rebels left the town without a fight.", False),
        ("The peacekeepers left Haiti empty-handed.", False),
        ("Marines left the base on Friday.", False),
        ("The last soldiers left the valley in trucks.", False),
        ("The troops withdrew, leaving U.N. peacekeepers to guard the port.", True),
        ("The army left the rebels to run the north.", True),
    ],
)
def test_leaving_an_object_in_a_state_is_a_result(nlp: Language, text: str, result: bool) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "leave")
    assert leaves_in_a_state(verb) is result


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Chinese troops left the disputed valley on Monday.", "RETREAT"),
        ("Air raids by the army have left at least forty people dead.", None),
        ("The militia's blockade has left the port town without fuel.", None),
    ],
)
def test_a_result_is_no_withdrawal(
    nlp: Language, lexicon: TriggerLexicon, text: str, event: str | None
) -> None:
    doc = nlp(text)
    coding = lexicon.code(next(t for t in doc if t.lower_ == "left"))
    assert (coding.event if coding is not None else None) == event


def test_what_an_act_leaves_in_a_state_is_its_object(nlp: Language) -> None:
    doc = nlp("Western sanctions have left Cuba short of spare parts.")
    sanctions = next(t for t in doc if t.lower_ == "sanctions")
    assert [t.text for t in objects_left(sanctions)] == ["Cuba"]
    assert objects_left(next(t for t in doc if t.text == "Cuba")) == []


@pytest.mark.parametrize(
    ("text", "word", "result"),
    [
        ("Troops took the town on Sunday, ending a 25-year civil war.", "ending", True),
        ("Troops took the town on Sunday, ending a 25-year civil war.", "war", True),
        ("Troops killed the commander, bringing the fighting to an end.", "fighting", True),
        ("Troops killed the commander, bringing the fighting to an end.", "bringing", True),
        ("The rebels signed the deal, putting an end to the war.", "war", True),
        # Ending as the act itself, or with a subject or a mark of its own, is no result.
        ("The two sides agreed on Monday to end the war.", "end", False),
        ("The army shelled the town after ending the truce.", "ending", False),
    ],
)
def test_is_result_ending(nlp: Language, text: str, word: str, result: bool) -> None:
    assert is_result_ending(next(t for t in nlp(text) if t.text == word)) is result
