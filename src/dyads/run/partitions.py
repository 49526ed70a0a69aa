"""Fixed partitions of the input: consecutive slices, fingerprinted, each article id once.

Partition k is the articles k*N .. (k+1)*N-1 of the input, in input order (an article whose id
was already seen is skipped as a duplicate), so the same input always gives the same partitions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from dyads.ingest import ReadResult, ReadWarning, read_inputs
from dyads.records import Article, Rejected, to_json

DEFAULT_PARTITION_SIZE = 100


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
