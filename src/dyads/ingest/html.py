"""HTML pages: main text, title, date, URL and site name, extracted with trafilatura.

The bytes are decoded with the charset the server or the page declares (UTF-8 when none is;
ISO-8859-1 and ASCII are read as windows-1252, as browsers do), and bytes that do not decode
are rejected rather than guessed. Boilerplate, comments and tables are left out. The date is
the publication date trafilatura finds in the page's markup (meta tags, structured data, the
URL); a WARC record's capture date is used only when the page has none. A page with no main
text is rejected; so is one whose "main text" has no sentence in it (no line of four or more
words with sentence punctuation), which is what trafilatura returns for navigation-only pages.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import Any

from dyads.ingest.base import (
    ReadResult,
    UnreadableError,
    article_id,
    decode_text,
    looks_binary,
    rejected_file,
)
from dyads.ingest.dates import parse_date
from dyads.records import Article, Rejected

# Where browsers look for a <meta charset>: the first 1024 bytes; allow a longer <head>.
_CHARSET_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", re.I)
# WHATWG encoding rules: these labels all mean windows-1252.
_WINDOWS_1252_LABELS = frozenset({"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin1"})
_MIN_SENTENCE_WORDS = 4
_SENTENCE_PUNCTUATION = re.compile(r"""[.!?…]['"’”)\]]*(?:\s|$)""")
# Only dates the markup states: a date guessed from anywhere in the text is not metadata.
_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}


def read_html(data: bytes, source: str) -> Iterator[ReadResult]:
    """One article from the bytes of an HTML file, or the reason it cannot be read."""
    if not data.strip():
        yield rejected_file(source, "empty file")
    elif looks_binary(data):
        yield rejected_file(source, "binary file")
    else:
        yield html_article(data, source)


def html_article(
    data: bytes,
    source: str,
    *,
    line: int | None = None,
    url: str | None = None,
    content_type: str | None = None,
    fallback_date: str | None = None,
) -> Article | Rejected:
    """The article in an HTML page; `line` is the WARC record number, if any."""
    try:
        html = decode_text(data, page_encoding(data, content_type))
    except UnreadableError as error:
        return Rejected(source=source, line=line, reason=str(error))
    # Imported here: trafilatura takes a tenth of a second to import, and most runs read no HTML.
    import trafilatura
    from trafilatura.settings import Document

    try:
        page = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    # trafilatura and lxml raise many kinds of error on broken markup; all mean the same here.
    except Exception as error:
        reason = f"HTML could not be parsed: {str(error).strip()[:120] or type(error).__name__}"
        return Rejected(source=source, line=line, reason=reason)
    if not isinstance(page, Document):
        page = Document()
    text = _strip_title_line(page.text or "", page.title)
    if not _has_sentence(text):
        where = f" at {url}" if url else ""
        return Rejected(source=source, line=line, reason=f"no main text{where}")
    date = parse_date(page.date) if page.date else None
    date = date or fallback_date
    return Article(
        id=article_id(text),
        text=text,
        title=_nonblank(page.title),
        publisher=_nonblank(page.sitename) or _nonblank(page.hostname),
        url=url or _nonblank(page.url),
        date=date,
        date_source="metadata" if date else None,
    )


def page_encoding(data: bytes, content_type: str | None = None) -> str:
    """The encoding to decode a page with: BOM, then HTTP header, then <meta>, else UTF-8."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8"
    header = _HEADER_CHARSET.search(content_type or "")
    meta = _META_CHARSET.search(data[:_CHARSET_SNIFF_BYTES])
    label = header.group(1) if header else meta.group(1).decode("ascii") if meta else "utf-8"
    label = label.lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return "utf-8"


def _has_sentence(text: str) -> bool:
    return any(
        len(line.split()) >= _MIN_SENTENCE_WORDS and _SENTENCE_PUNCTUATION.search(line)
        for line in text.splitlines()
    )


def _strip_title_line(text: str, title: str | None) -> str:
    """The text without a first line that repeats the title (the page's <h1>)."""
    first, newline, rest = text.partition("\n")
    if title and newline and _same_words(first, title):
        return rest.lstrip("\n")
    return text


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _nonblank(value: str | None) -> str | None:
    if value is None:
        return None
    return value.strip() or None
