"""The article's own date, read from its text when no metadata gives one.

Rule, in order:
1. A dateline at the start of one of the first lines ("MOSCOW, Aug 12 (Reuters) -",
   "August 12, 2025 -"), or one of those lines holding nothing but a full date (as under a
   headline: "June 13, 2005"). A dateline without a year takes the latest year the text
   mentions (or the year after it, when only that one agrees with a weekday the text
   mentions); with no year in the text it gives nothing.
2. Dated text: every full date (day, month and year) not in a future-tense clause. When the
   text mentions weekdays outside future clauses and without "last"/"next" ("the Kremlin
   announced on Tuesday"), news is taken to be dated on such a weekday: the latest full date
   falling on one of them wins, and when none does the date is unknown. Without weekday
   mentions, the latest full date wins.
3. Otherwise nothing. The machine's clock is never used.
"""

from __future__ import annotations

import datetime
import re

from spacy.tokens import Doc

from dyads.records import DateSource
from dyads.stages.doc_utils import text_of
from dyads.stages.time_lexicon import MONTH_RE, WEEKDAY_RE, month_number, weekday_number
from dyads.stages.time_patterns import PATTERNS
from dyads.stages.time_tense import clause_direction

_DATELINE_LINES = 3
_DATE_TEXT = (
    r"(?:(?:" + WEEKDAY_RE + r"),?\s+)?(?:(?P<month>" + MONTH_RE + r")\s+(?P<day>\d{1,2})"
    r"(?:st|nd|rd|th)?|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>" + MONTH_RE + r"))"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
)
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z.'’ -]{0,40}(?:,\s*[A-Z][A-Za-z.' ]{0,30})?,\s*)?"
    + _DATE_TEXT
    + r"\s*(?:\([^()\n]{1,40}\)\s*)?[-–—:]"
)
_DATE_LINE = re.compile(r"^\s*" + _DATE_TEXT + r"\s*$")  # with a year: checked below
_YEAR_MENTION = re.compile(r"(?<![\w$.,-])((?:19|20)\d\d)(?![\w%,.-]\d?)")
_FULL_DATE_PATTERNS = frozenset({"month_day_year", "day_month_year", "iso_date"})


def infer_article_date(
    doc: Doc, title: str | None = None
) -> tuple[datetime.date | None, DateSource | None]:
    """The article's date and where it came from, or (None, None).

    `title` is accepted for readers that keep the headline apart; headlines carry no dateline,
    so it is not read.
    """
    text = text_of(doc)
    weekdays = _weekday_mentions(doc, text)
    dated = _dateline_date(text, weekdays)
    if dated is not None:
        return dated, "dateline"
    dates = _full_dates(doc, text)
    if weekdays:
        dates = [day for day in dates if day.weekday() in weekdays]
    if dates:
        return max(dates), "text"
    return None, None


def _dateline_date(text: str, weekdays: set[int]) -> datetime.date | None:
    lines = [line for line in text.splitlines() if line.strip()][:_DATELINE_LINES]
    for line in lines:
        match = _DATELINE.match(line)
        if match is None:
            match = _DATE_LINE.match(line)
            if match is None or not match["year"]:
                continue
        month = month_number(match["month"] or match["month2"])
        day = int(match["day"] or match["day2"])
        if match["year"]:
            return _safe_date(int(match["year"]), month, day)
        return _yearless(text, month, day, weekdays)
    return None


def _yearless(text: str, month: int, day: int, weekdays: set[int]) -> datetime.date | None:
    years = [int(found) for found in _YEAR_MENTION.findall(text)]
    if not years:
        return None
    latest = max(years)
    options = [option for year in (latest, latest + 1) if (option := _safe_date(year, month, day))]
    agreeing = [option for option in options if option.weekday() in weekdays]
    if agreeing:
        return agreeing[0]
    return options[0] if options else None


def _full_dates(doc: Doc, text: str) -> list[datetime.date]:
    dates: list[datetime.date] = []
    for pattern in PATTERNS:
        if pattern.name not in _FULL_DATE_PATTERNS:
            continue
        for match in pattern.regex.finditer(text):
            tokens = doc.char_span(*match.span("x"), alignment_mode="expand")
            if tokens is None or clause_direction(tokens.root) == "future":
                continue
            if pattern.name == "iso_date":
                day = _safe_date(int(match["year"]), int(match["mm"]), int(match["dd"]))
            else:
                month = month_number(match["month"])
                day = _safe_date(int(match["year"]), month, int(match["day"]))
            if day is not None:
                dates.append(day)
    return dates


def _weekday_mentions(doc: Doc, text: str) -> set[int]:
    """Weekdays named on their own ("on Tuesday"), outside future clauses."""
    weekdays: set[int] = set()
    for pattern in PATTERNS:
        if pattern.name != "weekday":
            continue
        for match in pattern.regex.finditer(text):
            if match["mod"] or _FOLLOWED_BY_DATE.match(text, match.end("wd")):
                continue
            tokens = doc.char_span(*match.span("x"), alignment_mode="expand")
            if tokens is None or clause_direction(tokens.root) == "future":
                continue
            weekdays.add(weekday_number(match["wd"]))
    return weekdays


# A weekday opening a written date ("Tuesday, August 12") says nothing of its own.
_FOLLOWED_BY_DATE = re.compile(r",?\s+(?:" + MONTH_RE + r"|\d)")


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None
