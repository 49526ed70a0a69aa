"""Wire datelines: the words that open a story with where (and when) it was filed.

"MOSCOW (Reuters) -", "NEW DELHI, June 8, 2026 -", "Kyiv, Ukraine, March 3 (AP) —". The town
in a dateline is where the reporter was, never an actor of the sentence the parser runs it into.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dyads.stages.doc_utils import text_of
from dyads.stages.time_lexicon import MONTH_RE, WEEKDAY_RE

_DATE = (
    r"(?:(?:" + WEEKDAY_RE + r"),?\s+)?(?:(?:" + MONTH_RE + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}\s+(?:" + MONTH_RE + r"))(?:,?\s+(?:19|20)\d\d)?"
)
_AGENCY = r"\([^()\n]{1,40}\)"
_DASH = r"(?:--|[-–—])"
# A town in capitals may stand alone before the dash ("MOSCOW -"); a town in title case needs
# what only a dateline has after it: a date or an agency in brackets. Some papers end the
# dateline with a colon ("NEW DELHI:"); an acronym before a colon is a headline's speaker
# ("UN: troops must leave"), so the colon needs a longer name.
_CAPITALS_TOWN = r"[A-Z][A-Z.'’ -]{1,40}?"
_TITLE_TOWN = r"[A-Z][A-Za-z.'’ -]{1,40}?"
_REGION = r"(?:,\s*[A-Z][A-Za-z.'’ -]{1,30}?)"  # "Bosnia-Herzegovina", "Guinea-Bissau"
_AFTER_TOWN = r"(?:,\s*" + _DATE + r")?\s*(?:" + _AGENCY + r")?\s*"
_CAPITALS_LINE = re.compile(
    r"^\s*(?:"
    + _CAPITALS_TOWN
    + _REGION
    + r"?"
    + _AFTER_TOWN
    + _DASH
    + r"|[A-Z][A-Z.'’ -]{4,40}?"
    + _REGION
    + r"?"
    + _AFTER_TOWN
    + r":)\s"
)
_TITLE_LINE = re.compile(
    r"^\s*"
    + _TITLE_TOWN
    + _REGION
    + r"?(?:,\s*"
    + _DATE
    + r"\s*(?:"
    + _AGENCY
    + r")?|\s*"
    + _AGENCY
    + r")\s*"
    + _DASH
    + r"\s"
)
_MAX_LINE_START = 400  # datelines open the story: only the first lines are read
_SPANS_KEY = "dyads.dateline_spans"


def dateline_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens of every dateline opening a line near the start of the text."""
    return frozenset(i for start, end in dateline_spans(doc) for i in range(start, end))


def dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token offsets of every dateline opening a line near the start of the text;
    works on a tokenized doc before it is parsed. Kept in `Doc.user_data`: several stages ask,
    and parsing leaves the tokens as they were."""
    cached = doc.user_data.get(_SPANS_KEY)
    if isinstance(cached, list):
        return list(cached)
    text = text_of(doc)
    found: list[tuple[int, int]] = []
    start = 0
    while start < min(len(text), _MAX_LINE_START):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        match = _CAPITALS_LINE.match(line) or _TITLE_LINE.match(line)
        if match is not None:
            span = doc.char_span(start, start + match.end(), alignment_mode="contract")
            if span is not None and len(span):
                found.append((span.start, span.end))
        start = end + 1
    doc.user_data[_SPANS_KEY] = found
    return list(found)
