"""The time stage: the article's date, its time expressions with TimeML values, and the time
expression that governs a clause.

Values follow TimeML/TIMEX3. Without an anchor, relative expressions keep X placeholders at
their granularity: "July 12" is `XXXX-07-12`, "Friday" is `XXXX-WXX-5` (ISO weekday number,
as in TIMEX3 week dates), "last month" is `XXXX-XX`, "today" is `XXXX-XX-XX`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from dyads.records import DateSource, TimeRef
from dyads.stages.doc_utils import text_of
from dyads.stages.layout import is_prose
from dyads.stages.time_article_date import infer_article_date
from dyads.stages.time_calendar import Direction
from dyads.stages.time_normalisers import Timex, shift_from
from dyads.stages.time_patterns import PATTERNS, Pattern, span_of
from dyads.stages.time_tense import clause_direction, scheduled_present

__all__ = ["DateSource", "TimeTagger", "governing_time", "infer_article_date"]

_MODEL_LABELS = frozenset({"DATE", "TIME"})
_TIME_UNITS = frozenset(
    [
        "second",
        "minute",
        "hour",
        "day",
        "night",
        "week",
        "weekend",
        "month",
        "year",
        "decade",
        "century",
        "quarter",
    ]
)
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DAY_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}")
_CLOCK_VALUE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|XXXX-XX-XX)(T\d{2}:\d{2}Z?)$")
_ANY_DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-\d{2}-\d{2}$|^XXXX-XX-XX$")


class _Context:
    """Answers a normaliser's questions about one match in one document."""

    def __init__(
        self,
        doc: Doc,
        span: tuple[int, int],
        anchor: datetime.date | None,
        model_dates: Sequence[tuple[int, int]],
    ) -> None:
        self._doc = doc
        self._span = span
        self._anchor = anchor
        self._model_dates = model_dates
        self._tokens_cache: Span | bool | None = False  # False: not looked up yet

    @property
    def _tokens(self) -> Span | None:
        # Looked up only when a normaliser needs the parse: most matches never do.
        if self._tokens_cache is False:
            self._tokens_cache = self._doc.char_span(*self._span, alignment_mode="expand")
        return self._tokens_cache if isinstance(self._tokens_cache, Span) else None

    @property
    def anchor(self) -> datetime.date | None:
        return self._anchor

    def direction(self) -> Direction:
        if self._tokens is None:
            return "unknown"
        root = self._tokens.root
        direction = clause_direction(root)
        # A schedule told in the present ("the summit opens on Monday"); not in a headline or
        # caption, whose present tells of done things.
        if (
            direction == "unknown"
            and scheduled_present(root)
            and not _in_heading_or_caption(text_of(self._doc), self._span[0])
        ):
            return "future"
        return direction

    def tenseless_direction(self) -> Direction:
        """Where a clause without tense points: a headline's or caption's present tells of the
        past ("Rebels seize airport on Sunday"); elsewhere unknown."""
        if _in_heading_or_caption(text_of(self._doc), self._span[0]):
            return "past"
        return "unknown"

    def previous_word(self) -> str:
        if self._tokens is None or self._tokens.start == 0:
            return ""
        return self._doc[self._tokens.start - 1].lower_

    def tagged_as_date(self) -> bool:
        start, end = self._span
        return any(ent_start < end and start < ent_end for ent_start, ent_end in self._model_dates)

    def counts_things(self) -> bool:
        if self._tokens is None:
            return False
        root = self._tokens.root
        return root.dep_ == "nummod" and root.head.lemma_.lower() not in _TIME_UNITS

    def modifies_noun(self) -> bool:
        return self._tokens is not None and self._tokens.root.dep_ == "amod"

    def followed_by_plural(self) -> bool:
        if self._tokens is None or self._tokens.end >= len(self._doc):
            return False
        return self._doc[self._tokens.end].tag_ in ("NNS", "NNPS")


