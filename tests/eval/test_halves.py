"""Tests for the fixed dev/held split of gold files."""

from __future__ import annotations

import pytest

from dyads.eval.halves import half_of, select


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
