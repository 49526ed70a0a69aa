"""Batch runs that survive being killed: fixed partitions, Parquet datasets, a manifest, resume.

An output directory holds:

    manifest.jsonl            a header line, then one line per finished partition
    articles/part-00000.parquet, events/part-00000.parquet, quotes/part-00000.parquet, ...
    rejects.jsonl             every input record that was not coded, with the reason

Partition k is the articles k*N .. (k+1)*N-1 of the input, in input order (an article whose id
was already seen is skipped as a duplicate), so the same input always gives the same
partitions. A partition is finished only once its manifest line is written: its three files are
first written under temporary names, flushed to disk and renamed into place, then the line is
appended and flushed. A run killed at any moment and started again redoes only the partitions
the manifest does not list, overwriting whatever half-done files they left.

Each manifest line carries the SHA-256 of its partition's articles as read (ids, texts and
metadata). When the input no longer gives the same articles for a finished partition the run is
refused: mixing two inputs in one directory would lose or duplicate articles.
"""

from __future__ import annotations

import fcntl
import hashlib
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from multiprocessing.connection import wait as wait_for_any
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Literal, Protocol

import msgspec
import pyarrow as pa
import pyarrow.parquet as pq

from dyads.errors import DyadsError
from dyads.ingest import ReadResult, ReadWarning, read_inputs
from dyads.nlp import model_name
from dyads.pipeline import Pipeline, PipelineConfig
from dyads.records import Article, CodedArticle, Rejected, to_json
from dyads.store.atomic import atomic_output
from dyads.store.flatten import (
    ARTICLE_SCHEMA,
    EVENT_SCHEMA,
    QUOTE_SCHEMA,
    event_rows,
    flatten_article,
    quote_rows,
    to_table,
)

if TYPE_CHECKING:
    from rich.console import Console

MANIFEST_FORMAT = "dyads-batch/1"
DEFAULT_PARTITION_SIZE = 100
TABLES: tuple[str, ...] = ("articles", "events", "quotes")
MANIFEST = "manifest.jsonl"
REJECTS = "rejects.jsonl"
LOCK = ".lock"

EngineName = Literal["local", "dask"]


class BatchError(DyadsError):
    """A batch cannot run: bad options, a changed input, or a directory in use."""


# ---------------------------------------------------------------- partitions


@dataclass(frozen=True)
class Partition:
    """A numbered slice of the input and the fingerprint of its articles."""

    index: int
    articles: tuple[Article, ...]
    fingerprint: str


def fingerprint(articles: Iterable[Article]) -> str:
    """SHA-256 of the articles as read: a changed id, text or date changes it."""
    digest = hashlib.sha256()
    for article in articles:
        digest.update(to_json(article))
        digest.update(b"\n")
    return digest.hexdigest()


def duplicate(article: Article) -> Rejected:
    return Rejected(
        source=f"article {article.id}",
        line=None,
        reason="duplicate article id: coded once, at its first occurrence",
    )


def split_partitions(
    items: Iterable[ReadResult], size: int
) -> Iterator[Partition | Rejected | ReadWarning]:
    """Group the articles of a read stream into partitions of `size`, in input order.

    Rejects and warnings are passed on as they come; an article whose id was seen before is
    turned into a reject, so each id is coded once.
    """
    seen: set[str] = set()
    pending: list[Article] = []
    index = 0
    for item in items:
        if not isinstance(item, Article):
            yield item
            continue
        if item.id in seen:
            yield duplicate(item)
            continue
        seen.add(item.id)
        pending.append(item)
        if len(pending) == size:
            yield Partition(index, tuple(pending), fingerprint(pending))
            pending = []
            index += 1
    if pending:
        yield Partition(index, tuple(pending), fingerprint(pending))


@dataclass
class Plan:
    """What the input gives, from a first reading: partition fingerprints and sizes, rejects."""

    fingerprints: list[str] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    rejects: list[Rejected] = field(default_factory=list)


def plan_partitions(
    inputs: Iterable[str], size: int, on_warning: Callable[[ReadWarning], None] | None = None
) -> Plan:
    """Read the input once, keeping only each partition's fingerprint and size."""
    plan = Plan()
    for item in split_partitions(read_inputs(list(inputs)), size):
        if isinstance(item, Partition):
            plan.fingerprints.append(item.fingerprint)
            plan.sizes.append(len(item.articles))
        elif isinstance(item, Rejected):
            plan.rejects.append(item)
        elif on_warning is not None:
            on_warning(item)
    return plan


# ---------------------------------------------------------------- coding one partition


