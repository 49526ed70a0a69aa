"""Turning request parameters into an `EventFilter`, with messages a user can act on."""

from __future__ import annotations

from collections.abc import Mapping

from dyads.records import PLOVER_TYPES, STATUSES
from dyads.store import EventFilter, QueryError

MAX_LIMIT = 1000
MAX_OFFSET = 1_000_000_000
FILTER_FIELDS: tuple[str, ...] = (
    "actor",
    "recipient",
    "event",
    "status",
    "country",
    "since",
    "until",
    "q",
    "dyadic",
)
_CODE_FIELDS = ("actor", "recipient", "country")
MAX_CODE = 32
MAX_TEXT = 200
# Values of a yes/no parameter, as forms and URLs write them, and whether each means yes.
_FLAGS = {
    "1": True,
    "true": True,
    "yes": True,
    "on": True,
    "0": False,
    "false": False,
    "no": False,
    "off": False,
}


def check_code(name: str, value: str) -> str:
    """An actor or country code: letters and digits only (`RUS`, `IGOUNO`)."""
    if len(value) > MAX_CODE or not value.isascii() or not value.isalnum():
        raise QueryError(f"{name} must be a code of letters and digits such as RUS, not {value!r}")
    return value.upper()


def event_filter(values: Mapping[str, str | None], limit: int, offset: int) -> EventFilter:
    """An `EventFilter` from raw values (empty strings mean no filter); QueryError if invalid."""
    given = {name: (values.get(name) or "").strip() or None for name in FILTER_FIELDS}
    for name in _CODE_FIELDS:
        value = given[name]
        if value is not None:
            given[name] = check_code(name, value)
    event, status = given["event"], given["status"]
    if event is not None and event.upper() not in PLOVER_TYPES:
        raise QueryError(f"event must be a PLOVER type ({', '.join(PLOVER_TYPES)}), not {event!r}")
    if status is not None and status.lower() not in STATUSES:
        raise QueryError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
    q = given["q"]
    if q is not None and (len(q) > MAX_TEXT or "\x00" in q):
        raise QueryError(f"q must be at most {MAX_TEXT} characters of text")
    for name in ("since", "until"):
        value = given[name]
        if value is not None and (len(value) > 10 or not value.isascii()):
            raise QueryError(f"{name} must be a date (YYYY-MM-DD, YYYY-MM or YYYY), not {value!r}")
    dyadic = given["dyadic"]
    if dyadic is not None and dyadic.lower() not in _FLAGS:
        raise QueryError(f"dyadic must be one of {', '.join(sorted(_FLAGS))}, not {dyadic!r}")
    if not 0 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 0 and {MAX_LIMIT}, not {limit}")
    if not 0 <= offset <= MAX_OFFSET:
        raise QueryError(f"offset must be between 0 and {MAX_OFFSET}, not {offset}")
    return EventFilter(
        actor=given["actor"],
        recipient=given["recipient"],
        event=event.upper() if event else None,
        status=status.lower() if status else None,
        country=given["country"],
        since=given["since"],
        until=given["until"],
        q=q,
        dyadic=_FLAGS[dyadic.lower()] if dyadic else False,
        limit=limit,
        offset=offset,
    )
