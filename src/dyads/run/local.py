"""Code articles in N worker processes on one machine, keeping input order."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from dyads.pipeline import PipelineConfig, cached_pipeline
from dyads.records import Article, CodedArticle, Rejected
from dyads.run.workers import start_worker

CHUNK_SIZE = 8


def _code_chunk(articles: list[Article], config: PipelineConfig) -> list[CodedArticle | Rejected]:
    # Each process loads the model and dictionaries once, not per article.
    return list(cached_pipeline(config).code_safely(articles))


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def code_in_processes(
    articles: Iterable[Article],
    config: PipelineConfig,
    workers: int,
    chunk_size: int = CHUNK_SIZE,
    pool: ProcessPoolExecutor | None = None,
) -> Iterator[CodedArticle | Rejected]:
    """Code articles with `workers` processes (1 means this process), streaming, in order.
    A caller may pass a `pool` it started (with `start_worker`) and keeps for several runs."""
    if pool is not None:
        yield from _code_with(pool, articles, config, workers, chunk_size)
        return
    if workers <= 1:
        yield from cached_pipeline(config).code_safely(articles)
        return
    # Spawned (not forked) workers: forking a process that holds a loaded model and its
    # thread pools can deadlock.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=start_worker, initargs=(config,)
    ) as started:
        yield from _code_with(started, articles, config, workers, chunk_size)


def _code_with(
    pool: ProcessPoolExecutor,
    articles: Iterable[Article],
    config: PipelineConfig,
    workers: int,
    chunk_size: int,
) -> Iterator[CodedArticle | Rejected]:
    pending: deque[Future[list[CodedArticle | Rejected]]] = deque()
    for chunk in _chunks(articles, chunk_size):
        pending.append(pool.submit(_code_chunk, chunk, config))
        # A bounded window keeps memory flat on long inputs.
        while len(pending) >= workers * 2:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()
