from __future__ import annotations

import re
from pathlib import Path

import pytest

from dyads.store.goldstein import goldstein_table, goldstein_weight


def test_every_cameo_code_of_the_code_list_has_a_weight(shared_data: Path) -> None:
    listed = set(
        re.findall(
            r"^LABEL[iI]?:\s*(\d+)=",
            (shared_data / "petrarch" / "CAMEO_codefile.txt").read_text(),
            re.MULTILINE,
        )
    )
    assert len(listed) > 250
    assert listed <= set(goldstein_table())


def test_weights_stay_on_the_scale_and_roots_are_present() -> None:
    table = goldstein_table()
    assert all(-10.0 <= weight <= 10.0 for weight in table.values())
    assert {f"{root:02d}" for root in range(1, 21)} <= set(table)


@pytest.mark.parametrize(
    ("code", "weight"),
    [
        ("041", 1.0),  # discuss by telephone
        ("057", 8.0),  # sign formal agreement
        ("0874", 10.0),  # retreat or surrender militarily
        ("190", -10.0),  # use conventional military force
        ("0231", 3.4),  # a sub-code takes its parent's weight
        ("0459", 5.0),  # unknown sub-code: falls back to its base code 045
        ("049", 1.0),  # unknown base code: falls back to its root 04
    ],
)
def test_lookup_falls_back_from_code_to_base_to_root(code: str, weight: float) -> None:
    assert goldstein_weight(code) == weight


def test_cooperation_scores_above_conflict() -> None:
    assert goldstein_weight("057") > goldstein_weight("04") > 0 > goldstein_weight("14")  # type: ignore[operator]


def test_no_code_no_weight() -> None:
    assert goldstein_weight(None) is None
    assert goldstein_weight("") is None
    assert goldstein_weight("99") is None
