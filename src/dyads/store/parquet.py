"""Writing the flattened events table to Parquet (`dyads code -o out.parquet`)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyarrow.parquet as pq

from dyads.records import CodedArticle
from dyads.store.atomic import atomic_output
from dyads.store.flatten import EVENT_SCHEMA, event_rows, to_table

_ROWS_PER_GROUP = 10_000


def write_events_parquet(coded: Iterable[CodedArticle], path: str | Path) -> int:
    """Stream the events of `coded` into one Parquet file; returns the number of events.

    The file always has every column of `EVENT_SCHEMA`, even with no events, and appears
    only once complete.
    """
    written = 0
    pending: list[dict[str, object]] = []
    with atomic_output(path) as partial, pq.ParquetWriter(partial, EVENT_SCHEMA) as writer:
        for item in coded:
            pending.extend(event_rows(item))
            if len(pending) >= _ROWS_PER_GROUP:
                writer.write_table(to_table(pending, EVENT_SCHEMA))
                written += len(pending)
                pending.clear()
        writer.write_table(to_table(pending, EVENT_SCHEMA))
        written += len(pending)
    return written
