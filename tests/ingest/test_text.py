"""Plain-text articles: the title rule and text kept exactly as read."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dyads.ingest.base import article_id
from dyads.ingest.text import read_text, split_title
from dyads.records import Article, Rejected


def only(results: Sequence[object]) -> object:
    assert len(results) == 1
    return results[0]


def test_a_line_before_a_blank_line_is_the_title() -> None:
    assert split_title("Ceasefire talks resume\n\nNegotiators met on Monday.") == (
        "Ceasefire talks resume",
        "Negotiators met on Monday.",
    )


def test_a_short_first_line_without_final_punctuation_is_the_title() -> None:
    text = "Ministers meet in Oslo\nThe foreign ministers met on Monday.\n"
    assert split_title(text) == ("Ministers meet in Oslo", "The foreign ministers met on Monday.\n")


def test_a_headline_may_end_in_a_question_mark_before_a_blank_line() -> None:
    assert split_title("Will the talks hold?\n\nDiplomats doubt it.")[0] == "Will the talks hold?"


@pytest.mark.parametrize(
    "text",
    [
        # a first paragraph, not a headline
        "The ministers met on Monday.\n\nThey agreed to meet again.",
        "The ministers met on Monday.\nThey agreed to meet again.",
        # hard-wrapped paragraphs: the first line runs on
        "The foreign ministers of both countries met on Monday\nand agreed to meet again.",
        "Officials said the president spoke by phone with the\nPrime Minister on Tuesday.",
        # a long first line
        "A" * 121 + "\nThe rest.",
        # nothing after the first line
        "Only a single line",
        "Headline only\n\n   \n",
    ],
)
def test_lines_that_are_not_titles_stay_in_the_text(text: str) -> None:
    assert split_title(text) == (None, text)


def test_blank_lines_before_the_title_and_crlf_endings() -> None:
    text = "\r\n  Talks collapse  \r\n\r\nBoth sides walked out.\r\nNo date was set.\r\n"
    title, body = split_title(text)
    assert title == "Talks collapse"
    assert body == "Both sides walked out.\r\nNo date was set.\r\n"


def test_indentation_of_the_first_paragraph_is_kept() -> None:
    assert split_title("Headline\n\n    Indented lede.\n")[1] == "    Indented lede.\n"


def test_read_text_builds_an_article_with_a_hash_id() -> None:
    article = only(list(read_text(b"Talks in Oslo\n\nThe talks began.\n", "a.txt")))
    assert isinstance(article, Article)
    assert article.title == "Talks in Oslo"
    assert article.text == "The talks began.\n"
    assert article.id == article_id("The talks began.\n")
    assert article.date is None and article.date_source is None


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "binary file"),
        (b"Caf\xe9 talks\n\nText.", "not valid UTF-8 (byte 0xe9 at offset 3)"),
    ],
)
def test_unreadable_text_is_rejected_with_a_reason(data: bytes, reason: str) -> None:
    rejected = only(list(read_text(data, "bad.txt")))
    assert rejected == Rejected(source="bad.txt", line=None, reason=reason)


def test_seed_article_title_is_split_and_text_is_exact(shared_data: Path) -> None:
    raw = (shared_data / "seed" / "article.txt").read_bytes()
    article = only(list(read_text(raw, "article.txt")))
    assert isinstance(article, Article)
    assert article.title == "Putin holds call with DPRK's Kim, discusses US-Russia talks"
    decoded = raw.decode("utf-8")
    assert decoded.endswith(article.text)
    assert article.text.startswith("Russian President Vladimir Putin updated DPRK leader")
    # Offsets into the text are offsets into the file's text, shifted by the title line.
    shift = len(decoded) - len(article.text)
    start = article.text.index("Kim Jong Un")
    assert decoded[shift + start : shift + start + len("Kim Jong Un")] == "Kim Jong Un"


@given(st.text(alphabet=st.sampled_from("ab .?\n\r\t\u00e9"), max_size=60))
def test_the_text_is_always_an_exact_suffix_of_what_was_read(text: str) -> None:
    title, body = split_title(text)
    assert text.endswith(body)
    if title is None:
        assert body == text
    else:
        assert title and "\n" not in title
        assert title in text[: len(text) - len(body)]
        assert body.strip()
