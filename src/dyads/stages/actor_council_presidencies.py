"""Ministers of the state holding the rotating presidency of the Council of the EU.

The converted dictionary codes some ministers as the EU itself (``IGOEUREEC``) for the
half-year their state held the Council's presidency. The presidency is a role the state's
government plays, not a change of state: such a minister still speaks for his state's
government, so the half-year term is read as the state's GOV. A person the dictionary gives
no state is left as it is. The presidency named as an actor ("the Belgian EU presidency") is
coded likewise (``actor_presiding_states.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

EU_CODE = "IGOEUREEC"
STATE_GOVERNMENT = "GOV"
# Presidencies run from 1 January to 30 June or from 1 July to 31 December.
HALF_YEARS = frozenset({("01-01", "06-30"), ("07-01", "12-31")})

RawTerm = Sequence[str | None]


def as_state_terms(codes: Sequence[RawTerm]) -> list[list[str | None]]:
    """A person's raw dictionary terms ([code, sector, start, end]), with each Council
    presidency term coded as the person's own state's government."""
    state = next((str(t[0]) for t in codes if t[0] and len(t[0]) == 3), None)
    result: list[list[str | None]] = []
    for code, sector, start, end in codes:
        if state is not None and is_presidency_term(code, start, end):
            code, sector = state, STATE_GOVERNMENT
        result.append([code, sector, start, end])
    return result


def is_presidency_term(code: str | None, start: str | None, end: str | None) -> bool:
    """Whether a term is an EU term of one half-year: a Council presidency."""
    if code != EU_CODE or not start or not end or start[:4] != end[:4]:
        return False
    return (start[5:], end[5:]) in HALF_YEARS
