"""Recourse to a party: "Ethiopia turned to the European Community for grain", "Peru looked to
the IMF for a standby loan".

"Turn to" and "look to" name no event alone ("turned to violence", "looks to the future"). With a
party in the "to" phrase and what is wanted in a "for" phrase, the subject asks that party for
it: an appeal (CAMEO 020, PLOVER REQUEST), whatever the goods wanted, which are not given.
"""

from __future__ import annotations

from spacy.tokens import Token

RECOURSE_CAMEO = "020"
RECOURSE_VERBS = frozenset({"turn", "look"})
# Entity kinds of a party asked: a state, a body, a people, a person.
_PARTY_ENTITIES = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# Common nouns of a party one turns to ("turned to its neighbours for maize").
_PARTY_NOUNS = frozenset(
    {
        "ally",
        "bank",
        "community",
        "country",
        "creditor",
        "donor",
        "friend",
        "fund",
        "government",
        "lender",
        "nation",
        "neighbor",
        "neighbour",
        "partner",
        "state",
        "west",
    }
)


def _prepositions(verb: Token, word: str) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == word]


def _is_party(noun: Token) -> bool:
    return (
        noun.pos_ == "PROPN"
        or noun.ent_type_ in _PARTY_ENTITIES
        or noun.lemma_.lower() in _PARTY_NOUNS
    )


def turns_to_party_for(verb: Token) -> bool:
    """Whether a verb of recourse has a party in its "to" phrase and a "for" phrase."""
    if not _prepositions(verb, "for"):
        return False
    return any(
        o.dep_ == "pobj" and _is_party(o) for to in _prepositions(verb, "to") for o in to.children
    )
