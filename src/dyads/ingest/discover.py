"""From command-line inputs to readers: files, directories and `-` for stdin.

A directory is walked recursively in sorted order, reading files with a known extension
(`.txt .jsonl .html .htm .warc .warc.gz`) and skipping everything else, hidden files and
folders included. A file named explicitly is read by its extension, and as text when the
extension is unknown. Stdin is JSON Lines when every non-blank line is a JSON object, else one
text article.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from dyads.ingest.base import (
    BINARY_SNIFF_BYTES,
    ReadResult,
    ReadWarning,
    looks_binary,
    rejected_file,
)
from dyads.ingest.html import read_html
from dyads.ingest.jsonl import read_jsonl
from dyads.ingest.text import read_text
from dyads.ingest.warc import read_warc

STDIN = "-"
KNOWN_EXTENSIONS = (".txt", ".jsonl", ".html", ".htm", ".warc", ".warc.gz")

ByteReader = Callable[[bytes, str], Iterator[ReadResult]]
_BYTE_READERS: dict[str, ByteReader] = {
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
}


def read_inputs(inputs: Sequence[str], stdin: BinaryIO | None = None) -> Iterator[ReadResult]:
    """Every article, reject and warning from the inputs, in order, one file at a time."""
    for name in inputs:
        if name == STDIN:
            yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer)
        elif os.path.isdir(name):
            yield from read_directory(Path(name))
        else:
            yield from read_file(Path(name))


def read_directory(directory: Path) -> Iterator[ReadResult]:
    """The known files under a directory, recursively, in sorted order."""
    found = False
    for path in input_files(directory):
        found = True
        yield from read_file(path)
    if not found:
        message = f"no input files ({' '.join(KNOWN_EXTENSIONS)}) in directory"
        yield ReadWarning(source=str(directory), line=None, message=message)


def input_files(directory: Path) -> Iterator[Path]:
    """Files under `directory` with a known extension, sorted, hidden entries left out."""
    for root, folders, files in os.walk(directory):
        folders[:] = sorted(folder for folder in folders if not folder.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and extension(name) in KNOWN_EXTENSIONS:
                yield Path(root) / name


def extension(name: str) -> str:
    """The lower-cased extension, with `.warc.gz` as one."""
    lower = name.lower()
    if lower.endswith(".warc.gz"):
        return ".warc.gz"
    return os.path.splitext(lower)[1]


def read_file(path: Path) -> Iterator[ReadResult]:
    """One file by its extension; a file of unknown type is read as text."""
    source = str(path)
    kind = extension(path.name)
    try:
        with path.open("rb") as stream:
            head = stream.read(BINARY_SNIFF_BYTES)
            stream.seek(0)
            yield from _read_stream(stream, head, source, kind)
    except FileNotFoundError:
        yield rejected_file(source, "no such file")
    except IsADirectoryError:
        yield rejected_file(source, "is a directory")
    except OSError as error:
        yield rejected_file(source, f"cannot read: {error.strerror or error}")


def _read_stream(stream: BinaryIO, head: bytes, source: str, kind: str) -> Iterator[ReadResult]:
    """Dispatch an open file; `head` is its first bytes, for the empty and binary checks."""
    if not head:
        yield rejected_file(source, "empty file")
    elif kind in (".warc", ".warc.gz"):
        yield from read_warc(stream, source)
    elif looks_binary(head):
        yield rejected_file(source, "binary file")
    elif kind == ".jsonl":
        yield from read_jsonl(stream, source)
    else:
        yield from _BYTE_READERS.get(kind, read_text)(stream.read(), source)


def read_stdin(stream: BinaryIO) -> Iterator[ReadResult]:
    """Stdin as JSON Lines when every non-blank line is a JSON object, else as one text."""
    data = stream.read()
    if not data.strip():
        yield rejected_file(STDIN, "empty input")
    elif _all_json_objects(data):
        yield from read_jsonl(io.BytesIO(data), STDIN)
    else:
        yield from read_text(data, STDIN)


def _all_json_objects(data: bytes) -> bool:
    for line in data.split(b"\n"):
        if not line.strip():
            continue
        try:
            if not isinstance(json.loads(line), dict):
                return False
        except (ValueError, RecursionError):
            return False
    return True
