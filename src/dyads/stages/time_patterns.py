"""Time-expression patterns: one compiled regular expression per kind, each with its normaliser.

A pattern's span is its `x` group when it has one, so a preposition the pattern needs as
context ("in the coming weeks") stays outside the span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from dyads.stages import time_normalisers as norm
from dyads.stages.time_lexicon import (
    MONTH_RE,
    NUMBER_RE,
    SET_ADVERBS,
    UNIT_RE,
    WEEKDAY_RE,
)
from dyads.stages.time_normalisers import Normaliser

_UPPER_ESCAPE = re.compile(r"\\[A-Z]")  # \S, \W, \D ... would change meaning in lower case


@dataclass(frozen=True)
class Pattern:
    """One kind of time expression: its name, its regular expression and its normaliser."""

    name: str
    regex: re.Pattern[str]
    normalise: Normaliser
    # Lower-case strings one of which the text must contain before the regex is run at all:
    # a cheap filter, since most articles hold only a few kinds of time expression.
    hints: tuple[str, ...] = ()
    # A wholly case-insensitive regex, rewritten to run on the lower-cased text: matching
    # without IGNORECASE is two to three times faster.
    _folded: re.Pattern[str] | None = field(init=False, default=None, repr=False)

    def __post_init__(self) -> None:
        source = self.regex.pattern
        if source.startswith("(?i:") and source.endswith(")") and not _UPPER_ESCAPE.search(source):
            folded = source[4:-1].lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")
            object.__setattr__(self, "_folded", re.compile(folded))

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """Matches in `text` that do not run across a line break (a headline and the dateline
        under it are two expressions); `lowered` is `text.lower()`, searched instead when that
        keeps the offsets."""
        if self.hints and not any(hint in lowered for hint in self.hints):
            return
        regex, subject = self.regex, text
        if self._folded is not None and len(lowered) == len(text):
            regex, subject = self._folded, lowered
        position = 0
        while (match := regex.search(subject, position)) is not None:
            start, end = match.span()
            newline = subject.find("\n", start, end)
            if newline >= 0:  # try again from the next line
                position = newline + 1
                continue
            yield match
            position = end if end > start else end + 1


_WD_PREFIX = r"(?:(?:" + WEEKDAY_RE + r"),?\s+)?"
_DAY = r"(?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[0-9]{3}|20[0-9]{2}|21[0-9]{2})"
_MONTH = r"(?P<month>" + MONTH_RE + r")"
# "early August", "mid-2024", "the end of July": the value is that of the month or year.
_MODIFIER = r"(?:(?i:early|mid|late)[- ]|(?i:the\s+(?:end|beginning|start|middle)\s+of)\s+)?"
_NUM = r"(?P<num>" + NUMBER_RE + r")"
_NUM_HALF = r"(?P<num>(?:" + NUMBER_RE + r")(?:\s+and\s+a\s+half)?)"  # "two and a half years"
_UNIT = r"(?P<unit>" + UNIT_RE + r")"
_PART = r"(?P<part>morning|afternoon|evening|night)"


def _compile(regex: str) -> re.Pattern[str]:
    return re.compile(regex)


_MONTH_HINTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY_HINTS = ("day",)

_I = r"(?i:"  # case-insensitive group opener for words that may start a sentence

PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        "month_day_year",
        _compile(
            r"\b(?P<x>" + _WD_PREFIX + _MONTH + r"\s+" + _DAY + r"(?:,\s*|\s+)" + _YEAR + r")\b"
        ),
        norm.full_date,
        hints=_MONTH_HINTS,
    ),
    Pattern(
        "day_month_year",
        _compile(
            r"\b(?P<x>"
            + _WD_PREFIX
            + r"(?:the\s+)?"
            + _DAY
            + r"(?:\s+of)?\s+"
            + _MONTH
            + r",?\s+"
            + _YEAR
            + r")\b"
        ),
        norm.full_date,
        hints=_MONTH_HINTS,
    ),
    Pattern(
        "iso_date",
        _compile(r"(?<![\d-])(?P<x>" + _YEAR + r"-(?P<mm>0[1-9]|1[0-2])-(?P<dd>[0-3]\d))(?![\d-])"),
        norm.iso_date,
        hints=("-",),
    ),
    Pattern(
        "numeric_date",
        _compile(
            r"(?<![\w/.-])(?P<x>(?P<first>[0-3]?[0-9])/(?P<second>[0-3]?[0-9])/"
            r"(?P<yy>[0-9]{4}|[0-9]{2}))(?![\w/-]|[.,]\d)"
        ),
        norm.numeric_date,
        hints=("/",),
    ),
    Pattern(
        "month_day",
        _compile(r"\b(?P<x>" + _WD_PREFIX + _MODIFIER + _MONTH + r"\s+" + _DAY + r")\b(?!:)"),
        norm.month_day,
        hints=_MONTH_HINTS,
    ),
    Pattern(
        "day_month",
        _compile(
            r"\b(?P<x>"
            + _WD_PREFIX
            + r"(?:the\s+)?"
            + _DAY
            + r"(?:\s+of)?\s+"
            + _MONTH
            + r")(?!\s*\d)"
        ),
        norm.month_day,
        hints=_MONTH_HINTS,
    ),
    Pattern(
        "month_year",
        _compile(r"\b(?P<x>" + _MODIFIER + _MONTH + r",?\s+(?:of\s+)?" + _YEAR + r")\b"),
        norm.month_year,
        hints=_MONTH_HINTS,
    ),
    Pattern(
        "month_relative",
        _compile(
            r"\b(?P<x>(?P<mod>(?i:this\s+coming|this\s+past|last|next|this|coming|past))\s+"
            r"(?P<month>January|February|March|April|May|June|July|August|September|October"
            r"|November|December))\b(?!\s*\d)"
        ),
        norm.month_relative,
        hints=_MONTH_HINTS,
    ),
    Pattern(
        "month",
        _compile(
            r"\b(?P<x>"
            + _MODIFIER
            + r"(?P<month>January|February|March|April|May|June|July|August|September|October"
            r"|November|December))\b(?!\s*\d)"
        ),
        norm.bare_month,
        hints=_MONTH_HINTS,
    ),
    Pattern(
        "year",
        _compile(
            r"(?<![\w$£€#./:-])(?P<x>"
            + _MODIFIER
            + r"(?P<year>1[0-9]{3}|20[0-9]{2}))(?![\w%/:-]|[.,]\d)"
        ),
        norm.bare_year,
    ),
    Pattern(
        "decade",
        _compile(r"\b(?P<x>(?:the\s+)?" + _MODIFIER + r"(?P<decade>1[0-9]{2}|20[0-9])0s)\b"),
        norm.decade,
        hints=("0s",),
    ),
    Pattern(
        "short_decade",
        _compile(r"(?<![\w'’])(?P<x>(?:the\s+)?['’]?(?P<digit>[0-9])0s)\b"),
        norm.short_decade,
        hints=("0s",),
    ),
    Pattern(
        "short_year",
        _compile(r"(?<![\w'’])(?P<x>['’](?P<yy>[0-9]{2}))\b(?!['’]|\s*%)"),
        norm.short_year,
        hints=("'", "’"),
    ),
    Pattern(
        "century",
        _compile(r"\b(?P<x>(?:the\s+)?(?P<ordinal>[1-9]|1[0-9]|2[01])(?:st|nd|rd|th)\s+century)\b"),
        norm.century,
        hints=("century",),
    ),
    Pattern(
        "quarter",
        _compile(
            _I + r"\b(?P<x>(?:the\s+)?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)"
            r"[\s-]+quarter(?:\s+of\s+(?:" + _YEAR + r"|(?:the\s+)?(?P<rel>this|last|next"
            r"|previous|current|same|prior)\s+year))?)\b)"
        ),
        norm.quarter,
        hints=("quarter",),
    ),
    Pattern(
        "half_year",
        _compile(
            _I
            + r"\b(?P<x>(?:the\s+)?(?P<ord>first|second|1st|2nd)\s+half\s+of\s+(?:"
            + _YEAR
            + r"|(?:the\s+)?(?:(?P<rel>this|last|next|previous|current|same|prior)\s+)?year))\b)"
        ),
        norm.half_year,
        hints=("half",),
    ),
    Pattern(
        "fiscal_year",
        _compile(
            r"\b(?P<x>(?:(?i:fiscal)(?:\s+(?i:year))?\s+|FY\s?)(?P<year>(?:19|20)[0-9]{2}))\b"
        ),
        norm.fiscal_year,
        hints=("fiscal", "fy"),
    ),
    Pattern(
        "season",
        _compile(
            _I + r"\b(?P<x>(?:the\s+)?(?:(?P<mod>this|last|next|early|late)\s+)?"
            r"(?P<season>summer|winter|spring|autumn|fall)(?:\s+(?:of\s+)?" + _YEAR + r")?)\b"
            r"(?!\s+of\b))"
        ),
        norm.season,
        hints=("summer", "winter", "spring", "autumn", "fall"),
    ),
    Pattern(
        "deictic_day",
        _compile(
            _I + r"\b(?P<x>(?:(?:earlier|later|early|late)\s+)?(?:(?P<word>today|tonight|overnight"
            r"|yesterday|tomorrow)(?:\s+"
            + _PART
            + r")?|(?P<word2>this)\s+(?P<part2>morning|afternoon|evening)))\b)"
        ),
        norm.deictic,
        hints=("today", "tonight", "overnight", "yesterday", "tomorrow", "this"),
    ),
    Pattern(
        "last_night",
        _compile(_I + r"\b(?P<x>(?P<word>last)\s+night)\b)"),
        norm.deictic_day,
        hints=("night",),
    ),
    Pattern(
        "weekday",
        _compile(
            r"\b(?P<x>(?:(?P<mod>"
            + _I
            + r"this\s+coming|this\s+past|last|next|this|coming|past))\s+)?(?P<wd>"
            + WEEKDAY_RE
            + r")(?:\s+"
            + _PART
            + r"|(?<=day)\s+(?P<week>week)(?![\w-]))?)\b"
        ),
        norm.weekday,
        hints=_WEEKDAY_HINTS,
    ),
    Pattern(
        "relative_unit",
        _compile(
            _I + r"\b(?P<x>(?:(?:early|earlier|late|later|the\s+end\s+of|the\s+start\s+of"
            r"|the\s+beginning\s+of|the\s+middle\s+of|the\s+rest\s+of)\s+)?"
            r"(?P<mod>this\s+coming|this\s+past|this|last|next|the\s+previous|the\s+next"
            r"|the\s+following|the\s+current|the\s+same|the\s+coming|the\s+prior)\s+"
            r"(?P<unit>day|weekend|week|month|year|decade|century|quarter))\b)"
        ),
        norm.relative_unit,
        hints=(
            "this",
            "last",
            "next",
            "previous",
            "following",
            "current",
            "same",
            "coming",
            "prior",
        ),
    ),
    Pattern(
        "part_of_unit",
        _compile(
            _I + r"\b(?P<x>the\s+(?:end|beginning|start|middle|rest)\s+of\s+the\s+"
            r"(?P<unit>week|month|year|decade)|(?<=\s)the\s+(?P<weekend>weekend))\b)"
        ),
        norm.part_of_unit,
        hints=("the",),
    ),
    Pattern(
        "the_day",
        _compile(
            _I + r"\b(?P<x>(?:late|early|later|earlier)\s+in\s+the\s+day\b|the\s+(?:start|end"
            r"|beginning|rest|middle)\s+of\s+the\s+day\b|the\s+day\s+(?P<rel>before|after)"
            r"(?=\s*(?:[.,;:!?)\"”]|$))|the\s+day\b(?!\s+(?:before|after|of"
            r"|when|that|which|following|prior|earlier|later|he|she|they|it)\b)))"
        ),
        norm.the_day,
        hints=("the day",),
    ),
    Pattern(
        "holiday",
        _compile(
            r"\b(?P<x>(?P<holiday>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)"
            r"|Boxing\s+Day|Valentine['’]s\s+Day|Halloween|May\s+Day))\b"
        ),
        norm.holiday,
        hints=("christmas", "new year", "boxing", "valentine", "halloween", "may day"),
    ),
    Pattern(
        "ago",
        _compile(
            _I
            + r"(?<![\w.-])(?P<x>"
            + _NUM
            + r"[\s-]+"
            + _UNIT
            + r"\s+(?P<word>ago|earlier|later))\b)"
        ),
        norm.ago,
        hints=("ago", "earlier", "later"),
    ),
    Pattern(
        "duration",
        _compile(
            _I + r"(?<![\w.,-])(?P<x>(?:the\s+(?:past|last|next|coming|previous|first|following"
            r"|final)\s+)?"
            + _NUM_HALF
            + r"[\s-]+(?:(?:more|additional|further|straight|consecutive|trading|business"
            r"|working|calendar)\s+)?" + _UNIT + r"(?:[\s-]long)?)\b(?![\s-]+old\b|-))"
        ),
        norm.duration,
    ),
    Pattern(
        "half_duration",
        _compile(
            _I + r"\b(?P<x>half\s+an?\s+(?P<unit>minute|hour|day|week|month|year|decade|century)"
            r"|(?:an?|one)\s+(?P<unit2>minute|hour|day|week|month|year|decade|century)\s+and\s+a"
            r"\s+half)\b)"
        ),
        norm.half_duration,
        hints=("half",),
    ),
    Pattern(
        "duration_past",
        _compile(
            _I + r"\b(?P<x>the\s+(?:past|last|next|previous|coming|following)\s+(?P<num>)"
            r"(?P<unit>hour|day|week|month|year|decade|century))\b)"
        ),
        norm.duration,
        hints=("past", "last", "next", "previous", "coming", "following"),
    ),
    Pattern(
        "duration_vague",
        _compile(
            _I + r"\b(?:(?:for|within|over|in|after)\s+(?:(?:just|only|mere)\s+)?(?P<x>(?P<unit>"
            r"seconds|minutes|hours|days|weeks|months|years|decades))\b(?!\s+(?:ago|of)\b|-)"
            r"|over\s+(?P<x2>the\s+(?P<unit2>years|decades))\b"
            r"|(?P<x3>(?P<unit3>hours|days|weeks|months|years|decades)-long)\b))"
        ),
        norm.vague_duration,
        hints=("seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"),
    ),
    Pattern(
        "set_every",
        _compile(
            _I
            + r"\b(?P<x>(?:every|each)\s+(?:(?P<other>other)\s+|"
            + _NUM
            + r"\s+)?(?:"
            + _UNIT
            + r"|(?P<wd>"
            + WEEKDAY_RE
            + r")|"
            + _PART
            + r"))\b)"
        ),
        norm.set_every,
        hints=("every", "each"),
    ),
    Pattern(
        "set_frequency",
        _compile(
            _I
            + r"\b(?P<x>(?:once|twice|thrice|(?:"
            + NUMBER_RE
            + r")\s+times)\s+(?:a|an|per|each|every)\s+"
            r"(?P<unit>hour|day|week|month|year))\b)"
        ),
        norm.set_frequency,
        hints=("once", "twice", "thrice", "times"),
    ),
    Pattern(
        "set_adverb",
        _compile(_I + r"\b(?P<x>" + "|".join(SET_ADVERBS) + r")\b)"),
        norm.set_adverb,
        hints=("ly", "annual"),
    ),
    Pattern(
        "set_weekdays",
        _compile(r"\b(?P<x>(?P<wd>" + WEEKDAY_RE + r")s)\b"),
        norm.set_weekdays,
        hints=_WEEKDAY_HINTS,
    ),
    Pattern(
        "present_ref",
        _compile(
            _I + r"\b(?:(?P<x>now|currently|nowadays|presently|at\s+present|at\s+the\s+moment"
            r"|these\s+days)\b(?!-)|for\s+(?P<x2>the\s+time\s+being)\b))"
        ),
        norm.reference("PRESENT_REF"),
        hints=("now", "current", "present", "moment", "these days", "time being"),
    ),
    Pattern(
        "past_ref",
        _compile(
            _I + r"\b(?:(?P<x>recently|lately|previously|formerly|earlier)\b(?!-)"
            r"|(?:in|of|from)\s+(?P<x2>the\s+past|recent\s+(?:days|weeks|months|years|decades"
            r"|times))\b"
            r"|(?P<x3>(?:days|weeks|months|years|decades)\s+ago)\b))"
        ),
        norm.reference("PAST_REF"),
        hints=("recent", "lately", "previously", "formerly", "earlier", "past", "ago"),
    ),
    Pattern(
        "future_ref",
        _compile(
            _I + r"\b(?:in\s+(?P<x>(?:the\s+)?(?:near\s+|foreseeable\s+|distant\s+)?future)\b"
            r"|(?P<x2>the\s+(?:coming|next\s+few|upcoming)\s+(?:days|weeks|months|years"
            r"|decades))\b|(?P<x3>soon)\b(?!-)|(?:in|for|over)\s+(?P<x4>the\s+(?:near|short|long"
            r"|medium)(?:\s+|-)term)\b))"
        ),
        norm.reference("FUTURE_REF"),
        hints=("future", "coming", "next", "upcoming", "soon", "term"),
    ),
    Pattern(
        "clock",
        _compile(
            r"(?<![\w.:])(?P<x>(?:(?P<h>[01]?[0-9]|2[0-3]):(?P<m>[0-5][0-9])(?:\s*"
            r"(?P<ap>[aApP]\.?[mM]\b\.?))?|(?P<h2>1[0-2]|0?[1-9])(?:[.:](?P<m2>[0-5][0-9]))?\s*"
            r"(?P<ap2>[aApP]\.[mM]\.|[aApP][mM]\b)|\b(?P<word>noon|midday|midnight))"
            r"(?:\s*(?P<zone>UTC|GMT|Z)\b)?"
            r"|\b(?P<h3>[01][0-9]|2[0-3])(?P<m3>[0-5][0-9])\s+(?P<zone3>GMT|UTC)\b)"
        ),
        norm.clock,
    ),
    Pattern(
        "part_of_day",
        _compile(
            r"\b(?:in|during)\s+(?:the\s+)?(?P<x>(?:(?:early|late)\s+)?"
            r"(?P<part>morning|afternoon|evening))\b"
        ),
        norm.part_of_day,
        hints=("morning", "afternoon", "evening"),
    ),
)


def span_of(match: re.Match[str]) -> tuple[int, int]:
    """The span of a match: its first `x` group that matched, else the whole match."""
    for name in ("x", "x2", "x3", "x4"):
        if name in match.re.groupindex and match[name] is not None:
            return match.span(name)
    return match.span()
