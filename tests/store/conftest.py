"""Hand-built coded articles for the store tests (no NLP model needed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dyads.records import Actor, Article, CodedArticle, Event, Place, Quote

TEXT = (
    "Russia's president spoke with North Korea's leader by phone on Tuesday, the Kremlin said.\n"
    "\n"
    "The two sides agreed to meet in Anchorage, Alaska, on Friday.\n"
    "Protesters rallied in Seoul against the talks."
)


def span_of(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def actor(text: str, words: str, code: str | None, sector: str | None, name: str = "") -> Actor:
    return Actor(
        text=words, name=name or words, code=code, sector=sector, span=span_of(text, words)
    )


def sentence(text: str, words: str) -> tuple[int, int]:
    """The span of the line holding `words`."""
    start = text.rfind("\n", 0, text.index(words)) + 1
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def build_coded(
    article_id: str = "a1", text: str = TEXT, date: str | None = "2025-08-12"
) -> CodedArticle:
    """Three events (a call, a planned meeting, a protest) and one quote."""
    rus = actor(text, "Russia", "RUS", "GOV", name="Russia")
    prk = actor(text, "North Korea", "PRK", "GOV", name="North Korea")
    kremlin = actor(text, "Kremlin", "RUS", "GOV")
    protesters = actor(text, "Protesters", "KOR", "CVL")
    anchorage = Place(
        text="Anchorage",
        name="Anchorage",
        country="USA",
        admin1="AK",
        lat=61.21806,
        lon=-149.90028,
        geonameid=5879400,
        span=span_of(text, "Anchorage"),
    )
    seoul = Place(
        text="Seoul",
        name="Seoul",
        country="KOR",
        admin1="11",
        lat=37.566,
        lon=126.9784,
        geonameid=1835848,
        span=span_of(text, "Seoul"),
    )
    call = Event(
        id=f"{article_id}-e1",
        event="CONSULT",
        mode="phone",
        context=("military", "diplomatic"),
        status="asserted",
        cameo="041",
        quad_class=1,
        actor=rus,
        recipient=prk,
        date="2025-08-12",
        date_text="Tuesday",
        location=None,
        reported_by=kremlin,
        trigger="spoke phone",
        span=sentence(text, "spoke"),
        confidence=0.9,
        trigger_spans=(span_of(text, "spoke"), span_of(text, "phone")),
        date_span=span_of(text, "Tuesday"),
    )
    meeting = Event(
        id=f"{article_id}-e2",
        event="CONSULT",
        mode="visit",
        context=(),
        status="future",
        cameo="044",
        quad_class=1,
        actor=prk,
        recipient=rus,
        date="2025-08",
        date_text="Friday",
        location=anchorage,
        reported_by=None,
        trigger="meet",
        span=sentence(text, "agreed"),
        confidence=0.7,
        status_spans=(span_of(text, "agreed"),),
        date_span=span_of(text, "Friday"),
    )
    protest = Event(
        id=f"{article_id}-e3",
        event="PROTEST",
        mode="demonstrate",
        context=(),
        status="asserted",
        cameo="141",
        quad_class=None,
        actor=protesters,
        recipient=None,
        date=None,
        date_text=None,
        location=seoul,
        reported_by=None,
        trigger="rallied",
        span=sentence(text, "rallied"),
        confidence=0.6,
    )
    quote = Quote(
        content="spoke with North Korea's leader",
        span=span_of(text, "spoke with North Korea's leader"),
        speaker=kremlin,
        cue="said",
        kind="indirect",
    )
    return CodedArticle(
        article=Article(
            id=article_id,
            text=text,
            title="A call and a summit",
            publisher="Example Wire",
            url=f"https://news.example/{article_id}",
            date=date,
            date_source="metadata" if date else None,
        ),
        events=(call, meeting, protest),
        quotes=(quote,),
    )


@pytest.fixture
def coded() -> CodedArticle:
    return build_coded()


@pytest.fixture
def make_coded() -> Callable[..., CodedArticle]:
    return build_coded


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "dyads.duckdb"
