"""The Dask engine of `dyads batch`: the same partitions, coded on a Dask distributed cluster.

With a scheduler address it joins a cluster that is already running (SLURM through
dask-jobqueue, Kubernetes, a cloud deployment); without one it starts a `LocalCluster` of
single-threaded worker processes on this machine. Each worker process builds the pipeline once,
on its first partition (`dyads.pipeline.cached_pipeline`), and keeps it for the rest.

Partitions travel to the workers with their articles, and their tables come back to this
process, which alone writes the output directory: workers need dyads and the spaCy model
installed, but no access to the input or output files.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import Any

from dyads.pipeline import PipelineConfig
from dyads.run.engine import PartitionOutput, code_partition
from dyads.run.errors import BatchError
from dyads.run.partitions import Partition

# Partitions in flight per worker thread: enough to keep every worker busy while results
# travel back, few enough that memory stays flat on a long input.
IN_FLIGHT_PER_THREAD = 2
MIN_IN_FLIGHT = 2
CONNECT_TIMEOUT = "30s"


def _distributed() -> Any:
    # Imported only when the engine is used (and untyped: the package has no type hints).
    return importlib.import_module("distributed")


def start_client(scheduler: str | None, workers: int) -> tuple[Any, Any]:
    """A client of the cluster at `scheduler`, else of a new LocalCluster of `workers`."""
    distributed = _distributed()
    if scheduler is not None:
        try:
            return distributed.Client(scheduler, timeout=CONNECT_TIMEOUT), None
        except (OSError, TimeoutError) as exc:
            raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    cluster = distributed.LocalCluster(
        n_workers=workers,
        processes=True,
        threads_per_worker=1,  # spaCy pipelines are not shared between threads
        dashboard_address=None,
    )
    return distributed.Client(cluster), cluster


class DaskEngine:
    """Codes partitions on a Dask cluster and yields them as they finish."""

    def __init__(self, config: PipelineConfig, workers: int = 1, scheduler: str | None = None):
        self.config = config
        self.client, self.cluster = start_client(scheduler, workers)

    def threads(self) -> int:
        """Worker threads in the cluster now (workers may join or leave while a run goes on)."""
        nthreads: dict[str, int] = self.client.nthreads()
        return sum(nthreads.values())

    def code(self, partitions: Iterable[Partition]) -> Iterator[PartitionOutput]:
        remaining = iter(partitions)
        running = _distributed().as_completed()
        self._fill(running, remaining)
        for future in running:
            output: PartitionOutput = future.result()
            future.release()
            yield output
            self._fill(running, remaining)

    def _fill(self, running: Any, remaining: Iterator[Partition]) -> None:
        wanted = max(MIN_IN_FLIGHT, IN_FLIGHT_PER_THREAD * self.threads())
        while running.count() < wanted:
            partition = next(remaining, None)
            if partition is None:
                return
            # pure=False: a partition is always coded afresh, never taken from an old result.
            running.add(self.client.submit(code_partition, partition, self.config, pure=False))

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
