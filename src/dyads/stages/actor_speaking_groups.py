"""Bare rebels in what an armed group's own speaker says are that group's.

"The rebels are ready to sign a final peace agreement, Nur Misuari, chairman of the Moro
National Liberation Front, said after talks in Jakarta": the rebels are the speaker's
movement (PHL), not of the town the talks were in. A leader or spokesman of an armed group
speaks of its own fighters, as a state's speaker speaks of its own state.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dyads.stages.actor_patterns import Mention

_SAYING = frozenset({"say", "tell", "add", "announce", "declare", "claim", "insist", "warn"})
# Sectors of armed groups whose speaker may speak of "the rebels".
_ARMED_SECTORS = frozenset({"REB", "UAF"})
_MAX_CLIMB = 3


def speaking_group_state(doc: Doc, mentions: Sequence[Mention], start: int, end: int) -> str | None:
    """The state of the armed group whose speaker reports the clause that bare rebels at
    [start, end) are the subject of, or None."""
    root = doc[start:end].root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    speaker = _reporting_subject(root.head)
    if speaker is None:
        return None
    first, last = speaker.left_edge.i, speaker.right_edge.i
    groups = {
        m.code
        for m in mentions
        if first <= m.start <= last and m.sector in _ARMED_SECTORS and m.code is not None
    }
    return groups.pop() if len(groups) == 1 else None


def _reporting_subject(clause: Token) -> Token | None:
    """The subject of the verb of saying whose content a clause is."""
    current = clause
    for _ in range(_MAX_CLIMB):
        head = current.head
        if current.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in _SAYING:
            return next((c for c in head.children if c.dep_ == "nsubj"), None)
        if current.dep_ != "conj" or head.i == current.i:
            return None
        current = head
    return None
