"""Mandative clauses: "recommended that the ministry cancel the tender", "proposed that the vote
be postponed".

A "that" clause whose verb is in the bare form with a subject of its own, or whose passive is
"be" and a participle, states what someone is to do (the mandative subjunctive of English),
not what happened: the verb governing it appeals for that act. A finite verb ("suggests that
the economy slowed") reports a fact.
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def is_mandative(clause: Token) -> bool:
    """Whether a clausal complement is in the mandative subjunctive."""
    if clause.dep_ != "ccomp":
        return False
    children = list(clause.children)
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in children):
        return False  # "said the ministry cancel": a misparse, not a mandate
    if not any(c.dep_ in _SUBJECTS for c in children):
        return False
    auxiliaries = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ == "VB":
        return not auxiliaries  # "that the ministry cancel": no "will", "to" or "should"
    # "that the vote be postponed": the bare "be" is the clause's only auxiliary.
    return (
        clause.tag_ == "VBN"
        and len(auxiliaries) == 1
        and auxiliaries[0].lower_ == "be"
        and auxiliaries[0].tag_ == "VB"
    )
