"""Normalisers: each turns a time-expression match into a TimeML value and type.

A normaliser returns None when the match is not a time expression after all ("May" the modal,
"2000 troops"). Relative values are resolved against the context's anchor in the direction of
the clause's tense; without an anchor they keep X placeholders at their granularity.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from dyads.records import TimeType
from dyads.stages import time_calendar as cal
from dyads.stages.time_lexicon import (
    DATE_CUES,
    HOLIDAYS,
    PARTS_OF_DAY,
    SEASONS,
    SET_ADVERBS,
    UNITS,
    month_number,
    number_value,
    unit_key,
    weekday_number,
)


@dataclass(frozen=True)
class Timex:
    """A normalised value before it is tied to the text."""

    value: str
    type: TimeType
    # "the following day" counts from the last date the text named, not from the anchor.
    days_after_reference: int | None = None
    # "two days earlier" counts (unit, signed count) from the last full date named before it in
    # its sentence; those with `shift_in_text` ("the following week") from the last in the text.
    shift: tuple[str, int] | None = None
    # A bare weekday (0 = Monday) and whether its direction was guessed without a tense: a
    # guessed one takes the date a tensed mention of the same weekday gets.
    weekday: int | None = None
    guessed: bool = False
    shift_in_text: bool = False


class MatchContext(Protocol):
    """What a normaliser may ask about the place of a match in the document."""

    @property
    def anchor(self) -> datetime.date | None: ...

    def direction(self) -> cal.Direction:
        """Where the governing clause points: past, future or unknown."""
        ...

    def tenseless_direction(self) -> cal.Direction:
        """Where a clause without tense points: past in a headline or caption, else unknown."""
        ...

    def previous_word(self) -> str:
        """The lower-cased word just before the span ("" at the start)."""
        ...

    def tagged_as_date(self) -> bool:
        """Whether the statistical model also saw a DATE or TIME here."""
        ...

    def counts_things(self) -> bool:
        """Whether the span's number modifies a noun that is not a time unit ("2000 troops")."""
        ...

    def followed_by_plural(self) -> bool:
        """Whether a plural noun follows the span ("2000 homes")."""
        ...

    def modifies_noun(self) -> bool:
        """Whether the span is an adjective on a noun ("an earlier statement")."""
        ...


Normaliser = Callable[[re.Match[str], MatchContext], Timex | None]


def _group(match: re.Match[str], name: str) -> str | None:
    """A named group that not every pattern sharing a normaliser defines."""
    return match.groupdict().get(name)


# Without an anchor, two-digit years and decades are read as lying in the hundred years up to
# this one (a fixed year: the machine's clock is never read).
_NO_ANCHOR_YEAR = 2029


def _date(day: datetime.date) -> str:
    return day.isoformat()


def _unknown_day(month: int | None = None, day: int | None = None) -> str:
    month_text = f"{month:02d}" if month else "XX"
    day_text = f"{day:02d}" if day else "XX"
    return f"XXXX-{month_text}-{day_text}"


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


# --- absolute dates ---------------------------------------------------------------------------


def full_date(match: re.Match[str], _ctx: MatchContext) -> Timex | None:
    year, month, day = int(match["year"]), month_number(match["month"]), int(match["day"])
    if not _valid_day(year, month, day):
        return None
    return Timex(f"{year:04d}-{month:02d}-{day:02d}", "DATE")


def iso_date(match: re.Match[str], _ctx: MatchContext) -> Timex | None:
    year, month, day = int(match["year"]), int(match["mm"]), int(match["dd"])
    if not _valid_day(year, month, day):
        return None
    return Timex(f"{year:04d}-{month:02d}-{day:02d}", "DATE")


