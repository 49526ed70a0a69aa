"""Shared by the tests of the real-news event scorers: loading a benchmark script as a module,
and writing small gold files in their format."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
# The gold files' columns, restated here (not imported) as a check of the file format.
HEADER = "\t".join(
    (
        "article",
        "start",
        "end",
        "sha1",
        "date",
        "type",
        "source",
        "source_sectors",
        "target",
        "target_sectors",
    )
)


def load_benchmark(name: str) -> ModuleType:
    """A script of `benchmarks/` imported as a module (the folder is on the path only meanwhile)."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(BENCHMARKS))


def gold_file(tmp_path: Path, *rows: str) -> Path:
    """A gold file with a comment line, the column header and `rows`."""
    path = tmp_path / "gold.tsv"
    path.write_text("# a comment\n" + "\n".join((HEADER, *rows)) + "\n", encoding="utf-8")
    return path
