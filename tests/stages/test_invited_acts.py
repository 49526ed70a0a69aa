"""Tests for a party invited to act (``invited_acts``)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from dyads.stages.invited_acts import invites_an_act
from dyads.stages.triggers import TriggerLexicon


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


def _invite(nlp: Language, text: str) -> Token:
    return next(t for t in nlp(text) if t.lemma_ == "invite")


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam invited Japanese companies on Tuesday to invest in oil exploration.",
        "Cuba invited foreign oil companies to bid for exploration blocks.",
        "Vietnam has invited South Korean companies to take part in building a steel mill.",
    ],
)
def test_a_party_invited_to_act_is_asked_to(
    nlp: Language, lexicon: TriggerLexicon, text: str
) -> None:
    verb = _invite(nlp, text)
    assert invites_an_act(verb)
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == "REQUEST"


@pytest.mark.parametrize(
    "text",
    [
        "China invited the Japanese prime minister to visit Beijing in the spring.",
        "Li Peng invited Kim Young-sam to pay a state visit to Beijing next year.",
        "The mediators invited both sides to take part in talks in Geneva.",
        "The United Nations invited the Afghan government to negotiations in Geneva.",
    ],
)
def test_a_guest_invited_to_a_meeting_is_no_appeal(
    nlp: Language, lexicon: TriggerLexicon, text: str
) -> None:
    verb = _invite(nlp, text)
    assert not invites_an_act(verb)
    coding = lexicon.code(verb)
    assert coding is None or coding.event != "REQUEST" or coding.cameo != "020"
