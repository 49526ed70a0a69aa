"""The quote benchmark (benchmarks/quotes_dev.py): textacy's recorded rows outlive a run
without textacy's venv."""

from __future__ import annotations

from pathlib import Path

from .gold_files import load_benchmark


def test_textacy_rows_last_recorded_are_kept(tmp_path: Path) -> None:
    quotes = load_benchmark("quotes_dev")
    report = tmp_path / "BENCHMARKS.md"
    report.write_text(
        "| dyads | dev | 1.00 |\n"
        "| textacy 0.13 | dev | 0.90 | measured 2026-01-01 |\n"
        "| textacy 0.13 | heldout | 0.80 | measured 2026-01-01 |\n",
        encoding="utf-8",
    )
    assert quotes.recorded_textacy_row("heldout", report) == (
        "| textacy 0.13 | heldout | 0.80 | measured 2026-01-01 |"
    )
    assert quotes.recorded_textacy_row("dev", tmp_path / "missing.md") is None
