"""Words that state what another event is about, and so are no event of their own type.

- A demand protesters voice ("protesters demanded that the government resign", "striking dock
  workers picketed the port and demanded higher wages") is what their protest is for: the PLOVER
  2.0 codebook codes demands that take the form of demonstrations as PROTEST, not as requests,
  and CAMEO codes a demonstration for the change demanded (141).
- The aim of an event named by a noun ("the talks aim to find a settlement", "the visit seeks
  to secure a deal") is the purpose of that event, which is what the sentence reports.
"""

from __future__ import annotations

from spacy.tokens import Token

PROTEST_DEMAND_CAMEO = "141"
_PROTESTERS = frozenset(
    {"protester", "protestor", "demonstrator", "marcher", "striker", "picketer", "rioter"}
)
# "protesting farmers", "striking workers": a participle that makes any group protesters.
_PROTESTING = frozenset({"protesting", "striking", "demonstrating"})
# How far a demand may sit below the clause whose subject voices it ("continued to picket the
# port and demanded": conjuncts and complements inherit the subject).
_MAX_CLIMB = 3
_INHERITING = frozenset({"conj", "xcomp"})
# Verbs by which an event is said to pursue its purpose.
_AIMING = frozenset({"aim", "seek", "try", "strive", "intend"})


def voiced_by_protesters(verb: Token) -> bool:
    """Whether a verb's subject, its own or the one it shares with the verbs it is conjoined
    with or completes ("picketed the port and demanded"), is protesters."""
    current = verb
    for _ in range(_MAX_CLIMB):
        subjects = [c for c in current.children if c.dep_ == "nsubj"]
        if subjects:
            return any(_are_protesters(s) for s in subjects)
        if current.dep_ not in _INHERITING or current.head.i == current.i:
            return False
        current = current.head
    return False


def _are_protesters(subject: Token) -> bool:
    """ "protesters", "thousands of demonstrators", "protesting school teachers"."""
    if subject.lemma_.lower() in _PROTESTERS:
        return True
    if any(c.dep_ == "amod" and c.lower_ in _PROTESTING for c in subject.children):
        return True
    # "as protesting school teachers continue": the parser may hang the participle on the
    # word before it, yet it still opens the subject's phrase.
    start = subject.left_edge.i
    if start > 0 and subject.doc[start - 1].lower_ in _PROTESTING:
        return True
    groups = [o for p in subject.children if p.lower_ == "of" for o in p.children]
    return any(o.lemma_.lower() in _PROTESTERS for o in groups)


def aimed_event(verb: Token, events: set[int]) -> Token | None:
    """For a verb that is the aim of an event noun ("the talks aim to find a solution": "find"),
    that noun, when it is one of the given event tokens; else None."""
    head = verb.head
    if verb.pos_ != "VERB" or verb.dep_ != "xcomp" or head.lemma_.lower() not in _AIMING:
        return None
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i in events
        ),
        None,
    )
