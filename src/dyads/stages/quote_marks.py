"""Pair quotation marks in plain text, one paragraph at a time.

Marks are classified from the characters around them, so apostrophes ("don't", "Russia's",
"the '90s") are never taken for quotes. A mark that cannot be paired is dropped on its own:
the rest of the paragraph and of the document is still read. A quote left open at the end of a
paragraph continues when the next paragraph opens with the same kind of mark (the newspaper
convention for long quotations); its parts then share a `group`. Where paragraph breaks were
lost, an opening mark after a finished sentence inside an open quotation is the same convention:
the open part ends there and the quotation goes on in the same group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from dyads.records import Span

Family = Literal["double", "single", "angle"]
Role = Literal["open", "close", "either"]

_FAMILIES: dict[str, Family] = {
    '"': "double",
    "“": "double",
    "”": "double",
    "„": "double",
    "'": "single",
    "‘": "single",
    "’": "single",
    "«": "angle",
    "»": "angle",
}
_OPENING = frozenset("“„‘«")
_CLOSING = frozenset("”»")
_OPEN_BEFORE = frozenset("([{—–-/")  # characters after which a mark opens a quote
_CLOSE_AFTER = frozenset(".,;:!?)]}—–-/…")  # characters before which a mark closes a quote
_STATEMENT_LEAD = frozenset(":,.!?")  # what may precede a quote that is a statement of its own
_TRAILING = " \t\r\n,"  # stripped from the end of quoted content ("…," she said)
_SENTENCE_END = frozenset(".!?…")
# Found by one regex scan rather than a Python loop over every character of the article.
_MARK_CHARS = re.compile("[" + re.escape("".join(_FAMILIES)) + "]")
_WORD_CHAR = re.compile(r"[^\W_]")  # what str.isalnum() accepts


@dataclass(frozen=True, slots=True)
class QuotedPart:
    """The words between one pair of marks; parts of one quotation share a group number."""

    span: Span
    group: int


@dataclass(frozen=True, slots=True)
class _Mark:
    pos: int
    family: Family
    role: Role


def find_quoted_parts(text: str) -> list[QuotedPart]:
    """Every quoted stretch of `text`, in order, without its marks."""
    parts: list[QuotedPart] = []
    paragraphs = _paragraphs(text)
    carried: dict[Family, int] = {}  # family -> group continued from the previous paragraph
    next_group = 0
    for index, (start, end) in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        opened_at: dict[Family, tuple[int, int]] = {}  # family -> (content start, group)
        starts_statement: dict[Family, bool] = {}
        first_mark = True
        for mark in _marks(text, start, end):
            if mark.family == "single" and ("double" in opened_at or "angle" in opened_at):
                continue  # a quote nested in a quote belongs to the outer one
            open_quote = opened_at.get(mark.family)
            if open_quote is not None and mark.role != "open":
                content_start, group = open_quote
                _add_part(parts, text, content_start, mark.pos, group)
                del opened_at[mark.family]
            elif mark.role != "close":
                # A second opening mark means the first was broken: start again from here. When
                # the first opened a statement and a sentence ended before the second, it is the
                # convention of a quotation running over paragraphs whose breaks were lost: the
                # first part ends there and the quotation goes on.
                continued = carried.pop(mark.family, None) if first_mark else None
                if open_quote is not None and _continues_quotation(
                    text, open_quote[0], mark.pos, starts_statement[mark.family]
                ):
                    _add_part(parts, text, open_quote[0], mark.pos, open_quote[1])
                    continued = open_quote[1]
                if continued is None:
                    continued, next_group = next_group, next_group + 1
                opened_at[mark.family] = (mark.pos + 1, continued)
                starts_statement[mark.family] = _starts_statement(text, start, mark.pos)
            first_mark = False
        carried = {}
        for family, (content_start, group) in opened_at.items():
            if (
                starts_statement[family]
                and following is not None
                and _opens_with(text, following, family)
            ):
                _add_part(parts, text, content_start, end, group)
                carried[family] = group
    return _outermost(parts)


def _outermost(parts: list[QuotedPart]) -> list[QuotedPart]:
    """Parts in text order; a part inside (or overlapping) an earlier one belongs to it."""
    kept: list[QuotedPart] = []
    for part in sorted(parts, key=lambda p: (p.span[0], -p.span[1])):
        if not kept or part.span[0] >= kept[-1].span[1]:
            kept.append(part)
    return kept


def _paragraphs(text: str) -> list[Span]:
    """Non-empty lines of the text as spans."""
    spans: list[Span] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def _opens_with(text: str, paragraph: Span, family: Family) -> bool:
    """Whether a paragraph starts with an opening mark of the given family."""
    for mark in _marks(text, *paragraph):
        return mark.family == family and mark.role != "close" and _is_first(text, paragraph, mark)
    return False


def _starts_statement(text: str, paragraph_start: int, pos: int) -> bool:
    """Whether a mark opens a whole statement (only such a quote runs on to the next paragraph)."""
    before = text[paragraph_start:pos].rstrip()
    return not before or before[-1] in _STATEMENT_LEAD


def _continues_quotation(text: str, content_start: int, pos: int, opened_statement: bool) -> bool:
    """Whether an opening mark at `pos` carries on the quotation opened before it."""
    before = text[content_start:pos].rstrip()
    return opened_statement and len(before) > 1 and before[-1] in _SENTENCE_END


def _is_first(text: str, paragraph: Span, mark: _Mark) -> bool:
    return not text[paragraph[0] : mark.pos].strip()


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    """The quotation marks in text[start:end], apostrophes left out."""
    marks: list[_Mark] = []
    for found in _MARK_CHARS.finditer(text, start, end):
        pos = found.start()
        char = text[pos]
        family = _FAMILIES[char]
        before = text[pos - 1] if pos > start else " "
        after = text[pos + 1] if pos + 1 < end else " "
        role = _role(char, family, before, after)
        if role is not None:
            marks.append(_Mark(pos, family, role))
    return marks


def _role(char: str, family: Family, before: str, after: str) -> Role | None:
    """Whether a mark opens or closes a quote, or None for an apostrophe."""
    opens = before.isspace() or before in _OPEN_BEFORE or before in _FAMILIES
    closes = after.isspace() or after in _CLOSE_AFTER or after in _FAMILIES
    if family == "single":
        if before.isalnum() and after.isalnum():
            return None  # don't, Russia's, DPRK’s
        if char != "‘" and opens and after.isdigit():
            return None  # the '90s
    if char in _OPENING:
        return "open"
    if char in _CLOSING:
        return "close"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either" if family == "double" else None


def _add_part(parts: list[QuotedPart], text: str, start: int, end: int, group: int) -> None:
    """Record the content between two offsets, trimmed, if it holds any words."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    if _WORD_CHAR.search(text, start, end):
        parts.append(QuotedPart((start, end), group))
