"""Tests for requests and offers a party weighs: made by their own modifier, to the weigher."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.role_weighed import addressed_proposal_roles, weighed_proposal_roles

from .event_helpers import codes, token
from .role_helpers import index_of, recipient_code


def test_a_request_under_consideration_was_made_to_its_weigher(nlp: Language) -> None:
    doc = nlp("The Danish government is considering a Latvian request for extra ferries.")
    index = index_of(doc, [("Danish government", "DNK", "GOV"), ("Latvian", "LVA", None)])
    roles = weighed_proposal_roles(token(doc, "request"), index)
    assert roles is not None
    assert codes(roles.actors) == ["LVA"]
    assert recipient_code(roles) == "DNK"


def test_an_offer_rejected_was_made_to_the_rejecting_party(nlp: Language) -> None:
    doc = nlp("Ecuador rejected Colombia's offer of joint border patrols.")
    index = index_of(doc, [("Ecuador", "ECU", None), ("Colombia", "COL", None)])
    roles = weighed_proposal_roles(token(doc, "offer"), index)
    assert roles is not None
    assert codes(roles.actors) == ["COL"] and recipient_code(roles) == "ECU"


def test_a_request_the_subject_makes_itself_is_left_to_other_rules(nlp: Language) -> None:
    doc = nlp("The Danish government is considering a Danish request for extra ferries.")
    index = index_of(doc, [("Danish government", "DNK", "GOV"), ("Danish", "DNK", "GOV")])
    assert weighed_proposal_roles(token(doc, "request"), index) is None


def test_a_verb_that_does_not_weigh_the_request_gives_no_reading(nlp: Language) -> None:
    doc = nlp("The Danish government forwarded a Latvian request for extra ferries.")
    index = index_of(doc, [("Danish government", "DNK", "GOV"), ("Latvian", "LVA", None)])
    assert weighed_proposal_roles(token(doc, "request"), index) is None


def test_a_passive_request_was_made_to_the_agent_weighing_it(nlp: Language) -> None:
    doc = nlp("A Latvian request for extra ferries is being considered by the Danish government.")
    index = index_of(doc, [("Latvian", "LVA", None), ("Danish government", "DNK", "GOV")])
    roles = weighed_proposal_roles(token(doc, "request"), index)
    assert roles is not None
    assert codes(roles.actors) == ["LVA"] and recipient_code(roles) == "DNK"


def test_a_request_to_a_party_turned_down_was_refused_by_that_party(nlp: Language) -> None:
    doc = nlp("Britain's request to India for the extradition was turned down.")
    index = index_of(doc, [("Britain", "GBR"), ("India", "IND")])
    decided = addressed_proposal_roles(token(doc, "turned"), token(doc, "request"), index)
    assert decided is not None
    assert codes(decided[0]) == ["IND"] and codes(decided[1]) == ["GBR"]


def test_a_request_sent_on_names_no_decider(nlp: Language) -> None:
    doc = nlp("Britain's request to India for the extradition was sent on Monday.")
    index = index_of(doc, [("Britain", "GBR"), ("India", "IND")])
    assert addressed_proposal_roles(token(doc, "sent"), token(doc, "request"), index) is None
