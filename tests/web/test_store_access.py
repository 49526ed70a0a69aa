"""Opening the store per request, and writing it between reads."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from dyads.web.store_access import ReadersWriterLock, StoreAccess

from .conftest import sample_articles


def test_a_missing_store_is_created_empty(tmp_path: Path) -> None:
    access = StoreAccess(tmp_path / "new.duckdb")
    access.ensure_exists()
    with access.store() as store:
        assert store.count() == {"articles": 0, "events": 0, "quotes": 0}


def test_writes_and_reads_take_turns_in_one_process(tmp_path: Path) -> None:
    access = StoreAccess(tmp_path / "s.duckdb")
    access.ensure_exists()
    with access.store() as store:
        assert store.count()["articles"] == 0
    assert access.upsert(sample_articles()) == 3
    with access.store() as store, access.connection() as con:
        assert store.count()["articles"] == 3
        row = con.execute("SELECT count(*) FROM events").fetchone()
        assert row is not None and row[0] == 5


def test_a_writer_waits_for_readers_to_finish() -> None:
    lock = ReadersWriterLock()
    order: list[str] = []
    with lock.reading():
        writer = threading.Thread(target=lambda: _write(lock, order))
        writer.start()
        time.sleep(0.05)
        order.append("read done")
    writer.join(timeout=5)
    assert order == ["read done", "written"]


def _write(lock: ReadersWriterLock, order: list[str]) -> None:
    with lock.writing():
        order.append("written")
