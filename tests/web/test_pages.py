"""The viewer's pages, rendered on the server: content, escaping, errors, local assets."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from .conftest import SCRIPT


def test_index_shows_the_latest_events_before_any_filter(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    rows = re.findall(r'<tr class="q\d" data-href="([^"]+)"', page.text)
    assert rows == [
        "/article/art-2#event-art-2-e2",
        "/article/art-1#event-art-1-e2",
        "/article/art-1#event-art-1-e1",
        "/article/art-2#event-art-2-e1",
        "/article/art-3#event-art-3-e1",
    ]
    assert "1–5 of 5 events" in page.text


def test_index_filters_from_the_form_and_keeps_the_values(client: TestClient) -> None:
    page = client.get("/", params={"actor": "PRK", "recipient": "", "event": "", "status": ""})
    assert page.status_code == 200
    assert re.findall(r'data-href="([^"]+)"', page.text) == ["/article/art-1#event-art-1-e2"]
    assert 'name="actor" value="PRK"' in page.text


def test_index_keeps_only_events_with_both_parties_when_asked(client: TestClient) -> None:
    page = client.get("/", params={"dyadic": "1"})
    assert page.status_code == 200
    assert "1–4 of 4 events" in page.text  # the mobilisation without a recipient is left out
    assert "event-art-2-e2" not in page.text
    assert 'name="dyadic" value="1" checked' in page.text


def test_index_pages_through_results(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from dyads.web import pages

    monkeypatch.setattr(pages, "PAGE_SIZE", 2)
    first = client.get("/", params={"actor": "", "q": ""}).text
    assert 'rel="next" href="?offset=2"' in first
    assert 'rel="prev"' not in first
    second = client.get("/", params={"offset": "2"}).text
    assert "3–4 of 5 events" in second
    assert 'rel="prev" href="?offset=0"' in second and 'rel="next" href="?offset=4"' in second
    kept = client.get("/", params={"event": "CONSULT", "offset": "1"}).text
    assert "2–2 of 2 events" in kept
    assert 'rel="prev" href="?event=CONSULT&amp;offset=0"' in kept
    assert "no more events (5 in all)" in client.get("/?offset=8").text


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("since=soon", "since"),
        ("event=PARTY", "PLOVER type"),
        ("offset=-3", "offset"),
        ("actor=%3Cscript%3E", "actor"),
    ],
)
def test_index_explains_invalid_filters(client: TestClient, query: str, message: str) -> None:
    page = client.get(f"/?{query}")
    assert page.status_code == 400
    assert 'class="error"' in page.text
    assert message in page.text
    assert "<script>" not in page.text


def test_article_text_and_title_are_escaped(client: TestClient) -> None:
    page = client.get("/article/art-3")
    assert page.status_code == 200
    assert "<script>" not in page.text
    assert "&lt;script&gt;alert(" in page.text
    assert "&lt;b&gt;" in page.text and "<b>talks" not in page.text
    assert SCRIPT not in page.text


def test_article_marks_mentions_triggers_and_evidence(client: TestClient) -> None:
    page = client.get("/article/art-1").text
    assert re.search(
        r'<span class="mark m-actor"[^>]*data-events="art-1-e1">Russian president<', page
    )
    assert re.search(r'class="mark m-time m-date"[^>]*>Tuesday<', page)
    assert re.search(r'class="mark m-trigger"[^>]*>spoke<', page)
    assert re.search(r'class="mark m-trigger"[^>]*>phone<', page)
    assert re.search(r'class="mark m-actor m-quote"[^>]*>North Korea<', page)
    assert 'data-event="art-1-e1"' in page and 'data-event="art-1-e2"' in page
    assert 'href="/dyad?a=RUS&amp;b=PRK"' in page
    assert re.search(r"<dt>other sources</dt><dd>Russia \(.*RUS.*\) omits</dd>", page)


def test_article_marks_status_cues_and_event_dates_with_a_title(client: TestClient) -> None:
    page = client.get("/article/art-2").text
    assert re.search(
        r'<span class="mark m-status" title="hypothetical status of MOBILIZE"'
        r' data-events="art-2-e2">may<',
        page,
    )
    assert re.search(
        r'<span class="mark m-date" title="MOBILIZE date: 2025-09"[^>]*>September<', page
    )
    assert '<span class="mark m-status">status</span>' in page  # the legend names them
    assert '<span class="mark m-date">date</span>' in page


def test_article_text_is_complete_and_in_order(client: TestClient) -> None:
    page = client.get("/article/art-1").text
    body = page.split('class="article-text">', 1)[1].split("</article>", 1)[0]
    text = re.sub(r"<[^>]+>", "", body)
    assert text.startswith("The Russian president spoke by phone")
    assert text.endswith("a week later, the agency said.")


def test_a_missing_article_page_is_404(client: TestClient) -> None:
    page = client.get("/article/nothing-here")
    assert page.status_code == 404
    assert "nothing-here" in page.text


def test_dyad_page_draws_the_timeline_and_partners(client: TestClient) -> None:
    page = client.get("/dyad", params={"a": "RUS", "b": "PRK"})
    assert page.status_code == 200
    timeline = page.text.split('id="timeline"', 1)[1].split("</svg>", 1)[0]
    assert timeline.count("<rect") == 2  # one bar each way in 2025-08
    assert "a_to_b" in timeline and "b_to_a" in timeline
    network = page.text.split('id="network"', 1)[1].split("</svg>", 1)[0]
    for code in ("USA", "CHN"):  # the other partners of Russia
        assert f">{code}</text>" in network
    assert "2 events in all" in page.text


def test_dyad_page_without_a_pair_shows_the_form(client: TestClient) -> None:
    page = client.get("/dyad")
    assert page.status_code == 200
    assert 'name="a"' in page.text and 'id="timeline"' not in page.text


def test_dyad_page_explains_a_bad_period(client: TestClient) -> None:
    page = client.get("/dyad", params={"a": "RUS", "b": "PRK", "by": "decade"})
    assert page.status_code == 400
    assert "by must be one of" in page.text


def test_docs_page_is_rendered_here_from_the_schema(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    for path in ("/v1/events", "/v1/dyads", "/v1/code", "/v1/articles"):
        assert f"<code>{path}</code>" in page.text


@pytest.mark.parametrize("path", ["/", "/dyad?a=RUS&b=PRK", "/article/art-1", "/docs"])
def test_pages_load_nothing_from_other_hosts(client: TestClient, path: str) -> None:
    page = client.get(path)
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets
    assert not [url for url in assets if url.startswith(("http:", "https:", "//"))]
    for url in re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text):
        assert client.get(url).status_code == 200
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
