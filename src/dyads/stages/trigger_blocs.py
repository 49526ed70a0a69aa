"""Blocs named by their acronym: "Mali quit ECOWAS", "Chad's withdrawal from CEMAC".

The lexicon knows leaving a bloc by the noun that names it ("left the bloc", "quit the Union",
"withdrew from the Community"); an acronym carries no such noun. The events stage marks the
words the actor stage resolved to an intergovernmental body (an IGO code), and a marked word
standing as the object of the verb or of its "from" or "out of" phrase counts as the word
"bloc" for the lexicon's patterns, so every pattern of leaving a bloc holds for it too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from dyads.records import Actor
from dyads.stages.doc_utils import head_token

# The pattern word that every way of leaving a bloc is written with in the lexicon.
BLOC_WORD = "bloc"
# Where the Doc keeps the marked words (in `Doc.user_data`, as plain ints so it serialises).
_BODIES_KEY = "dyads.international_bodies"
_BODY_PREFIX = "IGO"
# How a body hangs on the verb or noun of leaving: its object, or the object of a preposition.
_OBJECT_DEPS = frozenset({"dobj", "pobj"})


def mark_international_bodies(doc: Doc, actors: Sequence[Actor]) -> None:
    """Keep the head words of the mentions resolved to an intergovernmental body."""
    heads = {
        head_token(doc, actor.span).i
        for actor in actors
        if actor.code is not None and actor.code.startswith(_BODY_PREFIX)
    }
    doc.user_data[_BODIES_KEY] = sorted(heads)


def bloc_words(head: Token, arguments: Iterable[Token]) -> dict[str, int]:
    """{"bloc": index} when one of the arguments of a verb or noun of leaving is a marked body
    it leaves: its direct object ("quit ECOWAS") or the object of "from" or "out of" ("withdrew
    from CEMAC"); a verb with another object ("withdrew its troops from") leaves nothing, nor
    does a person ("said he would leave NATO for a new post" changes jobs)."""
    marked = head.doc.user_data.get(_BODIES_KEY)
    if not marked or _is_a_person(head):
        return {}
    for token in arguments:
        if token.i not in marked or token.dep_ not in _OBJECT_DEPS:
            continue
        if token.dep_ == "pobj" and not _is_left_by(token.head):
            continue
        if token.dep_ == "dobj" and token.head != head:
            continue
        if any(c.dep_ == "dobj" and c.i != token.i for c in head.children):
            continue
        return {BLOC_WORD: token.i}
    return {}


def _is_left_by(preposition: Token) -> bool:
    """ "from", or the "of" of "out of" ("the withdrawal of ECOWAS troops from Mali" leaves Mali,
    not the bloc whose troops they are)."""
    if preposition.lower_ == "from":
        return True
    before = preposition.nbor(-1) if preposition.i > 0 else None
    return preposition.lower_ == "of" and before is not None and before.lower_ == "out"


_PERSON_PRONOUNS = frozenset({"he", "she", "i"})


def _is_a_person(head: Token) -> bool:
    """Whether the subject of the verb of leaving is a person (a name or a pronoun)."""
    return any(
        c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in _PERSON_PRONOUNS)
        for c in head.children
    )
