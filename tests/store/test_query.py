from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from dyads.records import Article, CodedArticle, Event
from dyads.store import EventFilter, QueryError, Store, open_store


@pytest.fixture
def store(db_path: Path, make_coded: Callable[..., CodedArticle]) -> Iterator[Store]:
    with open_store(db_path) as opened:
        opened.upsert([make_coded("a1"), make_coded("a2", date=None)])
        yield opened


def ids(store: Store, **where: object) -> list[str]:
    events, total = store.events(EventFilter(**where), flat=True)  # type: ignore[arg-type]
    assert total >= len(events)
    return sorted(f"{row['article_id']}:{row['id'].rsplit('-', 1)[1]}" for row in events)


def test_no_filter_returns_everything_with_total(store: Store) -> None:
    events, total = store.events()
    assert total == 6 and len(events) == 6


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ({"actor": "rus"}, ["a1:e1", "a2:e1"]),
        ({"recipient": "RUS"}, ["a1:e2", "a2:e2"]),
        ({"event": "protest"}, ["a1:e3", "a2:e3"]),
        ({"status": "future"}, ["a1:e2", "a2:e2"]),
        ({"country": "KOR"}, ["a1:e3", "a2:e3"]),
        ({"q": "ANCHORAGE"}, ["a1:e2", "a2:e2"]),
        ({"actor": "RUS", "recipient": "PRK", "event": "CONSULT"}, ["a1:e1", "a2:e1"]),
        ({"actor": "FRA"}, []),
        ({"dyadic": True}, ["a1:e1", "a1:e2", "a2:e1", "a2:e2"]),
    ],
)
def test_exact_and_text_filters(
    store: Store, where: dict[str, object], expected: list[str]
) -> None:
    assert ids(store, **where) == expected


def test_since_until_compare_by_overlap_with_partial_dates(store: Store) -> None:
    # e1 is dated 2025-08-12, e2 only 2025-08 (August 1-31), e3 has no date.
    assert ids(store, since="2025-08-13") == ["a1:e2", "a2:e2"]
    assert ids(store, until="2025-08-12") == ["a1:e1", "a1:e2", "a2:e1", "a2:e2"]
    assert ids(store, since="2025-08-20", until="2025-08-25") == ["a1:e2", "a2:e2"]
    assert ids(store, since="2025-09") == []
    assert ids(store, until="2025-07") == []
    assert ids(store, since="2025", until="2025") == ["a1:e1", "a1:e2", "a2:e1", "a2:e2"]
    assert ids(store, since=dt.date(2025, 8, 12), until=dt.date(2025, 8, 12)) == [
        "a1:e1",
        "a1:e2",
        "a2:e1",
        "a2:e2",
    ]


def test_limit_and_offset_page_through_a_stable_order(store: Store) -> None:
    every, total = store.events(EventFilter(limit=None), flat=True)
    pages = [store.events(EventFilter(limit=2, offset=start), flat=True) for start in (0, 2, 4)]
    assert all(page_total == total == 6 for _, page_total in pages)
    assert [row["id"] for page, _ in pages for row in page] == [row["id"] for row in every]
    assert store.events(EventFilter(limit=0))[0] == []
    assert store.events(EventFilter(offset=10))[0] == []


def test_latest_events_come_first(store: Store) -> None:
    events, _ = store.events(flat=True)
    firsts = [row["date_first"] for row in events]
    dated = [day for day in firsts if day is not None]
    assert dated == sorted(dated, reverse=True)
    assert firsts[-1] is None  # undated events last


def test_events_come_in_the_record_shape(
    store: Store, make_coded: Callable[..., CodedArticle]
) -> None:
    events, _ = store.events(EventFilter(actor="RUS", q="phone"))
    assert events[0]["actor"] == {
        "text": "Russia",
        "name": "Russia",
        "code": "RUS",
        "sector": "GOV",
        "span": [0, 6],
    }
    assert events[0]["context"] == ["military", "diplomatic"]


@pytest.mark.parametrize(
    "where",
    [{"limit": -1}, {"offset": -5}, {"since": "yesterday"}, {"until": "2025-02-30"}],
)
def test_invalid_filters_raise_query_errors(where: dict[str, object]) -> None:
    with pytest.raises(QueryError):
        EventFilter(**where)  # type: ignore[arg-type]


def test_filter_values_are_bound_not_spliced(store: Store) -> None:
    assert ids(store, actor="RUS' OR '1'='1") == []
    assert store.count()["events"] == 6


def test_sql_reads(store: Store) -> None:
    names, rows = store.sql("SELECT event, count(*) AS n FROM events GROUP BY event ORDER BY event")
    assert names == ["event", "n"]
    assert rows == [("CONSULT", 4), ("PROTEST", 2)]


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM events",
        "INSERT INTO articles SELECT * FROM articles",
        "DROP TABLE events",
        "UPDATE events SET event = 'AID'",
        "COPY events TO 'leak.csv'",
        "ATTACH 'other.duckdb'",
        "SET threads = 1",
    ],
)
def test_sql_refuses_writes(store: Store, statement: str) -> None:
    with pytest.raises(QueryError, match="read-only"):
        store.sql(statement)
    assert store.count()["events"] == 6


def test_sql_cannot_reach_other_files(store: Store, tmp_path: Path) -> None:
    secret = tmp_path / "secret.csv"
    secret.write_text("a\n1\n")
    with pytest.raises(QueryError, match="SQL error"):
        store.sql(f"SELECT * FROM read_csv('{secret}')")


def test_sql_errors_are_one_line(store: Store) -> None:
    with pytest.raises(QueryError) as caught:
        store.sql("SELECT nonsense FROM events")
    assert "\n" not in str(caught.value)
    with pytest.raises(QueryError, match="exactly one"):
        store.sql("SELECT 1; SELECT 2")


def test_reads_from_several_threads(store: Store) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        totals = list(pool.map(lambda _: store.events(EventFilter(actor="RUS"))[1], range(16)))
    assert totals == [2] * 16


def test_evidence_offsets_hold_for_non_ascii_news_text(db_path: Path, shared_data: Path) -> None:
    """Python offsets into the seed article select the same sentence when queried in DuckDB."""
    text = (shared_data / "seed" / "article.txt").read_text(encoding="utf-8")
    curly = text.index("’")  # a typographic apostrophe, as news text has
    start = text.rfind(".", 0, curly) + 1
    end = text.index(".", curly) + 1
    event = Event(
        id="e1",
        event="CONSULT",
        mode=None,
        context=(),
        status="asserted",
        cameo="040",
        quad_class=1,
        actor=None,
        recipient=None,
        date="2025-08-12",
        date_text=None,
        location=None,
        reported_by=None,
        trigger="visit",
        span=(start, end),
        confidence=0.5,
    )
    coded = CodedArticle(article=Article(id="seed", text=text), events=(event,))
    with open_store(db_path) as opened:
        opened.upsert([coded])
        words = text[curly - 6 : curly + 3]
        rows, total = opened.events(EventFilter(q=words), flat=True)
        assert total == 1
        assert rows[0]["evidence"] == text[start:end]
        assert opened.get_article("seed") == coded
