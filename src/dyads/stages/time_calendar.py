"""Calendar arithmetic for TimeML values: pure functions on dates, no clock, no spaCy.

`Direction` says where a relative expression points from the anchor: "past" (on or before it),
"future" (after it) or "unknown" (the nearest occurrence, the past winning ties).
"""

from __future__ import annotations

import datetime
from typing import Literal

Direction = Literal["past", "future", "unknown"]

# TimeML season codes with the month each season starts in (northern hemisphere);
# winter belongs to the year of its December.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def iso_week(day: datetime.date) -> str:
    """TimeML week value, e.g. 2025-W33."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """The (year, month) `months` months after (negative: before) the given month."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def weekday_in_direction(
    anchor: datetime.date, weekday: int, direction: Direction
) -> datetime.date:
    """The weekday (0 = Monday) nearest the anchor in a direction.

    Both directions include the anchor itself: wire style names the day of publication by
    its weekday ("announced on Tuesday", "will meet later on Friday" in that day's news) and
    writes "next Friday" or the date for the same weekday a week on.
    """
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7
    if direction == "past":
        return anchor - datetime.timedelta(days=back)
    if direction == "future":
        return anchor + datetime.timedelta(days=forward)
    if back <= forward:
        return anchor - datetime.timedelta(days=back)
    return anchor + datetime.timedelta(days=forward)


def weekday_this_week(anchor: datetime.date, weekday: int) -> datetime.date:
    """The given weekday in the anchor's ISO week ("this Friday")."""
    return anchor + datetime.timedelta(days=weekday - anchor.weekday())


def weekend_in_direction(anchor: datetime.date, direction: Direction) -> str:
    """The TimeML value of the weekend a clause points to ("over the weekend" -> 2025-W32-WE).

    Past: the weekend under way or just gone; future: the coming one (or the one under way);
    unknown: the nearer of the two, Monday and Tuesday leaning back.
    """
    in_weekend = anchor.weekday() >= 5
    back = direction == "past" or (direction == "unknown" and anchor.weekday() <= 1)
    shift = 0 if in_weekend or not back else -1
    return f"{iso_week(anchor + datetime.timedelta(weeks=shift))}-WE"


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def month_day_in_direction(
    anchor: datetime.date, month: int, day: int, direction: Direction
) -> datetime.date | None:
    """The month-day nearest the anchor in a direction (the anchor day counts for both)."""
    options = [
        candidate
        for year in range(anchor.year - 4, anchor.year + 5)  # February 29 needs a leap year
        if (candidate := _safe_date(year, month, day)) is not None
    ]
    past = [candidate for candidate in options if candidate <= anchor]
    future = [candidate for candidate in options if candidate >= anchor]
    if direction == "past":
        return max(past) if past else None
    if direction == "future":
        return min(future) if future else None
    if not options:
        return None
    return min(options, key=lambda candidate: (abs((candidate - anchor).days), candidate > anchor))


def month_in_direction(anchor: datetime.date, month: int, direction: Direction) -> tuple[int, int]:
    """The (year, month) of a named month nearest the anchor's month in a direction."""
    if direction == "past":
        year = anchor.year if month <= anchor.month else anchor.year - 1
    elif direction == "future":
        year = anchor.year if month >= anchor.month else anchor.year + 1
    else:
        distance = month - anchor.month
        year = anchor.year
        if distance > 6:
            year -= 1
        elif distance < -6:
            year += 1
    return year, month


def season_in_direction(anchor: datetime.date, season: str, offset: int) -> int:
    """The year of a season: offset -1 the last one that ended before the anchor's month,
    +1 the next one that starts after it, 0 the one of the anchor's year."""
    start = SEASON_START[season]
    anchor_index = anchor.year * 12 + anchor.month - 1
    if offset == 0:
        if season == "WI" and anchor.month <= 2:
            return anchor.year - 1
        return anchor.year
    years = range(anchor.year - 2, anchor.year + 3)
    if offset < 0:
        return max(year for year in years if year * 12 + start - 1 + 2 < anchor_index)
    return min(year for year in years if year * 12 + start - 1 > anchor_index)


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def quarter_in_direction(anchor: datetime.date, quarter: int, direction: Direction) -> int:
    """The year of a named quarter: in the future, the next one not yet over; in the past, the
    latest one already begun ("the fourth quarter" reported in January is last year's); else
    the nearer of the two, the past winning ties."""
    current = quarter_of(anchor.month)
    ahead = anchor.year if quarter >= current else anchor.year + 1
    behind = anchor.year if quarter <= current else anchor.year - 1
    if direction == "future":
        return ahead
    if direction == "past":
        return behind
    distance_ahead = (ahead - anchor.year) * 4 + quarter - current
    distance_behind = (anchor.year - behind) * 4 + current - quarter
    return ahead if distance_ahead < distance_behind else behind
