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
_CONDITION_PENALTY = 0.3
_CONDITIONS = frozenset({"if", "unless"})


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
    that only describes a noun ("the officers accused of genocide"), which is background, for a
    relative clause ("Washington, which accuses Havana of ..., tightened"), and more for a
    condition ("would resume its programme if Y failed to deliver fuel"): what a party would do
    is the news, not what it sets as the condition."""
    if is_condition(trigger):
        return -_CONDITION_PENALTY
    if _is_description(trigger) or _in_relative_clause(trigger):
        return -_DESCRIPTION_PENALTY
    rank = clause_rank(trigger)
    return _MAIN_BONUS if rank == 0 else _NEAR_MAIN_BONUS if rank == 1 else 0.0


def _is_description(trigger: Token) -> bool:
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN":
        return False
    return not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in trigger.children)


def _clauses_up(trigger: Token) -> list[Token]:
    """The verbs of the clauses that hold the trigger, from its own up to the sentence root."""
    clauses = [clause_verb(trigger)]
    for _ in range(_MAX_DEPTH):
        current = clauses[-1]
        if current.head == current:
            break
        clauses.append(clause_verb(current.head))
    return clauses


def is_condition(trigger: Token) -> bool:
    """True inside an "if" or "unless" clause, at any depth."""
    return any(
        clause.dep_ == "advcl" and any(c.lower_ in _CONDITIONS for c in clause.children)
        for clause in _clauses_up(trigger)
    )


def _in_relative_clause(trigger: Token) -> bool:
    """True inside a relative clause set off by a comma ("X, which accuses Y of ..., did")."""
    for clause in _clauses_up(trigger):
        if clause.dep_ == "relcl":
            before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
            return before is not None and before.text == ","
    return False
