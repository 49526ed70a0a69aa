"""Tests for demands joined by "or" to a penalty (``ultimatums``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.ultimatums import (
    is_ultimatum_demand,
    is_ultimatum_penalty,
    sets_deadline,
    ultimatum_giver,
)

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "demand", "penalty", "giver"),
    [
        pytest.param(
            "Regulators told the lender to comply or face further fines.",
            "comply",
            "face",
            "told",
            id="or face",
        ),
        pytest.param(
            "Ankara told the airline to resume flights or lose its licence.",
            "resume",
            "lose",
            "told",
            id="or lose",
        ),
        pytest.param(
            "Washington gave the Sudanese military rulers until Friday to hand over power or "
            "face new sanctions.",
            "hand",
            "face",
            "gave",
            id="a deadline given with until",
        ),
        pytest.param(
            "NATO gave the rebel commanders until midnight to withdraw their guns or face air "
            "strikes.",
            "withdraw",
            "face",
            "gave",
            id="a deadline hung on the time",
        ),
    ],
)
def test_an_ultimatum(nlp: Language, text: str, demand: str, penalty: str, giver: str) -> None:
    doc = nlp(text)
    assert is_ultimatum_penalty(token(doc, penalty))
    assert is_ultimatum_demand(token(doc, demand))
    found = ultimatum_giver(token(doc, penalty))
    assert found is not None and found.text == giver


def test_two_acts_joined_by_or_without_a_penalty(nlp: Language) -> None:
    doc = nlp("The union told members to stay at home or join the picket lines.")
    assert not is_ultimatum_demand(token(doc, "stay"))
    assert not any(is_ultimatum_penalty(t) for t in doc)


def test_a_penalty_faced_is_no_ultimatum_without_a_demand(nlp: Language) -> None:
    doc = nlp("The bank faces further fines after the ruling.")
    assert not is_ultimatum_penalty(token(doc, "faces"))


@pytest.mark.parametrize(
    ("text", "demand", "penalty"),
    [
        pytest.param(
            "The agency told the airline to refund the fares or face prosecution.",
            "refund",
            "prosecution",
            id="penalty on the object",
        ),
        pytest.param(
            "Bondholders gave the province a week to restructure or risk default.",
            "restructure",
            "default",
            id="penalty on the demand",
        ),
    ],
)
def test_a_penalty_read_as_a_noun_is_still_the_penalty(
    nlp: Language, text: str, demand: str, penalty: str
) -> None:
    doc = nlp(text)
    noun = token(doc, penalty)
    assert noun.pos_ == "NOUN"  # the parse this rule repairs
    assert is_ultimatum_penalty(noun)
    assert is_ultimatum_demand(token(doc, demand))


def test_a_noun_joined_by_or_without_a_penalty_word_is_no_penalty(nlp: Language) -> None:
    doc = nlp("The agency told the airline to refund the fares or the taxes.")
    assert not any(is_ultimatum_penalty(t) for t in doc)


def test_a_verb_that_sets_a_deadline_is_no_event_of_its_own(nlp: Language) -> None:
    doc = nlp(
        "Washington gave the Sudanese military rulers until Friday to hand over power or face "
        "new sanctions."
    )
    assert sets_deadline(token(doc, "gave"))
    doc = nlp("Washington gave the Sudanese military rulers until Friday to hand over power.")
    assert not sets_deadline(token(doc, "gave"))
