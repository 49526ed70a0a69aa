"""Goldstein-style weights of CAMEO event codes (table and sources in data/cameo/)."""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources


@cache
def goldstein_table() -> dict[str, float]:
    """CAMEO code -> weight from -10 (most conflictual) to +10 (most cooperative)."""
    text = resources.files("dyads").joinpath("data/cameo/goldstein.tsv").read_text("utf-8")
    rows = csv.DictReader(io.StringIO(text), delimiter="\t")
    return {row["code"]: float(row["goldstein"]) for row in rows}


def goldstein_weight(cameo: str | None) -> float | None:
    """The weight of a CAMEO code, falling back to its base (3-digit) and root (2-digit) code."""
    if not cameo:
        return None
    table = goldstein_table()
    for code in (cameo, cameo[:3], cameo[:2]):
        if code in table:
            return table[code]
    return None
