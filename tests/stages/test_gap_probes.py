"""Gap probes: four gaps users reported, each coded end to end (``data/gap_probes.tsv``).

A state's bare name before a verb that doubles as an agent noun ("China advocates"), the
addressee of a post or letter ("@NATO, you should", "President X, we ask you"), appeals carried
by nouns of hope, wish, call and demand ("It is our hope that X will"), and people named again
by surname alone after a fuller mention. Each set was written in full before the fixes it
measures; the file's header keeps the scores before and after. The probes are read and scored
as the role probes are (`test_role_probes`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dyads.pipeline import Pipeline
from dyads.records import PLOVER_TYPES

from .test_role_probes import Outcome, code_probes, read_role_probes, shares

PROBES = Path(__file__).parent / "data" / "gap_probes.tsv"
CONSTRUCTIONS = ("country_verb", "vocative", "hope_noun", "bare_surname")
MIN_PER_CONSTRUCTION = 8
# Floors under the measured scores (all sets: roles 70 of 87, full 66), so a change that loses
# these readings fails while small shifts of the parse do not.
MIN_ROLES_RIGHT = 0.75
MIN_FULL_RECORD = 0.70
# Per construction, the share with the full record right (measured: country_verb 19 of 25,
# vocative 11 of 18, hope_noun 17 of 20, bare_surname 19 of 24).
MIN_FULL_BY_CONSTRUCTION = {
    "country_verb": 0.70,
    "vocative": 0.50,
    "hope_noun": 0.80,
    "bare_surname": 0.75,
}


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return code_probes(Pipeline(), read_role_probes(PROBES))


def test_probes_are_well_formed() -> None:
    probes = read_role_probes(PROBES)
    assert {p.event for p in probes} <= set(PLOVER_TYPES)
    assert all(p.actors for p in probes)
    for construction in CONSTRUCTIONS:
        assert sum(p.construction == construction for p in probes) >= MIN_PER_CONSTRUCTION


def test_gap_probe_scores_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    roles_right, full_record = shares(outcomes)
    assert roles_right >= MIN_ROLES_RIGHT
    assert full_record >= MIN_FULL_RECORD


@pytest.mark.parametrize("construction", CONSTRUCTIONS)
def test_each_gap_stays_above_its_floor(outcomes: list[Outcome], construction: str) -> None:
    _, full_record = shares([o for o in outcomes if o.probe.construction == construction])
    assert full_record >= MIN_FULL_BY_CONSTRUCTION[construction]
