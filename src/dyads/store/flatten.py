"""Flat rows for the events, articles and quotes tables, with explicit Arrow schemas.

Nested objects of the coded records become prefixed columns (`actor_code`, `location_country`, ...),
spans become `_start`/`_end` pairs, and `context` stays a list column. Two columns are added
to each event: `evidence`, the text of its span, and `date_first`/`date_last`, the first and
last day covered by a possibly partial `date` (`2025-07` covers 2025-07-01 to 2025-07-31),
so that date filters work on typed dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

import msgspec
import pyarrow as pa

from dyads.records import Actor, Article, CodedArticle, Event, Place, Quote

ACTOR_ROLES: tuple[str, ...] = ("actor", "recipient", "reported_by")


def _actor_fields(prefix: str) -> list[pa.Field]:
    return [
        pa.field(f"{prefix}_text", pa.string()),
        pa.field(f"{prefix}_name", pa.string()),
        pa.field(f"{prefix}_code", pa.string()),
        pa.field(f"{prefix}_sector", pa.string()),
        pa.field(f"{prefix}_start", pa.int64()),
        pa.field(f"{prefix}_end", pa.int64()),
    ]


_PLACE_FIELDS: list[pa.Field] = [
    pa.field("location_text", pa.string()),
    pa.field("location_name", pa.string()),
    pa.field("location_country", pa.string()),
    pa.field("location_admin1", pa.string()),
    pa.field("location_lat", pa.float64()),
    pa.field("location_lon", pa.float64()),
    pa.field("location_geonameid", pa.int64()),
    pa.field("location_start", pa.int64()),
    pa.field("location_end", pa.int64()),
]

EVENT_SCHEMA: pa.Schema = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("event", pa.string(), nullable=False),
        pa.field("mode", pa.string()),
        pa.field("context", pa.list_(pa.string())),
        pa.field("status", pa.string(), nullable=False),
        pa.field("cameo", pa.string()),
        pa.field("quad_class", pa.int8()),
        *_actor_fields("actor"),
        *_actor_fields("recipient"),
        pa.field("date", pa.string()),
        pa.field("date_first", pa.date32()),
        pa.field("date_last", pa.date32()),
        pa.field("date_text", pa.string()),
        *_PLACE_FIELDS,
        *_actor_fields("reported_by"),
        pa.field("trigger", pa.string()),
        pa.field("span_start", pa.int64()),
        pa.field("span_end", pa.int64()),
        pa.field("evidence", pa.string()),
        pa.field("confidence", pa.float64()),
        # Sources confirming, denying or omitting the event, as a JSON array (usually empty).
        pa.field("corroboration", pa.string()),
        # Where each trigger word is, as a JSON array of [start, end] pairs (`"[]"` for events
        # coded before it was kept).
        pa.field("trigger_spans", pa.string()),
        # The words that decided the status, as a JSON array of [start, end] pairs (`"[]"` for
        # asserted events), and where the date's words are (null when the article date was
        # used); both null in rows stored before they were kept.
        pa.field("status_spans", pa.string()),
        pa.field("date_span_start", pa.int64()),
        pa.field("date_span_end", pa.int64()),
    ]
)

ARTICLE_SCHEMA: pa.Schema = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("publisher", pa.string()),
        pa.field("url", pa.string()),
        pa.field("date", pa.string()),
        pa.field("date_source", pa.string()),
        pa.field("text", pa.string()),
        pa.field("n_events", pa.int32()),
        pa.field("n_quotes", pa.int32()),
    ]
)

QUOTE_SCHEMA: pa.Schema = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("seq", pa.int32(), nullable=False),  # the quote's position in its article
        pa.field("content", pa.string()),
        pa.field("span_start", pa.int64()),
        pa.field("span_end", pa.int64()),
        *_actor_fields("speaker"),
        pa.field("cue", pa.string()),
        pa.field("kind", pa.string()),
    ]
)


def date_bounds(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of a `YYYY-MM-DD`, `YYYY-MM` or `YYYY` date; `(None, None)` otherwise."""
    if not value:
        return None, None
    parts = value.split("-")
    try:
        if len(parts) == 3:
            day = dt.date.fromisoformat(value)
            return day, day
        year = int(parts[0])
        if len(parts[0]) != 4:
            return None, None
        if len(parts) == 1:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if len(parts) == 2 and len(parts[1]) == 2:
            month = int(parts[1])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
    except ValueError:
        pass
    return None, None


def flatten_actor(prefix: str, actor: Actor | None) -> dict[str, object]:
    """The six `<prefix>_*` columns of an actor (all None when there is none)."""
    if actor is None:
        return {
            f"{prefix}_{key}": None for key in ("text", "name", "code", "sector", "start", "end")
        }
    return {
        f"{prefix}_text": actor.text,
        f"{prefix}_name": actor.name,
        f"{prefix}_code": actor.code,
        f"{prefix}_sector": actor.sector,
        f"{prefix}_start": actor.span[0],
        f"{prefix}_end": actor.span[1],
    }


def flatten_place(place: Place | None) -> dict[str, object]:
    """The `location_*` columns of an event."""
    if place is None:
        return {field.name: None for field in _PLACE_FIELDS}
    return {
        "location_text": place.text,
        "location_name": place.name,
        "location_country": place.country,
        "location_admin1": place.admin1,
        "location_lat": place.lat,
        "location_lon": place.lon,
        "location_geonameid": place.geonameid,
        "location_start": place.span[0],
        "location_end": place.span[1],
    }


