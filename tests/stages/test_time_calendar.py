"""Calendar arithmetic behind relative time values."""

from __future__ import annotations

import datetime

from dyads.stages import time_calendar as cal
from dyads.stages.time_normalisers import shift_from

TUESDAY = datetime.date(2025, 8, 12)


def test_weekday_in_either_direction_includes_the_anchor() -> None:
    assert cal.weekday_in_direction(TUESDAY, 1, "past") == TUESDAY
    assert cal.weekday_in_direction(TUESDAY, 1, "future") == TUESDAY
    assert cal.weekday_in_direction(TUESDAY, 4, "past") == datetime.date(2025, 8, 8)
    assert cal.weekday_in_direction(TUESDAY, 4, "future") == datetime.date(2025, 8, 15)


def test_weekday_without_direction_takes_the_nearest() -> None:
    assert cal.weekday_in_direction(TUESDAY, 0, "unknown") == datetime.date(2025, 8, 11)
    assert cal.weekday_in_direction(TUESDAY, 3, "unknown") == datetime.date(2025, 8, 14)


def test_month_day_across_the_year_boundary() -> None:
    new_year = datetime.date(2025, 1, 2)
    assert cal.month_day_in_direction(new_year, 12, 30, "past") == datetime.date(2024, 12, 30)
    assert cal.month_day_in_direction(new_year, 12, 30, "unknown") == datetime.date(2024, 12, 30)
    assert cal.month_day_in_direction(new_year, 12, 30, "future") == datetime.date(2025, 12, 30)
    assert cal.month_day_in_direction(new_year, 2, 29, "past") == datetime.date(2024, 2, 29)


def test_month_in_direction() -> None:
    assert cal.month_in_direction(TUESDAY, 7, "past") == (2025, 7)
    assert cal.month_in_direction(TUESDAY, 9, "past") == (2024, 9)
    assert cal.month_in_direction(TUESDAY, 7, "future") == (2026, 7)
    assert cal.month_in_direction(datetime.date(2025, 1, 2), 12, "unknown") == (2024, 12)


def test_shift_month_and_weeks() -> None:
    assert cal.shift_month(2025, 1, -1) == (2024, 12)
    assert cal.shift_month(2025, 12, 1) == (2026, 1)
    assert cal.iso_week(TUESDAY) == "2025-W33"
    assert cal.iso_week(datetime.date(2025, 1, 2)) == "2025-W01"
    assert cal.iso_week(datetime.date(2024, 12, 30)) == "2025-W01"


def test_seasons_and_weekends() -> None:
    assert cal.season_in_direction(TUESDAY, "SU", -1) == 2024  # summer 2025 has not ended
    assert cal.season_in_direction(TUESDAY, "WI", -1) == 2024
    assert cal.season_in_direction(TUESDAY, "SP", 1) == 2026
    assert cal.weekend_in_direction(TUESDAY, "past") == "2025-W32-WE"
    assert cal.weekend_in_direction(TUESDAY, "future") == "2025-W33-WE"


def test_quarter_in_direction() -> None:
    january = datetime.date(2025, 1, 20)  # first quarter
    assert cal.quarter_in_direction(january, 4, "past") == 2024
    assert cal.quarter_in_direction(january, 4, "future") == 2025
    assert cal.quarter_in_direction(january, 4, "unknown") == 2024  # one back, three ahead
    assert cal.quarter_in_direction(january, 2, "unknown") == 2025
    assert cal.quarter_in_direction(january, 1, "past") == 2025
    assert cal.quarter_in_direction(january, 1, "future") == 2025


def test_shift_from_keeps_the_unit_granularity() -> None:
    assert shift_from(TUESDAY, "day", -2) == "2025-08-10"
    assert shift_from(TUESDAY, "week", 1) == "2025-W34"
    assert shift_from(TUESDAY, "month", -8) == "2024-12"
    assert shift_from(TUESDAY, "year", 1) == "2026"
    assert shift_from(TUESDAY, "hour", 1) is None
