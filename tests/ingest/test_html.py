"""HTML pages: main text, title, date, URL and site name; bad pages are rejected."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyads.ingest.base import article_id
from dyads.ingest.html import html_article, page_encoding, read_html
from dyads.records import Article, Rejected

PageMaker = Callable[..., str]
PUBLISHED = '<meta property="article:published_time" content="2025-08-12T10:00:00Z">'
CANONICAL = '<link rel="canonical" href="https://news.example.com/world/vienna-talks">'
EMPTY_PAGE = b"<html><head><title>Empty</title></head><body><nav>Home</nav></body></html>"
NAVIGATION_PAGE = (
    b"<html><body><nav>Home | World | Sport</nav><div>Subscribe now</div></body></html>"
)
ONE_SENTENCE_PAGE = (
    b"<html><body><p>Troops crossed the border on Monday, officials said.</p></body></html>"
)


def read_one(data: bytes) -> Article | Rejected:
    (result,) = read_html(data, "page.html")
    assert isinstance(result, Article | Rejected)
    return result


def test_main_text_title_date_url_and_publisher(news_page: PageMaker, page_text: str) -> None:
    article = read_one(news_page(head=PUBLISHED + CANONICAL).encode())
    assert isinstance(article, Article)
    assert article.title == "Ministers meet in Vienna"
    # Boilerplate and the headline repeated as <h1> are not part of the text.
    assert article.text == page_text
    assert article.date == "2025-08-12" and article.date_source == "metadata"
    assert article.url == "https://news.example.com/world/vienna-talks"
    assert article.publisher == "Example News"
    assert article.id == article_id(article.text)


def test_a_page_without_a_date_has_none_unless_a_fallback_is_given(news_page: PageMaker) -> None:
    data = news_page().encode()
    plain = html_article(data, "page.html")
    assert isinstance(plain, Article) and plain.date is None and plain.date_source is None
    dated = html_article(
        data, "a.warc", line=2, url="https://a.example/x", fallback_date="2025-01-02"
    )
    assert isinstance(dated, Article)
    assert dated.date == "2025-01-02" and dated.date_source == "metadata"
    assert dated.url == "https://a.example/x"


def test_a_declared_legacy_charset_is_honoured(news_page: PageMaker) -> None:
    page = news_page(title="Talks in Zürich", charset="windows-1252")
    article = read_one(page.encode("cp1252"))
    assert isinstance(article, Article) and article.title == "Talks in Zürich"


def test_the_encoding_comes_from_bom_header_or_meta_like_browsers() -> None:
    assert page_encoding(b'<meta charset="ISO-8859-1">') == "cp1252"
    assert page_encoding(b"<p>x</p>", "text/html; charset=UTF-8") == "utf-8"
    assert page_encoding(b'<meta charset="no-such-codec">') == "utf-8"
    assert page_encoding(b"\xef\xbb\xbf<meta charset=cp1252>") == "utf-8"
    assert page_encoding(b"<p>x</p>") == "utf-8"


def test_undecodable_bytes_are_rejected_not_guessed(news_page: PageMaker) -> None:
    data = news_page().encode().replace(b"Vienna on", b"Vienna\xff on")
    rejected = read_one(data)
    assert isinstance(rejected, Rejected)
    assert rejected.reason.startswith("not valid UTF-8 (byte 0xff at offset ")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"<html>\0\0\0", "binary file"),
        (EMPTY_PAGE, "no main text"),
        (NAVIGATION_PAGE, "no main text"),
    ],
)
def test_unreadable_pages_are_rejected(data: bytes, reason: str) -> None:
    assert read_one(data) == Rejected(source="page.html", line=None, reason=reason)


def test_a_one_sentence_brief_is_still_an_article() -> None:
    article = read_one(ONE_SENTENCE_PAGE)
    assert isinstance(article, Article)
    assert article.text == "Troops crossed the border on Monday, officials said."
