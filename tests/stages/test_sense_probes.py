"""Sense probes: second senses of trigger words on general news (``data/sense_probes.tsv``).

Each sense has sentences where the trigger word names no event and twins where it keeps its
political sense, so a rule that silences a word loses its twins. Each sentence is coded alone
and its top event compared with the expected type, as the CAMEO probes are scored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from dyads.eval.plover import NO_EVENT, top_prediction
from dyads.pipeline import Pipeline
from dyads.records import PLOVER_TYPES, Article

PROBES = Path(__file__).parent / "data" / "sense_probes.tsv"
GOLD_DATE = "2000-01-01"
# Floors under the measured scores (before the rules: no-event rows 11 of 63, event rows 36
# of 37; after: 61 of 63 and 36 of 37), so losing a rule or a twin fails.
MIN_NO_EVENT_RIGHT = 0.92
MIN_EVENT_RIGHT = 0.94
MIN_SENSES = 20


@dataclass(frozen=True)
class SenseProbe:
    sense: str
    event: str  # a PLOVER type, or NO_EVENT
    text: str


def read_sense_probes(path: Path = PROBES) -> list[SenseProbe]:
    """The probes, one per tab-separated row after the `#` header and the column names."""
    probes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "sense\t")):
            continue
        sense, event, text = line.split("\t")
        probes.append(SenseProbe(sense, NO_EVENT if event == "-" else event, text))
    return probes


@pytest.fixture(scope="module")
def outcomes() -> list[tuple[SenseProbe, str]]:
    probes = read_sense_probes()
    articles = [
        Article(id=f"sense-{i}", text=p.text, date=GOLD_DATE, date_source="metadata")
        for i, p in enumerate(probes)
    ]
    coded = Pipeline().code_many(articles)
    return [(p, top_prediction(c.events).event) for p, c in zip(probes, coded, strict=True)]


def share_right(outcomes: list[tuple[SenseProbe, str]]) -> float:
    return sum(p.event == got for p, got in outcomes) / len(outcomes)


def test_probes_are_well_formed() -> None:
    probes = read_sense_probes()
    assert len(probes) >= 80
    assert {p.event for p in probes} <= {*PLOVER_TYPES, NO_EVENT}
    senses = {p.sense for p in probes}
    assert len(senses) >= MIN_SENSES
    # Every sense has a sentence with no event; most also have a twin of the political sense.
    assert all(any(p.event == NO_EVENT for p in probes if p.sense == s) for s in senses)
    twinned = {p.sense for p in probes if p.event != NO_EVENT}
    assert len(twinned) >= len(senses) - 1


def test_second_senses_name_no_event(outcomes: list[tuple[SenseProbe, str]]) -> None:
    rows = [o for o in outcomes if o[0].event == NO_EVENT]
    assert share_right(rows) >= MIN_NO_EVENT_RIGHT


def test_political_senses_keep_their_type(outcomes: list[tuple[SenseProbe, str]]) -> None:
    rows = [o for o in outcomes if o[0].event != NO_EVENT]
    assert share_right(rows) >= MIN_EVENT_RIGHT
