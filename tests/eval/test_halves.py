"""Tests for the fixed dev/held split of gold files."""

from __future__ import annotations

import pytest

from dyads.eval.halves import half_of, half_of_article, select


def test_half_depends_on_the_id_only_and_is_stable() -> None:
    # the first byte of sha256("a") is 0xca, an even number
    assert half_of("a") == "dev"
    assert half_of("PLOVER-GSR01-AGREE-0001") == half_of("PLOVER-GSR01-AGREE-0001")


def test_split_is_roughly_even_and_covers_everything() -> None:
    ids = [f"sentence-{n}" for n in range(400)]
    dev = select(ids, ids, "dev")
    held = select(ids, ids, "held")
    assert sorted(dev + held) == sorted(ids)
    assert not set(dev) & set(held)
    assert 150 < len(dev) < 250


def test_select_needs_matching_lengths() -> None:
    with pytest.raises(ValueError):
        select([1, 2], ["a"], "dev")


def test_sentences_of_one_article_share_its_half() -> None:
    articles = [f"GWN-{n}" for n in range(40)]
    for article in articles:
        assert {half_of_article(f"{article}-{start}") for start in (0, 57, 912)} == {
            half_of(article)
        }
    # the split is still by article, not all one way
    assert {half_of(article) for article in articles} == {"dev", "held"}


def test_an_article_half_needs_a_start_offset() -> None:
    with pytest.raises(ValueError, match="start offset"):
        half_of_article("PLOVER-GSR01-AGREE")