def _in_heading_or_caption(text: str, offset: int) -> bool:
    """Whether the offset lies on a headline, heading or photo caption of a longer text:
    lines that tell of done things in the present tense."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    if start == 0 and (end < 0 or not text[end:].strip()):
        return False  # a text of one line is prose
    line = text[start : end if end >= 0 else len(text)]
    return bool(line.strip()) and not is_prose(line)


class TimeTagger:
    """Finds time expressions and gives each a TimeML value resolved against an anchor date."""

    def __init__(self, patterns: Sequence[Pattern] = PATTERNS) -> None:
        self._patterns = tuple(patterns)

    def process(self, doc: Doc, anchor: datetime.date | None) -> list[TimeRef]:
        """The time expressions of a document in text order, without overlaps.

        Where patterns overlap the longest match wins. Relative expressions resolve against
        `anchor` in the direction of their clause (see `time_tense`): a past clause takes the
        nearest occurrence on or before the anchor, a future one the nearest after it, and a
        clause without tense the nearest on either side (a weekday in a headline or caption:
        the one before). The conventions are set out in docs/time.md.
        """
        candidates: list[tuple[tuple[int, int], int, Timex]] = []
        text = text_of(doc)
        lowered = text.lower()
        model_dates = [
            (ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in _MODEL_LABELS
        ]
        for priority, pattern in enumerate(self._patterns):
            for match in pattern.finditer(text, lowered):
                span = span_of(match)
                if span[0] == span[1]:
                    continue
                timex = pattern.normalise(match, _Context(doc, span, anchor, model_dates))
                if timex is not None:
                    candidates.append((span, priority, timex))
        chosen = _longest_first(candidates)
        return [
            TimeRef(text=text[start:end], value=value.value, type=value.type, span=(start, end))
            for (start, end), value in _join_clock_and_day(
                text, _date_clock_times(doc, _narrative_days(doc, _tensed_weekdays(chosen)))
            )
        ]


def _longest_first(
    candidates: list[tuple[tuple[int, int], int, Timex]],
) -> list[tuple[tuple[int, int], Timex]]:
    """Non-overlapping candidates, the longest winning, then the earlier pattern."""
    ordered = sorted(candidates, key=lambda item: (item[0][0] - item[0][1], item[1], item[0][0]))
    taken: list[tuple[tuple[int, int], Timex]] = []
    for span, _priority, timex in ordered:
        if all(span[1] <= other[0] or other[1] <= span[0] for other, _ in taken):
            taken.append((span, timex))
    return sorted(taken, key=lambda item: item[0])


def _tensed_weekdays(
    chosen: list[tuple[tuple[int, int], Timex]],
) -> list[tuple[tuple[int, int], Timex]]:
    """One weekday to a story: give a bare weekday read without a tense (a headline's "Leaders
    meet Friday", "a report on Friday") the date of the first mention of the same weekday that
    has one ("will meet on Friday", "said on Friday")."""
    tensed: dict[int, str] = {}
    for _span, timex in chosen:
        if timex.weekday is not None and not timex.guessed and _DAY_PREFIX.match(timex.value):
            tensed.setdefault(timex.weekday, timex.value[:10])
    result: list[tuple[tuple[int, int], Timex]] = []
    for span, timex in chosen:
        day = tensed.get(timex.weekday) if timex.guessed and timex.weekday is not None else None
        if day is not None and _DAY_PREFIX.match(timex.value):
            timex = Timex(day + timex.value[10:], timex.type)
        result.append((span, timex))
    return result


def _narrative_days(
    doc: Doc, chosen: list[tuple[tuple[int, int], Timex]]
) -> list[tuple[tuple[int, int], Timex]]:
    """Count "the following day" and "the following week" from the last full date named before
    them, and "two days earlier" or "two days later" from the last one before them in their
    sentence, when there is one."""
    result: list[tuple[tuple[int, int], Timex]] = []
    reference: tuple[int, datetime.date] | None = None  # (offset, date) of the last full date
    for span, timex in chosen:  # in text order
        if timex.days_after_reference is not None and reference is not None:
            day = reference[1] + datetime.timedelta(days=timex.days_after_reference)
            timex = Timex(day.isoformat(), timex.type)
        elif timex.shift is not None and reference is not None:
            unit, count = timex.shift
            if timex.shift_in_text or _same_sentence(doc, reference[0], span[0]):
                shifted = shift_from(reference[1], unit, count)
                timex = Timex(shifted, "DATE") if shifted else timex
        if _DAY_VALUE.match(timex.value):
            reference = (span[0], datetime.date.fromisoformat(timex.value))
        result.append((span, timex))
    return result


def _same_sentence(doc: Doc, first: int, second: int) -> bool:
    """Whether two character offsets lie in one sentence."""
    token = doc.char_span(second, second + 1, alignment_mode="expand")
    return token is not None and token.sent.start_char <= first


def _date_clock_times(
    doc: Doc, chosen: list[tuple[tuple[int, int], Timex]]
) -> list[tuple[tuple[int, int], Timex]]:
    """Give a clock time the day named next to it in its sentence ("at 2 p.m. on Tuesday")."""
    result = list(chosen)
    for index, (span, timex) in enumerate(chosen):
        clock = _CLOCK_VALUE.match(timex.value)
        if clock is None:
            continue
        sentence = doc.char_span(span[0], span[1], alignment_mode="expand")
        if sentence is None:
            continue
        bounds = sentence.sent
        days = [
            (abs(other[0] - span[0]), other_timex.value)
            for other, other_timex in chosen
            if _DAY_VALUE.match(other_timex.value)
            and bounds.start_char <= other[0] < bounds.end_char
            and abs(other[0] - span[0]) < 40
        ]
        if days:
            day = min(days)[1]
            result[index] = (span, Timex(f"{day}{clock.group(1)}", timex.type))
    return result


def _join_clock_and_day(
    text: str, chosen: list[tuple[tuple[int, int], Timex]]
) -> list[tuple[tuple[int, int], Timex]]:
    """Make one expression of a clock time and a day written next to each other
    ("16:00 UTC today", "Monday 9 a.m."), as TimeML does: the day's date with the time."""
    result: list[tuple[tuple[int, int], Timex]] = []
    for span, timex in chosen:
        if result:
            (last_span, last) = result[-1]
            gap = text[last_span[1] : span[0]]
            joined = _clock_on_day(last, timex) or _clock_on_day(timex, last)
            if joined is not None and gap.isspace() and "\n" not in gap:
                result[-1] = ((last_span[0], span[1]), joined)
                continue
        result.append((span, timex))
    return result


def _clock_on_day(clock: Timex, day: Timex) -> Timex | None:
    """The clock time on the day, when the first is a clock time and the second a day."""
    time_of_day = _CLOCK_VALUE.match(clock.value)
    if time_of_day is None or not _ANY_DAY_VALUE.match(day.value):
        return None
    return Timex(day.value + time_of_day.group(1), "TIME")


def governing_time(doc: Doc, token_index: int, times: Sequence[TimeRef]) -> TimeRef | None:
    """The time expression attached through the parse to the clause of the token at
    `token_index` (an event trigger), or None.

    A time expression governs the trigger when the head chain from the expression reaches the
    trigger without passing another verb. Two kinds of verb may be passed: a clause describing
    the trigger noun itself ("the meeting, which is expected to take place on Friday"), and a
    participle describing a noun the trigger reaches through a temporal preposition ("said
    during the talks held on July 12"). The nearest such expression wins.
    """
    trigger = doc[token_index]
    best: tuple[int, TimeRef] | None = None
    for time in times:
        tokens = doc.char_span(time.span[0], time.span[1], alignment_mode="expand")
        if tokens is None:
            continue
        steps = _steps_to(tokens.root, trigger)
        if steps is not None and (best is None or steps < best[0]):
            best = (steps, time)
    return best[1] if best else None


_TEMPORAL_PREPOSITIONS = frozenset({"during", "at", "amid", "in", "on", "after", "before"})
_MAX_STEPS = 16


def _steps_to(start: Token, trigger: Token) -> int | None:
    """How many head steps lead from a time expression to the trigger under the rules of
    `governing_time`, or None when they do not."""
    path: list[Token] = []
    node = start
    for steps in range(_MAX_STEPS):
        if node.i == trigger.i:
            return steps if _crossings_allowed(path, trigger) else None
        if node.head.i == node.i:
            return None
        path.append(node)
        node = node.head
    return None


def _crossings_allowed(path: list[Token], trigger: Token) -> bool:
    """Whether every verb on the path from a time expression up to the trigger may be passed."""
    for position, node in enumerate(path):
        if node.pos_ not in ("VERB", "AUX") or position == 0:
            continue
        rest = path[position:]
        # A clause describing the trigger noun: only verbs from here up to the trigger.
        top = _clause_top(rest)
        if top.head.i == trigger.i and top.dep_ in ("acl", "relcl") and trigger.pos_ != "VERB":
            return True
        # A participle on a noun that is the object of a temporal preposition.
        noun = node.head
        return (
            node.dep_ == "acl"
            and noun.dep_ == "pobj"
            and noun.head.lower_ in _TEMPORAL_PREPOSITIONS
            and all(later.pos_ not in ("VERB", "AUX") for later in path[position + 1 :])
        )
    return True


def _clause_top(path: list[Token]) -> Token:
    """The highest token of a run of verbs linked by complements (take -> expected -> ...)."""
    top = path[0]
    for node in path[1:]:
        if node.pos_ not in ("VERB", "AUX"):
            break
        top = node
    return top
