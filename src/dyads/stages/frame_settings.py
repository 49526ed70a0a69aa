"""Where and when a statement was made: the phrases of the reporting verb that frames an act.

"Nicaragua will allow foreign observers to monitor the vote, President Daniel Ortega said at a
Central American summit in El Salvador": El Salvador is where Ortega spoke, not a party the
promise concerns. Parties in such phrases are no bystanders of the reported act.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.reporting_verbs import REPORTING_VERBS
from dyads.stages.status import clause_verb

# Verbs of saying whose phrases tell where a statement was made, not where its act happens.
_SAYING = REPORTING_VERBS - frozenset({"accuse", "urge", "warn", "pledge", "promise", "vow"})
_MAX_CLIMB = 4


def frame_setting_spans(trigger: Token) -> list[tuple[int, int]]:
    """Character spans of the phrases ("at a summit in El Salvador", "in Tegucigalpa") of the
    verb of saying whose content holds the trigger."""
    current = clause_verb(trigger)
    for _ in range(_MAX_CLIMB):
        if current.dep_ == "conj" and current.head.i != current.i:
            current = current.head  # "will bring forward ... and allow": the first conjunct's
            continue
        head = current.head
        if current.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in _SAYING:
            return [_span(p) for p in head.children if p.dep_ == "prep"]
        if head.i == current.i:
            break
        current = head
    return []


def _span(phrase: Token) -> tuple[int, int]:
    start, end = phrase.left_edge, phrase.right_edge
    return start.idx, end.idx + len(end.text)
