"""Converters that build the shipped data files from the MIT-licensed source dictionaries."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path


def run_converter(
    module: str, convert: Callable[[Path], str | None], argv: list[str] | None = None
) -> int:
    """The command line every converter shares: one argument, the shared data folder.

    `convert` builds the data from that folder and may return a line to print when done.
    """
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(f"usage: python -m {module} PATH/TO/shared/data", file=sys.stderr)
        return 2
    done = convert(Path(args[0]))
    if done:
        print(done)
    return 0


def wrote(path: Path, detail: str = "") -> str:
    """The line a converter prints for a file it wrote: its path and size."""
    extra = f"; {detail}" if detail else ""
    return f"wrote {path} ({path.stat().st_size:,} bytes{extra})"
