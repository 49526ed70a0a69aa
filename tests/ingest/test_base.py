"""The shared pieces: ids, warnings, byte checks and decoding."""

from __future__ import annotations

import msgspec
import pytest

from dyads.ingest.base import (
    ReadWarning,
    UnreadableError,
    article_id,
    decode_text,
    looks_binary,
)
from dyads.records import to_builtins


def test_article_id_is_stable_and_depends_on_the_text() -> None:
    assert article_id("Talks resumed in Geneva.") == article_id("Talks resumed in Geneva.")
    assert article_id("Talks resumed in Geneva.") != article_id("Talks resumed in Vienna.")
    assert len(article_id("x")) == 16
    # A fixed value: ids must not change between releases, or stores would duplicate articles.
    assert article_id("hello") == "2cf24dba5fb0a30e"


def test_read_warning_names_its_location_and_is_frozen() -> None:
    warning = ReadWarning(source="a.jsonl", line=3, message="cannot parse date")
    assert warning.location() == "a.jsonl:3"
    assert ReadWarning(source="-", line=None, message="m").location() == "-"
    with pytest.raises(AttributeError):
        warning.line = 4  # type: ignore[misc]
    assert to_builtins(warning) == {"source": "a.jsonl", "line": 3, "message": "cannot parse date"}
    with pytest.raises(TypeError):
        ReadWarning("a.jsonl", 3, "m")  # type: ignore[call-arg]
    assert msgspec.json.decode(msgspec.json.encode(warning), type=ReadWarning) == warning


def test_binary_means_a_nul_byte_near_the_start() -> None:
    assert looks_binary(b"abc\0def")
    assert not looks_binary("Zürich talks".encode())
    assert not looks_binary(b"a" * 9000 + b"\0")


def test_decode_drops_a_byte_order_mark_and_names_the_bad_byte() -> None:
    assert decode_text("\ufeffKyiv".encode()) == "Kyiv"
    with pytest.raises(UnreadableError, match=r"not valid UTF-8 \(byte 0xff at offset 3\)"):
        decode_text(b"abc\xffdef")
    with pytest.raises(UnreadableError, match=r"not valid windows-1252 \(byte 0x81 at offset 3\)"):
        decode_text(b"abc\x81", "cp1252")
