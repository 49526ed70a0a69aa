"""A disk cache for tables derived from shipped data, so that a new process reads them in one
step instead of rebuilding them.

The cache lives in `$DYADS_CACHE_DIR`, else `$XDG_CACHE_HOME/dyads`, else `~/.cache/dyads`.
Each entry is named by what it holds and a digest of the bytes it was derived from and of the
Python version (the `marshal` format is Python's own), so a changed data file or interpreter
never reads a stale entry. Entries are written atomically (a temporary file renamed into
place): processes starting together may each write one, and none reads a half-written file.
A cache that cannot be read or written is skipped; the table is then built as if there were
none. Deleting the folder is always safe.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """The folder cached tables are kept in."""
    chosen = os.environ.get("DYADS_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dyads"


def entry_path(name: str, source: bytes) -> Path:
    """Where the table `name` derived from `source` is cached."""
    digest = hashlib.blake2b(source, digest_size=12)
    digest.update(f"{sys.version_info.major}.{sys.version_info.minor}".encode())
    return cache_dir() / f"{name}-{digest.hexdigest()}.marshal"


def cached(name: str, source: bytes, build: Callable[[], T], valid: Callable[[Any], bool]) -> T:
    """The table `build()` derives from `source`: read from the cache when an entry for these
    bytes is there and `valid` accepts it, else built and stored for the next process.
    `build` must return what `marshal` can store (built-in types only)."""
    path = entry_path(name, source)
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        stored = None
    if stored is not None and valid(stored):
        return stored  # type: ignore[no-any-return]  # checked by `valid`
    table = build()
    _store(path, table)
    return table


def _store(path: Path, table: Any) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                marshal.dump(table, out)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _remove_older(path)
    except (OSError, ValueError):
        return  # read-only home, full disk: the next process builds the table again


def _remove_older(path: Path) -> None:
    """Entries of the same table built from other bytes: stale once the data changed."""
    name = path.name.rsplit("-", 1)[0]
    for other in path.parent.glob(f"{name}-*.marshal"):
        if other != path and other.name.rsplit("-", 1)[0] == name:
            other.unlink(missing_ok=True)
