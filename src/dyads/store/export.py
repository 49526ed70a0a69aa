"""Exporting the store's events: Parquet, CSV or a GDELT-style table, one file each."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from dyads.store.atomic import atomic_output
from dyads.store.duck import Store
from dyads.store.errors import StoreError
from dyads.store.flatten import EVENT_SCHEMA
from dyads.store.gdelt import write_gdelt

ExportFormat = Literal["parquet", "csv", "gdelt"]
FORMATS: tuple[str, ...] = get_args(ExportFormat)
CONTEXT_SEPARATOR = ";"  # CSV has no lists: `context` is written joined by this


def csv_batch(batch: pa.RecordBatch) -> pa.RecordBatch:
    """An events batch with `context` joined into one string, as CSV needs."""
    index = batch.schema.get_field_index("context")
    joined = pc.binary_join(batch.column(index), CONTEXT_SEPARATOR)
    return batch.set_column(index, pa.field("context", pa.string()), joined)


def export(store: Store, fmt: str, out: str | Path) -> int:
    """Write the store's events to `out` as `fmt`; returns the number of events written.

    `parquet`: the flattened events table (`dyads.store.flatten.EVENT_SCHEMA`);
    `csv`: the same columns with a header, `context` joined by `;`;
    `gdelt`: the GDELT-2.0-style table of `dyads.store.gdelt` (see docs/gdelt.md).
    The file is written under a temporary name and renamed when complete.
    """
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out)
    if not out.parent.is_dir():
        raise StoreError(f"cannot write {out}: no folder {out.parent}")
    if fmt == "gdelt":
        return write_gdelt(store.coded_articles(), out)
    context = EVENT_SCHEMA.get_field_index("context")
    written = 0
    with atomic_output(out) as partial:
        reader = store.event_batches()
        if fmt == "parquet":
            with pq.ParquetWriter(partial, EVENT_SCHEMA) as writer:
                for batch in reader:
                    writer.write_batch(batch.cast(EVENT_SCHEMA))
                    written += batch.num_rows
        else:
            schema = EVENT_SCHEMA.set(context, pa.field("context", pa.string()))
            with pacsv.CSVWriter(partial, schema) as writer:
                for batch in reader:
                    writer.write_batch(csv_batch(batch.cast(EVENT_SCHEMA)))
                    written += batch.num_rows
    return written
