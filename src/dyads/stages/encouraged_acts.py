"""Encouraging a party to act: "the central bank encouraged lenders to cut their rates".

CAMEO reads "encourage" as praise (051), which it is with a thing as its object ("encouraged
the new dialogue"). With a party as its object and an infinitive saying what that party is to
do, it asks the party to do it: an appeal (CAMEO 020, PLOVER REQUEST), as "urge" is.
"""

from __future__ import annotations

from spacy.tokens import Token

APPEAL_CAMEO = "020"
ENCOURAGING_VERBS = frozenset({"encourage", "nudge"})


def encourages_an_act(verb: Token) -> bool:
    """Whether a verb of encouraging has an object and a "to" infinitive of that object's act."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(
        c.dep_ == "xcomp"
        and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )
