"""Property test: random coded articles survive JSON and the DuckDB store unchanged."""

from __future__ import annotations

import tempfile
from pathlib import Path

import msgspec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyads.records import (
    PLOVER_TYPES,
    STATUSES,
    Actor,
    Article,
    CodedArticle,
    Event,
    Mentions,
    Place,
    Quote,
    TimeRef,
    coded_article_from_json,
    to_json,
)
from dyads.store import EventFilter, open_store
from dyads.store.flatten import flatten_event, unflatten_event

# Any text a news feed can carry (surrogates cannot be encoded as UTF-8 JSON at all).
texts = st.text(st.characters(codec="utf-8"), max_size=40)
short = st.text(st.characters(codec="utf-8"), min_size=1, max_size=12)
offsets = st.integers(min_value=0, max_value=10**9)
spans = st.tuples(offsets, offsets)
codes = st.none() | st.sampled_from(["RUS", "PRK", "USA", "IGOUNO", "KOR"])
sectors = st.none() | st.sampled_from(["GOV", "MIL", "CVL", "MED", "REB"])
finite = st.floats(allow_nan=False, allow_infinity=False)
dates = st.none() | st.sampled_from(["2025-08-12", "2025-08", "2025", "1999-12-31"]) | texts

actors = st.builds(Actor, text=short, name=short, code=codes, sector=sectors, span=spans)
places = st.builds(
    Place,
    text=short,
    name=short,
    country=codes,
    admin1=st.none() | short,
    lat=st.none() | finite,
    lon=st.none() | finite,
    geonameid=st.none() | st.integers(min_value=0, max_value=2**62),
    span=spans,
)
times = st.builds(
    TimeRef,
    text=short,
    value=short,
    type=st.sampled_from(["DATE", "TIME", "DURATION", "SET"]),
    span=spans,
)
quotes = st.builds(
    Quote,
    content=texts,
    span=spans,
    speaker=st.none() | actors,
    cue=st.none() | short,
    kind=st.sampled_from(["direct", "indirect"]),
)


@st.composite
def events(draw: st.DrawFn, number: int) -> Event:
    return Event(
        id=f"e{number}",
        event=draw(st.sampled_from(PLOVER_TYPES)),
        mode=draw(st.none() | short),
        context=tuple(draw(st.lists(short, max_size=3))),
        status=draw(st.sampled_from(STATUSES)),
        cameo=draw(st.none() | st.sampled_from(["041", "0874", "190", "14"])),
        quad_class=draw(st.none() | st.integers(min_value=1, max_value=4)),
        actor=draw(st.none() | actors),
        recipient=draw(st.none() | actors),
        date=draw(dates),
        date_text=draw(st.none() | short),
        location=draw(st.none() | places),
        reported_by=draw(st.none() | actors),
        trigger=draw(short),
        span=draw(spans),
        confidence=draw(finite),
        trigger_spans=tuple(draw(st.lists(spans, max_size=2))),
        status_spans=tuple(draw(st.lists(spans, max_size=2))),
        date_span=draw(st.none() | spans),
    )


@st.composite
def coded_articles(draw: st.DrawFn) -> CodedArticle:
    article = Article(
        id=draw(short),
        text=draw(texts),
        title=draw(st.none() | texts),
        publisher=draw(st.none() | short),
        url=draw(st.none() | short),
        date=draw(st.none() | st.sampled_from(["2025-08-12", "2020-02-29"])),
        date_source=draw(st.none() | st.sampled_from(["metadata", "dateline", "text"])),
    )
    count = draw(st.integers(min_value=0, max_value=3))
    return CodedArticle(
        article=article,
        events=tuple(draw(events(number)) for number in range(count)),
        quotes=tuple(draw(st.lists(quotes, max_size=2))),
        mentions=Mentions(
            actors=tuple(draw(st.lists(actors, max_size=2))),
            places=tuple(draw(st.lists(places, max_size=2))),
            times=tuple(draw(st.lists(times, max_size=2))),
        ),
    )


@settings(deadline=None)
@given(coded_articles())
def test_json_round_trip(coded: CodedArticle) -> None:
    assert coded_article_from_json(to_json(coded)) == coded


@settings(deadline=None)
@given(coded_articles())
def test_flattened_events_round_trip(coded: CodedArticle) -> None:
    for event in coded.events:
        row = unflatten_event(flatten_event(coded.article, event))
        assert row.pop("article_id") == coded.article.id
        assert msgspec.convert(row, Event) == event


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(coded_articles(), min_size=1, max_size=3))
def test_duckdb_round_trip(batch: list[CodedArticle]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "store.duckdb"
        with open_store(path) as store:
            store.upsert(batch)
            store.upsert(batch)  # idempotent
            latest = {item.article.id: item for item in batch}
            assert store.count()["articles"] == len(latest)
            assert store.count()["events"] == sum(len(c.events) for c in latest.values())
            for article_id, item in latest.items():
                assert store.get_article(article_id) == item
            stored, total = store.events(EventFilter(limit=None))
            expected = sorted((c.article.id, to_json(e)) for c in latest.values() for e in c.events)
            restored = [(row.pop("article_id"), row) for row in stored]
            assert total == len(restored) == len(expected)
            assert (
                sorted(
                    (article_id, to_json(msgspec.convert(row, Event)))
                    for article_id, row in restored
                )
                == expected
            )
