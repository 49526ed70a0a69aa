"""Throughput: dyads end to end against bare spaCy parsing, on the 200 GeoWebNews articles.

Run from the project root:  .venv/bin/python benchmarks/throughput.py [--rounds 2] [--profile]
(`--profile` adds the top of pyinstrument's call tree for the dyads run to the section.)

Each measurement runs in a fresh process (so peak memory is its own) and the two kinds
alternate (bare, dyads, bare, dyads, ...) so that a busy machine slows both alike:
- bare: `nlp.pipe` over the article texts with the same model and batch size, one process;
- dyads: `Pipeline.code_many` over the same articles, one process (what `dyads code
  --workers 1` runs after loading);
- dyads with 2 worker processes (`code_in_processes`), for the scaling figure; both workers
  load the pipeline before the clock starts, as they do once in a long run.
Model and dictionary loading are timed apart and not counted in the coding time.
Writes the figures, with the date, the machine and the command, into BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from pyinstrument import Profiler

from report import SHARED, write_section

ROOT = Path(__file__).resolve().parent.parent
GWN = SHARED / "geo" / "GWN.xml"
BATCH_SIZE = 16


def read_texts() -> list[str]:
    """The article texts of GeoWebNews (read from ../shared, never copied)."""
    return [element.findtext("text") or "" for element in ET.parse(GWN).getroot().iter("article")]


def _warm_up(seconds: float) -> None:
    # Holds a worker long enough that the other warm-up task must go to the other worker.
    time.sleep(seconds)


def warm_pool(workers: int) -> ProcessPoolExecutor:
    """A pool whose workers have all loaded the pipeline, so that timing counts coding only."""
    from dyads.pipeline import PipelineConfig
    from dyads.run.workers import start_worker

    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=start_worker,
        initargs=(PipelineConfig(),),
    )
    list(pool.map(_warm_up, [1.0] * workers))
    return pool


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(kind: str, profile: bool) -> dict[str, float]:
    """One measurement in this process: load, then code or parse every article."""
    from dyads.pipeline import Pipeline, PipelineConfig
    from dyads.records import Article
    from dyads.run.local import code_in_processes

    texts = read_texts()
    started = time.perf_counter()
    if kind == "bare":
        import spacy

        from dyads.nlp import model_name

        nlp = spacy.load(model_name())
    elif kind == "dyads":
        pipeline = Pipeline(PipelineConfig())
    elif kind == "dyads2":
        pool = warm_pool(workers=2)
    loaded = time.perf_counter() - started
    articles = [Article(id=str(n), text=text) for n, text in enumerate(texts)]
    profiler = Profiler(interval=0.005) if profile else None
    if profiler:
        profiler.start()
    started = time.perf_counter()
    if kind == "bare":
        for _doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
            pass
    elif kind == "dyads":
        for _coded in pipeline.code_many(articles, batch_size=BATCH_SIZE):
            pass
    else:
        for _result in code_in_processes(articles, PipelineConfig(), workers=2, pool=pool):
            pass
    seconds = time.perf_counter() - started
    if profiler:
        profiler.stop()
        print(profiler.output_text(unicode=False, color=False), file=sys.stderr)
    return {"load": loaded, "seconds": seconds, "peak_mb": _peak_mb()}


def _run(kind: str, profile: bool = False) -> dict[str, float]:
    command = [sys.executable, __file__, "--measure", kind]
    if profile:
        command.append("--profile")
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    result: dict[str, float] = json.loads(done.stdout)
    return result


def _profile_top(lines: int = 45) -> str:
    """The top of pyinstrument's call tree for the dyads run."""
    command = [sys.executable, __file__, "--measure", "dyads", "--profile"]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    tree = [line.rstrip() for line in done.stderr.splitlines() if line.strip()]
    start = next((i for i, line in enumerate(tree) if "Duration:" in line), 0)
    return "\n".join(line.replace(str(ROOT) + "/", "") for line in tree[start : start + lines])


