from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import duckdb
import msgspec
import pytest

from dyads.records import CodedArticle
from dyads.store import StoreError, open_store


def test_upsert_twice_adds_no_rows(db_path: Path, coded: CodedArticle) -> None:
    with open_store(db_path) as store:
        assert store.upsert([coded]) == 1
        first = store.count()
        assert store.upsert([coded]) == 1
        assert store.count() == first == {"articles": 1, "events": 3, "quotes": 1}


def test_rerun_after_reopening_keeps_counts(db_path: Path, coded: CodedArticle) -> None:
    with open_store(db_path) as store:
        store.upsert([coded])
    with open_store(db_path) as store:
        store.upsert([coded])
        assert store.count() == {"articles": 1, "events": 3, "quotes": 1}


def test_changed_article_replaces_its_rows(db_path: Path, coded: CodedArticle) -> None:
    shorter = msgspec.structs.replace(coded, events=coded.events[:1], quotes=())
    with open_store(db_path) as store:
        store.upsert([coded, CodedArticle(article=msgspec.structs.replace(coded.article, id="b"))])
        store.upsert([shorter])
        assert store.count() == {"articles": 2, "events": 1, "quotes": 0}
        assert store.get_article("a1") == shorter
        ids = store.sql("SELECT id FROM events")[1]
        assert ids == [("a1-e1",)]


def test_duplicate_ids_in_one_input_keep_the_last(
    db_path: Path, coded: CodedArticle, make_coded: Callable[..., CodedArticle]
) -> None:
    later = make_coded(date="2025-08-13")
    with open_store(db_path) as store:
        assert store.upsert([coded, later]) == 1
        stored = store.get_article("a1")
        assert stored is not None and stored.article.date == "2025-08-13"


def test_get_article_round_trips_and_misses(db_path: Path, coded: CodedArticle) -> None:
    with open_store(db_path) as store:
        store.upsert([coded])
        assert store.get_article("a1") == coded
        assert store.get_article("nope") is None


def test_many_articles_span_several_batches(
    db_path: Path, make_coded: Callable[..., CodedArticle]
) -> None:
    articles = [make_coded(article_id=f"n{i}") for i in range(300)]
    with open_store(db_path) as store:
        assert store.upsert(iter(articles)) == 300
        assert store.count() == {"articles": 300, "events": 900, "quotes": 300}
        assert [item.article.id for item in store.coded_articles()] == sorted(
            item.article.id for item in articles
        )


def test_read_only_store_refuses_writes(db_path: Path, coded: CodedArticle) -> None:
    with open_store(db_path) as store:
        store.upsert([coded])
    with open_store(db_path, read_only=True) as store:
        assert store.count()["events"] == 3
        with pytest.raises(StoreError, match="read-only"):
            store.upsert([coded])


def test_reads_after_a_write_see_the_new_rows(db_path: Path, coded: CodedArticle) -> None:
    with open_store(db_path) as store:
        assert store.count()["articles"] == 0
        store.upsert([coded])
        assert store.count()["articles"] == 1


def test_missing_store_read_only_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        open_store(tmp_path / "absent.duckdb", read_only=True)


def test_other_duckdb_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (a INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a dyads store"):
        open_store(path)
    with pytest.raises(StoreError, match="not a dyads store"):
        open_store(path, read_only=True)


def test_a_file_that_is_not_duckdb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "text.duckdb"
    path.write_text("hello " * 1000)
    with pytest.raises(StoreError, match="cannot open store"):
        open_store(path)


def test_a_second_writer_in_one_process_gets_a_clear_error(
    db_path: Path, coded: CodedArticle
) -> None:
    with open_store(db_path) as first:
        first.upsert([coded])
        assert first.count()["articles"] == 1  # holds the file read-only now
        with pytest.raises(StoreError, match="close that store first"):
            open_store(db_path)
    with open_store(db_path) as again:  # once closed, the file can be written again
        assert again.upsert([coded]) == 1


# The events columns each older store version lacked.
_MISSING_BEFORE: dict[str, tuple[str, ...]] = {
    "2": ("trigger_spans", "status_spans", "date_span_start", "date_span_end"),
    "3": ("status_spans", "date_span_start", "date_span_end"),
}


def _as_coded_by(coded: CodedArticle, version: str) -> CodedArticle:
    """The article as a dyads of that store version coded it: without the fields it lacked."""
    lacking = {"trigger_spans": (), "status_spans": (), "date_span": None}
    if version != "2":
        del lacking["trigger_spans"]
    events = tuple(msgspec.structs.replace(event, **lacking) for event in coded.events)
    return msgspec.structs.replace(coded, events=events)


def _as_version(path: Path, version: str) -> None:
    """Turn a store into the layout of an older version, which lacked some events columns."""
    con = duckdb.connect(str(path))
    for column in _MISSING_BEFORE[version]:
        con.execute(f"ALTER TABLE events DROP COLUMN {column}")
    con.execute("UPDATE dyads_meta SET value = ? WHERE key = 'store_version'", [version])
    columns = {row[0] for row in con.execute("DESCRIBE events").fetchall()}
    con.close()
    assert not columns & set(_MISSING_BEFORE[version])


@pytest.mark.parametrize("version", ["2", "3"])
@pytest.mark.parametrize("read_only", [False, True])
def test_an_older_store_gains_its_missing_columns_and_keeps_its_rows(
    db_path: Path, coded: CodedArticle, read_only: bool, version: str
) -> None:
    old = _as_coded_by(coded, version)
    with open_store(db_path) as store:
        store.upsert([old])
    _as_version(db_path, version)
    with open_store(db_path, read_only=read_only) as store:
        assert store.count() == {"articles": 1, "events": 3, "quotes": 1}
        assert store.sql("SELECT value FROM dyads_meta WHERE key = 'store_version'")[1] == [("4",)]
        added = ", ".join(_MISSING_BEFORE[version])
        rows = store.sql(f"SELECT {added} FROM events ORDER BY id")[1]
        assert rows == [(None,) * len(_MISSING_BEFORE[version])] * 3  # stored rows kept as is
        if version == "3":  # what the older store had is still there
            kept = store.sql("SELECT trigger_spans FROM events WHERE id = 'a1-e1'")[1]
            assert msgspec.json.decode(kept[0][0]) == [
                list(s) for s in coded.events[0].trigger_spans
            ]
        assert store.get_article("a1") == old
        events, total = store.events()
        assert total == 3
        assert all(e["status_spans"] == [] and e["date_span"] is None for e in events)
    with open_store(db_path) as store:
        store.upsert([coded])
        assert store.count() == {"articles": 1, "events": 3, "quotes": 1}
        meeting = store.sql("SELECT date_span_start, status_spans FROM events WHERE id = 'a1-e2'")
        assert meeting[1] != [(None, None)]
        assert store.get_article("a1") == coded


def test_a_store_of_an_unknown_version_is_refused(db_path: Path, coded: CodedArticle) -> None:
    with open_store(db_path) as store:
        store.upsert([coded])
    con = duckdb.connect(str(db_path))
    con.execute("UPDATE dyads_meta SET value = '1' WHERE key = 'store_version'")
    con.close()
    with pytest.raises(StoreError, match="store version 1; this dyads reads version 4"):
        open_store(db_path)
