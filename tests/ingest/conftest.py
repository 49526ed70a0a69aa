"""Small news pages written for the HTML and WARC reader tests."""

from __future__ import annotations

from typing import Protocol

import pytest

PARAGRAPHS = (
    "The foreign ministers of Austria and Hungary met in Vienna on Monday to discuss energy "
    "cooperation, officials said.",
    "Both sides agreed to expand the pipeline network before winter, according to a joint "
    "statement released after the talks.",
)


class PageMaker(Protocol):
    def __call__(self, *, title: str = ..., head: str = ..., charset: str = ...) -> str: ...


def make_news_page(
    *, title: str = "Ministers meet in Vienna", head: str = "", charset: str = "utf-8"
) -> str:
    """A news page with navigation and footer boilerplate around two paragraphs."""
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{title} | Example News</title>
<meta property="og:site_name" content="Example News">
{head}</head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>
{body}
</article>
<footer>Copyright Example News. All rights reserved.</footer></body></html>"""


@pytest.fixture
def news_page() -> PageMaker:
    return make_news_page


@pytest.fixture
def page_text() -> str:
    """The main text a reader should extract from `news_page`."""
    return "\n".join(PARAGRAPHS)
