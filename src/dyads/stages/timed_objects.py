"""Phrases of time hung on a verb, and the object the parser leaves loose after one.

"on Monday", "in March" complete no pattern of the verb ("called the result a fraud on Monday"
is no "call on"); and where such a phrase comes between a verb and its object ("rejected on
Wednesday calls by the Commonwealth"), the parser may hang the object on the verb as an
unlabelled dependent ("dep"), which is still the verb's object.
"""

from __future__ import annotations

from spacy.tokens import Token


def is_time_phrase(preposition: Token) -> bool:
    """Whether a preposition heads a phrase of time: all its objects are dates or times."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def is_object_after_time_phrase(token: Token) -> bool:
    """Whether a noun the parser left unattached ("dep") on a verb comes right after a phrase
    of time hung on the same verb: then it is the verb's object."""
    verb = token.head
    if token.dep_ != "dep" or token.pos_ != "NOUN" or verb.pos_ != "VERB" or token.i < verb.i:
        return False
    return any(
        c.dep_ == "prep"
        and c.i < token.i
        and c.right_edge.i == token.left_edge.i - 1
        and is_time_phrase(c)
        for c in verb.children
    )


def loose_objects(verb: Token) -> list[Token]:
    """The verb's objects the parser left loose after a phrase of time."""
    return [c for c in verb.children if is_object_after_time_phrase(c)]
