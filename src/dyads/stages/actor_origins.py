"""A state named as where people came from, in a clause about them, is a place and no actor.

"Rebels who crossed from Tanzania attacked ..." says where the rebels came from, not whose they
are: Tanzania takes no part in the attack, and the rebels are placed by where they act. Only a
clause that describes a noun counts (a relative clause or a participle: "rebels who crossed
from", "fighters arriving from"); "Israel withdrew from Lebanon" keeps Lebanon, a party to
the withdrawal.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads.stages.actor_patterns import Mention

# Verbs of coming from somewhere.
MOTION_LEMMAS = frozenset(
    {
        "cross",
        "come",
        "flee",
        "return",
        "arrive",
        "slip",
        "infiltrate",
        "travel",
        "escape",
        "sneak",
        "stream",
        "pour",
        "move",
        "enter",
        "fly",
        "sail",
        "march",
        "head",
        "walk",
    }
)
# Clauses that describe the noun they hang on.
NOUN_CLAUSES = frozenset({"relcl", "acl"})
ORIGIN_KINDS = frozenset({"country", "capital"})


def without_origins(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions less the states named as the origin of a noun's motion."""
    return [m for m in mentions if not (m.kind in ORIGIN_KINDS and _is_origin(doc[m.end - 1]))]


def _is_origin(token: Token) -> bool:
    """ "... who crossed from [Tanzania]": the object of "from" after a verb of motion in a
    clause that describes a noun."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ != "from":
        return False
    verb = preposition.head
    return verb.lemma_ in MOTION_LEMMAS and verb.dep_ in NOUN_CLAUSES
