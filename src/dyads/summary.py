"""A readable table of each article's events, for people rather than programs."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from dyads.records import Actor, CodedArticle, Event


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return "?"
    code = " ".join(part for part in (actor.code, actor.sector) if part)
    return f"{actor.name} ({code})" if code else actor.name


def _dyad(event: Event) -> str:
    return f"{_actor(event.actor)} → {_actor(event.recipient)}"


def _place(event: Event) -> str:
    place = event.location
    if place is None:
        return ""
    return f"{place.name} ({place.country})" if place.country else place.name


def event_table(coded: CodedArticle) -> Table:
    """One article's events: type, actor → recipient, date, place, status, reported by."""
    article = coded.article
    title = article.title or article.id
    caption = f"dated {article.date} ({article.date_source})" if article.date else "undated"
    table = Table(title=title, caption=caption, title_justify="left", caption_justify="left")
    for column in ("type", "actor → recipient", "date", "place", "status", "reported by"):
        table.add_column(column, overflow="fold")
    for event in coded.events:
        kind = f"{event.event}/{event.mode}" if event.mode else event.event
        table.add_row(
            kind,
            _dyad(event),
            event.date or "",
            _place(event),
            event.status,
            _actor(event.reported_by) if event.reported_by else "",
        )
    return table


def print_summary(articles: Iterable[CodedArticle], console: Console) -> None:
    """Print one table per article, then totals."""
    count = events = 0
    for coded in articles:
        count += 1
        events += len(coded.events)
        console.print(event_table(coded))
        console.print()
    console.print(f"{count} article(s), {events} event(s)")
