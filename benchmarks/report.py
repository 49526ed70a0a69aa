"""Write a benchmark's section into BENCHMARKS.md, replacing its previous figures."""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "BENCHMARKS.md"
# The shared data folder beside the project, or where DYADS_SHARED_DATA points (as for the tests).
SHARED = Path(os.environ.get("DYADS_SHARED_DATA", ROOT.parent / "shared" / "data"))
# The PLOVER measures every event benchmark reports, as (row label, `PloverScores` field).
PLOVER_MEASURES = (
    ("top-1 event accuracy", "accuracy"),
    ("macro-F1", "macro_f1"),
    ("actor code F1", "actor_f1"),
    ("recipient code F1", "recipient_f1"),
    ("full record accuracy", "full_record"),
)


def found_files(folder: Path, pattern: str) -> list[Path]:
    """The files of a shared-data folder matching a pattern, sorted; an error naming the
    folder when there are none (a benchmark scored on no data would report zeros)."""
    files = sorted(folder.glob(pattern))
    if not files:
        raise SystemExit(
            f"no {pattern} files under {folder}: the shared data folder is ../shared/data beside "
            "the project, or where DYADS_SHARED_DATA points"
        )
    return files


HEADER = (
    "# Benchmarks\n\nFigures measured by the scripts in `benchmarks/`; each section says how.\n"
)


def _proc_field(path: str, field: str) -> str | None:
    """The value of the first `field:` line of a /proc file, if this system has one."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    for line in lines:
        key, _, value = line.partition(":")
        if key.strip() == field:
            return value.strip()
    return None


def machine() -> str:
    """A one-line description of the machine the figures come from."""
    cpu = _proc_field("/proc/cpuinfo", "model name") or platform.processor() or platform.machine()
    memory = _proc_field("/proc/meminfo", "MemTotal")
    gib = f", {int(memory.split()[0]) / 2**20:.0f} GiB" if memory else ""
    return (
        f"{platform.system()} {platform.machine()} ({cpu}), {os.cpu_count()} cores{gib}, "
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
