from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dyads.records import CodedArticle
from dyads.store import EVENT_SCHEMA, GDELT_COLUMNS, StoreError, export, open_store


@pytest.fixture
def filled(db_path: Path, make_coded: Callable[..., CodedArticle]) -> Path:
    with open_store(db_path) as store:
        store.upsert([make_coded("a2"), make_coded("a1")])
    return db_path


def test_parquet_export_has_the_event_schema(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    with open_store(filled, read_only=True) as store:
        assert export(store, "parquet", out) == 6
    table = pq.read_table(out)
    assert table.schema == EVENT_SCHEMA
    assert table.column("article_id").to_pylist() == ["a1"] * 3 + ["a2"] * 3


def test_csv_export_joins_context(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    with open_store(filled, read_only=True) as store:
        assert export(store, "csv", out) == 6
    with out.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == EVENT_SCHEMA.names
    assert rows[0]["context"] == "military;diplomatic"
    assert rows[0]["actor_code"] == "RUS" and rows[0]["location_country"] == ""


def test_gdelt_export(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    with open_store(filled, read_only=True) as store:
        assert export(store, "gdelt", out) == 6
    lines = out.read_text().splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS)
    assert len(lines) == 7


@pytest.mark.parametrize("fmt", ["parquet", "csv", "gdelt"])
def test_empty_store_exports_a_header_only(db_path: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    with open_store(db_path) as store:
        assert export(store, fmt, out) == 0
    assert out.is_file()
    if fmt == "parquet":
        assert pq.read_table(out).schema == EVENT_SCHEMA


def test_unknown_format_and_missing_folder(db_path: Path, tmp_path: Path) -> None:
    with open_store(db_path) as store:
        with pytest.raises(StoreError, match="unknown export format"):
            export(store, "xml", tmp_path / "x.xml")
        with pytest.raises(StoreError, match="no folder"):
            export(store, "csv", tmp_path / "absent" / "x.csv")
