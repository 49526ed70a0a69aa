"""Acts a clause leaves pending: "have yet to approve", "once the board approves", "until
parliament ratifies".

"Creditors have yet to approve the plan" says the approval has not happened (negated). A clause
of time opened by "once" or "until" names an act still awaited when it is in the present tense
("once the board approves the deal") or hangs on a verb that is itself to come ("the strike
would continue until workers received an offer"): the act is hypothetical. In a past narrative
("fighting raged until the army withdrew") the clause tells what happened, and stays asserted.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that, with "yet to", deny what their infinitive names ("has yet to", "is yet to").
_YET_VERBS = frozenset({"have", "be"})
# Conjunctions of time whose clause can wait on the act of the main clause.
_AWAITING_MARKS = frozenset({"once", "until", "till"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Auxiliaries that put the main clause in the future or the conditional.
_TO_COME_AUX = frozenset({"will", "would", "shall", "'ll", "wo", "could", "may", "might", "can"})


def yet_to_come(verb: Token) -> Token | None:
    """The "yet" of "have yet to" or "is yet to" above an infinitive, or None."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _YET_VERBS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.lower_ == "yet"), None)


def awaited_act(verb: Token) -> Token | None:
    """The "once" or "until" opening a clause whose act is still awaited, or None."""
    if verb.dep_ != "advcl":
        return None
    mark = next(
        (c for c in verb.children if c.dep_ == "mark" and c.lower_ in _AWAITING_MARKS), None
    )
    if mark is None:
        return None
    if verb.tag_ in _PRESENT_TAGS or _is_to_come(verb.head):
        return mark
    return None


def _is_to_come(verb: Token) -> bool:
    """ "would continue", "will hold": a main clause with a future or conditional auxiliary."""
    return any(c.dep_ == "aux" and c.lower_ in _TO_COME_AUX for c in verb.children)
