"""What every batch engine runs: one partition coded into flat tables, wherever it is sent.

An engine (`LocalEngine` in `dyads.run.local_engine`, `DaskEngine` in `dyads.run.dask_engine`)
sends partitions to processes or workers, each of which builds its pipeline once, and yields the
coded partitions as they finish.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

import pyarrow as pa

from dyads.pipeline import PipelineConfig, cached_pipeline
from dyads.records import CodedArticle, Rejected
from dyads.run.partitions import Partition
from dyads.store.flatten import (
    flat_tables,
)


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


class Engine(Protocol):
    """Codes partitions somewhere and yields them as they finish, in any order."""

    def code(self, partitions: Iterable[Partition]) -> Iterator[PartitionOutput]: ...

    def close(self) -> None: ...


def code_partition(partition: Partition, config: PipelineConfig) -> PartitionOutput:
    """Code a partition into flat tables; runs in whichever process or worker it is sent to."""
    coded: list[CodedArticle] = []
    rejects: list[Rejected] = []
    for result in cached_pipeline(config).code_safely(partition.articles):
        if isinstance(result, Rejected):
            rejects.append(result)
        else:
            coded.append(result)
    articles, events, quotes = flat_tables(coded)
    return PartitionOutput(
        index=partition.index,
        fingerprint=partition.fingerprint,
        size=len(partition.articles),
        articles=articles,
        events=events,
        quotes=quotes,
        rejects=tuple(rejects),
    )
