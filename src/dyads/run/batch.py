"""Batch runs that survive being killed: fixed partitions, Parquet datasets, a manifest, resume.

The input is cut into fixed partitions (`dyads.run.partitions`), an engine codes them
(`dyads.run.local_engine`, `dyads.run.dask_engine`) and each coded partition is written to the
output directory and listed in its manifest (`dyads.run.manifest`). A run killed at any moment
and started again redoes only the partitions the manifest does not list, overwriting whatever
half-done files they left.

Each manifest line carries the SHA-256 of its partition's articles as read (ids, texts and
metadata). When the input no longer gives the same articles for a finished partition the run is
refused: mixing two inputs in one directory would lose or duplicate articles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from dyads.ingest import ReadWarning, read_inputs
from dyads.nlp import model_name
from dyads.pipeline import PipelineConfig
from dyads.run.engine import Engine
from dyads.run.errors import BatchError
from dyads.run.local_engine import LocalEngine
from dyads.run.manifest import MANIFEST_FORMAT, BatchDirectory, ManifestEntry, ManifestHeader
from dyads.run.partitions import (
    DEFAULT_PARTITION_SIZE,
    Partition,
    Plan,
    plan_partitions,
    split_partitions,
)
from dyads.run.progress import ProgressReporter, RichProgress

# What a caller of `run_batch` needs, importable from here.
__all__ = [
    "DEFAULT_PARTITION_SIZE",
    "BatchError",
    "BatchReport",
    "BatchRequest",
    "EngineName",
    "ProgressReporter",
    "RichProgress",
    "run_batch",
]

EngineName = Literal["local", "dask"]


@dataclass(frozen=True)
class BatchRequest:
    """What `dyads batch` is asked to do."""

    inputs: tuple[str, ...]
    out: Path
    engine: EngineName = "local"
    workers: int = 1
    scheduler: str | None = None  # a Dask scheduler address, with engine="dask"
    partition_size: int = DEFAULT_PARTITION_SIZE
    pipeline: PipelineConfig = field(default_factory=PipelineConfig)


@dataclass(frozen=True)
class BatchReport:
    """What the output directory holds after a run, and what this run added."""

    partitions: int
    partitions_before: int  # finished before this run started
    partitions_coded: int  # coded by this run
    articles: int  # read from the input, duplicates left out
    coded: int
    events: int
    quotes: int
    rejected: int  # input records and articles not coded (see rejects.jsonl)
    rejects_path: Path


def check_request(request: BatchRequest) -> None:
    if not request.inputs:
        raise BatchError("no input given")
    if "-" in request.inputs:
        raise BatchError(
            "dyads batch reads its input again when it resumes: name files or directories, not -"
        )
    if request.partition_size < 1:
        raise BatchError("--partition-size must be at least 1")
    if request.workers < 1:
        raise BatchError("--workers must be at least 1")
    if request.engine not in ("local", "dask"):
        raise BatchError(f"unknown engine {request.engine!r}: choose local or dask")
    if request.scheduler is not None and request.engine != "dask":
        raise BatchError("--scheduler needs --engine dask")


def header_for(request: BatchRequest) -> ManifestHeader:
    actors = request.pipeline.actors_file
    return ManifestHeader(
        format=MANIFEST_FORMAT,
        partition_size=request.partition_size,
        model=model_name(request.pipeline.model),
        actors=str(actors.resolve()) if actors is not None else None,
    )


def check_unchanged(plan: Plan, finished: dict[int, ManifestEntry], root: Path) -> None:
    """Refuse to resume when a finished partition no longer matches the input."""
    for index, entry in sorted(finished.items()):
        if index >= len(plan.fingerprints) or plan.fingerprints[index] != entry.fingerprint:
            raise BatchError(
                f"the input has changed since {root} was written (partition {index} no longer "
                "holds the same articles): write to a new --out directory"
            )


def pending_partitions(
    request: BatchRequest, plan: Plan, pending: frozenset[int]
) -> Iterator[Partition]:
    """Read the input again and yield the partitions still to code."""
    for item in split_partitions(read_inputs(list(request.inputs)), request.partition_size):
        if not isinstance(item, Partition) or item.index not in pending:
            continue
        if plan.fingerprints[item.index] != item.fingerprint:
            raise BatchError("the input changed while the batch was running")
        yield item


def make_engine(request: BatchRequest) -> Engine:
    if request.engine == "dask":
        from dyads.run.dask_engine import DaskEngine

        return DaskEngine(request.pipeline, workers=request.workers, scheduler=request.scheduler)
    return LocalEngine(request.pipeline, workers=request.workers)


def run_batch(
    request: BatchRequest,
    progress: ProgressReporter | None = None,
    on_warning: Callable[[ReadWarning], None] | None = None,
) -> BatchReport:
    """Code the partitions of the input not yet finished in `request.out`; see the module doc.

    A finished directory is left untouched: no file is written and no engine is started.
    """
    check_request(request)
    with BatchDirectory(request.out) as directory:
        finished = directory.finished(header_for(request))
        plan = plan_partitions(request.inputs, request.partition_size, on_warning)
        check_unchanged(plan, finished, request.out)
        directory.remove_unfinished(finished)
        before = len(finished)
        pending = frozenset(range(len(plan.sizes))) - finished.keys()
        if pending:
            _code_pending(request, plan, pending, directory, finished, progress)
        entries = [finished[index] for index in sorted(finished)]
        rejects = plan.rejects + [reject for entry in entries for reject in entry.rejects]
        directory.write_rejects(rejects)
    return BatchReport(
        partitions=len(plan.sizes),
        partitions_before=before,
        partitions_coded=len(finished) - before,
        articles=sum(plan.sizes),
        coded=sum(entry.coded for entry in entries),
        events=sum(entry.events for entry in entries),
        quotes=sum(entry.quotes for entry in entries),
        rejected=len(rejects),
        rejects_path=directory.rejects,
    )


def _code_pending(
    request: BatchRequest,
    plan: Plan,
    pending: frozenset[int],
    directory: BatchDirectory,
    finished: dict[int, ManifestEntry],
    progress: ProgressReporter | None,
) -> None:
    engine = make_engine(request)
    if progress is not None:
        progress.start(sum(plan.sizes[index] for index in pending))
    try:
        for output in engine.code(pending_partitions(request, plan, pending)):
            finished[output.index] = directory.write(output)
            if progress is not None:
                progress.advance(output.size)
    finally:
        if progress is not None:
            progress.stop()
        engine.close()