def numeric_date(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    """ "7/8/07", "25/12/2024": month first as in American usage, unless the first number
    cannot be a month; a two-digit year is the latest such year up to the anchor's."""
    first, second = int(match["first"]), int(match["second"])
    month, day = (second, first) if first > 12 else (first, second)
    year = int(match["yy"])
    if len(match["yy"]) == 2:
        year = _latest_year_ending(year, ctx)
    if not _valid_day(year, month, day):
        return None
    return Timex(f"{year:04d}-{month:02d}-{day:02d}", "DATE")


def _latest_year_ending(two_digits: int, ctx: MatchContext) -> int:
    """The latest year ending in two digits that is not after the anchor's year."""
    latest = ctx.anchor.year if ctx.anchor else _NO_ANCHOR_YEAR
    year = (latest // 100) * 100 + two_digits
    return year if year <= latest else year - 100


def month_day(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    month, day = month_number(match["month"]), int(match["day"])
    if not _valid_day(2024, month, day):  # 2024 is a leap year: allows February 29
        return None
    if ctx.anchor is None:
        return Timex(_unknown_day(month, day), "DATE")
    resolved = cal.month_day_in_direction(ctx.anchor, month, day, ctx.direction())
    return Timex(_date(resolved), "DATE") if resolved else None


def month_year(match: re.Match[str], _ctx: MatchContext) -> Timex | None:
    return Timex(cal.month_value(int(match["year"]), month_number(match["month"])), "DATE")


def month_relative(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    """ "last March" is the latest March before the anchor's month, "next July" the first July
    after it, "this June" the one of the anchor's year."""
    month = month_number(match["month"])
    modifier = " ".join(match["mod"].lower().split())
    if ctx.anchor is None:
        return Timex(f"XXXX-{month:02d}", "DATE")
    year = ctx.anchor.year
    if modifier in ("last", "past", "this past") and month >= ctx.anchor.month:
        year -= 1
    elif modifier in ("next", "coming", "this coming") and month <= ctx.anchor.month:
        year += 1
    return Timex(cal.month_value(year, month), "DATE")


def bare_month(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    has_modifier = match["x"] != match["month"]
    previous = ctx.previous_word()
    cue = previous in DATE_CUES
    # "May" is also a modal verb and a surname ("Perlongo and May said"): it needs a cue
    # word that cannot join two names.
    if match["month"] == "May" and not (has_modifier or (cue and previous not in _JOINERS)):
        return None
    if not (cue or has_modifier or ctx.tagged_as_date()):
        return None
    month = month_number(match["month"])
    if ctx.anchor is None:
        return Timex(f"XXXX-{month:02d}", "DATE")
    year, month = cal.month_in_direction(ctx.anchor, month, ctx.direction())
    return Timex(cal.month_value(year, month), "DATE")


_JOINERS = frozenset({"and", "or", "to"})


def bare_year(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    year = int(match["year"])
    previous = ctx.previous_word()
    if not 1800 <= year <= 2099 and not (1000 <= year < 1800 and previous in DATE_CUES):
        return None
    if match["x"] != match["year"]:  # "early 2024", "mid-2019"
        accepted = True
    elif previous in DATE_CUES:  # "in 2011", but not "in 2000 homes"
        accepted = not ctx.followed_by_plural()
    elif previous in _DETERMINERS:  # "the 2011 protests", "the country's 1994 genocide"
        accepted = ctx.tagged_as_date()
    else:
        accepted = ctx.tagged_as_date() and not (ctx.counts_things() or ctx.followed_by_plural())
    return Timex(f"{year:04d}", "DATE") if accepted else None


_DETERMINERS = frozenset({"the", "a", "an", "'s", "’s", "its", "their", "his", "her", "this"})


def decade(match: re.Match[str], _ctx: MatchContext) -> Timex | None:
    return Timex(match["decade"], "DATE")


def short_decade(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    """ "the 80s", "'90s": the latest such decade that began by the anchor's year."""
    start = _latest_year_ending(int(match["digit"]) * 10, ctx)
    return Timex(f"{start // 10:03d}", "DATE")


def short_year(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    """ "since '82": a year written with two digits needs a cue word before it."""
    if ctx.previous_word() not in DATE_CUES:
        return None
    return Timex(f"{_latest_year_ending(int(match['yy']), ctx):04d}", "DATE")


def century(match: re.Match[str], _ctx: MatchContext) -> Timex | None:
    """ "the 21st century" covers the years 20xx: TimeML writes it "20"."""
    return Timex(f"{int(match['ordinal']) - 1:02d}", "DATE")


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}
_YEAR_OFFSETS = {"last": -1, "previous": -1, "prior": -1, "next": 1}


def quarter(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    """ "the third quarter of 2009", "the first quarter of last year", "the fourth quarter"."""
    quarter = _QUARTERS.get(match["ord"].lower()) or int(match["ord"][0])
    if match["year"]:
        return Timex(f"{match['year']}-Q{quarter}", "DATE")
    if ctx.anchor is None:
        return Timex(f"XXXX-Q{quarter}", "DATE")
    if match["rel"]:
        year = ctx.anchor.year + _YEAR_OFFSETS.get(match["rel"].lower(), 0)
    else:
        year = cal.quarter_in_direction(ctx.anchor, quarter, ctx.direction())
    return Timex(f"{year:04d}-Q{quarter}", "DATE")


def half_year(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    """ "the first half of 2024" is 2024-H1; "the second half of the year" the anchor's year's."""
    half = 1 if match["ord"].lower() in ("first", "1st") else 2
    if match["year"]:
        return Timex(f"{match['year']}-H{half}", "DATE")
    if ctx.anchor is None:
        return Timex(f"XXXX-H{half}", "DATE")
    year = ctx.anchor.year + _YEAR_OFFSETS.get((match["rel"] or "").lower(), 0)
    return Timex(f"{year:04d}-H{half}", "DATE")


def fiscal_year(match: re.Match[str], _ctx: MatchContext) -> Timex | None:
    """ "fiscal 2026", "FY2026": TimeML's fiscal-year value."""
    return Timex(f"FY{match['year']}", "DATE")


def season(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    season = SEASONS[match["season"].lower()]
    modifier = (match["mod"] or "").lower()
    if match["year"]:
        return Timex(f"{match['year']}-{season}", "DATE")
    # "fall" and "spring" are common verbs and nouns: a season needs a modifier or a preposition
    # (not "to", "and" or "or", which come before verbs: "continued to fall").
    previous = ctx.previous_word()
    if modifier not in ("this", "last", "next") and (
        previous not in DATE_CUES or previous in _JOINERS
    ):
        return None
    if ctx.anchor is None:
        return Timex(f"XXXX-{season}", "DATE")
    offset = {"last": -1, "next": 1}.get(modifier, 0)
    return Timex(f"{cal.season_in_direction(ctx.anchor, season, offset)}-{season}", "DATE")


# --- relative dates ---------------------------------------------------------------------------


def _with_part(value: str, part: str | None) -> str:
    return f"{value}T{PARTS_OF_DAY[part.lower()]}" if part else value


def deictic_day(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    word = match["word"].lower()
    part = _group(match, "part") or ("night" if word in ("tonight", "overnight") else None)
    if word == "last":  # "last night"
        offset, part = -1, "night"
    elif word == "overnight" and ctx.anchor is not None and ctx.direction() == "past":
        offset = -1  # reported as done: the night that ended on the anchor day
    else:
        offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    if ctx.anchor is None:
        return Timex(_with_part(_unknown_day(), part), "TIME" if part else "DATE")
    day = ctx.anchor + datetime.timedelta(days=offset)
    return Timex(_with_part(_date(day), part), "TIME" if part else "DATE")


def _this_part(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    day = _date(ctx.anchor) if ctx.anchor else _unknown_day()
    return Timex(_with_part(day, match["part2"]), "TIME")


def deictic(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    """ "today", "tomorrow night", "this morning"."""
    return _this_part(match, ctx) if match["word2"] else deictic_day(match, ctx)


def weekday(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    """A weekday, resolved by its modifier or else by its clause's tense. "last Friday" and
    "next Friday" are the nearest Friday strictly before and after the anchor; "this Friday"
    follows the tense (in a clause without one, the anchor's week); "Friday week" is a week
    after the coming Friday."""
    weekday = weekday_number(match["wd"])
    modifier = " ".join((match["mod"] or "").lower().split())
    part = match["part"]
    kind: TimeType = "TIME" if part else "DATE"
    if ctx.anchor is None:
        return Timex(_with_part(f"XXXX-WXX-{weekday + 1}", part), kind)
    direction = ctx.direction()
    guessed = direction == "unknown"
    if guessed:
        direction = ctx.tenseless_direction()
    if _group(match, "week"):
        day = cal.weekday_in_direction(ctx.anchor, weekday, "future") + datetime.timedelta(7)
    elif modifier == "this":
        if direction == "unknown":
            day = cal.weekday_this_week(ctx.anchor, weekday)
        else:
            day = cal.weekday_in_direction(ctx.anchor, weekday, direction)
    elif modifier in ("last", "past", "this past"):
        day = cal.weekday_in_direction(ctx.anchor - datetime.timedelta(days=1), weekday, "past")
    elif modifier in ("next", "coming", "this coming"):
        day = cal.weekday_in_direction(ctx.anchor + datetime.timedelta(days=1), weekday, "future")
    else:
        day = cal.weekday_in_direction(ctx.anchor, weekday, direction)
        return Timex(_with_part(_date(day), part), kind, weekday=weekday, guessed=guessed)
    return Timex(_with_part(_date(day), part), kind)


def relative_unit(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    modifier = " ".join(match["mod"].lower().split())
    unit = match["unit"].lower()
    offset = 0
    if modifier in ("last", "the previous", "the prior", "this past"):
        offset = -1
    elif modifier in ("next", "the next", "the following", "the coming", "this coming"):
        offset = 1
    if unit == "day" and modifier in ("this", "last", "next", "this past", "this coming"):
        return None  # "this day", "last day": not a relative date
    narrative = offset if unit == "day" and modifier.startswith("the ") else None
    # "the following week" counts from the last date the text named, like "the following day".
    shift = (unit, offset) if offset and modifier.startswith("the ") and unit in _SHIFTED else None
    if ctx.anchor is None:
        return Timex(_UNKNOWN_UNIT.get(unit, "XXXX"), "DATE", narrative, shift, shift_in_text=True)
    if narrative is not None or shift is not None:
        value = _unit_value(ctx.anchor, unit, offset)
        return Timex(value, "DATE", narrative, shift, shift_in_text=True)
    if unit == "weekend" and modifier in ("this past", "this coming"):
        direction: cal.Direction = "past" if offset < 0 else "future"
        return Timex(cal.weekend_in_direction(ctx.anchor, direction), "DATE")
    return Timex(_unit_value(ctx.anchor, unit, offset), "DATE")


_SHIFTED = frozenset({"week", "month", "year"})
_UNKNOWN_UNIT = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
}


def _unit_value(anchor: datetime.date, unit: str, offset: int) -> str:
    """The value of the calendar unit holding the anchor, moved by `offset` units."""
    if unit == "day":
        return _date(anchor + datetime.timedelta(days=offset))
    if unit in ("week", "weekend"):
        week = cal.iso_week(anchor + datetime.timedelta(weeks=offset))
        return f"{week}-WE" if unit == "weekend" else week
    if unit == "month":
        return cal.month_value(*cal.shift_month(anchor.year, anchor.month, offset))
    if unit == "quarter":
        year, month = cal.shift_month(anchor.year, anchor.month, 3 * offset)
        return f"{year:04d}-Q{cal.quarter_of(month)}"
    if unit == "decade":
        return f"{anchor.year // 10 + offset:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + offset:02d}"
    return f"{anchor.year + offset:04d}"


def part_of_unit(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    """ "the end of the year" is this year; "the weekend" the one the clause's tense points to."""
    if match["weekend"]:
        if ctx.anchor is None:
            return Timex("XXXX-WXX-WE", "DATE")
        return Timex(cal.weekend_in_direction(ctx.anchor, ctx.direction()), "DATE")
    unit = match["unit"].lower()
    if ctx.anchor is None:
        return Timex(_UNKNOWN_UNIT.get(unit, "XXXX"), "DATE")
    return Timex(_unit_value(ctx.anchor, unit, 0), "DATE")


_DAY_CUES = frozenset({"on", "for", "during", "throughout", "in", "through", "all"})


def the_day(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    """ "for the day", "late in the day", "ended the day": the day the text is telling of, that
    is the last day it named (else the anchor, the day of the report)."""
    if match["rel"]:  # "the day before", "the day after": from the day last named
        offset = -1 if match["rel"].lower() == "before" else 1
        if ctx.anchor is None:
            return Timex(_unknown_day(), "DATE", offset)
        return Timex(_date(ctx.anchor + datetime.timedelta(days=offset)), "DATE", offset)
    prefixed = not match["x"].lower().startswith("the day")  # "late in", "the end of"
    if not (prefixed or ctx.previous_word() in _DAY_CUES or ctx.tagged_as_date()):
        return None
    return Timex(_date(ctx.anchor) if ctx.anchor else _unknown_day(), "DATE", 0)


def holiday(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    month, day = HOLIDAYS[" ".join(match["holiday"].lower().replace("’", "'").split())]
    if ctx.anchor is None:
        return Timex(_unknown_day(month, day), "DATE")
    resolved = cal.month_day_in_direction(ctx.anchor, month, day, ctx.direction())
    return Timex(_date(resolved), "DATE") if resolved else None


def ago(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    """ "two days ago" counts back from the anchor; "two days earlier" and "two days later"
    count from a date named before them in their sentence (see `Timex.shift`). Without one,
    "earlier" counts from the anchor, and "later", which tells of a time after some untold
    one, is a duration."""
    count = number_value(match["num"])
    unit = unit_key(match["unit"])
    word = match["word"].lower()
    if count is None or isinstance(count, float) or unit not in _UNKNOWN_SHIFT:
        # Vague counts and clock units: "days ago" is past; "hours later" is left to durations.
        return None if word == "later" else Timex("PAST_REF", "DATE")
    if word == "later":
        return Timex(_duration_value(count, unit), "DURATION", shift=(unit, count))
    shift = None if word == "ago" else (unit, -count)
    if ctx.anchor is None:
        return Timex("PAST_REF", "DATE", shift=shift)
    return Timex(shift_from(ctx.anchor, unit, -count) or "PAST_REF", "DATE", shift=shift)


_UNKNOWN_SHIFT = {
    "day": "XXXX-XX-XX",
    "night": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "month": "XXXX-XX",
    "year": "XXXX",
    "decade": "XXX",
}


def shift_from(base: datetime.date, unit: str, count: int) -> str | None:
    """The value of the unit `count` units after (negative: before) `base`, at the unit's
    granularity: days give a date, weeks a week, months a month; None for clock units."""
    if unit in ("day", "night"):
        return _date(base + datetime.timedelta(days=count))
    if unit == "week":
        return cal.iso_week(base + datetime.timedelta(weeks=count))
    if unit == "month":
        return cal.month_value(*cal.shift_month(base.year, base.month, count))
    if unit == "year":
        return f"{base.year + count:04d}"
    if unit == "decade":
        return f"{base.year // 10 + count:03d}"
    return None


# --- durations, sets, references, clock times -------------------------------------------------


def _duration_value(count: int | float | None, unit: str) -> str:
    letter, is_clock = UNITS[unit]
    if unit in _YEARS_IN:  # ISO 8601 has no decades or centuries: count them in years
        letter = "Y"
        count = None if count is None else count * _YEARS_IN[unit]
    amount = "X" if count is None else f"{count:g}"
    return f"PT{amount}{letter}" if is_clock else f"P{amount}{letter}"


_YEARS_IN = {"decade": 10, "century": 100}


def duration(match: re.Match[str], _ctx: MatchContext) -> Timex | None:
    article = (match["num"] or "").lower() in ("a", "an")
    if article and unit_key(match["unit"]) == "second":
        return None  # "a second deployment": the ordinal, not a duration
    if article and match["unit"].lower().endswith("s"):
        return None  # "a decades-long dispute": the article belongs to the noun
    count = number_value(match["num"]) if match["num"] else 1
    return Timex(_duration_value(count, unit_key(match["unit"])), "DURATION")


# Half a unit, in the next smaller unit where it comes out whole.
_HALVES = {"minute": "PT30S", "hour": "PT30M", "day": "PT12H", "year": "P6M"}


def half_duration(match: re.Match[str], _ctx: MatchContext) -> Timex | None:
    """ "half an hour" is PT30M, "a year and a half" P1.5Y."""
    if match["unit"]:
        unit = unit_key(match["unit"])
        return Timex(_HALVES.get(unit) or _duration_value(0.5, unit), "DURATION")
    return Timex(_duration_value(1.5, unit_key(match["unit2"])), "DURATION")


def vague_duration(match: re.Match[str], _ctx: MatchContext) -> Timex | None:
    """ "for months", "over the years", "decades-long": an unknown count of the unit."""
    unit = match["unit"] or _group(match, "unit2") or _group(match, "unit3") or ""
    return Timex(_duration_value(None, unit_key(unit)), "DURATION")


def set_every(match: re.Match[str], _ctx: MatchContext) -> Timex | None:
    if match["wd"]:
        return Timex(f"XXXX-WXX-{weekday_number(match['wd']) + 1}", "SET")
    if match["part"]:
        return Timex(_with_part("XXXX-XX-XX", match["part"]), "SET")
    count = number_value(match["num"]) if match["num"] else 1
    if match["other"]:
        count = 2
    return Timex(_duration_value(count, unit_key(match["unit"])), "SET")


def set_frequency(match: re.Match[str], _ctx: MatchContext) -> Timex | None:
    return Timex(_duration_value(1, unit_key(match["unit"])), "SET")


def set_adverb(match: re.Match[str], _ctx: MatchContext) -> Timex | None:
    return Timex(SET_ADVERBS[match["x"].lower()], "SET")


def set_weekdays(match: re.Match[str], _ctx: MatchContext) -> Timex | None:
    return Timex(f"XXXX-WXX-{weekday_number(match['wd']) + 1}", "SET")


def reference(value: str) -> Normaliser:
    def normalise(_match: re.Match[str], ctx: MatchContext) -> Timex | None:
        return None if ctx.modifies_noun() else Timex(value, "DATE")

    return normalise


def clock(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    word = (match["word"] or "").lower()
    if word in ("noon", "midday"):
        hour, minute = 12, 0
    elif word == "midnight":
        hour, minute = 0, 0
    else:
        hour = int(match["h"] or match["h2"] or match["h3"])
        minute = int(match["m"] or match["m2"] or match["m3"] or 0)
        meridiem = (match["ap"] or match["ap2"] or "").lower()[:1]
        if meridiem == "p" and hour < 12:
            hour += 12
        elif meridiem == "a" and hour == 12:
            hour = 0
    day = _date(ctx.anchor) if ctx.anchor else _unknown_day()
    zone = "Z" if match["zone"] or match["zone3"] else ""  # UTC (and GMT) is TimeML's "Z"
    return Timex(f"{day}T{hour:02d}:{minute:02d}{zone}", "TIME")


def part_of_day(match: re.Match[str], ctx: MatchContext) -> Timex | None:
    day = _date(ctx.anchor) if ctx.anchor else _unknown_day()
    return Timex(_with_part(day, match["part"]), "TIME")
