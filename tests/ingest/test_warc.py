"""WARC archives written with warcio: HTML responses become articles, the rest is skipped."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dyads.ingest.base import ReadResult
from dyads.ingest.warc import read_warc
from dyads.records import Article, Rejected

PageMaker = Callable[..., str]
WARC_DATE = "2025-08-13T06:00:00Z"


def response(
    writer: WARCWriter,
    uri: str,
    body: bytes,
    content_type: str = "text/html; charset=utf-8",
    status: str = "200 OK",
) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": WARC_DATE},
    )
    writer.write_record(record)


def write_archive(path: Path, news_page: PageMaker, *, gzip: bool) -> None:
    published = '<meta property="article:published_time" content="2025-08-12">'
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        response(writer, "https://a.example/one", news_page(head=published).encode())
        response(writer, "https://a.example/logo.png", b"\x89PNG\0", content_type="image/png")
        response(writer, "https://a.example/gone", b"<p>Gone</p>", status="404 Not Found")
        response(writer, "https://a.example/nav", b"<html><body><nav>Home</nav></body></html>")
        response(writer, "https://a.example/two", news_page(title="Second story").encode())


def read(path: Path) -> list[ReadResult]:
    with path.open("rb") as stream:
        return list(read_warc(stream, str(path)))


@pytest.mark.parametrize("gzip", [True, False])
def test_html_responses_become_articles(tmp_path: Path, news_page: PageMaker, gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_archive(path, news_page, gzip=gzip)
    first, nav, second = read(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.url == "https://a.example/one"
    assert first.title == "Ministers meet in Vienna"
    # The page's own date wins over the capture date; without one, the capture date is used.
    assert (first.date, first.date_source) == ("2025-08-12", "metadata")
    assert (second.date, second.date_source) == ("2025-08-13", "metadata")
    assert second.title == "Second story"
    # Records are numbered from 1 in file order: warcinfo, one, logo, gone, nav, two.
    assert nav == Rejected(source=str(path), line=5, reason="no main text at https://a.example/nav")


def test_a_truncated_archive_keeps_the_articles_read_before(
    tmp_path: Path, news_page: PageMaker
) -> None:
    whole = tmp_path / "whole.warc"
    write_archive(whole, news_page, gzip=False)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc"
    # Cut inside the last record's payload.
    cut.write_bytes(data[: data.rindex(b"Second story") + 5])
    results = read(cut)
    assert isinstance(results[0], Article) and results[0].url == "https://a.example/one"
    # The cut record is reported, not read as a short article.
    assert results[-1] == Rejected(source=str(cut), line=6, reason="corrupt WARC: record truncated")
    assert not any(isinstance(r, Article) and r.url == "https://a.example/two" for r in results)


def test_garbage_in_the_middle_is_a_corrupt_record(tmp_path: Path, news_page: PageMaker) -> None:
    whole = tmp_path / "whole.warc"
    write_archive(whole, news_page, gzip=False)
    data = whole.read_bytes()
    second = data.index(b"WARC/1.0", 10)
    third = data.index(b"WARC/1.0", second + 10)
    broken = tmp_path / "broken.warc"
    broken.write_bytes(data[:third] + b"this is not a WARC header\r\n\r\n" + data[third:])
    results = read(broken)
    assert isinstance(results[0], Article)
    last = results[-1]
    assert isinstance(last, Rejected) and last.reason.startswith("corrupt WARC: ")
    assert last.line == 3


def test_a_file_that_is_not_a_warc_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_text("just some notes\n")
    (rejected,) = read(path)
    assert isinstance(rejected, Rejected)
    assert rejected.line == 1 and rejected.reason.startswith("corrupt WARC: ")


def test_a_truncated_gzip_archive_is_rejected(tmp_path: Path, news_page: PageMaker) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_archive(whole, news_page, gzip=True)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[:-40])
    results = read(cut)
    assert isinstance(results[0], Article)
    assert results[-1] == Rejected(source=str(cut), line=6, reason="corrupt WARC: record truncated")
