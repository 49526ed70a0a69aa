"""Tests for the party a clause places behind an act."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.role_culprits import culprits, unknown_culprits, within_unknown_culprits

from .event_helpers import actor, codes, token
from .role_helpers import index_of


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        ("Hamas denied being behind the attack.", "attack", ["PSE"]),
        ("Hamas denied being involved in the raid.", "raid", ["PSE"]),
        ("Police said Hamas was responsible for the bombing.", "bombing", ["PSE"]),
        ("Hamas was blamed for the attack.", "attack", []),
        ("Two people died in the attack claimed by Hamas.", "attack", []),
    ],
)
def test_culprits(nlp: Language, text: str, noun: str, expected: list[str]) -> None:
    doc = nlp(text)
    index = index_of(doc, [("Hamas", "PSE", "REB")])
    assert codes(culprits(token(doc, noun), index)) == expected


@pytest.mark.parametrize(
    ("text", "verb", "culprit"),
    [
        ("The minister vowed to hunt down those responsible for the fire.", "hunt", "those"),
        ("Police pledged to track down the killers of the judge.", "track", "killers"),
        ("Police tracked down the smugglers near the port.", "tracked", None),
        ("The army vowed to hunt down Hamas.", "hunt", None),
    ],
)
def test_unknown_culprits(nlp: Language, text: str, verb: str, culprit: str | None) -> None:
    found = unknown_culprits(token(nlp(text), verb))
    assert (found.text if found is not None else None) == culprit


def test_a_party_inside_the_culprits_phrase_is_no_target(nlp: Language) -> None:
    text = "The premier vowed to track down the killers of the Kenyan judge."
    doc = nlp(text)
    judge = actor(text, "Kenyan judge", "KEN", "JUD")
    assert within_unknown_culprits(judge, token(doc, "track"))
    other = "The premier vowed to track down Kenyan smugglers."
    smugglers = actor(other, "Kenyan smugglers", "KEN", "CRM")
    assert not within_unknown_culprits(smugglers, token(nlp(other), "track"))


def test_culprits_named_by_their_nationality_are_known(nlp: Language) -> None:
    assert unknown_culprits(token(nlp("Police vowed to hunt down the gunmen."), "hunt")) is not None
    text = "Israeli troops vowed to hunt down the Palestinian gunmen."
    assert unknown_culprits(token(nlp(text), "hunt")) is None
