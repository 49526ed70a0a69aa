"""The viewer in real headless Chromium against a real server on 127.0.0.1.

Set DYADS_SCREENSHOTS=docs/screenshots to also save the README's screenshots there.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from dyads.web import create_app

from .conftest import CHROMIUM, CHROMIUM_ARGS, LiveServer

playwright_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM}", allow_module_level=True)

VIEWPORT = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=VIEWPORT)
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    dialogs: list[str] = []

    def dismiss(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    tab.on("dialog", dismiss)
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert dialogs == [], "a script from the data ran"
    assert errors == [], f"JavaScript errors: {errors}"


def screenshot(tab: Any, tmp_path: Path, name: str, readme: bool = False) -> Path:
    """Save into the test's folder; README pictures also into $DYADS_SCREENSHOTS when set."""
    path = tmp_path / f"{name}.png"
    tab.screenshot(path=str(path))
    assert path.stat().st_size > 1000
    keep = os.environ.get("DYADS_SCREENSHOTS")
    if keep and readme:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(keep) / path.name)
    return path


def a_pair(server: LiveServer) -> dict[str, Any]:
    """An event of the coded store with both sides coded, whatever the coder made of it."""
    events = httpx.get(f"{server.url}/v1/events", params={"limit": 1000}).json()["events"]
    paired = [
        e
        for e in events
        if e["actor"]
        and e["recipient"]
        and e["actor"]["code"]
        and e["recipient"]["code"]
        and e["actor"]["code"] != e["recipient"]["code"]
    ]
    assert paired, "the coded examples gave no event with two coded sides"
    counts: dict[tuple[str, str], int] = {}
    for e in paired:
        key = (e["actor"]["code"], e["recipient"]["code"])
        counts[key] = counts.get(key, 0) + 1
    best = max(counts, key=lambda key: counts[key])
    return next(e for e in paired if (e["actor"]["code"], e["recipient"]["code"]) == best)


def test_search_filter_open_article_and_see_the_evidence(
    page: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    page.goto(f"{live_server.url}/")
    rows = page.locator("table.events tbody tr[data-href]")
    assert rows.count() > 0  # the latest events, before any filter
    screenshot(page, tmp_path, "events", readme=True)

    code = a_pair(live_server)["actor"]["code"]
    page.fill("input[name=actor]", code)
    page.click("form.filters button[type=submit]")
    page.wait_for_url(f"**/?actor={code}*")
    assert rows.count() > 0
    for cell in page.locator("table.events tbody td.dyad-cell").all():
        assert cell.inner_text().split("→")[0].strip().startswith(code)

    rows.first.locator("td.type").click()  # a click on the row, not on its link
    page.wait_for_url("**/article/**")
    chosen = page.locator(".event-card.chosen")
    assert chosen.count() == 1  # the row's event is chosen on arrival
    assert page.locator("#article-text .evidence-active").count() > 0

    cards = page.locator(".event-card")
    last = cards.nth(cards.count() - 1)
    event_id = last.get_attribute("data-event")
    last.click()
    assert "chosen" in (last.get_attribute("class") or "")
    marked = page.locator("#article-text .evidence-active")
    assert marked.count() > 0
    for index in range(marked.count()):
        assert event_id in (marked.nth(index).get_attribute("data-events") or "").split()
    assert _visible_in(page, marked.first, "#article-text")
    screenshot(page, tmp_path, "filtered-article")


def _visible_in(page: Any, element: Any, box: str) -> bool:
    """Whether the element lies inside the scrolling box's visible area and the viewport."""
    inner = element.bounding_box()
    outer = page.locator(box).bounding_box()
    return bool(
        inner
        and outer
        and outer["y"] <= inner["y"] + 1
        and inner["y"] + inner["height"] <= outer["y"] + outer["height"] + 1
        and inner["y"] + inner["height"] <= VIEWPORT["height"]
    )


def test_evidence_far_down_a_long_article_is_scrolled_into_view(
    page: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    events = httpx.get(f"{live_server.url}/v1/events", params={"limit": 1000}).json()["events"]
    paired = [e for e in events if e["actor"] and e["recipient"]]
    by_article: dict[str, list[dict[str, Any]]] = {}
    for e in paired or events:
        by_article.setdefault(e["article_id"], []).append(e)
    article_id, found = max(by_article.items(), key=lambda item: max(e["span"][0] for e in item[1]))
    furthest = max(found, key=lambda e: e["span"][0])
    page.goto(f"{live_server.url}/article/{article_id}")
    text_box = page.locator("#article-text")
    assert text_box.evaluate("box => box.scrollTop") == 0
    page.locator(f'.event-card[data-event="{furthest["id"]}"]').click()
    marked = page.locator("#article-text .evidence-active").first
    assert _visible_in(page, marked, "#article-text")
    screenshot(page, tmp_path, "article", readme=True)


def test_dyad_page_draws_its_chart(page: Any, live_server: LiveServer, tmp_path: Path) -> None:
    event = a_pair(live_server)
    a, b = event["actor"]["code"], event["recipient"]["code"]
    page.goto(f"{live_server.url}/dyad?a={a}&b={b}")
    chart = page.locator("svg#timeline")
    assert chart.is_visible()
    box = chart.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100
    bars = page.locator("svg#timeline rect.bar")
    if event["date"] and len(event["date"]) >= 7:  # a month or a day: drawn by month
        assert bars.count() > 0
        drawn = bars.first.bounding_box()
        assert drawn and drawn["height"] > 0
    assert page.locator("svg#network g.node").count() >= 2
    assert page.locator("table.events tbody tr[data-href]").count() > 0
    screenshot(page, tmp_path, "dyad", readme=True)


@pytest.fixture(scope="module")
def sample_server(sample_store: Path) -> Iterator[LiveServer]:
    with LiveServer(create_app(sample_store)) as server:
        yield server


def test_markup_in_an_article_shows_as_text(page: Any, sample_server: LiveServer) -> None:
    page.goto(f"{sample_server.url}/article/art-3")
    text = page.locator("#article-text").inner_text()
    assert text.startswith("<script>alert('x')</script>")
    assert "<b>talks</b>" in text
    assert page.locator("#article-text b").count() == 0
    assert page.locator("h1").inner_text() == "<script>alert('title')</script>"


def test_status_cue_and_event_date_show_apart_with_a_tooltip(
    page: Any, sample_server: LiveServer
) -> None:
    page.goto(f"{sample_server.url}/article/art-2")
    cue = page.locator("#article-text .m-status")
    date = page.locator("#article-text .m-date")
    assert (cue.count(), date.count()) == (1, 1)
    assert cue.inner_text() == "may" and date.inner_text() == "September"
    assert cue.get_attribute("title") == "hypothetical status of MOBILIZE"
    assert date.get_attribute("title") == "MOBILIZE date: 2025-09"
    trigger_style = page.locator("#article-text .m-trigger").first.evaluate(
        "el => getComputedStyle(el).fontStyle"
    )
    assert cue.evaluate("el => getComputedStyle(el).fontStyle") == "italic" != trigger_style
    assert date.evaluate("el => getComputedStyle(el).borderBottomStyle") == "dashed"
    page.locator('.event-card[data-event="art-2-e2"]').click()
    assert "evidence-active" in (cue.get_attribute("class") or "")
