"""Tests for acts that are what a party backs, proposes or opposes (``backed_content``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.backed_content import stance_verb
from dyads.stages.status import event_status

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "act", "stance"),
    [
        ("Voters in Wales backed leaving the customs union.", "leaving", "backed"),
        ("The senator proposed expelling the consul.", "expelling", "proposed"),
        ("The ruling party opposes arresting the former premier.", "arresting", "opposes"),
        ("The deputies voted for withdrawing the troops from Chad.", "withdrawing", "voted"),
        ("Farmers support blocking the motorway until prices rise.", "blocking", "support"),
        # The act reported, not favoured: no stance governs it.
        ("The army began shelling the town at dawn.", "shelling", None),
        ("Police arrested the mayor, who backed the strike.", "arrested", None),
        ("The minister backed the plan and imposed tariffs on steel.", "imposed", None),
    ],
)
def test_stance_verb(nlp: Language, text: str, act: str, stance: str | None) -> None:
    found = stance_verb(token(nlp(text), act))
    assert (found.text if found is not None else None) == stance


@pytest.mark.parametrize(
    ("text", "act", "status"),
    [
        ("Voters in Wales backed leaving the customs union.", "leaving", "hypothetical"),
        ("The senator proposed expelling the consul.", "expelling", "hypothetical"),
        ("The ruling party opposes arresting the former premier.", "arresting", "hypothetical"),
        ("Police arrested the mayor of Gao on Monday.", "arrested", "asserted"),
    ],
)
def test_backed_acts_have_not_happened(nlp: Language, text: str, act: str, status: str) -> None:
    assert event_status(token(nlp(text), act), None, None) == status
