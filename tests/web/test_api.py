"""The `/v1` API over the hand-built sample store: filters, paging, articles, dyad counts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dyads.records import SCHEMA
from dyads.web import create_app

from .conftest import fake_coder


def ids(client: TestClient, **params: Any) -> list[str]:
    response = client.get("/v1/events", params=params)
    assert response.status_code == 200, response.text
    return [event["id"] for event in response.json()["events"]]


def test_events_without_filters_are_all_returned_latest_first(client: TestClient) -> None:
    body = client.get("/v1/events").json()
    assert body["total"] == 5
    assert [e["id"] for e in body["events"]] == [
        "art-2-e2",  # 2025-09
        "art-1-e2",  # 2025-08-19
        "art-1-e1",  # 2025-08-12
        "art-2-e1",  # 2025-07
        "art-3-e1",  # undated: last
    ]


def test_events_come_in_the_dyads_shape_with_article_id(client: TestClient) -> None:
    (event,) = client.get("/v1/events", params={"event": "SUPPORT"}).json()["events"]
    assert event["article_id"] == "art-1"
    assert event["actor"]["code"] == "PRK"
    assert event["recipient"] == {
        "text": "Russia",
        "name": "Russia",
        "code": "RUS",
        "sector": "GOV",
        "span": [event["recipient"]["span"][0], event["recipient"]["span"][0] + 6],
    }
    assert event["reported_by"]["sector"] == "MED"
    assert set(event) >= {"id", "event", "mode", "context", "status", "cameo", "quad_class"}
    assert set(event) >= {"date", "date_text", "location", "trigger", "span", "confidence"}


def test_events_carry_the_words_of_their_status_and_date(client: TestClient) -> None:
    (event,) = client.get("/v1/events", params={"event": "MOBILIZE"}).json()["events"]
    text = client.get("/v1/articles/art-2").json()["article"]["text"]
    assert [text[start:end] for start, end in event["status_spans"]] == ["may"]
    start, end = event["date_span"]
    assert text[start:end] == event["date_text"] == "September"
    (undated,) = client.get("/v1/events", params={"event": "THREATEN"}).json()["events"]
    assert (undated["status_spans"], undated["date_span"]) == ([], None)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"actor": "RUS"}, ["art-2-e2", "art-1-e1"]),
        ({"actor": "rus"}, ["art-2-e2", "art-1-e1"]),  # codes are matched case-insensitively
        ({"recipient": "RUS"}, ["art-1-e2", "art-2-e1", "art-3-e1"]),
        ({"actor": "RUS", "recipient": "PRK"}, ["art-1-e1"]),
        ({"event": "consult"}, ["art-1-e1", "art-3-e1"]),
        ({"status": "hypothetical"}, ["art-2-e2"]),
        ({"country": "UKR"}, ["art-2-e2"]),
        ({"since": "2025-08-13"}, ["art-2-e2", "art-1-e2"]),
        ({"until": "2025-08-12"}, ["art-1-e1", "art-2-e1"]),
        ({"since": "2025-08", "until": "2025-08"}, ["art-1-e2", "art-1-e1"]),
        ({"since": "2025-07-31", "until": "2025-07-31"}, ["art-2-e1"]),  # a month covers its days
        ({"q": "PLEDGED"}, ["art-1-e2"]),
        ({"q": "<b>talks</b>"}, ["art-3-e1"]),
        ({"actor": "ZZZ"}, []),
        ({"dyadic": "true"}, ["art-1-e2", "art-1-e1", "art-2-e1", "art-3-e1"]),
        ({"dyadic": "false"}, ["art-2-e2", "art-1-e2", "art-1-e1", "art-2-e1", "art-3-e1"]),
    ],
)
def test_each_filter_selects_the_matching_events(
    client: TestClient, params: dict[str, str], expected: list[str]
) -> None:
    assert ids(client, **params) == expected


def test_paging_keeps_the_total_and_walks_the_order(client: TestClient) -> None:
    every = ids(client)
    pages = [client.get("/v1/events", params={"limit": 2, "offset": n}).json() for n in (0, 2, 4)]
    assert [page["total"] for page in pages] == [5, 5, 5]
    assert [e["id"] for page in pages for e in page["events"]] == every
    past_the_end = client.get("/v1/events", params={"limit": 2, "offset": 10}).json()
    assert past_the_end == {"events": [], "total": 5}


@pytest.mark.parametrize(
    ("params", "status", "words"),
    [
        ({"since": "yesterday"}, 400, "since"),
        ({"until": "2025-13"}, 400, "until"),
        ({"since": "2025-02-30"}, 400, "since"),
        ({"since": "２０２５"}, 400, "since"),  # full-width digits are not an ISO date
        ({"event": "PARTY"}, 400, "PLOVER type"),
        ({"status": "rumoured"}, 400, "status"),
        ({"actor": "RU S"}, 422, "actor"),
        ({"country": "Ünited"}, 422, "country"),
        ({"q": "nul\x00byte"}, 400, "q"),
        ({"limit": "-1"}, 422, "limit"),
        ({"limit": "ten"}, 422, "limit"),
        ({"limit": "1001"}, 422, "limit"),
        ({"offset": "-5"}, 422, "offset"),
        ({"actor": "X" * 33}, 422, "actor"),
        ({"dyadic": "maybe"}, 422, "dyadic"),
    ],
)
def test_invalid_parameters_answer_4xx_with_a_message(
    client: TestClient, params: dict[str, str], status: int, words: str
) -> None:
    response = client.get("/v1/events", params=params)
    assert response.status_code == status
    assert words in response.text


def test_filter_values_are_bound_parameters_not_sql(client: TestClient) -> None:
    hostile = "x' OR '1'='1"
    assert ids(client, q=hostile) == []
    assert ids(client, q="'); DROP TABLE events; --") == []
    assert client.get("/v1/events").json()["total"] == 5


def test_an_article_comes_back_as_stored(client: TestClient) -> None:
    response = client.get("/v1/articles/art-1")
    assert response.status_code == 200
    body = response.json()
    assert body["schema"] == SCHEMA
    assert body["article"]["title"] == "A phone call"
    assert [e["id"] for e in body["events"]] == ["art-1-e1", "art-1-e2"]
    assert body["quotes"][0]["speaker"]["code"] == "PRK"


def test_a_missing_article_is_404(client: TestClient) -> None:
    response = client.get("/v1/articles/no-such-article")
    assert response.status_code == 404
    assert "no-such-article" in response.json()["detail"]


def test_dyad_counts_by_month_split_by_direction_type_and_quad(client: TestClient) -> None:
    body = client.get("/v1/dyads", params={"a": "rus", "b": "PRK"}).json()
    assert (body["a"], body["b"], body["by"]) == ("RUS", "PRK", "month")
    assert body["total"] == 2
    (august,) = body["periods"]
    assert august["period"] == "2025-08"
    assert august["start"] == "2025-08-01"
    assert august["a_to_b"] == {"total": 1, "events": {"CONSULT": 1}, "quad_classes": {"1": 1}}
    assert august["b_to_a"] == {"total": 1, "events": {"SUPPORT": 1}, "quad_classes": {"1": 1}}


def test_dyad_counts_by_week_and_day(client: TestClient) -> None:
    weeks = client.get("/v1/dyads", params={"a": "RUS", "b": "PRK", "by": "week"}).json()
    assert [p["period"] for p in weeks["periods"]] == ["2025-W33", "2025-W34"]
    assert weeks["periods"][0]["start"] == "2025-08-11"  # weeks start on Monday
    days = client.get("/v1/dyads", params={"a": "PRK", "b": "RUS", "by": "day"}).json()
    assert [p["period"] for p in days["periods"]] == ["2025-08-12", "2025-08-19"]
    assert days["periods"][0]["b_to_a"]["events"] == {"CONSULT": 1}  # RUS -> PRK seen from PRK


def test_dyad_counts_keep_partial_and_missing_dates_apart(client: TestClient) -> None:
    by_day = client.get("/v1/dyads", params={"a": "USA", "b": "RUS", "by": "day"}).json()
    assert by_day["periods"] == []
    assert (by_day["total"], by_day["imprecise"], by_day["undated"]) == (1, 1, 0)
    by_month = client.get("/v1/dyads", params={"a": "USA", "b": "RUS"}).json()
    assert [p["period"] for p in by_month["periods"]] == ["2025-07"]
    assert by_month["periods"][0]["a_to_b"]["quad_classes"] == {"3": 1}
    undated = client.get("/v1/dyads", params={"a": "CHN", "b": "RUS"}).json()
    assert (undated["total"], undated["undated"], undated["periods"]) == (1, 1, [])


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"a": "RUS"}, 422),
        ({"a": "RUS", "b": "PRK", "by": "year"}, 422),
        ({"a": "RUS", "b": "P-K"}, 422),
        ({"a": "", "b": "PRK"}, 422),
    ],
)
def test_dyad_parameters_are_checked(
    client: TestClient, params: dict[str, str], status: int
) -> None:
    assert client.get("/v1/dyads", params=params).status_code == status


def test_code_returns_the_coded_article_without_storing_it(client: TestClient) -> None:
    response = client.post(
        "/v1/code", json={"text": "Officials met.", "date": "2025-01-02", "title": "T"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["article"]["text"] == "Officials met."
    assert body["article"]["date"] == "2025-01-02"
    stored = client.get(f"/v1/articles/{body['article']['id']}")
    assert stored.status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": ""},
        {"text": "   "},
        {"text": 42},
        {"text": "ok", "date": "August 12"},
        {"text": "ok", "date": "2025-02-30"},
        {"text": "ok", "colour": "red"},
    ],
)
def test_code_rejects_bad_bodies_with_422(client: TestClient, body: dict[str, object]) -> None:
    response = client.post("/v1/code", json=body)
    assert response.status_code == 422
    assert response.json()["detail"]


def test_code_rejects_malformed_json(client: TestClient) -> None:
    response = client.post(
        "/v1/code", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422


def test_openapi_schema_lists_every_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert set(paths) == {
        "/v1/events",
        "/v1/articles/{article_id}",
        "/v1/dyads",
        "/v1/code",
        "/v1/articles",
    }


def test_a_store_locked_by_another_process_answers_503(writable_store: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(writable_store)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        client = TestClient(create_app(writable_store, coder=fake_coder))
        for path in ("/v1/events", "/v1/dyads?a=RUS&b=PRK", "/v1/articles/art-1"):
            response = client.get(path)
            assert response.status_code == 503
            assert "cannot open store" in response.json()["detail"]
        page = client.get("/")
        assert page.status_code == 503
        assert "cannot open store" in page.text
    finally:
        holder.kill()
        holder.wait(timeout=10)


HOLD_WRITE_LOCK = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("locked", flush=True)
time.sleep(60)
"""
