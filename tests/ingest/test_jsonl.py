"""JSON Lines: fields, ids, dates, and a reason for every line that cannot be read."""

from __future__ import annotations

import json

import pytest

from dyads.ingest.base import ReadWarning, article_id
from dyads.ingest.jsonl import read_jsonl
from dyads.records import Article, Rejected


def lines(*records: object) -> list[bytes]:
    return [
        (record if isinstance(record, str) else json.dumps(record)).encode() + b"\n"
        for record in records
    ]


def test_all_fields_are_read_and_the_text_is_kept_as_given() -> None:
    text = "  WARSAW - Poland and Lithuania signed a defence pact.\n\nMore follows. "
    record = {
        "id": "pl-1",
        "text": text,
        "title": " Pact signed ",
        "date": "2025-08-12T10:00:00Z",
        "url": "https://example.org/pact",
        "publisher": "Example Wire",
    }
    assert list(read_jsonl(lines(record), "in.jsonl")) == [
        Article(
            id="pl-1",
            text=text,
            title="Pact signed",
            url="https://example.org/pact",
            publisher="Example Wire",
            date="2025-08-12",
            date_source="metadata",
        )
    ]


def test_ids_default_to_the_text_hash_and_integers_become_strings() -> None:
    first, second = read_jsonl(lines({"text": "Talks began."}, {"id": 42, "text": "x"}), "f")
    assert isinstance(first, Article) and first.id == article_id("Talks began.")
    assert isinstance(second, Article) and second.id == "42"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "malformed JSON: Expecting property name enclosed in double quotes"),
        ('{"text": "a"} trailing', "malformed JSON: Extra data"),
        ("[1, 2]", "not a JSON object (found array)"),
        ('"text"', "not a JSON object (found string)"),
        ('{"title": "No text"}', 'missing "text"'),
        ('{"text": null}', 'missing "text"'),
        ('{"text": 12}', '"text" is not a string (found number)'),
        ('{"text": ["a"]}', '"text" is not a string (found array)'),
        ('{"text": "  \\n "}', '"text" is empty'),
        ('{"id": true, "text": "a"}', '"id" is not a string or integer (found boolean)'),
        ('{"id": 1.5, "text": "a"}', '"id" is not a string or integer (found number)'),
        ('{"id": {"k": 1}, "text": "a"}', '"id" is not a string or integer (found object)'),
        ('{"id": " ", "text": "a"}', '"id" is empty'),
    ],
)
def test_bad_lines_are_rejected_with_the_raw_line(line: str, reason: str) -> None:
    results = list(read_jsonl([line.encode() + b"\r\n"], "in.jsonl"))
    assert results == [Rejected(source="in.jsonl", line=1, reason=reason, raw=line)]


def test_a_file_of_blank_lines_is_empty() -> None:
    assert list(read_jsonl([b"\n", b"  \r\n"], "in.jsonl")) == [
        Rejected(source="in.jsonl", line=None, reason="empty file")
    ]


def test_undecodable_bytes_reject_only_their_line() -> None:
    data = [b'{"text": "Caf\xe9"}\n', *lines({"id": "ok", "text": "Fine."})]
    rejected, article = read_jsonl(data, "in.jsonl")
    assert rejected == Rejected(
        source="in.jsonl",
        line=1,
        reason="not valid UTF-8 (byte 0xe9 at offset 13)",
        raw='{"text": "Caf\\xe9"}',
    )
    assert isinstance(article, Article) and article.id == "ok"


def test_one_bad_line_never_stops_the_others_and_lines_are_counted() -> None:
    data = lines({"id": "a", "text": "One."}, "oops", "", {"id": "b", "text": "Two."})
    results = list(read_jsonl(data, "in.jsonl"))
    assert [type(result) for result in results] == [Article, Rejected, Article]
    assert isinstance(results[1], Rejected) and results[1].location() == "in.jsonl:2"


def test_an_unparseable_date_is_a_warning_and_the_article_is_kept() -> None:
    warning, article = read_jsonl(lines({"id": "a", "text": "T.", "date": "last week"}), "in.jsonl")
    assert warning == ReadWarning(
        source="in.jsonl",
        line=1,
        message="cannot parse \"date\" 'last week'; coded without a date",
    )
    assert isinstance(article, Article)
    assert article.date is None and article.date_source is None


@pytest.mark.parametrize(
    ("value", "date"),
    [("August 12, 2025", "2025-08-12"), ("12 Aug 2025", "2025-08-12"), (None, None), ("", None)],
)
def test_common_date_forms_are_metadata(value: str | None, date: str | None) -> None:
    (article,) = read_jsonl(lines({"text": "T.", "date": value}), "f")
    assert isinstance(article, Article)
    assert article.date == date
    assert article.date_source == ("metadata" if date else None)


def test_optional_fields_of_the_wrong_type_are_dropped_with_a_warning() -> None:
    results = list(read_jsonl(lines({"text": "T.", "title": 5, "date": 20250812}), "f"))
    assert [r.message for r in results if isinstance(r, ReadWarning)] == [
        '"title" is not a string (found number); ignored',
        '"date" is not a string (found number); coded without a date',
    ]
    article = results[-1]
    assert isinstance(article, Article) and article.title is None and article.date is None
