"""Places opened to a party: "Baghdad threw open its presidential palaces to U.N. weapons
inspectors", "North Korea opened its nuclear complex to American experts".

Opening a place or a facility "to" inspectors, experts or observers, or to a named state or body,
lets them in: access allowed (CAMEO 086, PLOVER RETREAT), the party let in the recipient. "Threw
open" is read as "opened", though the parser makes "open" a modifier of "threw".
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.doc_utils import preposition_objects

OPENED_PLACE_CAMEO = "086"
OPENING_VERBS = frozenset({"open", "throw"})
# People let in to look: who a place is opened to.
_VISITING_PEOPLE = frozenset(
    {"inspector", "expert", "monitor", "observer", "investigator", "journalist", "reporter"}
    | {"scientist", "delegation", "team", "mission", "press", "media"}
)
# A state or a body named; a people ("to most West Africans") is no party let in to look.
_PARTY_ENTITIES = frozenset({"GPE", "ORG"})
# Objects of "open" that are no place let into ("opened fire", "opened talks"), and borders,
# which opened to people give them refuge (aid), not access to look.
_NO_PLACES = frozenset(
    {"fire", "talk", "talks", "negotiation", "dialogue", "investigation", "inquiry", "probe"}
    | {"border", "borders", "frontier", "frontiers"}
    | {"case", "account", "session", "meeting", "conference", "debate", "campaign", "way"}
    | {"door", "doors", "mouth", "eye", "eyes", "bid", "bidding", "tender", "offer"}
)


def _opens(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == "open":
        return True
    # "threw open its palaces": "open" hung on "threw" as a modifier or a predicate.
    return lemma == "throw" and any(
        c.lower_ == "open" and c.dep_ in ("advmod", "amod", "acomp", "oprd", "prt", "xcomp")
        for c in verb.children
    )


def _is_let_in(noun: Token) -> bool:
    if noun.lemma_.lower() in _VISITING_PEOPLE:
        return True
    return noun.pos_ == "PROPN" and noun.ent_type_ in _PARTY_ENTITIES


def opens_place_to_party(verb: Token) -> bool:
    """Whether a verb opens an object that is a place to people let in ("to U.N. inspectors")."""
    if not _opens(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or any(o.lemma_.lower() in _NO_PLACES for o in objects):
        return False
    return any(_is_let_in(o) for o in preposition_objects(verb, "to"))
