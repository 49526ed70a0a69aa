from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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
