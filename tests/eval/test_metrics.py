from __future__ import annotations

import pytest

from dyads.eval.metrics import PRF, f1_score


def test_prf_from_counts() -> None:
    scores = PRF(matched=3, predicted=4, gold=6)
    assert scores.precision == pytest.approx(0.75)
    assert scores.recall == pytest.approx(0.5)
    assert scores.f1 == pytest.approx(0.6)
    assert scores.as_dict()["gold"] == 6


def test_empty_counts_score_zero() -> None:
    assert PRF(0, 0, 0).as_dict()["f1"] == 0.0
    assert f1_score(0.0, 0.0) == 0.0
