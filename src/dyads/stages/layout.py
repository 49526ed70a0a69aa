"""Paragraphs that are not news prose: photo captions and credits, bylines, separators, headings.

A caption is known by its credit ("(AP Photo/Name)"), a "Photo:" label, or the agency style of
ending with the date set off by a comma ("Soldiers patrol the streets of Kidal, March 3, 2020.");
prose dates an event with a preposition ("on March 3, 2020"), not a comma.

Events are only read from prose; these spans are skipped. Everything works on the raw text, one
paragraph (line) at a time, so it is cheap and independent of the parse.
"""

from __future__ import annotations

import re

from dyads.records import Span

# A closing parenthesis that credits a photo or agency: "(Name, Agency Photo via AP)",
# "(AP Photo/Name)", "(Reuters)", "(Photo: …)", "(Getty Images)".
_CREDIT = re.compile(
    r"\((?:[^()]*\b(?:photo|photograph|via|pool|getty|images|afp|reuters|epa|ap|"
    r"xinhua|sputnik|tass|file|credit)\b[^()]*)\)\s*$",
    re.IGNORECASE,
)
_PHOTO_LINE = re.compile(r"^\s*(?:photo|image|picture|file photo|caption|credit)s?\s*[:|]", re.I)
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)
# Agency photo captions end with the date set off by a comma: "…in Kidal, Mali, March 3, 2020."
_CAPTION_DATE = re.compile(
    r",\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?(?:"
    + _MONTHS
    + r")\s+\d{1,2},\s+\d{4}\.?\s*$"
)
_BYLINE = re.compile(r"^\s*(?:by|written by|reporting by|editing by)\s+[A-Z][\w.'’-]*", re.I)
_WORD = re.compile(r"[^\W\d_]{2,}")
_TERMINAL = frozenset(".!?\"”’'):;…")
# Headings are short lines without final punctuation; longer unpunctuated lines are kept.
_HEADING_MAX_WORDS = 14
_BYLINE_MAX_WORDS = 8


def paragraphs(text: str) -> list[Span]:
    """Character spans of the non-empty lines of a text, stripped of surrounding spaces."""
    spans: list[Span] = []
    start = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            offset = start + line.index(stripped[0])
            spans.append((offset, offset + len(stripped)))
        start += len(line)
    return spans


def is_prose(paragraph: str, *, only_paragraph: bool = False) -> bool:
    """Whether a paragraph can hold events (False for captions, credits, bylines, headings)."""
    words = _WORD.findall(paragraph)
    if not words:
        return False  # separators such as "-" or "***", bare numbers
    if _CREDIT.search(paragraph) or _PHOTO_LINE.match(paragraph) or _CAPTION_DATE.search(paragraph):
        return False
    unpunctuated = paragraph.rstrip()[-1] not in _TERMINAL
    if unpunctuated and len(words) <= _BYLINE_MAX_WORDS and _BYLINE.match(paragraph):
        return False
    is_heading = unpunctuated and len(words) <= _HEADING_MAX_WORDS
    # A text that is one line is a sentence to code, even without a full stop.
    return only_paragraph or not is_heading


def skipped_spans(text: str) -> list[Span]:
    """Spans of the paragraphs that are not prose, in text order."""
    spans = paragraphs(text)
    only = len(spans) == 1
    return [(s, e) for s, e in spans if not is_prose(text[s:e], only_paragraph=only)]
