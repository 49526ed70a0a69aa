"""Requests weighed: "Turkey is studying Iraq's request for the extradition", "is considering an
Argentine request for access".

What a party considers, weighs or studies is an option, no event yet ("is considering a ban on
exports"); but a request, offer, proposal or appeal that another party has made and that is now
weighed has happened: it is that party's, made to the one weighing it (`role_weighed.py`). It
is told apart by its maker, named by a possessive ("Iraq's request"), an adjective of a people or
a name before it ("an Argentine request", "a U.N. proposal"), or a "from" or "by" phrase ("a
request from Moscow"). A verbal act with no maker named stays an option.
"""

from __future__ import annotations

from spacy.tokens import Token

# Entity types of a maker named before the noun: a state or body, a people, a person.
_MAKER_ENTITIES = frozenset({"GPE", "ORG", "NORP", "PERSON"})
_MAKER_PREPS = frozenset({"from", "by"})


def has_maker(noun: Token) -> bool:
    """Whether a noun names who made it: a possessive, a modifier naming a party, or a "from"
    or "by" phrase."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her", "our"):
            return True
        if child.dep_ in ("amod", "compound") and child.ent_type_ in _MAKER_ENTITIES:
            return True
        is_maker_phrase = child.dep_ == "prep" and child.lower_ in _MAKER_PREPS
        if is_maker_phrase and any(o.ent_type_ in _MAKER_ENTITIES for o in child.subtree):
            return True
    return False
