"""Metadata dates in the forms publishers write them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dyads.ingest.dates import parse_date


@pytest.mark.parametrize(
    "value",
    [
        "2025-08-12",
        "2025-8-12",
        "2025-08-12T10:00:00Z",
        "2025-08-12T23:30:00-05:00",
        "2025-08-12T10:00:00.123456789+03:00",
        "2025-08-12 10:00",
        "2025/08/12",
        "20250812",
        "August 12, 2025",
        "Aug. 12, 2025 at 3:15 pm EDT",
        "12 Aug 2025",
        "12th August 2025",
        "Tuesday, August 12, 2025",
        "Tue, 12 Aug 2025 10:00:00 GMT",
        "12 AUGUST 2025",
        "  August   12,  2025 ",
    ],
)
def test_common_forms_give_the_calendar_date(value: str) -> None:
    assert parse_date(value) == "2025-08-12"


def test_the_date_is_kept_in_the_publishers_time_zone() -> None:
    # 23:30 in New York is already the 13th in UTC; readers saw the 12th.
    assert parse_date("2025-08-12T23:30:00-05:00") == "2025-08-12"


def test_numeric_day_month_orders_pass_only_when_unambiguous() -> None:
    assert parse_date("25/08/2025") == "2025-08-25"
    assert parse_date("08/25/2025") == "2025-08-25"
    assert parse_date("03/04/2025") is None


@pytest.mark.parametrize(
    "value", ["yesterday", "2025-02-30", "2025-08", "2025", "Smarch 3, 2025", "", "12 Aug"]
)
def test_anything_else_is_not_a_date(value: str) -> None:
    assert parse_date(value) is None


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31)))
def test_every_calendar_date_round_trips_in_several_forms(day: dt.date) -> None:
    expected = day.isoformat()
    for form in ("%Y-%m-%d", "%B %d, %Y", "%d %b %Y", "%a, %d %b %Y 12:00:00 GMT", "%Y/%m/%d"):
        assert parse_date(day.strftime(form)) == expected
