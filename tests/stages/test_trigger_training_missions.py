"""Tests for forces sent to train another state's forces (``trigger_training_missions``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.trigger_training_missions import MILITARY_AID_CAMEO, training_mission_or

from .event_helpers import token

DEPLOYMENT = "154"


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        ("Russia sent 100 military instructors to Burkina Faso.", "sent", MILITARY_AID_CAMEO),
        ("Britain dispatched advisers and trainers to Kyiv.", "dispatched", MILITARY_AID_CAMEO),
        (
            "The United States deployed 200 troops to Niger to train local forces.",
            "deployed",
            MILITARY_AID_CAMEO,
        ),
        ("Germany sent troops to Lithuania to train with NATO allies.", "sent", DEPLOYMENT),
        ("Russia sent 300 troops to Belarus on Monday.", "sent", DEPLOYMENT),
    ],
)
def test_forces_sent_to_train_others_are_military_aid(
    nlp: Language, text: str, verb: str, code: str
) -> None:
    assert training_mission_or(DEPLOYMENT, token(nlp(text), verb)) == code


def test_only_a_deployment_becomes_military_aid(nlp: Language) -> None:
    verb = token(nlp("Russia sent 100 military instructors to Mali."), "sent")
    assert training_mission_or("036", verb) == "036"
