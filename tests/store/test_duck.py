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


def _as_version_2(path: Path) -> None:
    """Turn a store into the version-2 layout, which had no `events.trigger_spans`."""
    con = duckdb.connect(str(path))
    con.execute("ALTER TABLE events DROP COLUMN trigger_spans")
    con.execute("UPDATE dyads_meta SET value = '2' WHERE key = 'store_version'")
    con.close()


@pytest.mark.parametrize("read_only", [False, True])
def test_a_version_2_store_gains_its_missing_column_and_keeps_its_rows(
    db_path: Path, coded: CodedArticle, read_only: bool
) -> None:
    with open_store(db_path) as store:
        store.upsert([coded])
    _as_version_2(db_path)
    with open_store(db_path, read_only=read_only) as store:
        assert store.count() == {"articles": 1, "events": 3, "quotes": 1}
        assert store.sql("SELECT value FROM dyads_meta WHERE key = 'store_version'")[1] == [("3",)]
        spans = store.sql("SELECT trigger_spans FROM events ORDER BY id")[1]
        assert spans == [(None,)] * 3  # rows stored before keep what they had
        assert store.get_article("a1") == coded
        rows, total = store.events()
        assert total == 3 and all(row["trigger_spans"] == [] for row in rows)
    with open_store(db_path) as store:
        store.upsert([coded])
        assert store.count() == {"articles": 1, "events": 3, "quotes": 1}
        first = store.sql("SELECT trigger_spans FROM events WHERE id = 'a1-e1'")[1]
        assert first != [(None,)]


def test_a_store_of_an_unknown_version_is_refused(db_path: Path, coded: CodedArticle) -> None:
    with open_store(db_path) as store:
        store.upsert([coded])
    con = duckdb.connect(str(db_path))
    con.execute("UPDATE dyads_meta SET value = '1' WHERE key = 'store_version'")
    con.close()
    with pytest.raises(StoreError, match="store version 1; this dyads reads version 3"):
        open_store(db_path)
