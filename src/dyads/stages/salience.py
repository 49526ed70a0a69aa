"""How central a trigger is to its sentence: the main predicate is what the sentence reports.

A trigger's rank is the number of subordinating links between its clause and the sentence root;
conjuncts and the content of reporting verbs ("officials said Russia attacked") do not count.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.status import clause_verb

_REPORTING = frozenset(
    {"say", "announce", "report", "state", "tell", "claim", "confirm", "add", "note", "declare"}
)
_MAIN_BONUS = 0.2
_NEAR_MAIN_BONUS = 0.05
_DESCRIPTION_PENALTY = 0.1
_MAX_DEPTH = 10


def clause_rank(trigger: Token) -> int:
    """0 for the main predicate, 1 for a clause directly under it, and so on."""
    current = clause_verb(trigger)
    rank = 0 if current is trigger or trigger.dep_ in ("dobj", "nsubj", "attr") else 1
    for _ in range(_MAX_DEPTH):
        if current.head == current:
            return rank
        is_report = current.dep_ == "ccomp" and current.head.lemma_.lower() in _REPORTING
        if current.dep_ != "conj" and not is_report:
            rank += 1
        current = clause_verb(current.head)
    return rank


def main_clause_bonus(trigger: Token) -> float:
    """Confidence added for triggers of the main clause; taken away for a passive participle
    that only describes a noun ("the officers accused of genocide"), which is background."""
    if _is_description(trigger):
        return -_DESCRIPTION_PENALTY
    rank = clause_rank(trigger)
    return _MAIN_BONUS if rank == 0 else _NEAR_MAIN_BONUS if rank == 1 else 0.0


def _is_description(trigger: Token) -> bool:
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN":
        return False
    return not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in trigger.children)
