"""Aggregate queries over the events table for dyad pages: counts by period and partners.

Every value is a bound parameter; the only SQL built from input is the period name, which is
checked against `PERIODS` first.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Literal, get_args

import duckdb

from dyads.store import EVENT_SCHEMA

Period = Literal["month", "week", "day"]
PERIODS: tuple[str, ...] = get_args(Period)
Direction = Literal["a_to_b", "b_to_a"]

_EVENT_COLUMNS = ", ".join(f'"{name}"' for name in EVENT_SCHEMA.names)
_PAIR = "((actor_code = ? AND recipient_code = ?) OR (actor_code = ? AND recipient_code = ?))"


@dataclasses.dataclass(frozen=True)
class PeriodCount:
    """Events of one direction in one period, with one event type and quad class."""

    start: dt.date
    direction: Direction
    event: str
    quad_class: int | None
    count: int


@dataclasses.dataclass(frozen=True)
class DyadCounts:
    """Counts of a pair's events per period, in both directions."""

    a: str
    b: str
    by: Period
    counts: tuple[PeriodCount, ...]
    total: int  # every event between the two, dated or not
    undated: int  # events without a date
    imprecise: int  # dated less precisely than one period (a year when counting months)


@dataclasses.dataclass(frozen=True)
class Partner:
    """Another actor code that one side of the pair has events with."""

    side: str  # a or b: the pair's member it is linked to
    code: str
    count: int


def period_label(start: dt.date, by: Period) -> str:
    """`2025-08` for a month, `2025-W33` for an ISO week, `2025-08-12` for a day."""
    if by == "month":
        return start.strftime("%Y-%m")
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return start.isoformat()


def next_period(start: dt.date, by: Period) -> dt.date:
    if by == "month":
        return dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start + dt.timedelta(days=7 if by == "week" else 1)


def _pair_params(a: str, b: str) -> list[object]:
    return [a, b, b, a]


def dyad_counts(con: duckdb.DuckDBPyConnection, a: str, b: str, by: Period) -> DyadCounts:
    """Events between codes `a` and `b` counted per period by direction, type and quad class.

    An event counts in a period only when its whole date lies inside it; events dated less
    precisely (or not at all) are counted apart, so a bare year never lands in January.
    """
    if by not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}")
    a, b = a.upper(), b.upper()
    same_period = f"date_trunc('{by}', date_first) = date_trunc('{by}', date_last)"
    rows = con.execute(
        f"SELECT date_trunc('{by}', date_first) AS start, actor_code = ? AS forward,"
        " event, quad_class, count(*)"
        f" FROM events WHERE {_PAIR} AND date_first IS NOT NULL AND {same_period}"
        " GROUP BY ALL ORDER BY start, forward DESC, event, quad_class",
        [a, *_pair_params(a, b)],
    ).fetchall()
    summary = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE date_first IS NULL),"
        f" count(*) FILTER (WHERE date_first IS NOT NULL AND NOT ({same_period}))"
        f" FROM events WHERE {_PAIR}",
        _pair_params(a, b),
    ).fetchone()
    total, undated, imprecise = summary if summary else (0, 0, 0)
    counts = tuple(
        PeriodCount(
            start=_as_date(start),
            direction="a_to_b" if forward else "b_to_a",
            event=event,
            quad_class=quad_class,
            count=int(count),
        )
        for start, forward, event, quad_class, count in rows
    )
    return DyadCounts(
        a=a,
        b=b,
        by=by,
        counts=counts,
        total=int(total),
        undated=int(undated),
        imprecise=int(imprecise),
    )


def _as_date(value: Any) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def pair_events(
    con: duckdb.DuckDBPyConnection, a: str, b: str, limit: int, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """The pair's events in both directions, latest first, as flat rows; and their number."""
    params = _pair_params(a.upper(), b.upper())
    row = con.execute(f"SELECT count(*) FROM events WHERE {_PAIR}", params).fetchone()
    cursor = con.execute(
        f"SELECT {_EVENT_COLUMNS} FROM events WHERE {_PAIR}"
        " ORDER BY date_first DESC NULLS LAST, article_id, span_start, id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    names = [column[0] for column in cursor.description or []]
    events = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    return events, int(row[0]) if row else 0


def partners(con: duckdb.DuckDBPyConnection, a: str, b: str, limit: int = 12) -> list[Partner]:
    """The codes other than `a` and `b` that either has events with, most events first."""
    a, b = a.upper(), b.upper()
    rows = con.execute(
        "SELECT side, partner, count(*) AS n FROM ("
        "  SELECT CASE WHEN actor_code IN (?, ?) THEN actor_code ELSE recipient_code END AS side,"
        "         CASE WHEN actor_code IN (?, ?) THEN recipient_code ELSE actor_code END AS partner"
        "  FROM events WHERE actor_code IN (?, ?) OR recipient_code IN (?, ?)"
        ") WHERE partner IS NOT NULL AND partner NOT IN (?, ?)"
        " GROUP BY side, partner ORDER BY n DESC, partner, side LIMIT ?",
        [a, b, a, b, a, b, a, b, a, b, limit],
    ).fetchall()
    return [Partner(side=side, code=code, count=int(n)) for side, code, n in rows]
