"""PLOVER dev benchmark: `dyads eval plover` on the 155 gold dev sentences.

Run from the project root:  .venv/bin/python benchmarks/plover_dev.py
Writes the figures, with the date, the machine and the command, into BENCHMARKS.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from report import write_section

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "data" / "plover" / "gsr_dev.jsonl"


def _type_row(name: str, score: dict[str, float]) -> str:
    return (
        f"| {name} | {score['precision']:.2f} | {score['recall']:.2f} | {score['f1']:.2f} "
        f"| {score['support']} |"
    )


def main() -> None:
    command = [sys.executable, "-m", "dyads", "eval", "plover", str(GOLD), "--format", "json"]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    scores = json.loads(result.stdout)
    rows = [
        ("top-1 event accuracy", scores["accuracy"]),
        ("macro-F1", scores["macro_f1"]),
        ("actor code F1", scores["actor_f1"]),
        ("recipient code F1", scores["recipient_f1"]),
        ("full record accuracy", scores["full_record"]),
    ]
    lines = [
        "## PLOVER dev (events and actors)",
        "",
        f"Data: `../shared/data/plover/gsr_dev.jsonl` ({scores['sentences']} sentences, the "
        "development half of the PLOVER gold standard). dyads' rules were written with this "
        "file in view, so these are development figures, not held-out ones.",
        "",
        "Command: `.venv/bin/python benchmarks/plover_dev.py` "
        "(runs `dyads eval plover ../shared/data/plover/gsr_dev.jsonl --format json`).",
        "",
        "| measure | value |",
        "|---|---|",
        *[f"| {name} | {value:.3f} |" for name, value in rows],
        f"| wall time (load + code, one process) | {seconds:.1f} s |",
        "",
        "| type | precision | recall | F1 | gold |",
        "|---|---|---|---|---|",
        *[_type_row(name, score) for name, score in scores["per_type"].items()],
    ]
    write_section("plover-dev", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
