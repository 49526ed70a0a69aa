"""What every reader shares: the warning record, article ids, and byte checks.

Readers yield `Article`s, `Rejected` records (input that cannot be read, with the reason) and
`ReadWarning`s (input that was read, but with something dropped). Bad input never raises out of
a reader: one bad record never stops the others.
"""

from __future__ import annotations

import hashlib

from dyads.records import Article, Record, Rejected


class ReadWarning(Record, frozen=True, kw_only=True):
    """Something in a record could not be used, but the article was still read."""

    source: str  # file name, or "-" for stdin
    line: int | None  # 1-based line (JSONL) or record number (WARC); None for whole files
    message: str

    def location(self) -> str:
        return self.source if self.line is None else f"{self.source}:{self.line}"


ReadResult = Article | Rejected | ReadWarning

# Git's rule for telling binary from text: a NUL byte among the first 8,000 bytes.
BINARY_SNIFF_BYTES = 8000


# Python's codec names, as people know them.
_ENCODING_NAMES = {"utf-8": "UTF-8", "utf8": "UTF-8", "cp1252": "windows-1252"}


class UnreadableError(Exception):
    """Raised inside the readers when bytes cannot be used; the message is the reject reason."""


def article_id(text: str) -> str:
    """A stable id for an article without one: the first 16 hex digits of sha256(text)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def looks_binary(data: bytes) -> bool:
    """True when the bytes are not text (a NUL byte near the start)."""
    return b"\0" in data[:BINARY_SNIFF_BYTES]


def decode_text(data: bytes, encoding: str = "utf-8") -> str:
    """The bytes as text, without a leading byte-order mark.

    Undecodable bytes raise `UnreadableError`: guessing another encoding would silently
    garble names, so the record is rejected instead.
    """
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UnreadableError(decode_error_reason(error, encoding)) from None
    return text.removeprefix("\ufeff")


def decode_error_reason(error: UnicodeDecodeError, encoding: str) -> str:
    """A short reason naming the encoding, the first bad byte and its offset."""
    bad = error.object[error.start : error.start + 1]
    name = _ENCODING_NAMES.get(encoding.lower(), encoding)
    return f"not valid {name} (byte 0x{bytes(bad).hex()} at offset {error.start})"


def rejected_file(source: str, reason: str) -> Rejected:
    """A whole file that cannot be read."""
    return Rejected(source=source, line=None, reason=reason)
