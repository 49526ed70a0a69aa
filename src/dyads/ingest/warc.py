"""WARC archives (plain or gzipped): each HTML response is read as an HTML page.

Only `response` records with a 2xx HTTP status and an HTML content type are articles; requests,
metadata, redirects, errors, images and the like are skipped. The URL is the record's
`WARC-Target-URI`; the date comes from the page, else from the record's `WARC-Date`. Records
are numbered from 1 in file order, and rejects name that number. A corrupt or truncated archive
is rejected at the record where reading broke (a record shorter than its `Content-Length` is
truncated, and not read as an article), after the articles read before it.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from dyads.ingest.base import ReadResult
from dyads.ingest.dates import parse_date
from dyads.ingest.html import html_article
from dyads.records import Rejected

HTML_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_BLOCK_BYTES = 1 << 16
# What warcio and the gzip layer raise on damaged input.
_CORRUPTION = (ArchiveLoadFailed, zlib.error, EOFError, ValueError, OSError)


def read_warc(stream: IO[bytes], source: str) -> Iterator[ReadResult]:
    """Articles from the HTML responses in a WARC stream, with rejects naming record numbers."""
    number = 0
    records = iter(ArchiveIterator(stream))
    while True:
        number += 1
        try:
            record = next(records, None)
            if record is None:
                return
            result = _record_article(record, source, number)
            if not _read_to_end(record):
                result = Rejected(
                    source=source, line=number, reason="corrupt WARC: record truncated"
                )
        except _CORRUPTION as error:
            reason = f"corrupt WARC: {_first_line(error)}"
            yield Rejected(source=source, line=number, reason=reason)
            return
        if result is not None:
            yield result


def _record_article(record: Any, source: str, number: int) -> ReadResult | None:
    """The record as an article (or reject); None for records that are not HTML responses."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode() or ""
    content_type = record.http_headers.get_header("Content-Type") or ""
    if not status.startswith("2") or _media_type(content_type) not in HTML_CONTENT_TYPES:
        return None
    data = record.content_stream().read()
    warc_date = record.rec_headers.get_header("WARC-Date")
    return html_article(
        data,
        source,
        line=number,
        url=record.rec_headers.get_header("WARC-Target-URI"),
        content_type=content_type,
        fallback_date=parse_date(warc_date) if warc_date else None,
    )


def _read_to_end(record: Any) -> bool:
    """Consume the rest of the record; False when the archive ends before its Content-Length."""
    stream = record.raw_stream
    while stream.read(_BLOCK_BYTES):
        pass
    # warcio reads a short record without complaint; its length reader shows what is missing.
    return getattr(stream, "limit", 0) == 0


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _first_line(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return lines[0][:120] if lines else type(error).__name__
