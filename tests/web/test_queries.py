"""Aggregate queries for the dyad pages, on the sample store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dyads.web.queries import dyad_counts, next_period, pair_events, partners, period_label
from dyads.web.store_access import StoreAccess


def test_pair_events_come_in_both_directions(sample_store: Path) -> None:
    with StoreAccess(sample_store).connection() as con:
        rows, total = pair_events(con, "prk", "rus", limit=10)
    assert total == 2
    assert [(row["actor_code"], row["recipient_code"]) for row in rows] == [
        ("PRK", "RUS"),
        ("RUS", "PRK"),
    ]
    assert rows[0]["evidence"].startswith("North Korea pledged")


def test_partners_are_the_other_codes_of_either_side(sample_store: Path) -> None:
    with StoreAccess(sample_store).connection() as con:
        found = partners(con, "RUS", "PRK")
    assert {(p.side, p.code, p.count) for p in found} == {("RUS", "USA", 1), ("RUS", "CHN", 1)}


def test_the_period_name_is_checked(sample_store: Path) -> None:
    with StoreAccess(sample_store).connection() as con, pytest.raises(ValueError):
        dyad_counts(con, "RUS", "PRK", "year")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("day", "by", "label", "following"),
    [
        ("2025-12-01", "month", "2025-12", "2026-01-01"),
        ("2024-12-30", "week", "2025-W01", "2025-01-06"),
        ("2025-02-28", "day", "2025-02-28", "2025-03-01"),
    ],
)
def test_period_labels_and_steps(day: str, by: str, label: str, following: str) -> None:
    start = dt.date.fromisoformat(day)
    assert period_label(start, by) == label  # type: ignore[arg-type]
    assert next_period(start, by).isoformat() == following  # type: ignore[arg-type]
