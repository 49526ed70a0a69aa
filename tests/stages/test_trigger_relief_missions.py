"""Tests for forces sent to bring relief (``trigger_relief_missions``): humanitarian aid."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.trigger_relief_missions import RELIEF_CAMEO, relief_mission_or

from .event_helpers import token

DEPLOYMENT = "154"


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        (
            "Britain dispatched an aircraft carrier to the Philippines to help typhoon survivors.",
            "dispatched",
            RELIEF_CAMEO,
        ),
        ("The navy sent two ships to Haiti to deliver aid to quake victims.", "sent", RELIEF_CAMEO),
        ("Japan deployed troops to Nepal for disaster relief.", "deployed", RELIEF_CAMEO),
        ("India deployed troops to the border to help the army.", "deployed", DEPLOYMENT),
        ("Greece sent two frigates to the Aegean on Monday.", "sent", DEPLOYMENT),
    ],
)
def test_a_deployment_for_relief_is_humanitarian_aid(
    nlp: Language, text: str, verb: str, code: str
) -> None:
    assert relief_mission_or(DEPLOYMENT, token(nlp(text), verb)) == code


def test_only_a_deployment_becomes_relief(nlp: Language) -> None:
    verb = token(nlp("The army pulled out of the town to help flood victims."), "pulled")
    assert relief_mission_or("0874", verb) == "0874"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A team of 100 doctors flew to Honduras to treat victims of the hurricane.", RELIEF_CAMEO),
        ("Cuban doctors flew to Haiti to help quake survivors.", RELIEF_CAMEO),
        # An envoy's journey for the same purpose stays a visit, as does one with no relief.
        ("The minister flew to Honduras to help victims of the hurricane.", "042"),
        ("A team of doctors flew to Geneva for a conference.", "042"),
    ],
)
def test_a_journey_of_doctors_or_rescuers_for_relief_is_humanitarian_aid(
    nlp: Language, text: str, code: str
) -> None:
    assert relief_mission_or("042", token(nlp(text), "flew")) == code
