"""Fixtures for the web tests: a hand-built store, an API client, a live server, a browser."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI

from dyads.records import (
    Actor,
    Article,
    CodedArticle,
    Corroboration,
    Event,
    Mentions,
    Place,
    Quote,
    Status,
    TimeRef,
)
from dyads.store import open_store
from dyads.web import create_app

with warnings.catch_warnings():
    # Starlette's TestClient warns that it will move to another HTTP client; not ours to fix.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

REPO = Path(__file__).resolve().parents[2]
TOKEN = "test-token-7f3a"
CHROMIUM = os.environ.get("DYADS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def span_of(doc: str, text: str, after: int = 0) -> tuple[int, int]:
    start = doc.index(text, after)
    return start, start + len(text)


def actor(doc: str, text: str, code: str | None, sector: str | None, after: int = 0) -> Actor:
    return Actor(text=text, name=text, code=code, sector=sector, span=span_of(doc, text, after))


def event(
    article_id: str,
    n: int,
    doc: str,
    sentence: str,
    kind: str,
    trigger: str,
    *,
    source: Actor | None,
    target: Actor | None,
    date: str | None,
    quad: int | None,
    status: Status = "asserted",
    place: Place | None = None,
    reported_by: Actor | None = None,
    corroboration: tuple[Corroboration, ...] = (),
    date_words: str | None = None,
    status_words: tuple[str, ...] = (),
) -> Event:
    """An event of a sentence of `doc`; its date and status words are found in that sentence."""
    start = doc.index(sentence)
    date_span = span_of(doc, date_words, start) if date_words else None
    return Event(
        id=f"{article_id}-e{n}",
        event=kind,
        mode=None,
        context=(),
        status=status,
        cameo=None,
        quad_class=quad,
        actor=source,
        recipient=target,
        date=date,
        date_text=date_words,
        location=place,
        reported_by=reported_by,
        trigger=trigger,
        span=span_of(doc, sentence),
        confidence=0.9,
        corroboration=corroboration,
        status_spans=tuple(span_of(doc, words, start) for words in status_words),
        date_span=date_span,
    )


CALL = "The Russian president spoke by phone with the North Korean leader on Tuesday."
PLEDGE = "North Korea pledged support to Russia a week later, the agency said."
WARNING = "Washington warned Moscow in July."
DEPLOYMENT = "Russian troops may be sent to Ukraine's Donetsk region in September."
TALKS = "China & Russia held <b>talks</b> at some point."
SCRIPT = "<script>alert('x')</script>"


def sample_articles() -> list[CodedArticle]:
    """Three invented articles whose events exercise every filter.

    art-1 (2025-08-12): RUS -> PRK CONSULT on 2025-08-12; PRK -> RUS SUPPORT on 2025-08-19,
    reported by PRK media. art-2: USA -> RUS THREATEN in 2025-07 (a month); RUS MIL MOBILIZE
    in 2025-09, hypothetical, in Ukraine. art-3: CHN -> RUS CONSULT, undated, with markup in
    its text and title.
    """
    one = f"{CALL} {PLEDGE}"
    ru, kp = (
        actor(one, "Russian president", "RUS", "GOV"),
        actor(one, "North Korean leader", "PRK", "GOV"),
    )
    kp2 = actor(one, "North Korea", "PRK", "GOV", after=len(CALL))
    ru2 = actor(one, "Russia", "RUS", "GOV", after=len(CALL))
    agency = actor(one, "the agency", "PRK", "MED")
    tuesday = TimeRef(text="Tuesday", value="2025-08-12", type="DATE", span=span_of(one, "Tuesday"))
    first = CodedArticle(
        article=Article(
            id="art-1", text=one, title="A phone call", date="2025-08-12", date_source="metadata"
        ),
        events=(
            event(
                "art-1",
                1,
                one,
                CALL,
                "CONSULT",
                "spoke phone",
                source=ru,
                target=kp,
                date="2025-08-12",
                quad=1,
                date_words="Tuesday",
            ),
            event(
                "art-1",
                2,
                one,
                PLEDGE,
                "SUPPORT",
                "pledged",
                source=kp2,
                target=ru2,
                date="2025-08-19",
                quad=1,
                reported_by=agency,
                corroboration=(Corroboration(source=ru2, stance="omits", span=ru2.span),),
            ),
        ),
        quotes=(
            Quote(
                content=PLEDGE[:-18],
                span=span_of(one, PLEDGE[:-18]),
                speaker=agency,
                cue="say",
                kind="indirect",
            ),
        ),
        mentions=Mentions(actors=(ru, kp, kp2, ru2, agency), times=(tuesday,)),
    )
    two = f"{WARNING} {DEPLOYMENT}"
    donetsk = Place(
        text="Donetsk",
        name="Donetsk",
        country="UKR",
        admin1="Donetsk",
        lat=48.0,
        lon=37.8,
        geonameid=709717,
        span=span_of(two, "Donetsk"),
    )
    us, ru3 = actor(two, "Washington", "USA", "GOV"), actor(two, "Moscow", "RUS", "GOV")
    troops = actor(two, "Russian troops", "RUS", "MIL")
    second = CodedArticle(
        article=Article(
            id="art-2", text=two, title="Warnings", date="2025-09-01", date_source="dateline"
        ),
        events=(
            event(
                "art-2",
                1,
                two,
                WARNING,
                "THREATEN",
                "warned",
                source=us,
                target=ru3,
                date="2025-07",
                quad=3,
            ),
            event(
                "art-2",
                2,
                two,
                DEPLOYMENT,
                "MOBILIZE",
                "sent",
                source=troops,
                target=None,
                date="2025-09",
                quad=4,
                status="hypothetical",
                place=donetsk,
                date_words="September",
                status_words=("may",),
            ),
        ),
        mentions=Mentions(actors=(us, ru3, troops), places=(donetsk,)),
    )
    three = f"{SCRIPT} {TALKS}"
    cn, ru4 = actor(three, "China", "CHN", "GOV"), actor(three, "Russia", "RUS", "GOV")
    third = CodedArticle(
        article=Article(id="art-3", text=three, title="<script>alert('title')</script>"),
        events=(
            event(
                "art-3",
                1,
                three,
                TALKS,
                "CONSULT",
                "talks",
                source=cn,
                target=ru4,
                date=None,
                quad=1,
            ),
        ),
        mentions=Mentions(actors=(cn, ru4)),
    )
    return [first, second, third]


def fake_coder(text: str, date: str | None, title: str | None) -> CodedArticle:
    """Stands in for the pipeline where coding itself is not what a test is about."""
    article_id = hashlib.sha256(text.encode()).hexdigest()[:16]
    return CodedArticle(article=Article(id=article_id, text=text, title=title, date=date))


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "sample.duckdb"
    with open_store(path) as store:
        store.upsert(sample_articles())
    return path


@pytest.fixture
def writable_store(tmp_path: Path, sample_store: Path) -> Path:
    """A copy of the sample store that a test may write to."""
    path = tmp_path / "copy.duckdb"
    shutil.copy(sample_store, path)
    return path


@pytest.fixture(scope="session")
def client(sample_store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(sample_store, token=TOKEN, coder=fake_coder)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def coded_store(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    """The shipped examples and the seed article, coded by the real pipeline."""
    from dyads.api import code_articles
    from dyads.ingest import read_inputs

    path = tmp_path_factory.mktemp("web-coded") / "coded.duckdb"
    inputs = [str(REPO / "examples"), str(shared_data / "seed" / "article.txt")]
    articles = [item for item in read_inputs(inputs) if isinstance(item, Article)]
    coded = [item for item in code_articles(articles) if isinstance(item, CodedArticle)]
    with open_store(path) as store:
        store.upsert(coded)
    return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class LiveServer:
    """A real uvicorn server on 127.0.0.1 running in a thread."""

    def __init__(self, app: FastAPI) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(coded_store: Path) -> Iterator[LiveServer]:
    with LiveServer(create_app(coded_store, token=TOKEN)) as server:
        yield server
