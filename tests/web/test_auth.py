"""Writes: bearer-token checks, writes disabled without a token, and the body size limit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dyads.web import create_app

from .conftest import TOKEN, fake_coder

ARTICLE = {"text": "The two foreign ministers met in the capital.", "date": "2025-03-04"}


@pytest.fixture
def writer(writable_store: Path) -> TestClient:
    return TestClient(create_app(writable_store, token=TOKEN, coder=fake_coder))


def test_storing_needs_a_bearer_token(writer: TestClient) -> None:
    response = writer.post("/v1/articles", json=ARTICLE)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "Authorization: Bearer" in response.json()["detail"]


@pytest.mark.parametrize("header", ["Bearer wrong", f"Bearer {TOKEN}x", f"Bearer {TOKEN[:-1]}"])
def test_a_wrong_token_is_403(writer: TestClient, header: str) -> None:
    response = writer.post("/v1/articles", json=ARTICLE, headers={"Authorization": header})
    assert response.status_code == 403


@pytest.mark.parametrize("header", [TOKEN, f"Basic {TOKEN}", "Bearer", "Bearer   "])
def test_a_malformed_authorization_header_is_401(writer: TestClient, header: str) -> None:
    response = writer.post("/v1/articles", json=ARTICLE, headers={"Authorization": header})
    assert response.status_code == 401


def test_auth_is_checked_before_the_body(writer: TestClient) -> None:
    assert writer.post("/v1/articles", json={"text": ""}).status_code == 401


def test_the_right_token_codes_and_stores(writer: TestClient) -> None:
    response = writer.post(
        "/v1/articles", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code == 201
    article_id = response.json()["article"]["id"]
    stored = writer.get(f"/v1/articles/{article_id}")
    assert stored.status_code == 200
    assert stored.json()["article"]["text"] == ARTICLE["text"]
    # Posting the same text again replaces the article instead of adding a second one.
    again = writer.post("/v1/articles", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.status_code == 201
    assert writer.get("/v1/events").json()["total"] == 5


def test_without_a_configured_token_writes_are_disabled(writable_store: Path) -> None:
    client = TestClient(create_app(writable_store, token=None, coder=fake_coder))
    for header in ({}, {"Authorization": "Bearer anything"}, {"Authorization": "Bearer "}):
        response = client.post("/v1/articles", json=ARTICLE, headers=header)
        assert response.status_code == 403
        assert "disabled" in response.json()["detail"]
    assert client.post("/v1/code", json=ARTICLE).status_code == 200  # coding alone stays open


def test_bodies_over_the_limit_get_413(writable_store: Path) -> None:
    client = TestClient(create_app(writable_store, token=TOKEN, coder=fake_coder, max_body=1000))
    small = client.post("/v1/code", json={"text": "x" * 900})
    assert small.status_code == 200
    for path in ("/v1/code", "/v1/articles"):
        response = client.post(
            path, json={"text": "x" * 2000}, headers={"Authorization": f"Bearer {TOKEN}"}
        )
        assert response.status_code == 413


def test_a_body_sent_without_a_length_is_counted_too(writable_store: Path) -> None:
    client = TestClient(create_app(writable_store, token=TOKEN, coder=fake_coder, max_body=1000))

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(30):
            yield b"y" * 100
        yield b'"}'

    response = client.post(
        "/v1/code", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413


def test_the_default_limit_is_two_megabytes(client: TestClient) -> None:
    text = "z" * (2 * 1024 * 1024 + 10)
    assert client.post("/v1/code", json={"text": text}).status_code == 413
