"""The local engine of `dyads batch`: partitions coded in this process or in worker processes."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from dyads.pipeline import PipelineConfig
from dyads.run.engine import PartitionOutput, code_partition
from dyads.run.partitions import Partition
from dyads.run.workers import start_worker


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
            initializer=start_worker,
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
