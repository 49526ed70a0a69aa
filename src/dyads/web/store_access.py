"""Access to the store from the web app: a read-only store per request, short writes.

DuckDB lets one process hold a file either read-only or read-write, and lets another process
write it only while nobody holds it. So every request opens the store read-only and closes it
again, writes open it read-write just for the upsert, and a readers-writer lock keeps the two
apart inside this process.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from dyads.records import CodedArticle
from dyads.store import Store, open_store
from dyads.store.errors import StoreError


class ReadersWriterLock:
    """Many readers at once, or one writer alone."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._readers = 0
        self._writing = False

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self._condition:
            self._condition.wait_for(lambda: not self._writing)
            self._readers += 1
        try:
            yield
        finally:
            with self._condition:
                self._readers -= 1
                self._condition.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._condition:
            self._condition.wait_for(lambda: not self._writing and self._readers == 0)
            self._writing = True
        try:
            yield
        finally:
            with self._condition:
                self._writing = False
                self._condition.notify_all()


class StoreAccess:
    """Opens the store at `path` for one request at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = ReadersWriterLock()

    def ensure_exists(self) -> None:
        """Create an empty store when there is none yet (so writes have somewhere to go)."""
        if not self.path.exists():
            with self._lock.writing():
                open_store(self.path).close()

    @contextmanager
    def store(self) -> Iterator[Store]:
        """The store, open read-only for the duration of the block."""
        with self._lock.reading():
            store = open_store(self.path, read_only=True)
            try:
                yield store
            finally:
                store.close()

    @contextmanager
    def connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only DuckDB connection for aggregate queries with bound parameters."""
        with self._lock.reading():
            try:
                # The same configuration as the store's own readers, so the two can coexist.
                con = duckdb.connect(
                    str(self.path), read_only=True, config={"enable_external_access": False}
                )
            except duckdb.Error as exc:
                raise StoreError(f"cannot open store {self.path}: {exc}") from exc
            try:
                yield con
            finally:
                con.close()

    def upsert(self, coded: Iterable[CodedArticle]) -> int:
        with self._lock.writing():
            store = open_store(self.path)
            try:
                return store.upsert(coded)
            finally:
                store.close()
