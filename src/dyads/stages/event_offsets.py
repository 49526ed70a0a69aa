"""Events dated by other events: "a day after the board met", "two weeks before the vote".

"<N units> after/before <clause or event noun>" links two events. When one side has a date
of its own, the other side is that date moved by N units; the duration words are no date of
either side, and a date on one side is not the other side's date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from dyads.records import TimeRef
from dyads.stages.doc_utils import doc_words, sentence_bounds, text_of, token_lowers
from dyads.stages.event_setting import event_date_value, week_month
from dyads.stages.time_calendar import iso_week

_COUNTS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_COUNTS |= {"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# Units by how they move a date; parts of a day ("the morning after") are a day.
_DAY_UNITS = {"day": 1, "days": 1, "morning": 1, "evening": 1, "night": 1, "afternoon": 1}
_WEEK_UNITS = frozenset({"week", "weeks"})
_MONTH_UNITS = frozenset({"month", "months"})
_YEAR_UNITS = frozenset({"year", "years"})
# "hours after", "shortly after": the same day, whatever the count.
_SAME_DAY_WORDS = frozenset({"hour", "hours", "minute", "minutes", "shortly", "moments", "soon"})
_LINKS = frozenset({"after", "before"})


@dataclass(frozen=True)
class OffsetLink:
    """Two events linked by an offset: the anchored side (the after/before clause or noun)."""

    words: tuple[Token, ...]  # "a day after"
    anchored: frozenset[int]  # tokens of the event the offset counts from
    days: int | None  # whole days to move, None for weeks/months/years
    unit: str  # "day", "week", "month", "year"
    count: int
    sign: int  # +1: the main event comes after the anchored one

    def own_times(
        self, trigger: Token, times: list[tuple[TimeRef, Token]]
    ) -> list[tuple[TimeRef, Token]]:
        """The times on the trigger's own side of the link (none from the offset words)."""
        inside = trigger.i in self.anchored
        skip = {t.i for t in self.words}
        return [
            (time, head)
            for time, head in times
            if head.i not in skip and (head.i in self.anchored) == inside
        ]

    def shifted(self, trigger: Token, times: Sequence[tuple[TimeRef, Token]]) -> TimeRef | None:
        """The trigger's date moved from a date on the other side, as a time of the offset words."""
        inside = trigger.i in self.anchored
        skip = {t.i for t in self.words}
        for time, head in times:
            if head.i in skip or (head.i in self.anchored) == inside:
                continue
            value = event_date_value(time.value)
            if value is None:
                continue
            direction = -self.sign if inside else self.sign
            moved = self._move(value, direction)
            if moved is None:
                continue
            first, last = self.words[0], self.words[-1]
            span = (first.idx, last.idx + len(last.text))
            text = text_of(first.doc)[span[0] : span[1]]
            return TimeRef(text=text, value=moved, type="DATE", span=span)
        return None

    def _move(self, value: str, direction: int) -> str | None:
        parts = [int(p) for p in value.split("-")]
        if self.unit == "year":
            return f"{parts[0] + direction * self.count:04d}"
        if len(parts) < 2:
            return None
        if self.unit == "month":
            index = parts[0] * 12 + parts[1] - 1 + direction * self.count
            return f"{index // 12:04d}-{index % 12 + 1:02d}"
        if len(parts) < 3:
            return None
        day = dt.date(parts[0], parts[1], parts[2])
        if self.unit == "week":
            # A week is dated by the month holding most of its days, as "two weeks ago" is.
            return week_month(iso_week(day + dt.timedelta(weeks=direction * self.count)))
        moved = day + dt.timedelta(days=direction * (self.days or 0))
        return moved.isoformat()


def offset_link(trigger: Token) -> OffsetLink | None:
    """The offset linking the trigger's sentence's events ("a day after …"), if there is one
    whose count is exact ("days after" links but moves no date: None is returned for it)."""
    if doc_words(trigger.doc).isdisjoint(_LINKS):
        return None  # no "after" or "before" anywhere: no sentence needs reading
    # The sentence's bounds and words from the Doc's tables: no Span or Token built.
    (start, end), lowers = sentence_bounds(trigger.doc, trigger.i), token_lowers(trigger.doc)
    for i in range(start + 1, end):
        if lowers[i] in _LINKS:
            found = _link_at(trigger.doc[i])
            if found is not None:
                return found
    return None


def _link_at(link: Token) -> OffsetLink | None:
    doc = link.doc
    unit = doc[link.i - 1]
    word = unit.lower_
    sign = 1 if link.lower_ == "after" else -1
    anchored = _anchored(link)
    if not anchored:
        return None
    if word in _SAME_DAY_WORDS:
        start = (
            unit.i - 1 if unit.i > link.sent.start and doc[unit.i - 1].lower_ in _COUNTS else unit.i
        )
        return OffsetLink(tuple(doc[start : link.i + 1]), anchored, 0, "day", 0, sign)
    if unit.i == link.sent.start:
        return None
    count_word = doc[unit.i - 1]
    count = _count(count_word.lower_)
    if count is None:
        return None
    words = tuple(doc[count_word.i : link.i + 1])
    if word in _DAY_UNITS:
        return OffsetLink(words, anchored, count, "day", count, sign)
    for units, name in ((_WEEK_UNITS, "week"), (_MONTH_UNITS, "month"), (_YEAR_UNITS, "year")):
        if word in units:
            return OffsetLink(words, anchored, None, name, count, sign)
    return None


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _COUNTS.get(word)


def _anchored(link: Token) -> frozenset[int]:
    """The tokens of the event the offset counts from: the clause "after" marks, or its object."""
    root = link.head if link.dep_ == "mark" else link
    if link.dep_ not in ("mark", "prep"):
        return frozenset()
    return frozenset(t.i for t in root.subtree if t.i > link.i)
