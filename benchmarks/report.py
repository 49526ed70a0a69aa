"""Write a benchmark's section into BENCHMARKS.md, replacing its previous figures."""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "BENCHMARKS.md"
HEADER = (
    "# Benchmarks\n\nFigures measured by the scripts in `benchmarks/`; each section says how.\n"
)


def machine() -> str:
    """A one-line description of the machine the figures come from."""
    cpu = platform.processor() or platform.machine()
    return f"{platform.system()} {platform.machine()} ({cpu}), {os.cpu_count()} cores, " + (
        f"Python {platform.python_version()}"
    )


def write_section(name: str, body: str) -> None:
    """Replace (or append) the section `name` of BENCHMARKS.md with `body`."""
    text = BENCHMARKS.read_text(encoding="utf-8") if BENCHMARKS.exists() else HEADER
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    stamped = (
        f"{start}\n{body.rstrip()}\n\nMeasured {dt.date.today().isoformat()} on {machine()}.\n{end}"
    )
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _: stamped, text)
    else:
        text = text.rstrip() + "\n\n" + stamped + "\n"
    BENCHMARKS.write_text(text, encoding="utf-8")
