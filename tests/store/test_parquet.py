from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from dyads.records import CodedArticle
from dyads.store import EVENT_SCHEMA, write_events_parquet


def test_events_parquet_reads_back_with_expected_columns(
    tmp_path: Path, make_coded: Callable[..., CodedArticle]
) -> None:
    out = tmp_path / "events.parquet"
    assert write_events_parquet([make_coded("a1"), make_coded("a2")], out) == 6
    table = pq.read_table(out)
    assert table.schema == EVENT_SCHEMA
    for column in ("article_id", "actor_code", "actor_sector", "location_country", "span_start"):
        assert column in table.column_names
    rows = table.to_pylist()
    assert [row["article_id"] for row in rows] == ["a1"] * 3 + ["a2"] * 3
    assert rows[0]["context"] == ["military", "diplomatic"]
    assert rows[1]["location_lat"] == 61.21806


def test_zero_events_still_write_typed_columns(tmp_path: Path, coded: CodedArticle) -> None:
    out = tmp_path / "none.parquet"
    assert write_events_parquet([CodedArticle(article=coded.article)], out) == 0
    table = pq.read_table(out)
    assert table.num_rows == 0
    assert table.schema == EVENT_SCHEMA


def test_a_failed_write_leaves_no_file(tmp_path: Path, coded: CodedArticle) -> None:
    out = tmp_path / "broken.parquet"

    def articles() -> object:
        yield coded
        raise RuntimeError("input broke")

    with pytest.raises(RuntimeError, match="input broke"):
        write_events_parquet(articles(), out)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_parts_of_two_vintages_read_together_by_column_name(
    tmp_path: Path, make_coded: Callable[..., CodedArticle]
) -> None:
    """The reading docs/cli.md gives for a batch dataset whose older parts lack newer columns."""
    newer = ("status_spans", "date_span_start", "date_span_end")
    assert EVENT_SCHEMA.names[-3:] == list(newer)  # new columns come last
    write_events_parquet([make_coded("a2")], tmp_path / "part-00001.parquet")
    older = pq.read_table(tmp_path / "part-00001.parquet").drop_columns(list(newer))
    pq.write_table(older.replace_schema_metadata(None), tmp_path / "part-00000.parquet")
    table = ds.dataset(tmp_path, schema=EVENT_SCHEMA).to_table()
    rows = sorted(table.to_pylist(), key=lambda row: (row["status_spans"] is None, row["id"]))
    assert table.schema == EVENT_SCHEMA and len(rows) == 6
    assert [row["date_span_start"] is None for row in rows] == [False, False, True] + [True] * 3
    assert all(row["status_spans"] is None for row in rows[3:])  # the older part: null
