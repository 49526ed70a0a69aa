"""Tests for reading a company's deliveries and sales as trade rather than aid."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.business_events import is_trade, trade_or
from dyads.stages.role_index import Roles
from dyads.stages.triggers import TriggerLexicon

from .event_helpers import actor, token


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


def read(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, giver: str, sector: str
) -> tuple[str, str]:
    """The PLOVER type and CAMEO code of the trigger word, with the giver as its actor."""
    trigger = token(nlp(text), word)
    coding = lexicon.code(trigger)
    assert coding is not None
    roles = Roles(actors=(actor(text, giver, "XXX", sector),), recipient=None)
    read = trade_or(trigger, coding, roles, lexicon)
    return read.event, read.cameo


@pytest.mark.parametrize(
    ("text", "word", "giver"),
    [
        (
            "Embraer delivered the first E195 jet to the Polish carrier LOT on Monday.",
            "delivered",
            "Embraer",
        ),
        (
            "Siemens Energy supplied gas turbines to the Iraqi electricity ministry last year.",
            "supplied",
            "Siemens Energy",
        ),
    ],
)
def test_a_company_handing_goods_over_trades(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, giver: str
) -> None:
    assert read(nlp, lexicon, text, word, giver, "BUS") == ("COOPERATE", "061")


def test_a_state_handing_goods_over_keeps_the_aid_reading(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    text = "Japan delivered tents and blankets to the earthquake zone on Monday."
    event, _ = read(nlp, lexicon, text, "delivered", "Japan", "GOV")
    assert event == "AID"


def test_other_verbs_of_a_company_are_left_alone(nlp: Language, lexicon: TriggerLexicon) -> None:
    text = "Unilever donated food to flood victims in Pakistan on Friday."
    trigger = token(nlp(text), "donated")
    coding = lexicon.code(trigger)
    assert coding is not None
    roles = Roles(actors=(actor(text, "Unilever", "GBR", "BUS"),), recipient=None)
    assert not is_trade(trigger, coding, roles)
    assert trade_or(trigger, coding, roles, lexicon) is coding


def test_an_event_without_actors_is_no_trade(nlp: Language, lexicon: TriggerLexicon) -> None:
    text = "Medicines were delivered to the hospital in Gaza on Sunday."
    trigger = token(nlp(text), "delivered")
    coding = lexicon.code(trigger)
    assert coding is not None
    assert not is_trade(trigger, coding, Roles(actors=(), recipient=None))


@pytest.mark.parametrize(
    ("text", "word", "event"),
    [
        ("The regulator fined the telecoms group for misleading customers.", "fined", "COERCE"),
        ("Japan's watchdog blocked the takeover of the chip maker.", "blocked", "REJECT"),
        ("The antitrust office blocked the merger of the two railways.", "blocked", "REJECT"),
        ("The insurer said it would appeal the ruling.", "appeal", "ACCUSE"),
        ("Truckers blocked the highway into the capital.", "blocked", "PROTEST"),
        ("Militants targeted a checkpoint outside Mosul.", "targeted", "ASSAULT"),
    ],
)
def test_regulators_fine_and_block_deals_and_firms_appeal(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str
) -> None:
    coding = lexicon.code(token(nlp(text), word))
    assert coding is not None
    assert coding.event == event


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The new duty targets exporters of steel.", "targets"),
        ("The sale will free cash for new plants.", "free"),
        ("Dearer loans could push the economy into a slump.", "push"),
        ("The retailer favoured its own brands on its website.", "favoured"),
    ],
)
def test_economic_figures_of_speech_are_no_events(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str
) -> None:
    assert lexicon.code(token(nlp(text), word)) is None
