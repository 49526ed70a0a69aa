"""Plain-text articles: an optional title line, then the text exactly as read.

The first non-blank line is the title when there is text after it and either
- a blank line follows it, and it is at most 200 characters and does not end with a full stop
  (a long line or one ending in "." before a blank line is a first paragraph, not a headline), or
- it is short: at most 120 characters, not ending in sentence punctuation (. ! ? : ; ,), not
  ending with a hyphen or a word that cannot end a phrase ("the", "of", "with", ...), and the
  next line does not start with a lower-case letter (either would make it the first line of a
  hard-wrapped paragraph rather than a headline).

`Article.text` is everything after the title line and the blank lines that follow it, byte for
byte as decoded: no stripping, no newline conversion, so spans are offsets into the file's text.
Without a title, the text is the whole file (less a leading byte-order mark).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dyads.ingest.base import (
    ReadResult,
    UnreadableError,
    article_id,
    decode_text,
    looks_binary,
    rejected_file,
)
from dyads.records import Article

TITLE_AFTER_BLANK_MAX = 200
SHORT_TITLE_MAX = 120

_SENTENCE_END = re.compile(r"""[.!?:;,…]['"’”)\]]*$""")
# Words that leave a phrase open: a line ending in one continues on the next line.
_OPEN_ENDINGS = frozenset(
    "a an and as but by for from her his its nor of or than that the their to which who whose "  # noqa: SIM905
    "with".split()
)
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_BLANK_LINES = re.compile(r"(?:[ \t\f\v]*\r?\n)+")


def split_title(text: str) -> tuple[str | None, str]:
    """The title (or None) and the article text after it, by the rule in the module docstring."""
    lead = _BLANK_LINES.match(text)
    start = lead.end() if lead else 0
    first = _LINE.match(text, start)
    assert first is not None  # the pattern matches the empty string
    title = first.group().strip()
    rest_match = _BLANK_LINES.match(text, first.end())
    body_start = rest_match.end() if rest_match else first.end()
    body = text[body_start:]
    if not title or not body.strip():
        return None, text
    if rest_match is not None and _headline_before_blank(title):
        return title, body
    if _short_headline(title, body):
        return title, body
    return None, text


def _headline_before_blank(title: str) -> bool:
    return len(title) <= TITLE_AFTER_BLANK_MAX and not title.endswith(".")


def _short_headline(title: str, body: str) -> bool:
    if len(title) > SHORT_TITLE_MAX or _SENTENCE_END.search(title) or title.endswith("-"):
        return False
    if title.rsplit(maxsplit=1)[-1].lower() in _OPEN_ENDINGS:
        return False
    next_char = body.lstrip()[:1]
    return not next_char.islower()


def read_text(data: bytes, source: str) -> Iterator[ReadResult]:
    """One article from the bytes of a text file, or the reason it cannot be read."""
    if not data.strip():
        yield rejected_file(source, "empty file")
        return
    if looks_binary(data):
        yield rejected_file(source, "binary file")
        return
    try:
        text = decode_text(data)
    except UnreadableError as error:
        yield rejected_file(source, str(error))
        return
    title, body = split_title(text)
    yield Article(id=article_id(body), text=body, title=title)
