"""Tests for forces sent to keep peace (``trigger_peacekeeping``): peacekeepers provided."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.trigger_peacekeeping import PEACEKEEPING_CAMEO, peace_mission_of, peacekeeping_or

from .event_helpers import token

DEPLOYMENT = "154"


@pytest.mark.parametrize(
    ("text", "verb", "mission"),
    [
        ("Peru sent 200 soldiers to join the U.N. peacekeeping force in Cyprus.", "sent", "force"),
        (
            "Benin dispatched police for the ECOWAS mission in Guinea-Bissau.",
            "dispatched",
            "mission",
        ),
        ("Chile deployed a company to serve with the UN mission in Haiti.", "deployed", "mission"),
        ("Poland sent 900 troops to join the multinational force in Iraq.", "sent", None),
        (
            "Kenya sent 400 police officers to lead a U.N.-backed security mission in Haiti.",
            "sent",
            "mission",
        ),
        ("Britain sent troops to lead a U.S.-led coalition force in Iraq.", "sent", None),
        ("Greece sent two frigates to the Aegean on Monday.", "sent", None),
    ],
)
def test_the_peacekeeping_mission_forces_are_sent_to(
    nlp: Language, text: str, verb: str, mission: str | None
) -> None:
    found = peace_mission_of(token(nlp(text), verb))
    assert (found.text if found is not None else None) == mission


def test_troops_sent_as_peacekeepers_are_provided(nlp: Language) -> None:
    verb = token(nlp("Malawi sent 850 troops to Congo as peacekeepers last year."), "sent")
    assert peacekeeping_or(DEPLOYMENT, verb) == PEACEKEEPING_CAMEO


def test_only_a_deployment_becomes_peacekeeping(nlp: Language) -> None:
    verb = token(
        nlp("Peru sent 200 soldiers to join the U.N. peacekeeping force in Cyprus."), "sent"
    )
    assert peacekeeping_or("0874", verb) == "0874"
    assert peacekeeping_or(DEPLOYMENT, verb) == PEACEKEEPING_CAMEO
