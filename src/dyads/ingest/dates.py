"""Publication dates given as metadata, normalised to `YYYY-MM-DD`.

Accepted forms: ISO dates and datetimes ("2025-08-12", "2025-08-12T10:00:00Z",
"2025-08-12 10:00:00+03:00"), "2025/08/12", "20250812", month names in either order with an
optional weekday and time ("August 12, 2025", "Tue, 12 Aug 2025 10:00:00 GMT", "12th Aug. 2025"),
and day/month/year numbers when the order is unambiguous ("25/08/2025"). The date is taken as
written, in the publisher's own time zone: converting to UTC could move an article to the day
before or after the one its readers saw.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

_MONTH = r"(?P<month>[a-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
# A time of day and zone after the date: "10:00", "T10:00:00.123Z", "at 3:15 pm EDT", "+0300".
_TIME = r"(?:(?:[T\s]|,\s*|\s+at\s+)\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?\s*(?:[ap]\.?m\.?)?\s*\S*)?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"

_PATTERNS = tuple(
    re.compile(rf"^{_WEEKDAY}{body}{_TIME}$", re.IGNORECASE)
    for body in (
        rf"{_YEAR}-(?P<nmonth>\d{{1,2}})-{_DAY}",
        rf"{_YEAR}/(?P<nmonth>\d{{1,2}})/{_DAY}",
        rf"{_YEAR}(?P<nmonth>\d{{2}})(?P<day>\d{{2}})",
        rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",
        rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}",
    )
)
_NUMERIC = re.compile(rf"^(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.]{_YEAR}{_TIME}$")


def parse_date(value: str) -> str | None:
    """The date as `YYYY-MM-DD`, or None when it is not a full calendar date."""
    value = " ".join(value.split())
    for pattern in _PATTERNS:
        match = pattern.match(value)
        if match:
            groups = match.groupdict()
            month = _month_number(groups.get("month"), groups.get("nmonth"))
            return _iso(int(match["year"]), month, int(match["day"]))
    match = _NUMERIC.match(value)
    if match:
        first, second = int(match["a"]), int(match["b"])
        # 03/04/2025 is March 4 in the US and 3 April elsewhere: only unambiguous orders pass.
        if first > 12 >= second:
            return _iso(int(match["year"]), second, first)
        if second > 12 >= first:
            return _iso(int(match["year"]), first, second)
    return None


def _month_number(name: str | None, number: str | None) -> int | None:
    if number is not None:
        return int(number)
    return _MONTHS.get((name or "").lower())


def _iso(year: int, month: int | None, day: int) -> str | None:
    if month is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
