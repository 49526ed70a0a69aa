from __future__ import annotations

import datetime as dt

import msgspec
import pytest

from dyads.records import CodedArticle, Event, to_json
from dyads.store.flatten import (
    ARTICLE_SCHEMA,
    EVENT_SCHEMA,
    QUOTE_SCHEMA,
    date_bounds,
    flatten_article,
    flatten_event,
    flatten_quote,
    to_table,
    unflatten_event,
)


def test_flatten_event_prefixes_nested_objects(coded: CodedArticle) -> None:
    row = flatten_event(coded.article, coded.events[1])
    assert list(row) == EVENT_SCHEMA.names
    assert row["article_id"] == "a1"
    assert row["actor_code"] == "PRK" and row["recipient_sector"] == "GOV"
    assert row["location_country"] == "USA" and row["location_geonameid"] == 5879400
    assert row["reported_by_name"] is None
    assert row["date_first"] == dt.date(2025, 8, 1) and row["date_last"] == dt.date(2025, 8, 31)


def test_flatten_event_evidence_is_the_span_text(coded: CodedArticle) -> None:
    row = flatten_event(coded.article, coded.events[0])
    start, end = coded.events[0].span
    assert row["evidence"] == coded.article.text[start:end]
    assert str(row["evidence"]).startswith("Russia's president spoke")


def test_unflatten_event_restores_the_record_shape(coded: CodedArticle) -> None:
    for event in coded.events:
        restored = unflatten_event(flatten_event(coded.article, event))
        assert restored.pop("article_id") == "a1"
        assert restored == msgspec.json.decode(to_json(event))
        assert msgspec.convert(restored, Event) == event


def test_status_and_date_words_are_the_last_columns(coded: CodedArticle) -> None:
    assert EVENT_SCHEMA.names[-3:] == ["status_spans", "date_span_start", "date_span_end"]
    meeting = flatten_event(coded.article, coded.events[1])
    start, end = coded.events[1].date_span or (0, 0)
    assert (meeting["date_span_start"], meeting["date_span_end"]) == (start, end)
    assert coded.article.text[start:end] == "Friday"
    assert msgspec.json.decode(str(meeting["status_spans"])) == [
        list(coded.events[1].status_spans[0])
    ]
    protest = flatten_event(coded.article, coded.events[2])
    assert protest["status_spans"] == "[]"
    assert (protest["date_span_start"], protest["date_span_end"]) == (None, None)


def test_flatten_article_and_quote_follow_their_schemas(coded: CodedArticle) -> None:
    article = flatten_article(coded)
    assert list(article) == ARTICLE_SCHEMA.names
    assert (article["n_events"], article["n_quotes"]) == (3, 1)
    quote = flatten_quote(coded.article, coded.quotes[0], 0)
    assert list(quote) == QUOTE_SCHEMA.names
    assert quote["speaker_code"] == "RUS" and quote["kind"] == "indirect"


def test_empty_tables_keep_typed_columns() -> None:
    table = to_table([], EVENT_SCHEMA)
    assert table.num_rows == 0
    assert table.schema == EVENT_SCHEMA


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2025-08-12", dt.date(2025, 8, 12), dt.date(2025, 8, 12)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        ("2025-13", None, None),
        ("25-01-01", None, None),
        ("next week", None, None),
        (None, None, None),
    ],
)
def test_date_bounds(value: str | None, first: dt.date | None, last: dt.date | None) -> None:
    assert date_bounds(value) == (first, last)
