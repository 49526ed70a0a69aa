"""Tests for acts that seize or strike a ship or an aircraft (``role_vessels``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.role_vessels import flag_states, seizes_a_vessel
from dyads.stages.roles import verb_roles

from .event_helpers import codes, token
from .role_helpers import index_of


@pytest.mark.parametrize(
    ("text", "verb", "vessel"),
    [
        ("Coast guards seized an oil tanker off the coast on Sunday.", "seized", True),
        ("A cargo ship was seized by commandos near the strait.", "seized", True),
        ("Troops impounded a private jet at the airport.", "impounded", True),
        ("Police seized weapons and cash in a raid.", "seized", False),
        ("Soldiers seized the town hall at dawn.", "seized", False),
    ],
)
def test_a_seized_ship_or_aircraft_is_found(
    nlp: Language, text: str, verb: str, vessel: bool
) -> None:
    assert seizes_a_vessel(token(nlp(text), verb)) is vessel


@pytest.mark.parametrize(
    ("text", "noun", "flags"),
    [
        ("Pirates boarded a Liberian-flagged tanker at dawn.", "tanker", ["LBR"]),
        ("Pirates boarded a Maltese-registered cargo ship at dawn.", "ship", ["MLT"]),
        ("Pirates boarded a foreign-flagged tanker at dawn.", "tanker", []),
        ("Pirates boarded a Liberian-flagged warehouse at dawn.", "warehouse", []),
    ],
)
def test_the_flag_a_ship_bears_names_its_state(
    nlp: Language, text: str, noun: str, flags: list[str]
) -> None:
    doc = nlp(text)
    assert codes(flag_states(token(doc, noun), index_of(doc, []))) == flags


def test_a_flagged_ship_of_no_named_party_is_the_recipient(nlp: Language) -> None:
    doc = nlp("Iran seized a Greek-flagged oil tanker in the Gulf on Wednesday.")
    roles = verb_roles(token(doc, "seized"), index_of(doc, [("Iran", "IRN", None)]))
    assert codes(roles.recipients) == ["GRC"]


def test_a_flagged_ship_seized_in_the_passive_is_the_recipient(nlp: Language) -> None:
    doc = nlp("A Liberian-flagged tanker was seized by Iran on Wednesday.")
    roles = verb_roles(token(doc, "seized"), index_of(doc, [("Iran", "IRN", None)]))
    assert codes(roles.actors) == ["IRN"] and codes(roles.recipients) == ["LBR"]


@pytest.mark.parametrize(
    ("text", "noun", "flags"),
    [
        ("Rebels fired a missile at a U.S.-owned cargo ship.", "ship", ["USA"]),
        ("Rebels fired a missile at a Greek-operated tanker.", "tanker", ["GRC"]),
        ("Rebels fired a missile at a Liberian-flagged, Greek-owned tanker.", "tanker", ["LBR"]),
    ],
)
def test_a_ship_of_no_flag_named_is_its_owners_state(
    nlp: Language, text: str, noun: str, flags: list[str]
) -> None:
    doc = nlp(text)
    assert codes(flag_states(token(doc, noun), index_of(doc, []))) == flags


def test_a_place_in_a_ships_own_name_is_no_recipient(nlp: Language) -> None:
    text = "Rebels fired a missile at the U.S.-owned cargo ship Gibraltar Eagle on Monday."
    doc = nlp(text)
    index = index_of(doc, [("Rebels", "YEM", "REB")], [("Gibraltar", "GBR")])
    roles = verb_roles(token(doc, "fired"), index)
    assert codes(roles.recipients) == ["USA"]
