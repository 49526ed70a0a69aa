"""The output directory of a batch: partition files, the manifest that lists them, rejects.

    manifest.jsonl            a header line, then one line per finished partition
    articles/part-00000.parquet, events/part-00000.parquet, quotes/part-00000.parquet, ...
    rejects.jsonl             every input record that was not coded, with the reason
    .lock                     held by the run writing the directory

A partition is finished only once its manifest line is written: its three files are first
written under temporary names, flushed to disk and renamed into place, then the line is
appended and flushed. Files of partitions the manifest does not list are leftovers of a killed
run, removed before the next run codes those partitions again.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

import msgspec
import pyarrow.parquet as pq

from dyads.records import Rejected
from dyads.run.engine import PartitionOutput
from dyads.run.errors import BatchError
from dyads.store.atomic import atomic_output

MANIFEST_FORMAT = "dyads-batch/1"
TABLES: tuple[str, ...] = ("articles", "events", "quotes")
MANIFEST = "manifest.jsonl"
REJECTS = "rejects.jsonl"
LOCK = ".lock"


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
