"""The word that names a verb's object where the parser reads no object predicate.

"declared the general a traitor" is parsed as a small clause (the object as the subject of a
clausal complement whose head is the noun "traitor"), and "labelled the leader an enemy" as an
apposition to the object. Both say what the object is called, as "called the vote a fraud" (an
object predicate, "oprd") does, so a verb of naming reads them alike. Verbs that name by "as"
("described the raid as a violation", "branded the vote as a fraud") name with the object of
that "as", which the parser may hang on the object instead ("described China's construction of
islands as a violation"). A long object may also swallow an adjective that names it ("called
Hungary's treatment of refugees at the border unacceptable"): an adjective that ends the object
and stands after the noun it hangs on is the object's predicate, as no noun before it takes an
adjective after itself in such a clause.
"""

from __future__ import annotations

from spacy.tokens import Token

_NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def small_clause_predicate(verb: Token) -> Token | None:
    """The noun of a small clause ("declared [the general] a traitor"), or the common noun in
    apposition straight after the object ("labelled the leader an enemy"), else None."""
    for child in verb.children:
        if child.dep_ != "ccomp" or child.pos_ not in _NOMINAL_POS:
            continue
        if any(c.dep_ == "nsubj" for c in child.children):
            return child
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        for apposition in child.children:
            # No comma between: "the minister, a close ally," describes, it does not name;
            # nor does a name ("his counterpart Emmanuel Macron" says who is called).
            if (
                apposition.dep_ == "appos"
                and apposition.pos_ == "NOUN"
                and apposition.left_edge.i == child.i + 1
            ):
                return apposition
    return None


def as_predicate(verb: Token) -> Token | None:
    """The noun after "as" by which a verb names its object ("described [the raid] as a
    violation"), else None; the verb must name an object. The "as" may hang on the object."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return None
    for child in (*verb.children, *objects[0].children):
        if child.dep_ == "prep" and child.lower_ == "as":
            # "described the test as reckless": the parser may hang an adjective as a modifier.
            named = (o for o in child.children if o.dep_ in ("pobj", "amod", "acomp"))
            return next(named, None)
    return None


def trailing_adjective(verb: Token) -> Token | None:
    """ "called [Hungary's treatment of refugees at the border] unacceptable": the adjective
    that ends the verb's object after the word it hangs on, else None."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return None
    last = objects[0].right_edge
    # "reckless and self-destructive": the first of the adjectives joined names the object.
    while last.dep_ == "conj" and last.head.pos_ == "ADJ":
        last = last.head
    if last.pos_ != "ADJ" or last.head.i >= last.i or last.dep_ not in ("amod", "pobj", "appos"):
        return None
    return last
