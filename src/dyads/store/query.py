"""Reading the store: event filters and read-only SQL.

Every filter value is a bound parameter. Dates: an event's `date` may be partial (`2025-07`,
`2025`); it covers the days from its first to its last, and it matches `since`/`until` when
that span overlaps the asked range. `since` and `until` may be partial too: `since=2025-07`
starts on July 1st, `until=2025-07` ends on July 31st. Events without a date never match a
date filter.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import duckdb

from dyads.store.errors import QueryError, first_line
from dyads.store.flatten import EVENT_SCHEMA, date_bounds, unflatten_event

# Statements `Store.sql` runs; everything else (writes, COPY, ATTACH, SET, ...) is refused.
READ_STATEMENTS = frozenset({duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN})
_EVENT_COLUMNS = ", ".join(f'"{name}"' for name in EVENT_SCHEMA.names)


@dataclasses.dataclass(frozen=True, kw_only=True)
class EventFilter:
    """Which events to return; every field left as None matches everything."""

    actor: str | None = None  # actor code (ISO alpha-3 or IGO/NGO code)
    recipient: str | None = None
    event: str | None = None  # PLOVER type
    status: str | None = None
    since: str | dt.date | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    until: str | dt.date | None = None
    country: str | None = None  # country of the event's location
    q: str | None = None  # words in the evidence sentence (case-insensitive)
    # Only events whose actor and recipient are both coded: the dyads of event data. Many
    # events of general news name one party or none ("protesters marched"), which users
    # counting interactions between parties want out.
    dyadic: bool = False
    limit: int | None = 100  # None: every match
    offset: int = 0

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit < 0:
            raise QueryError(f"limit must be 0 or more, not {self.limit}")
        if self.offset < 0:
            raise QueryError(f"offset must be 0 or more, not {self.offset}")
        for name in ("since", "until"):
            value = getattr(self, name)
            if isinstance(value, str) and date_bounds(value) == (None, None):
                raise QueryError(f"{name} {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")

    def where(self) -> tuple[str, list[object]]:
        """The SQL condition (over the events table) and its parameters."""
        clauses: list[str] = []
        params: list[object] = []
        exact = {
            "actor_code": _upper(self.actor),
            "recipient_code": _upper(self.recipient),
            "event": _upper(self.event),
            "status": self.status.lower() if self.status else None,
            "location_country": _upper(self.country),
        }
        for column, value in exact.items():
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if self.since is not None:
            clauses.append("date_last >= ?")
            params.append(_bound(self.since, first=True))
        if self.until is not None:
            clauses.append("date_first <= ?")
            params.append(_bound(self.until, first=False))
        if self.dyadic:
            clauses.append("actor_code IS NOT NULL AND recipient_code IS NOT NULL")
        if self.q:
            clauses.append("contains(lower(evidence), lower(?))")
            params.append(self.q)
        return (" AND ".join(clauses) or "TRUE"), params


def _upper(value: str | None) -> str | None:
    return value.upper() if value else None


def _bound(value: str | dt.date, *, first: bool) -> dt.date:
    if isinstance(value, dt.date):
        return value
    start, end = date_bounds(value)
    day = start if first else end
    assert day is not None  # validated in EventFilter.__post_init__
    return day


def select_events(
    con: duckdb.DuckDBPyConnection, where: EventFilter, *, flat: bool = False
) -> tuple[list[dict[str, Any]], int]:
    """Matching events (latest first) and the total number of matches before paging."""
    condition, params = where.where()
    total_row = con.execute(f"SELECT count(*) FROM events WHERE {condition}", params).fetchone()
    total = int(total_row[0]) if total_row else 0
    page = "" if where.limit is None else f" LIMIT {int(where.limit)}"
    query = (
        f"SELECT {_EVENT_COLUMNS} FROM events WHERE {condition}"
        " ORDER BY date_first DESC NULLS LAST, article_id, span_start, id"
        f"{page} OFFSET {int(where.offset)}"
    )
    cursor = con.execute(query, params)
    names = [column[0] for column in cursor.description or []]
    rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    return (rows if flat else [unflatten_event(row) for row in rows]), total


def run_read_only_sql(
    con: duckdb.DuckDBPyConnection, query: str
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one SELECT (or EXPLAIN) statement; refuse anything else with a clear message."""
    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error as exc:
        raise QueryError(f"SQL error: {first_line(exc)}") from exc
    if len(statements) != 1:
        raise QueryError(f"give exactly one SQL statement, not {len(statements)}")
    kind = statements[0].type
    if kind not in READ_STATEMENTS:
        raise QueryError(
            f"the store is read-only here: {kind.name} statements are refused; use SELECT"
        )
    try:
        cursor = con.execute(query)
        names = [column[0] for column in cursor.description or []]
        return names, cursor.fetchall()
    except duckdb.Error as exc:
        raise QueryError(f"SQL error: {first_line(exc)}") from exc