def _command_seconds(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True, cwd=ROOT)
    return time.perf_counter() - started


def whole_commands(texts: list[str], runs: int = 3) -> tuple[float, float]:
    """Wall time of whole commands, start-up and loading included: bare spaCy parsing the
    texts, and `dyads code --workers 1` coding them from JSONL into a JSONL file; the best of
    `runs` alternating runs of each (one run alone swings by a fifth on a shared machine)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "gwn.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for number, text in enumerate(texts):
                out.write(json.dumps({"id": str(number), "text": text}) + "\n")
        bare = [sys.executable, __file__, "--measure", "bare"]
        dyads = [sys.executable, "-m", "dyads", "code", str(source), "--workers", "1"]
        dyads += ["-o", str(Path(folder) / "out.jsonl")]
        times = [(_command_seconds(bare), _command_seconds(dyads)) for _ in range(runs)]
        return min(t[0] for t in times), min(t[1] for t in times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--measure", choices=["bare", "dyads", "dyads2"])
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.profile)))
        return
    texts = read_texts()
    words = sum(len(text.split()) for text in texts)
    runs: dict[str, list[dict[str, float]]] = {"bare": [], "dyads": []}
    for _ in range(args.rounds):
        for kind in ("bare", "dyads"):
            runs[kind].append(_run(kind))
    two = _run("dyads2")
    bare_command, dyads_command = whole_commands(texts)
    bare = statistics.median(r["seconds"] for r in runs["bare"])
    dyads = statistics.median(r["seconds"] for r in runs["dyads"])
    ratio = bare / dyads
    lines = [
        "## Throughput (one machine)",
        "",
        f"Data: the {len(texts)} GeoWebNews articles of `../shared/data/geo/GWN.xml` "
        f"({words:,} words). Median of {args.rounds} alternating runs, each in a fresh process; "
        "loading is timed apart.",
        "",
        "Command: `.venv/bin/python benchmarks/throughput.py --profile`",
        "",
        "| run | seconds | articles/s | words/s | peak RSS (MB) | load (s) |",
        "|---|---|---|---|---|---|",
        _row("bare spaCy `nlp.pipe`, 1 process", bare, len(texts), words, runs["bare"]),
        _row("dyads end to end, 1 process", dyads, len(texts), words, runs["dyads"]),
        _row("dyads end to end, 2 processes", two["seconds"], len(texts), words, [two]),
        "",
        f"Ratio (bare spaCy time / dyads time, 1 process): **{ratio:.2f}** "
        "(bar ≥ 0.80; 1.0 would mean dyads is as fast as parsing alone).",
        f"Scaling with 2 processes: {dyads / two['seconds']:.2f}× the 1-process speed "
        "(peak RSS of the 2-process run is the parent's only).",
        "",
        "Whole commands, start-up, loading, reading and writing included (wall time, best of "
        "three alternating runs; one run of the same code swings by a sixth on this machine): "
        f"bare spaCy {bare_command:.1f} s, `dyads code --workers 1` from JSONL to JSONL "
        f"{dyads_command:.1f} s; ratio **{bare_command / dyads_command:.2f}**.",
    ]
    if args.profile:
        lines += [
            "",
            "Profile of the dyads run (pyinstrument call tree, top; times include the profiler):",
            "",
            "```",
            _profile_top(),
            "```",
        ]
    write_section("throughput", "\n".join(lines))
    print("\n".join(lines))


def _row(name: str, seconds: float, articles: int, words: int, runs: list[dict[str, float]]) -> str:
    peak = max(r["peak_mb"] for r in runs)
    load = statistics.median(r["load"] for r in runs)
    return (
        f"| {name} | {seconds:.1f} | {articles / seconds:.2f} | {words / seconds:,.0f} "
        f"| {peak:.0f} | {load:.1f} |"
    )


if __name__ == "__main__":
    main()
