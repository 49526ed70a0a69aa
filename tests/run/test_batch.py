from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
import typer.main
from typer.testing import CliRunner

from dyads.cli import app
from dyads.run.batch import DEFAULT_PARTITION_SIZE, BatchError, BatchRequest, run_batch
from dyads.run.manifest import MANIFEST

COUNTRIES = ["Russia", "Ukraine", "France", "Germany", "China", "Japan", "India", "Brazil"]
REPO = Path(__file__).resolve().parents[2]


def news(number: int) -> str:
    """A short made-up news text; every number gives a different one."""
    actor = COUNTRIES[number % len(COUNTRIES)]
    other = COUNTRIES[(number + 3) % len(COUNTRIES)]
    return (
        f"{actor} accused {other} of breaking the ceasefire on Monday, officials said. "
        f"The foreign minister of {actor} met envoys from {other} in Geneva for talks "
        f"on trade number {number}. Hundreds of protesters gathered outside the embassy "
        f"of {other}, police said."
    )


def write_input(path: Path, count: int, extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [
        json.dumps({"id": f"a{n:03d}", "text": news(n), "date": "2025-03-03"}) for n in range(count)
    ]
    path.write_text("\n".join([*lines, *extra_lines]) + "\n", encoding="utf-8")
    return path


def table(out: Path, name: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = pq.read_table(out / name).to_pylist()
    return rows


def manifest_lines(out: Path) -> list[str]:
    path = out / MANIFEST
    return path.read_text().splitlines() if path.exists() else []


def snapshot(out: Path) -> dict[str, tuple[int, bytes]]:
    """Every file under `out` with its modification time and content."""
    return {
        str(path.relative_to(out)): (path.stat().st_mtime_ns, path.read_bytes())
        for path in sorted(out.rglob("*"))
        if path.is_file()
    }


# ---------------------------------------------------------------- requests


@pytest.mark.parametrize(
    ("inputs", "scheduler", "size", "message"),
    [
        (("-",), None, 10, "not -"),
        (("x.jsonl",), "tcp://127.0.0.1:8786", 10, "--engine dask"),
        (("x.jsonl",), None, 0, "partition-size"),
    ],
)
def test_bad_requests_are_refused(
    tmp_path: Path, inputs: tuple[str, ...], scheduler: str | None, size: int, message: str
) -> None:
    request = BatchRequest(
        inputs=inputs, out=tmp_path / "out", scheduler=scheduler, partition_size=size
    )
    with pytest.raises(BatchError, match=message):
        run_batch(request)
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------- whole runs


def test_a_batch_codes_every_article_once_and_lists_rejects(tmp_path: Path) -> None:
    source = write_input(
        tmp_path / "in.jsonl",
        5,
        extra_lines=("not json", json.dumps({"id": "a001", "text": "A repeated id."})),
    )
    out = tmp_path / "out"
    report = run_batch(BatchRequest(inputs=(str(source),), out=out, partition_size=2))
    assert (report.partitions, report.partitions_coded, report.coded) == (3, 3, 5)
    assert sorted(row["id"] for row in table(out, "articles")) == [f"a{n:03d}" for n in range(5)]
    assert sorted(p.name for p in (out / "quotes").iterdir()) == [
        "part-00000.parquet",
        "part-00001.parquet",
        "part-00002.parquet",
    ]
    events = table(out, "events")
    assert len(events) == report.events
    assert len({row["id"] for row in events}) == len(events)
    assert sum(int(str(row["n_events"])) for row in table(out, "articles")) == len(events)
    rejects = [json.loads(line) for line in (out / "rejects.jsonl").read_text().splitlines()]
    assert [r["line"] for r in rejects] == [6, None]
    assert "duplicate" in rejects[1]["reason"]
    assert report.rejected == 2


def test_rerunning_a_finished_batch_does_nothing_and_changes_nothing(tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.jsonl", 4, extra_lines=("not json",))
    request = BatchRequest(inputs=(str(source),), out=tmp_path / "out", partition_size=3)
    first = run_batch(request)
    before = snapshot(request.out)
    again = run_batch(request)
    assert again.partitions_coded == 0 and again.partitions_before == first.partitions == 2
    assert (again.coded, again.events, again.rejected) == (first.coded, first.events, 1)
    assert snapshot(request.out) == before


def test_a_half_finished_directory_is_completed_exactly_once(tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.jsonl", 6)
    request = BatchRequest(inputs=(str(source),), out=tmp_path / "out", partition_size=2)
    run_batch(request)
    complete = table(request.out, "events")
    # What a run killed while finishing partition 2 leaves: its files (one half written)
    # but a torn manifest line.
    manifest = request.out / MANIFEST
    lines = manifest.read_bytes().splitlines(keepends=True)
    manifest.write_bytes(b"".join(lines[:-1]) + lines[-1][:20])
    (request.out / "events" / ".part-00002.parquet.partial").write_bytes(b"half")
    report = run_batch(request)
    assert report.partitions_coded == 1
    articles = [row["id"] for row in table(request.out, "articles")]
    assert sorted(articles) == [f"a{n:03d}" for n in range(6)]
    redone = table(request.out, "events")
    assert sorted(str(row["id"]) for row in redone) == sorted(str(row["id"]) for row in complete)
    assert not list(request.out.rglob("*.partial"))


def test_a_changed_input_is_refused(tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.jsonl", 4)
    request = BatchRequest(inputs=(str(source),), out=tmp_path / "out", partition_size=2)
    run_batch(request)
    lines = source.read_text().splitlines()
    lines[0] = json.dumps({"id": "a000", "text": "A different text for the first article."})
    source.write_text("\n".join(lines) + "\n")
    with pytest.raises(BatchError, match="changed"):
        run_batch(request)


def test_articles_appended_after_a_full_partition_are_coded_as_new_ones(tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.jsonl", 4)
    request = BatchRequest(inputs=(str(source),), out=tmp_path / "out", partition_size=2)
    run_batch(request)
    write_input(source, 6)
    report = run_batch(request)
    assert (report.partitions_before, report.partitions_coded) == (2, 1)
    articles = [row["id"] for row in table(request.out, "articles")]
    assert sorted(articles) == [f"a{n:03d}" for n in range(6)]


def test_the_command_exits_3_when_records_are_rejected_also_on_a_rerun(tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.jsonl", 3, extra_lines=("not json",))
    arguments = ["batch", str(source), "--out", str(tmp_path / "out"), "--partition-size", "2"]
    first = CliRunner().invoke(app, arguments)
    assert first.exit_code == 3, first.output
    assert "3 of 3 articles coded in 2 partitions (2 now, 0 before)" in first.output
    again = CliRunner().invoke(app, arguments)
    assert again.exit_code == 3
    assert "(0 now, 2 before)" in again.output


def test_the_command_exits_1_when_there_is_nothing_to_code(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "empty"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "no articles" in result.output


def test_the_command_default_partition_size_is_the_library_default() -> None:
    command = typer.main.get_command(app).commands["batch"]  # type: ignore[attr-defined]
    option = next(p for p in command.params if p.name == "partition_size")
    assert option.default == DEFAULT_PARTITION_SIZE


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_a_batch_killed_midway_and_rerun_codes_each_article_once(tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.jsonl", 40)
    out = tmp_path / "out"
    command = [
        sys.executable,
        "-m",
        "dyads",
        "batch",
        str(source),
        "--out",
        str(out),
        "--partition-size",
        "4",
        "--workers",
        "2",
    ]
    environment = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    process = subprocess.Popen(
        command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    # Kill it once the manifest lists at least one partition (its header is line 1).
    while process.poll() is None and len(manifest_lines(out)) < 2:
        time.sleep(0.005)
    workers = _children(process.pid)
    process.send_signal(signal.SIGKILL)
    _, errors = process.communicate()
    assert process.returncode == -signal.SIGKILL, errors.decode()
    finished = len(manifest_lines(out)) - 1
    assert 1 <= finished < 10
    # The worker processes do not outlive the run.
    deadline = time.monotonic() + 20
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert workers and not any(_running(pid) for pid in workers)

    # The worker count is free to change between runs; one process is quicker to start.
    rerun = subprocess.run(command[:-2], env=environment, capture_output=True, check=False)
    assert rerun.returncode == 0, rerun.stderr.decode()
    articles = [row["id"] for row in table(out, "articles")]
    assert sorted(articles) == [f"a{n:03d}" for n in range(40)]
    events = table(out, "events")
    assert len({row["id"] for row in events}) == len(events)
    # The same events as a run in one process that was never interrupted.
    clean = run_batch(BatchRequest(inputs=(str(source),), out=tmp_path / "clean", partition_size=4))
    assert clean.events == len(events)
    assert sorted(str(row["id"]) for row in table(tmp_path / "clean", "events")) == sorted(
        str(row["id"]) for row in events
    )
