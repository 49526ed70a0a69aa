"""Tests for where and when a statement was made (``frame_settings``)."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from dyads.stages.events import EventExtractor
from dyads.stages.frame_settings import frame_setting_spans

from .event_helpers import dyad, first, parties, place, token


def test_the_phrases_of_the_verb_of_saying_are_its_setting(nlp: Language) -> None:
    text = "Nicaragua will allow observers to monitor the vote, Ortega said at a summit in Tela."
    doc = nlp(text)
    spans = frame_setting_spans(token(doc, "allow"))
    assert [text[s:e] for s, e in spans] == ["at a summit in Tela"]
    # An act that no verb of saying frames has no such setting.
    assert frame_setting_spans(token(nlp("Ortega met Arias in Tela."), "met")) == []


def test_a_party_where_a_statement_was_made_is_no_bystander_of_its_act(nlp: Language) -> None:
    text = (
        "Nicaragua will hold elections and allow foreign observers to monitor the vote, "
        "Ortega said at a summit in El Salvador."
    )
    doc = nlp(text)
    actors = parties(text, [("Nicaragua", "NIC"), ("Ortega", "NIC"), ("El Salvador", "SLV")])
    events = EventExtractor().process(
        doc, actors, [], [place(text, "El Salvador", "SLV")], dt.date(1989, 2, 14), "t"
    )
    assert dyad(first(events, trigger="allow observers")) == ("NIC", "NIC")