@dataclass(frozen=True)
class PartitionOutput:
    """A coded partition: its three tables and the articles that failed."""

    index: int
    fingerprint: str
    size: int  # articles in the partition, coded or not
    articles: pa.Table
    events: pa.Table
    quotes: pa.Table
    rejects: tuple[Rejected, ...]


_pipelines: dict[PipelineConfig, Pipeline] = {}
_pipelines_lock = threading.Lock()


def cached_pipeline(config: PipelineConfig) -> Pipeline:
    """The pipeline for `config`, built once per process however many partitions it codes."""
    with _pipelines_lock:
        pipeline = _pipelines.get(config)
        if pipeline is None:
            pipeline = _pipelines[config] = Pipeline(config)
        return pipeline


def code_partition(partition: Partition, config: PipelineConfig) -> PartitionOutput:
    """Code a partition into flat tables; runs in whichever process or worker it is sent to."""
    coded: list[CodedArticle] = []
    rejects: list[Rejected] = []
    for result in cached_pipeline(config).code_safely(partition.articles):
        if isinstance(result, Rejected):
            rejects.append(result)
        else:
            coded.append(result)
    return PartitionOutput(
        index=partition.index,
        fingerprint=partition.fingerprint,
        size=len(partition.articles),
        articles=to_table((flatten_article(item) for item in coded), ARTICLE_SCHEMA),
        events=to_table((row for item in coded for row in event_rows(item)), EVENT_SCHEMA),
        quotes=to_table((row for item in coded for row in quote_rows(item)), QUOTE_SCHEMA),
        rejects=tuple(rejects),
    )


# ---------------------------------------------------------------- engines


class Engine(Protocol):
    """Codes partitions somewhere and yields them as they finish, in any order."""

    def code(self, partitions: Iterable[Partition]) -> Iterator[PartitionOutput]: ...

    def close(self) -> None: ...


