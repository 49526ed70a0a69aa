"""Capitals in a story about the state they were the capital of before it broke up.

"Soviet troops stayed after Moscow rejected the plan" is about the Soviet Union, and
"Czechoslovak students marched through Prague" about Czechoslovakia: where the article names a
former state and not its successor, the successor's capital stands for the former state. A
capital has one code in the dictionary (today's state), whatever the date, so the text is the
witness; it wins over the seat's date (``actor_seats.py``), as the date a story is coded on may
not be the date it was written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from dyads.stages.actor_patterns import Mention
from dyads.stages.place_dates import successions

# Former state -> the state whose capital was its capital.
SUCCESSORS = {"SUN": "RUS", "CSK": "CZE", "YUG": "SRB", "DDR": "DEU"}


def former_capitals(mentions: list[Mention]) -> list[Mention]:
    """The mentions with each capital of a named former state's successor coded with the
    former state, unless the article names the successor as a state too."""
    named = {m.code: m.name for m in mentions if m.kind == "country" and m.code}
    former = {
        successor: (state, named[state])
        for state, successor in SUCCESSORS.items()
        if state in named and successor not in named
    }
    return [
        replace(m, code=former[m.code][0], name=former[m.code][1])
        if m.kind == "capital" and m.code in former and _was_its_seat(m, former[m.code][0])
        else m
        for m in mentions
    ]


def _was_its_seat(capital: Mention, state: str) -> bool:
    """Whether a capital may stand for a former state: any capital the dictionary does not
    date, and a dated seat only of a state it was the seat of (Moscow of the Soviet Union,
    not Bonn of East Germany)."""
    terms = capital.entry.terms if capital.entry is not None else ()
    return not any(t.dated for t in terms) or any(t.code == state for t in terms)


def former_state_of_town(code: str, admin1: str | None, named: set[str], on: dt.date | None) -> str:
    """The state a town of today's state `code` (in region `admin1`) stands for: the state that
    held it before a succession the article's date precedes, where the article names that
    former state and not `code` ("East Germans marched through Leipzig" in 1989 are in East
    Germany; so are Communists "in Leipzig"). The text is the witness, as for capitals; the
    date keeps a story of today that names the former state in passing from moving its towns."""
    if on is None or code in named:
        return code
    for row in successions().get(code, ()):
        if on < row.since and row.admin1 in (None, admin1) and row.predecessor in named:
            return row.predecessor
    return code
