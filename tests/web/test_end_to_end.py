"""Text posted to the API is coded by the real pipeline, stored, and found again."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from dyads.records import SCHEMA
from dyads.web import create_app

from .conftest import TOKEN

TEXT = (
    "PARIS, May 4, 2026 (Example Wire) - The French President spoke by phone with the "
    "German Chancellor on Monday about energy prices, the French presidency said."
)


def test_posted_text_is_coded_stored_and_searchable(writable_store: Path) -> None:
    client = TestClient(create_app(writable_store, token=TOKEN))
    coded = client.post("/v1/code", json={"text": TEXT, "title": "A call"})
    assert coded.status_code == 200
    preview = coded.json()
    assert preview["schema"] == SCHEMA
    assert preview["article"]["date"] == "2026-05-04"  # from the dateline

    stored = client.post(
        "/v1/articles",
        json={"text": TEXT, "title": "A call"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert stored.status_code == 201
    body = stored.json()
    assert body == preview  # coding is deterministic; storing changes nothing
    article_id = body["article"]["id"]
    assert client.get(f"/v1/articles/{article_id}").json() == body

    found = client.get("/v1/events", params={"limit": 1000}).json()["events"]
    mine = [e for e in found if e["article_id"] == article_id]
    assert sorted(e["id"] for e in mine) == sorted(e["id"] for e in body["events"])
    page = client.get(f"/article/{article_id}")
    assert page.status_code == 200
    assert "French President" in page.text