def _exit_with_parent() -> None:
    # A worker whose parent was killed (kill -9 leaves no time to stop the pool) would
    # otherwise linger, holding a loaded model; it exits as soon as the parent is gone.
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait_for_any([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _start_local_worker(config: PipelineConfig) -> None:
    _exit_with_parent()
    cached_pipeline(config)


class LocalEngine:
    """Partitions coded in this process (`workers=1`) or in spawned worker processes."""

    def __init__(self, config: PipelineConfig, workers: int = 1) -> None:
        self.config = config
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def code(self, partitions: Iterable[Partition]) -> Iterator[PartitionOutput]:
        if self.workers <= 1:
            for partition in partitions:
                yield code_partition(partition, self.config)
            return
        # Spawned, not forked: forking a process that holds a model can deadlock.
        self._pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_local_worker,
            initargs=(self.config,),
        )
        running: set[Future[PartitionOutput]] = set()
        for partition in partitions:
            running.add(self._pool.submit(code_partition, partition, self.config))
            # A bounded window keeps memory flat however long the input is.
            if len(running) >= 2 * self.workers:
                finished, running = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    yield future.result()
        while running:
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                yield future.result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


# ---------------------------------------------------------------- the output directory


class ManifestHeader(msgspec.Struct, frozen=True, kw_only=True):
    """The settings a directory was written with; a resumed run must use the same."""

    format: str
    partition_size: int
    model: str
    actors: str | None


class ManifestEntry(msgspec.Struct, frozen=True, kw_only=True):
    """One finished partition."""

    partition: int
    fingerprint: str
    articles: int  # in the partition
    coded: int
    events: int
    quotes: int
    rejects: tuple[Rejected, ...] = ()


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class BatchDirectory:
    """The output directory: locked while a run uses it; partitions, manifest and rejects."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.manifest = root / MANIFEST
        self.rejects = root / REJECTS
        self._lock: int | None = None

    def __enter__(self) -> BatchDirectory:
        self.root.mkdir(parents=True, exist_ok=True)
        for table in TABLES:
            (self.root / table).mkdir(exist_ok=True)
        self._lock = os.open(self.root / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._lock)
            self._lock = None
            raise BatchError(f"another dyads batch is writing {self.root}") from None
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._lock is not None:
            os.close(self._lock)  # closing releases the lock
            self._lock = None

    def part(self, table: str, index: int) -> Path:
        return self.root / table / part_name(index)

    def finished(self, header: ManifestHeader) -> dict[int, ManifestEntry]:
        """The partitions the manifest lists whose files are all in place (writes the header
        of a new manifest; refuses one written with other settings)."""
        lines = self._read_manifest_lines()
        if not lines:
            self._append(msgspec.json.encode(header))
            _fsync(self.root)
            return {}
        try:
            found = msgspec.json.decode(lines[0], type=ManifestHeader)
        except msgspec.DecodeError as exc:
            raise BatchError(f"{self.manifest} is not a dyads batch manifest") from exc
        self._check_header(found, header)
        done: dict[int, ManifestEntry] = {}
        for number, line in enumerate(lines[1:], start=2):
            try:
                entry = msgspec.json.decode(line, type=ManifestEntry)
            except msgspec.DecodeError as exc:
                raise BatchError(f"{self.manifest}:{number} is damaged") from exc
            done[entry.partition] = entry  # a partition redone later: the last line counts
        return {
            index: entry
            for index, entry in done.items()
            if all(self.part(table, index).is_file() for table in TABLES)
        }

    def _read_manifest_lines(self) -> list[bytes]:
        if not self.manifest.exists():
            return []
        data = self.manifest.read_bytes()
        complete = data[: data.rfind(b"\n") + 1]
        if len(complete) != len(data):
            # A run killed while appending leaves a torn last line: that partition is not done.
            with self.manifest.open("r+b") as file:
                file.truncate(len(complete))
                os.fsync(file.fileno())
        return complete.splitlines()

    def _check_header(self, found: ManifestHeader, wanted: ManifestHeader) -> None:
        if found.format != MANIFEST_FORMAT:
            raise BatchError(f"{self.manifest} has format {found.format!r}, not {MANIFEST_FORMAT}")
        for name, option in (
            ("partition_size", "--partition-size"),
            ("model", "--model"),
            ("actors", "--actors"),
        ):
            before, now = getattr(found, name), getattr(wanted, name)
            if before != now:
                raise BatchError(
                    f"{self.root} was written with {option} {before or '(none)'}, "
                    f"not {now or '(none)'}: "
                    "resume with the same settings, or write to a new --out directory"
                )

    def remove_unfinished(self, finished: Iterable[int]) -> None:
        """Delete partition files the manifest does not list, and temporary files."""
        keep = {part_name(index) for index in finished}
        for table in TABLES:
            for path in (self.root / table).iterdir():
                name = path.name
                temporary = name.startswith(".part-") and name.endswith(".partial")
                unlisted = name.startswith("part-") and name.endswith(".parquet")
                if temporary or (unlisted and name not in keep):
                    path.unlink()

    def write(self, output: PartitionOutput) -> ManifestEntry:
        """Put a partition's three files in place, then record it as finished."""
        for table, rows in (
            ("articles", output.articles),
            ("events", output.events),
            ("quotes", output.quotes),
        ):
            with atomic_output(self.part(table, output.index)) as partial:
                pq.write_table(rows, partial)
                _fsync(partial)
        for table in TABLES:
            _fsync(self.root / table)  # the renames reach the disk before the manifest line
        entry = ManifestEntry(
            partition=output.index,
            fingerprint=output.fingerprint,
            articles=output.size,
            coded=output.articles.num_rows,
            events=output.events.num_rows,
            quotes=output.quotes.num_rows,
            rejects=output.rejects,
        )
        self._append(msgspec.json.encode(entry))
        return entry

    def _append(self, line: bytes) -> None:
        with self.manifest.open("ab") as file:
            file.write(line + b"\n")
            file.flush()
            os.fsync(file.fileno())

    def write_rejects(self, rejects: Iterable[Rejected]) -> None:
        """Rewrite rejects.jsonl whole, and only when its content changes."""
        encoder = msgspec.json.Encoder()
        data = b"".join(encoder.encode(reject) + b"\n" for reject in rejects)
        if self.rejects.is_file() and self.rejects.read_bytes() == data:
            return
        with atomic_output(self.rejects) as partial:
            partial.write_bytes(data)
            _fsync(partial)


# ---------------------------------------------------------------- progress


class ProgressReporter(Protocol):
    """Told how many articles there are to code, then how many finished."""

    def start(self, total: int) -> None: ...

    def advance(self, articles: int) -> None: ...

    def stop(self) -> None: ...


class RichProgress:
    """A progress bar with articles/s and the time left, for a terminal."""

    def __init__(self, console: Console) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("coding"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        )
        self._task = self._progress.add_task("coding", total=None, rate="")

    def start(self, total: int) -> None:
        self._progress.update(self._task, total=total)
        self._progress.start()

    def advance(self, articles: int) -> None:
        self._progress.advance(self._task, articles)
        speed = self._progress.tasks[0].speed
        rate = f"{speed:.1f} articles/s" if speed else ""
        self._progress.update(self._task, rate=rate)

    def stop(self) -> None:
        self._progress.stop()


# ---------------------------------------------------------------- the run


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
