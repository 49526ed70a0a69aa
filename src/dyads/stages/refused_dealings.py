"""Dealings refused: "Morocco would have nothing to do with Algerian mediation", "the opposition
wants nothing to do with Mugabe's offer".

The parser reads "to do with" as a relative clause on "nothing", which completes no pattern of
"have" or "want". Having or wanting "nothing to do with" something refuses it (CAMEO 120,
PLOVER REJECT), its owner the recipient.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.doc_utils import preposition_objects

REFUSED_DEALINGS_CAMEO = "120"
DEALING_VERBS = frozenset({"have", "want"})


def refused_things(verb: Token) -> list[Token]:
    """What a verb of having or wanting has "nothing to do with": the objects of "with"."""
    if verb.lemma_.lower() not in DEALING_VERBS:
        return []
    return [
        o
        for nothing in verb.children
        if nothing.dep_ == "dobj" and nothing.lower_ == "nothing"
        for do in nothing.children
        if do.lemma_.lower() == "do" and do.dep_ in ("relcl", "acl", "xcomp")
        for o in preposition_objects(do, "with")
    ]


def refuses_dealings(verb: Token) -> bool:
    """Whether a verb of having or wanting has "nothing to do with" something as its object."""
    return bool(refused_things(verb))
