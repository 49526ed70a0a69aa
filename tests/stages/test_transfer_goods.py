"""Tests for the goods a transfer carries deciding its aid (``transfer_goods``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.transfer_goods import (
    goods_words,
    hands_arms_to_state,
    misread_indirect_object,
)
from dyads.stages.triggers import TriggerLexicon


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


def _coded(nlp: Language, lexicon: TriggerLexicon, text: str, word: str) -> str | None:
    doc = nlp(text)
    coding = lexicon.code(next(t for t in doc if t.lower_ == word))
    return coding.cameo if coding is not None else None


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        # Goods the verb's default code leaves general.
        ("Belgium delivered 30 armoured vehicles to Lithuania.", "delivered", "072"),
        ("Austria provided Slovakia with 50 border police officers.", "provided", "072"),
        ("Oman sent Sudan flour and tents on Monday.", "sent", "073"),
        # Arms outrank the price and relief outranks the count.
        ("Canada handed Kyiv a $500 million arms package.", "handed", "072"),
        ("Spain donated three million vaccine doses to Peru.", "donated", "073"),
        # A verb of giving with a party as indirect object and goods no pattern lists.
        ("Slovakia gives Moldova more air defence systems", "gives", "072"),
        ("Korea handed the Philippines six patrol boats.", "handed", "072"),
        # Arms handed over to a state are given; to an army or peacekeepers, laid down.
        ("Norway handed over 14 howitzers to Estonia.", "handed", "072"),
        ("The militia handed over 200 rifles to the army.", "handed", "0873"),
        # Goods that are no arms, relief or money, and results delivered, are no aid.
        ("The ministry gave the school new computer systems.", "gave", None),
        ("The bank delivered strong profits in the first half.", "delivered", None),
    ],
)
def test_the_goods_decide_the_aid(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str | None
) -> None:
    assert _coded(nlp, lexicon, text, word) == cameo


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        ("The delivery of Swedish tanks to Poland began on Monday.", "delivery", "072"),
        ("Tokyo's transfer of artillery shells to Seoul was completed.", "transfer", "072"),
        ("A shipment of rice from Vietnam to Haiti reached the port.", "shipment", "073"),
        ("Norway's gift of 12 F-16s to Romania was completed in May.", "gift", "072"),
        # No receiver and no giver; money moved; no goods.
        ("A food delivery app raised money from investors.", "delivery", None),
        ("Peru's transfer of 2 million dollars to Chile was delayed.", "transfer", None),
        ("The transfer of power to the new cabinet was smooth.", "transfer", None),
    ],
)
def test_nouns_of_transfer_are_aid_by_their_goods(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str | None
) -> None:
    assert _coded(nlp, lexicon, text, word) == cameo


def test_goods_are_the_objects_and_their_modifiers_not_the_receiver(nlp: Language) -> None:
    doc = nlp("Finland supplied Latvia with anti-tank missiles.")
    words = goods_words(next(t for t in doc if t.lower_ == "supplied"))
    assert "missiles" in words
    assert "finland" not in words


def test_arms_go_to_a_state_only_when_its_name_is_the_goal(nlp: Language) -> None:
    given = nlp("Italy handed over 20 mortars to Albania.")
    laid_down = nlp("The gunmen handed over their mortars to the police.")
    assert hands_arms_to_state(next(t for t in given if t.lower_ == "handed"))
    assert not hands_arms_to_state(next(t for t in laid_down if t.lower_ == "handed"))


def test_a_headline_state_before_the_goods_is_their_receiver(nlp: Language) -> None:
    doc = nlp("Poland Sends Ukraine Fighter Jets")
    verb = next(t for t in doc if t.lower_ == "sends")
    receiver = misread_indirect_object(verb)
    assert receiver is not None and receiver.text == "Ukraine"
    own = nlp("Washington Sends US Navy Helicopters")
    assert misread_indirect_object(next(t for t in own if t.lower_ == "sends")) is None
