"""People who go by one written name: "George Bush" is the father in 1990 and the son in 2003.

The dictionary keeps every listed person a shared phrase names (``ActorDictionary.namesakes``).
``namesake_on`` picks the one who holds a dated role (an office, a rebellion, ...) on the coding
date. Where several do ("King Abdullah" of Jordan and of Saudi Arabia, 2005-2015),
``namesakes_in_view`` picks the one whose state the article names otherwise ("... in Riyadh").
Where none does, the one whose last role ended most recently before the date is meant (a
former office holder is named more than a future one: "George Bush" in 1997 is the father).
Where the article does not tell, or no role has ended yet, the name keeps the dictionary's own
entry (the person listed last).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from dyads.stages.actor_dictionary import Entry
from dyads.stages.actor_patterns import Mention


def in_role(person: Entry, on: dt.date | None) -> bool:
    """Whether a person holds a dated term on a date (``None``: a term still open)."""
    return any(
        t.dated and (t.covers(on) if on is not None else t.end is None) for t in person.terms
    )


def namesake_on(
    people: tuple[Entry, ...], default: Entry, on: dt.date | None
) -> tuple[Entry, tuple[Entry, ...]]:
    """The person a shared name denotes on a date, and the people the states in view must
    choose among (several in a role then; empty when the date decides or cannot)."""
    holders = tuple(p for p in people if in_role(p, on))
    if len(holders) == 1:
        return holders[0], ()
    if not holders and on is not None:
        ended = [(end, n) for n, p in enumerate(people) if (end := _last_end(p, on)) is not None]
        if ended:
            return people[max(ended)[1]], ()
    return default, holders if len(holders) > 1 else ()


def _last_end(person: Entry, on: dt.date) -> dt.date | None:
    """When a person's last role that ended by a date ended, if any did."""
    ends = [t.end for t in person.terms if t.end is not None and t.end <= on]
    return max(ends) if ends else None


def namesakes_in_view(
    mentions: list[Mention], open_choices: dict[int, tuple[Entry, ...]], on: dt.date | None
) -> list[Mention]:
    """Mentions the date left open (by their first token) coded as the one of their people
    whose state another mention of the article names, where exactly one is."""
    if not open_choices:
        return mentions
    named = {m.code for m in mentions if m.start not in open_choices and m.code is not None}
    result = []
    for mention in mentions:
        people = open_choices.get(mention.start, ())
        viewed = [p for p in people if p.code_on(on)[0] in named]
        if len(viewed) == 1 and viewed[0] is not mention.entry:
            mention = _as_person(mention, viewed[0], on)
        result.append(mention)
    return result


def _as_person(mention: Mention, person: Entry, on: dt.date | None) -> Mention:
    code, sector = person.code_on(on)
    old = mention.entry
    # A name the article writes out in full ("... Marcos Jr.") stays as written.
    name = person.name if old is not None and mention.name == old.name else mention.name
    return replace(mention, name=name, code=code, sector=sector, entry=person)
