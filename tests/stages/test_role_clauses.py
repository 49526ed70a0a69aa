"""Tests for recipients named in the clauses around a trigger."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.role_clauses import cause_parties, clause_parties

from .event_helpers import codes, token
from .role_helpers import index_of


def test_a_when_clause_gives_a_cause(nlp: Language) -> None:
    doc = nlp("When Syrian troops massed near the border, Turkey put its army on alert.")
    index = index_of(doc, [("Syrian troops", "SYR", "MIL"), ("Turkey", "TUR")])
    assert codes(cause_parties(token(doc, "put"), index)) == ["SYR"]


def test_a_clause_of_time_without_a_cause_word_gives_none(nlp: Language) -> None:
    doc = nlp("Turkey put its army on alert, and Syrian troops massed near the border.")
    index = index_of(doc, [("Syrian troops", "SYR", "MIL"), ("Turkey", "TUR")])
    assert cause_parties(token(doc, "put"), index) == []


def test_an_infinitive_governed_by_the_purpose_names_its_parties(nlp: Language) -> None:
    doc = nlp("Serbia threatened to stop cooperating with the OSCE mission.")
    index = index_of(doc, [("Serbia", "SRB"), ("OSCE", "IGOOSC")])
    stop = token(doc, "stop")
    assert stop.head.text == "threatened"
    assert codes(clause_parties(stop, index)) == ["IGOOSC"]


def test_a_withdrawal_names_the_party_left_before_the_forces_withdrawn(nlp: Language) -> None:
    doc = nlp("Russia agreed to pull its remaining Russian troops out of Moldova.")
    specs = [("Russia", "RUS"), ("Russian troops", "RUS", "MIL"), ("Moldova", "MDA")]
    index = index_of(doc, specs)
    assert codes(clause_parties(token(doc, "pull"), index)) == ["MDA", "RUS"]
