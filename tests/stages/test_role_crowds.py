"""Tests for the sides of a riot: the crowd acts, the side it fights undergoes it."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.role_crowds import riot_roles

from .event_helpers import codes, token
from .role_helpers import index_of, recipient_code


def test_the_crowd_named_second_in_a_between_phrase_acts(nlp: Language) -> None:
    doc = nlp("Fighting erupted between Turkish police and Kurdish demonstrators in Diyarbakir.")
    index = index_of(doc, [("Turkish police", "TUR"), ("Kurdish demonstrators", "TUR")])
    roles = riot_roles(token(doc, "erupted"), index)
    assert roles is not None
    assert [a.text for a in roles.actors] == ["Kurdish demonstrators"]
    assert roles.recipient is not None and roles.recipient.text == "Turkish police"


def test_police_clashing_with_rioters_undergo_their_riot(nlp: Language) -> None:
    doc = nlp("Thai police fought running battles with rioters in Bangkok on Sunday.")
    index = index_of(doc, [("Thai police", "THA"), ("rioters", "THA")])
    roles = riot_roles(token(doc, "fought"), index)
    assert roles is not None
    assert [a.text for a in roles.actors] == ["rioters"]
    assert recipient_code(roles) == "THA"


def test_a_clash_noun_reads_its_sides_too(nlp: Language) -> None:
    doc = nlp("Clashes between Egyptian students and riot police left 30 injured.")
    index = index_of(doc, [("Egyptian students", "EGY"), ("riot police", "EGY")])
    roles = riot_roles(token(doc, "Clashes"), index)
    assert roles is not None and [a.text for a in roles.actors] == ["Egyptian students"]


def test_clashes_between_armed_parties_are_no_riot(nlp: Language) -> None:
    doc = nlp("Fighting erupted between Indian and Pakistani troops along the border.")
    index = index_of(doc, [("Indian", "IND"), ("Pakistani troops", "PAK")])
    assert riot_roles(token(doc, "erupted"), index) is None


def test_a_verb_that_is_no_clash_has_no_riot_roles(nlp: Language) -> None:
    doc = nlp("Police arrested demonstrators in Lagos.")
    index = index_of(doc, [("demonstrators", "NGA")])
    assert riot_roles(token(doc, "arrested"), index) is None
    assert codes(index.actors_in(token(doc, "demonstrators"))) == ["NGA"]
