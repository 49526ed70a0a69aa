"""Tests for a rival's victory recognised at home or abroad (``conceded_victories``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.conceded_victories import CONCESSION_CAMEO, endorses_foreign_winner
from dyads.stages.role_index import Roles
from dyads.stages.triggers import TriggerLexicon

from .event_helpers import actor, token


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


@pytest.mark.parametrize(
    ("text", "verb", "parties", "abroad"),
    [
        (
            "Ottawa recognised the victory of the Haitian opposition candidate.",
            "recognised",
            (("Ottawa", "CAN"), ("Haitian opposition candidate", "HTI")),
            True,
        ),
        (
            "The ruling party acknowledged the opposition's win in the capital.",
            "acknowledged",
            (("ruling party", "SEN"), ("opposition", "SEN")),
            False,
        ),
        (
            "Ottawa accepted defeat in the vote on the seat.",
            "accepted",
            (("Ottawa", "CAN"), ("seat", "IGO")),
            False,
        ),
    ],
)
def test_a_victory_recognised_abroad_endorses_the_winner(
    nlp: Language,
    lexicon: TriggerLexicon,
    text: str,
    verb: str,
    parties: tuple[tuple[str, str], tuple[str, str]],
    abroad: bool,
) -> None:
    trigger = token(nlp(text), verb)
    coding = lexicon.code(trigger)
    assert coding is not None and coding.cameo == CONCESSION_CAMEO
    (doer, doer_code), (winner, winner_code) = parties
    roles = Roles((actor(text, doer, doer_code),), actor(text, winner, winner_code))
    assert endorses_foreign_winner(trigger, coding, roles) is abroad
