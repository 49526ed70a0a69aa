"""JSON Lines: one article per line as an object with `text` and optional metadata.

Fields: `text` (required, a non-empty string, kept exactly as given), `id` (a string, or an
integer taken as its decimal string; else the hash of the text), and optional `title`, `date`,
`url`, `publisher`. Blank lines are skipped. A line that is not valid UTF-8, not JSON, not an
object, or has no usable `text` or `id` is rejected with its line number and raw content. An
unparseable `date`, or an optional field that is not a string, is a warning: the article is read
without it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from dyads.ingest.base import (
    ReadResult,
    ReadWarning,
    UnreadableError,
    article_id,
    decode_text,
)
from dyads.ingest.dates import parse_date
from dyads.records import Article, Rejected

OPTIONAL_STRING_FIELDS = ("title", "url", "publisher")


class RecordError(Exception):
    """A JSON line that cannot become an article; the message is the reject reason."""


def read_jsonl(lines: Iterable[bytes], source: str) -> Iterator[ReadResult]:
    """Articles from JSON lines (as bytes), with rejects and warnings in line order."""
    blank = True
    for number, raw_line in enumerate(lines, start=1):
        if not raw_line.strip():
            continue
        blank = False
        raw = raw_line.decode("utf-8", errors="backslashreplace").rstrip("\r\n")
        try:
            line = decode_text(raw_line)
            obj = parse_object(line)
            article, warnings = article_from_object(obj)
        except (UnreadableError, RecordError) as error:
            yield Rejected(source=source, line=number, reason=str(error), raw=raw)
            continue
        for message in warnings:
            yield ReadWarning(source=source, line=number, message=message)
        yield article
    if blank:
        yield Rejected(source=source, line=None, reason="empty file")


def parse_object(line: str) -> dict[str, Any]:
    """The JSON object on one line; `RecordError` when it is not JSON or not an object."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        raise RecordError(f"malformed JSON: {error.msg}") from None
    except RecursionError:
        raise RecordError("malformed JSON: nested too deeply") from None
    if not isinstance(value, dict):
        raise RecordError(f"not a JSON object (found {_json_type(value)})")
    return value


def article_from_object(obj: dict[str, Any]) -> tuple[Article, list[str]]:
    """The article an object describes, and warnings about fields that were dropped."""
    text = obj.get("text")
    if text is None:
        raise RecordError('missing "text"')
    if not isinstance(text, str):
        raise RecordError(f'"text" is not a string (found {_json_type(text)})')
    if not text.strip():
        raise RecordError('"text" is empty')
    warnings: list[str] = []
    fields: dict[str, str | None] = {}
    for name in OPTIONAL_STRING_FIELDS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            warnings.append(f'"{name}" is not a string (found {_json_type(value)}); ignored')
            value = None
        fields[name] = _nonblank(value)
    date, date_warning = _date(obj.get("date"))
    if date_warning:
        warnings.append(date_warning)
    article = Article(
        id=_id(obj.get("id"), text),
        text=text,
        title=fields["title"],
        url=fields["url"],
        publisher=fields["publisher"],
        date=date,
        date_source="metadata" if date else None,
    )
    return article, warnings


def _nonblank(value: str | None) -> str | None:
    if value is None:
        return None
    return value.strip() or None


def _id(value: object, text: str) -> str:
    if value is None:
        return article_id(text)
    # bool is an int subclass, but `true` is no identifier.
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise RecordError(f'"id" is not a string or integer (found {_json_type(value)})')
    if not value.strip():
        raise RecordError('"id" is empty')
    return value


def _date(value: object) -> tuple[str | None, str | None]:
    """The normalised date and, when the value was unusable, a warning."""
    if value is None or value == "":
        return None, None
    if not isinstance(value, str):
        return None, f'"date" is not a string (found {_json_type(value)}); coded without a date'
    date = parse_date(value)
    if date is None:
        return None, f'cannot parse "date" {value[:40]!r}; coded without a date'
    return date, None


def _json_type(value: object) -> str:
    """The JSON name of a decoded value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"
