"""Tests for the roles of event nouns."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.roles import ActorIndex, noun_roles

from .event_helpers import actor, codes, token
from .role_helpers import index_of


def test_possessive_and_with_on_an_event_noun(nlp: Language) -> None:
    text = "Macron told reporters about his meeting with the German chancellor."
    doc = nlp(text)
    his = actor(text, "his", "FRA")
    index = ActorIndex(
        doc, [actor(text, "Macron", "FRA"), his, actor(text, "German chancellor", "DEU")]
    )
    roles = noun_roles(token(doc, "meeting"), index)
    assert roles.actors == (his,)
    assert roles.recipient is not None and roles.recipient.code == "DEU"


def test_a_withdrawal_is_from_the_party_it_leaves(nlp: Language) -> None:
    doc = nlp("Ethiopia's withdrawal from Somalia began on Monday.")
    index = index_of(doc, [("Ethiopia", "ETH", None), ("Somalia", "SOM", None)])
    roles = noun_roles(token(doc, "withdrawal"), index)
    assert codes(roles.actors) == ["ETH"] and codes(roles.recipients) == ["SOM"]


def test_a_withdrawal_from_a_place_is_from_its_country(nlp: Language) -> None:
    doc = nlp("Ethiopia's withdrawal from Mogadishu began on Monday.")
    index = index_of(doc, [("Ethiopia", "ETH", None)], places=[("Mogadishu", "SOM")])
    assert codes(noun_roles(token(doc, "withdrawal"), index).recipients) == ["SOM"]


def test_from_is_no_recipient_of_other_event_nouns(nlp: Language) -> None:
    doc = nlp("Ethiopia's criticism from Addis Ababa was muted.")
    index = index_of(doc, [("Ethiopia", "ETH", None)], places=[("Addis Ababa", "ETH")])
    assert codes(noun_roles(token(doc, "criticism"), index).recipients) == []


def test_the_subject_of_a_verb_that_deepens_an_act_does_it(nlp: Language) -> None:
    doc = nlp("Kenya deepened trade cooperation with Ethiopia.")
    index = index_of(doc, [("Kenya", "KEN", None), ("Ethiopia", "ETH", None)])
    roles = noun_roles(token(doc, "cooperation"), index)
    assert codes(roles.actors) == ["KEN"] and codes(roles.recipients) == ["ETH"]


def test_a_place_an_attack_is_aimed_on_stands_for_its_country(nlp: Language) -> None:
    doc = nlp("Iraq's missile attack on Kuwait City caused no casualties.")
    index = index_of(doc, [("Iraq", "IRQ", None)], places=[("Kuwait City", "KWT")])
    roles = noun_roles(token(doc, "attack"), index)
    assert codes(roles.actors) == ["IRQ"] and codes(roles.recipients) == ["KWT"]


def test_a_place_named_by_another_preposition_is_no_target(nlp: Language) -> None:
    doc = nlp("Iraq's talks with Kuwait City officials resumed.")
    index = index_of(doc, [("Iraq", "IRQ", None)], places=[("Kuwait City", "KWT")])
    assert noun_roles(token(doc, "talks"), index).recipient is None
