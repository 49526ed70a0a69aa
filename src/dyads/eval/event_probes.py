"""Written event probes: one sentence per line with the type, mode and parties it must yield.

The file format (`tests/stages/data/event_probes.tsv`): tab-separated columns type, mode ("" =
not checked), actor code, recipient code ("*" = not checked, "-" = none, "IND,PAK" = the codes of
the top event and its compound siblings; "PER GOV" = the code and the sector, "PER -" = the code
and no sector, for the domestic events where both sides share a state), sentence; lines starting
with "#" and the header ("type\t…") are skipped, save a line "# date: YYYY-MM-DD", which dates
the articles of the rows after it (the people of a set about the 1990s stand as they did then).
The top event of the sentence is the one compared.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from dyads.records import Event

Party = Literal["actor", "recipient"]
PROBE_DATE = "2025-08-12"
DATE_LINE = "# date:"


@dataclass(frozen=True)
class EventProbe:
    event: str
    mode: str
    actor: str
    recipient: str
    text: str
    date: str = PROBE_DATE


def read_event_probes(path: Path) -> list[EventProbe]:
    probes: list[EventProbe] = []
    date = PROBE_DATE
    for row in path.read_text(encoding="utf-8").splitlines():
        if row.startswith(DATE_LINE):
            date = row.removeprefix(DATE_LINE).strip()
        elif row.strip() and not row.startswith(("#", "type\t")):
            event, mode, actor, recipient, text = row.split("\t")
            probes.append(EventProbe(event, mode, actor, recipient, text, date))
    return probes


def top_event(events: Sequence[Event]) -> Event | None:
    return max(events, key=lambda e: e.confidence) if events else None


def party_code(event: Event, party: Party, *, sector: bool = False) -> str:
    """The code of an event's actor or recipient: "-" for none, "?" for an uncoded one; with
    `sector`, the code and the sector ("PER GOV"; "PER -" for a party of no sector)."""
    actor = event.actor if party == "actor" else event.recipient
    if actor is None:
        return "-"
    code = actor.code or "?"
    return f"{code} {actor.sector or '-'}" if sector else code


def found_party(expected: str, events: Sequence[Event], top: Event, party: Party) -> str:
    """What to compare with an expected party: the sorted codes of the top event and its
    compound siblings for an expected set ("IND,PAK"), else the top event's own code; with
    their sectors where the expectation names them ("PER GOV")."""
    sector = " " in expected
    if "," not in expected:
        return party_code(top, party, sector=sector)
    siblings = [
        e for e in events if (e.event, e.trigger, e.span) == (top.event, top.trigger, top.span)
    ]
    return ",".join(sorted({party_code(e, party, sector=sector) for e in siblings} - {"-"}))


def party_right(expected: str, events: Sequence[Event], top: Event, party: Party) -> bool:
    return expected == "*" or found_party(expected, events, top, party) == expected


def record_right(probe: EventProbe, events: Sequence[Event]) -> bool:
    """Type, mode (where given), actor and recipient codes (where given) of the top event."""
    top = top_event(events)
    return (
        top is not None
        and top.event == probe.event
        and (not probe.mode or top.mode == probe.mode)
        and party_right(probe.actor, events, top, "actor")
        and party_right(probe.recipient, events, top, "recipient")
    )
