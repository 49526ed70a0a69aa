"""The DuckDB store: tables `articles`, `events` and `quotes`, keyed by article id.

`articles` keeps each article's whole coded JSON in the column `coded`, so
`get_article` gives back exactly what was stored; `events` and `quotes` hold the flattened
rows of `dyads.store.flatten` for querying.

Connections: reads go through a read-only connection with file access disabled (so SQL typed
by a user can neither write the store nor read or write other files); each `upsert` opens a
read-write connection, writes in one transaction and closes it again. DuckDB lets one process
hold a file either read-only or read-write, and lets one process write it at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from dyads.records import SCHEMA, CodedArticle, coded_article_from_json, to_json
from dyads.store.errors import StoreError, first_line
from dyads.store.flatten import (
    ARTICLE_SCHEMA,
    EVENT_SCHEMA,
    QUOTE_SCHEMA,
    flat_tables,
)
from dyads.store.query import EventFilter, run_read_only_sql, select_events

STORE_VERSION = "4"
# Older layouts this dyads opens by adding the columns they lack (version 2 had no
# `events.trigger_spans`, version 3 no `events.status_spans`, `date_span_start` and
# `date_span_end`); nothing stored is rewritten.
UPGRADABLE_VERSIONS: frozenset[str] = frozenset({"2", "3"})
TABLES: tuple[str, ...] = ("articles", "events", "quotes")
_BATCH = 256  # articles written per transaction

_DUCK_TYPES: dict[pa.DataType, str] = {
    pa.string(): "VARCHAR",
    pa.int64(): "BIGINT",
    pa.int32(): "INTEGER",
    pa.int8(): "TINYINT",
    pa.float64(): "DOUBLE",
    pa.date32(): "DATE",
    pa.list_(pa.string()): "VARCHAR[]",
}


def _columns(schema: pa.Schema) -> list[str]:
    return [
        f'"{field.name}" {_DUCK_TYPES[field.type]}{"" if field.nullable else " NOT NULL"}'
        for field in schema
    ]


def _ddl() -> list[str]:
    articles = [*_columns(ARTICLE_SCHEMA), '"coded" VARCHAR NOT NULL', 'PRIMARY KEY ("id")']
    return [
        "CREATE TABLE IF NOT EXISTS dyads_meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        f"CREATE TABLE IF NOT EXISTS articles ({', '.join(articles)})",
        f"CREATE TABLE IF NOT EXISTS events ({', '.join(_columns(EVENT_SCHEMA))})",
        f"CREATE TABLE IF NOT EXISTS quotes ({', '.join(_columns(QUOTE_SCHEMA))})",
    ]


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    config: dict[str, str | bool | int | float | list[str]] = (
        {"enable_external_access": False} if read_only else {}
    )
    try:
        return duckdb.connect(str(path), read_only=read_only, config=config)
    except duckdb.ConnectionException as exc:
        raise StoreError(
            f"cannot open store {path}: it is open in another mode in this process;"
            " close that store first"
        ) from exc
    except duckdb.Error as exc:
        raise StoreError(f"cannot open store {path}: {first_line(exc)}") from exc


class Store:
    """A DuckDB file of coded articles. Use `open_store`; close it (or use `with`)."""

    def __init__(self, path: Path, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._reader: duckdb.DuckDBPyConnection | None = None
        self._lock = threading.Lock()

    # -- connections -------------------------------------------------------------------

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        """A fresh cursor on the shared read-only connection (one per call: thread-safe)."""
        with self._lock:
            if self._reader is None:
                self._reader = _connect(self.path, read_only=True)
            return self._reader.cursor()

    @contextmanager
    def _reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cursor = self._cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    def _close_reader(self) -> None:
        with self._lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None

    def close(self) -> None:
        self._close_reader()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _create(self) -> None:
        con = _connect(self.path, read_only=False)
        try:
            tables = {row[0] for row in con.execute("SHOW TABLES").fetchall()}
            if tables and "dyads_meta" not in tables:
                raise StoreError(f"{self.path} is a DuckDB file but not a dyads store")
            for statement in _ddl():
                con.execute(statement)
            con.execute(
                "INSERT INTO dyads_meta VALUES ('store_version', ?), ('schema', ?) "
                "ON CONFLICT DO NOTHING",
                [STORE_VERSION, SCHEMA],
            )
            if self._stored_version(con) in UPGRADABLE_VERSIONS:
                self._upgrade(con)
            self._check_version(con)
        finally:
            con.close()

    def _stored_version(self, con: duckdb.DuckDBPyConnection) -> str | None:
        try:
            row = con.execute("SELECT value FROM dyads_meta WHERE key = 'store_version'").fetchone()
        except duckdb.CatalogException as exc:
            raise StoreError(f"{self.path} is a DuckDB file but not a dyads store") from exc
        return None if row is None else str(row[0])

    def _check_version(self, con: duckdb.DuckDBPyConnection) -> None:
        found = self._stored_version(con)
        if found != STORE_VERSION:
            raise StoreError(
                f"{self.path} has store version {found or 'none'};"
                f" this dyads reads version {STORE_VERSION}"
            )

    def _upgrade(self, con: duckdb.DuckDBPyConnection) -> None:
        """Add the columns an older store lacks, in one transaction, and record the version."""
        con.execute("BEGIN TRANSACTION")
        try:
            for table, schema in (("events", EVENT_SCHEMA), ("quotes", QUOTE_SCHEMA)):
                present = {row[0] for row in con.execute(f"DESCRIBE {table}").fetchall()}
                for column in _columns(schema):
                    name = column.split('"')[1]
                    if name not in present:
                        con.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
            con.execute(
                "UPDATE dyads_meta SET value = ? WHERE key = 'store_version'", [STORE_VERSION]
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    # -- writing -----------------------------------------------------------------------

    def upsert(self, coded: Iterable[CodedArticle]) -> int:
        """Store articles, replacing every row of an article already there; returns how many.

        Each batch of articles is one transaction: a failure leaves the store as it was
        before that batch. An article given twice keeps its last version.
        """
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        written = 0
        batch: dict[str, CodedArticle] = {}
        for item in coded:
            batch.pop(item.article.id, None)  # the last version wins, in input order
            batch[item.article.id] = item
            if len(batch) >= _BATCH:
                written += self._write(list(batch.values()))
                batch.clear()
        if batch:
            written += self._write(list(batch.values()))
        return written

    def _write(self, batch: list[CodedArticle]) -> int:
        articles, events, quotes = flat_tables(batch)
        articles = articles.append_column(
            pa.field("coded", pa.string(), nullable=False),
            pa.array([to_json(item).decode() for item in batch], pa.string()),
        )
        self._close_reader()  # DuckDB will not open a file both ways in one process
        con = _connect(self.path, read_only=False)
        try:
            con.register("new_articles", articles)
            con.register("new_events", events)
            con.register("new_quotes", quotes)
            con.execute("BEGIN TRANSACTION")
            try:
                for table in ("events", "quotes"):
                    con.execute(
                        f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM new_articles)"
                    )
                con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM new_articles)")
                for table, source, schema in (
                    ("articles", "new_articles", articles.schema),
                    ("events", "new_events", EVENT_SCHEMA),
                    ("quotes", "new_quotes", QUOTE_SCHEMA),
                ):
                    names = ", ".join(f'"{name}"' for name in schema.names)
                    con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {source}")
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        except duckdb.Error as exc:
            raise StoreError(f"cannot write store {self.path}: {first_line(exc)}") from exc
        finally:
            con.close()
        return len(batch)

    # -- reading -----------------------------------------------------------------------

    def count(self) -> dict[str, int]:
        """Rows per table: `{"articles": n, "events": n, "quotes": n}`."""
        counts: dict[str, int] = {}
        with self._reading() as con:
            for table in TABLES:
                row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
                counts[table] = int(row[0]) if row else 0
        return counts

    def get_article(self, article_id: str) -> CodedArticle | None:
        """The coded article exactly as stored, or None."""
        with self._reading() as con:
            row = con.execute("SELECT coded FROM articles WHERE id = ?", [article_id]).fetchone()
        return None if row is None else coded_article_from_json(row[0])

    def coded_articles(self) -> Iterator[CodedArticle]:
        """Every stored article, by id, decoded a few at a time."""
        with self._reading() as con:
            con.execute("SELECT coded FROM articles ORDER BY id")
            while rows := con.fetchmany(_BATCH):
                for (coded,) in rows:
                    yield coded_article_from_json(coded)

    def events(
        self, where: EventFilter | None = None, *, flat: bool = False
    ) -> tuple[list[dict[str, Any]], int]:
        """Events matching `where` (latest first, paged) and the total number of matches.

        Each event comes in the coded event shape plus `article_id`, or as a flat events-table
        row with `flat=True`.
        """
        with self._reading() as con:
            return select_events(con, where or EventFilter(), flat=flat)

    def sql(self, query: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Column names and rows of one SELECT run on the read-only connection."""
        with self._reading() as con:
            return run_read_only_sql(con, query)

    def event_batches(self) -> pa.RecordBatchReader:
        """Every event row (by article, then position), streamed as Arrow record batches."""
        names = ", ".join(f'"{name}"' for name in EVENT_SCHEMA.names)
        query = f"SELECT {names} FROM events ORDER BY article_id, span_start, id"
        return self._cursor().sql(query).to_arrow_reader()


def open_store(path: str | Path, read_only: bool = False) -> Store:
    """Open the store at `path`, creating it (unless `read_only`) when it does not exist."""
    path = Path(path)
    store = Store(path, read_only=read_only)
    if read_only:
        if not path.is_file():
            raise StoreError(f"no store at {path}")
        with store._reading() as con:
            stale = store._stored_version(con) in UPGRADABLE_VERSIONS
        if stale:  # an older layout gains its missing columns once, even when opened to read
            store._close_reader()
            store._create()
        with store._reading() as con:
            store._check_version(con)
    else:
        if path.parent and not path.parent.is_dir():
            raise StoreError(f"cannot create store {path}: no folder {path.parent}")
        store._create()
    return store