def flatten_event(article: Article, event: Event) -> dict[str, object]:
    """One row of the events table, in `EVENT_SCHEMA` column order."""
    first, last = date_bounds(event.date)
    row: dict[str, object] = {
        "id": event.id,
        "article_id": article.id,
        "event": event.event,
        "mode": event.mode,
        "context": list(event.context),
        "status": event.status,
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        **flatten_actor("actor", event.actor),
        **flatten_actor("recipient", event.recipient),
        "date": event.date,
        "date_first": first,
        "date_last": last,
        "date_text": event.date_text,
        **flatten_place(event.location),
        **flatten_actor("reported_by", event.reported_by),
        "trigger": event.trigger,
        "span_start": event.span[0],
        "span_end": event.span[1],
        "evidence": article.text[event.span[0] : event.span[1]],
        "confidence": event.confidence,
        "corroboration": json.dumps(msgspec.to_builtins(event.corroboration)),
        "trigger_spans": json.dumps(msgspec.to_builtins(event.trigger_spans)),
        "status_spans": json.dumps(msgspec.to_builtins(event.status_spans)),
        "date_span_start": event.date_span[0] if event.date_span else None,
        "date_span_end": event.date_span[1] if event.date_span else None,
    }
    return row


def flatten_article(coded: CodedArticle) -> dict[str, object]:
    """One row of the articles table, in `ARTICLE_SCHEMA` column order."""
    article = coded.article
    return {
        "id": article.id,
        "title": article.title,
        "publisher": article.publisher,
        "url": article.url,
        "date": article.date,
        "date_source": article.date_source,
        "text": article.text,
        "n_events": len(coded.events),
        "n_quotes": len(coded.quotes),
    }


def flatten_quote(article: Article, quote: Quote, seq: int) -> dict[str, object]:
    """One row of the quotes table; `seq` is the quote's position among the article's quotes."""
    return {
        "article_id": article.id,
        "seq": seq,
        "content": quote.content,
        "span_start": quote.span[0],
        "span_end": quote.span[1],
        **flatten_actor("speaker", quote.speaker),
        "cue": quote.cue,
        "kind": quote.kind,
    }


def event_rows(coded: CodedArticle) -> list[dict[str, object]]:
    return [flatten_event(coded.article, event) for event in coded.events]


def quote_rows(coded: CodedArticle) -> list[dict[str, object]]:
    return [flatten_quote(coded.article, quote, seq) for seq, quote in enumerate(coded.quotes)]


def to_table(rows: Iterable[dict[str, object]], schema: pa.Schema) -> pa.Table:
    """Rows as an Arrow table of exactly `schema` (typed even when there are no rows)."""
    return pa.Table.from_pylist(list(rows), schema=schema)


def flat_tables(coded: Sequence[CodedArticle]) -> tuple[pa.Table, pa.Table, pa.Table]:
    """The articles, events and quotes tables of some coded articles."""
    return (
        to_table((flatten_article(item) for item in coded), ARTICLE_SCHEMA),
        to_table((row for item in coded for row in event_rows(item)), EVENT_SCHEMA),
        to_table((row for item in coded for row in quote_rows(item)), QUOTE_SCHEMA),
    )


def _unflatten_actor(row: dict[str, Any], prefix: str) -> dict[str, object] | None:
    if row[f"{prefix}_name"] is None and row[f"{prefix}_text"] is None:
        return None
    return {
        "text": row[f"{prefix}_text"],
        "name": row[f"{prefix}_name"],
        "code": row[f"{prefix}_code"],
        "sector": row[f"{prefix}_sector"],
        "span": [row[f"{prefix}_start"], row[f"{prefix}_end"]],
    }


def _unflatten_place(row: dict[str, Any]) -> dict[str, object] | None:
    if row["location_name"] is None and row["location_text"] is None:
        return None
    return {
        "text": row["location_text"],
        "name": row["location_name"],
        "country": row["location_country"],
        "admin1": row["location_admin1"],
        "lat": row["location_lat"],
        "lon": row["location_lon"],
        "geonameid": row["location_geonameid"],
        "span": [row["location_start"], row["location_end"]],
    }


def _unflatten_span(row: dict[str, Any], prefix: str) -> list[int] | None:
    start, end = row[f"{prefix}_start"], row[f"{prefix}_end"]
    return None if start is None or end is None else [start, end]


def unflatten_event(row: dict[str, Any]) -> dict[str, object]:
    """An events-table row back in the coded event shape, plus `article_id`."""
    return {
        "id": row["id"],
        "event": row["event"],
        "mode": row["mode"],
        "context": list(row["context"] or []),
        "status": row["status"],
        "cameo": row["cameo"],
        "quad_class": row["quad_class"],
        "actor": _unflatten_actor(row, "actor"),
        "recipient": _unflatten_actor(row, "recipient"),
        "date": row["date"],
        "date_text": row["date_text"],
        "location": _unflatten_place(row),
        "reported_by": _unflatten_actor(row, "reported_by"),
        "trigger": row["trigger"],
        "span": [row["span_start"], row["span_end"]],
        "confidence": row["confidence"],
        "corroboration": json.loads(row["corroboration"] or "[]"),
        "trigger_spans": json.loads(row["trigger_spans"] or "[]"),
        "status_spans": json.loads(row["status_spans"] or "[]"),
        "date_span": _unflatten_span(row, "date_span"),
        "article_id": row["article_id"],
    }
