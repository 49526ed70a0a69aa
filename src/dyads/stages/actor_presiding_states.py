"""The state holding the rotating presidency of the Council of the EU, named as an actor:
"the Belgian EU presidency", "Poland's EU presidency", "the EU's Spanish presidency".

The presidency is a role the state's government plays: such a phrase is one mention of that
government (GOV), not of the EU (see ``actor_council_presidencies.py`` for ministers).
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.actor_council_presidencies import EU_CODE, STATE_GOVERNMENT
from dyads.stages.actor_patterns import Mention

POSSESSIVES = frozenset({"'s", "’s", "'"})


def presiding_states(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with "the Belgian EU presidency", "Poland's EU presidency" and "the EU's
    Spanish presidency" each one mention of the presiding state's government."""
    by_start = {m.start: m for m in mentions}
    merged: dict[int, Mention] = {}  # first mention's start -> the merged mention
    dropped: set[int] = set()
    for first in mentions:
        second = by_start.get(_after_possessive(doc, first.end))
        if second is not None and _presidency_at(doc, second.end):
            end = second.end + 1  # "Poland's EU presidency"
        else:
            second = by_start.get(_of_after_presidency(doc, _after_possessive(doc, first.end)))
            end = second.end if second is not None else 0  # "the Belgian presidency of the EU"
        state = _state_of(first, second) if second is not None else None
        if state is None or second is None:
            continue
        merged[first.start] = Mention(
            first.start, end, state.name, "agent", state.code, STATE_GOVERNMENT
        )
        dropped.add(second.start)
    return [merged.get(m.start, m) for m in mentions if m.start not in dropped]


def _state_of(first: Mention, second: Mention) -> Mention | None:
    """The state of a state-and-EU pair, in either order; None for any other pair."""
    for state, body in ((first, second), (second, first)):
        if body.code == EU_CODE and state.kind == "country" and _is_state_code(state.code):
            return state
    return None


def _is_state_code(code: str | None) -> bool:
    return code is not None and len(code) == 3 and code.isalpha()


def _after_possessive(doc: Doc, k: int) -> int:
    """The token after a possessive ending at `k` ("Poland's"), else `k`."""
    return k + 1 if k < len(doc) and doc[k].lower_ in POSSESSIVES else k


def _of_after_presidency(doc: Doc, k: int) -> int:
    """The token after "presidency of (the)" at `k`, else -1."""
    if not _presidency_at(doc, k) or k + 1 >= len(doc) or doc[k + 1].lower_ != "of":
        return -1
    k += 2
    return k + 1 if k < len(doc) and doc[k].lower_ == "the" else k


def _presidency_at(doc: Doc, k: int) -> bool:
    return k < len(doc) and doc[k].lower_ == "presidency"
