"""Tests for acts a clause leaves pending (``pending_clauses``) and the statuses they give."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.pending_clauses import awaited_act, yet_to_come
from dyads.stages.status import event_status

ANCHOR = dt.date(2025, 8, 12)


@pytest.mark.parametrize(
    ("text", "verb", "cue"),
    [
        ("Lenders have yet to sign the accord.", "sign", "yet"),
        ("The tribunal is yet to rule on the appeal.", "rule", "yet"),
        ("Lenders have signed the accord.", "signed", None),
        ("The envoy has to sign the accord.", "sign", None),
    ],
)
def test_have_yet_to_is_found_above_its_infinitive(
    nlp: Language, text: str, verb: str, cue: str | None
) -> None:
    doc = nlp(text)
    found = yet_to_come(next(t for t in doc if t.text == verb))
    assert (found.lower_ if found is not None else None) == cue


@pytest.mark.parametrize(
    ("text", "verb", "awaited"),
    [
        ("Once the senate ratifies the treaty, the troops will leave.", "ratifies", True),
        ("The blockade will stay until the rebels disarm.", "disarm", True),
        ("The walkout would go on until the firm raised pay.", "raised", True),
        ("Shelling went on until the militia withdrew.", "withdrew", False),
        ("Once the guards had gone, the inmates fled.", "gone", False),
        ("If the rebels disarm, the blockade will end.", "disarm", False),
    ],
)
def test_a_clause_of_time_waits_on_a_main_clause_to_come_or_in_the_present(
    nlp: Language, text: str, verb: str, awaited: bool
) -> None:
    doc = nlp(text)
    assert (awaited_act(next(t for t in doc if t.text == verb)) is not None) is awaited


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Bondholders have yet to approve the offer.", "approve", "negated"),
        ("Aid will resume once the militia releases the hostages.", "releases", "hypothetical"),
        (
            "The army will stay until the rebels surrender their weapons.",
            "surrender",
            "hypothetical",
        ),
        ("The rebels held the town until the army retook it.", "retook", "asserted"),
    ],
)
def test_pending_acts_are_not_asserted(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    assert event_status(token, None, ANCHOR) == expected
