"""Helpers shared by the event tests: actors, times and places built by their words in a text,
and the codes read back out of roles and events."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pytest
from spacy.tokens import Doc, Token

from dyads.records import Actor, Event, Place, TimeRef

# An actor by its words: (words, code[, sector[, occurrence]]); the sector defaults to GOV.
PartySpec = tuple[str, str] | tuple[str, str, str | None] | tuple[str, str, str | None, int]


def find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """The character span of the nth occurrence of `needle` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return (start, start + len(needle))


def actor(text: str, needle: str, code: str, sector: str | None = "GOV", nth: int = 0) -> Actor:
    return Actor(text=needle, name=needle, code=code, sector=sector, span=find(text, needle, nth))


def parties(text: str, specs: Sequence[PartySpec]) -> list[Actor]:
    return [actor(text, *spec) for spec in specs]


def time(text: str, needle: str, value: str, nth: int = 0) -> TimeRef:
    return TimeRef(text=needle, value=value, type="DATE", span=find(text, needle, nth))


def place(text: str, needle: str, country: str | None, nth: int = 0) -> Place:
    return Place(
        text=needle,
        name=needle,
        country=country,
        admin1=None,
        lat=None,
        lon=None,
        geonameid=None,
        span=find(text, needle, nth),
    )


def token(doc: Doc, word: str) -> Token:
    """The first token with exactly these words."""
    return next(t for t in doc if t.text == word)


def codes(actors: Sequence[Actor | None]) -> list[str | None]:
    return [a.code for a in actors if a is not None]


def dyad(event: Event) -> tuple[str | None, str | None]:
    """The codes of an event's actor and recipient (None where there is none)."""
    return (
        event.actor.code if event.actor else None,
        event.recipient.code if event.recipient else None,
    )


def chosen(
    events: Sequence[Event],
    *,
    event: str | None = None,
    trigger: str | None = None,
    trigger_prefix: str | None = None,
    mode: str | None = None,
    like_top: bool = False,
) -> list[Event]:
    """The events of this type, trigger (whole or its first words), mode, or with the trigger of
    the first event; all of them when nothing is asked."""
    return [
        e
        for e in events
        if (event is None or e.event == event)
        and (trigger is None or e.trigger == trigger)
        and (trigger_prefix is None or e.trigger.startswith(trigger_prefix))
        and (mode is None or e.mode == mode)
        and (not like_top or e.trigger == events[0].trigger)
    ]


def first(events: Sequence[Event], **select: Any) -> Event:
    """The first event `chosen` picks; fails the test, naming what was found, if none."""
    found = chosen(events, **select)
    assert found, f"no event {select} in {[(e.event, e.trigger) for e in events]}"
    return found[0]


def facts(event: Event, keys: Iterable[str]) -> dict[str, object]:
    """The named facts of an event: its fields, and the code, words and sector of its actor and
    recipient (None when there is no actor or recipient, "?" when it has no code)."""
    actor, recipient, location = event.actor, event.recipient, event.location
    every: dict[str, object] = {
        "event": event.event,
        "cameo": event.cameo,
        "mode": event.mode,
        "status": event.status,
        "date": event.date,
        "date_text": event.date_text,
        "trigger": event.trigger,
        "actor": (actor.code or "?") if actor else None,
        "actor_text": actor.text if actor else None,
        "actor_sector": actor.sector if actor else None,
        "recipient": (recipient.code or "?") if recipient else None,
        "recipient_sector": recipient.sector if recipient else None,
        "location": location.name if location else None,
        "location_country": location.country if location else None,
    }
    return {key: every[key] for key in keys}


def by_rule(table: Mapping[str, Sequence[object]]) -> list[Any]:
    """Test cases from a table of rows keyed by the rule each row tests (the case's id)."""
    return [pytest.param(*row, id=rule) for rule, row in table.items()]
