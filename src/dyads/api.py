"""The library's front door: code text, code streams of articles, open a store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from dyads.errors import InputError
from dyads.records import Article, CodedArticle, Rejected

if TYPE_CHECKING:
    from dyads.pipeline import Pipeline, PipelineConfig
    from dyads.store import Store


def _pipeline(config: PipelineConfig) -> Pipeline:
    from dyads.pipeline import cached_pipeline

    return cached_pipeline(config)


def _config(model: str | None, actors_file: str | Path | None) -> PipelineConfig:
    from dyads.pipeline import PipelineConfig

    return PipelineConfig(model=model, actors_file=Path(actors_file) if actors_file else None)


def code_text(
    text: str,
    date: str | dt.date | None = None,
    *,
    title: str | None = None,
    article_id: str | None = None,
    model: str | None = None,
    actors_file: str | Path | None = None,
) -> CodedArticle:
    """Code one text. `date` (the article's date) anchors relative times and offices."""
    from dyads.ingest import article_id as text_id

    if isinstance(date, dt.date):
        date = date.isoformat()
    elif date is not None:
        try:
            date = dt.date.fromisoformat(date).isoformat()
        except ValueError as exc:
            raise InputError(f"date {date!r} is not an ISO date (YYYY-MM-DD)") from exc
    article = Article(
        id=article_id or text_id(text),
        text=text,
        title=title,
        date=date,
        date_source="metadata" if date else None,
    )
    return _pipeline(_config(model, actors_file)).code(article)


def code_articles(
    articles: Iterable[Article],
    *,
    workers: int = 1,
    model: str | None = None,
    actors_file: str | Path | None = None,
) -> Iterator[CodedArticle | Rejected]:
    """Code a stream of articles in order; an article that fails comes back as `Rejected`."""
    from dyads.run.local import code_in_processes

    config = _config(model, actors_file)
    if workers <= 1:
        yield from _pipeline(config).code_safely(articles)
    else:
        yield from code_in_processes(articles, config, workers)


def open_store(path: str | Path, read_only: bool = False) -> Store:
    """Open (or create) a DuckDB store of coded articles."""
    from dyads.store import open_store as _open

    return _open(path, read_only=read_only)
