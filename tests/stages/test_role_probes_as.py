"""Role probes, set AS (``data/role_probes_as.tsv``), coded end to end.

The general causes behind the role errors of the events dev halves: event nouns that are the
subject of a passive light verb ("accusations were levelled against X"), fellow voters named by
"voted with", texts voted against whose author is unnamed ("voted against the bill"), and
decisions placed in a legislature ("was rejected in the Philippine Senate"). The set was written
in full before its rules and scored with the committed stage first; the file's header keeps the
scores before and after. The probes are read and scored as the role probes are
(`test_role_probes`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dyads.pipeline import Pipeline
from dyads.records import PLOVER_TYPES

from .test_role_probes import Outcome, code_probes, read_role_probes, shares

PROBES = Path(__file__).parent / "data" / "role_probes_as.tsv"
CONSTRUCTIONS = (
    "passive_light_noun",
    "vote_with",
    "document_rejected",
    "passive_decision_in_body",
)
MIN_PER_CONSTRUCTION = 6
# Floors under the measured scores (roles 27 of 33, full 27; the committed stage had 7), so a
# change that loses these readings fails while small shifts of the parse do not.
MIN_ROLES_RIGHT = 0.75
MIN_FULL_RECORD = 0.75
# Per construction, the share with both role sets right (measured: passive_light_noun 9 of 11,
# vote_with 3 of 6, document_rejected 8 of 8, passive_decision_in_body 7 of 8).
MIN_ROLES_BY_CONSTRUCTION = {
    "passive_light_noun": 0.7,
    "vote_with": 0.3,
    "document_rejected": 0.85,
    "passive_decision_in_body": 0.7,
}


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return code_probes(Pipeline(), read_role_probes(PROBES))


def test_probes_are_well_formed() -> None:
    probes = read_role_probes(PROBES)
    assert {p.set for p in probes} == {"AS"}
    assert {p.event for p in probes} <= set(PLOVER_TYPES)
    assert all(p.actors for p in probes)
    for construction in CONSTRUCTIONS:
        assert sum(p.construction == construction for p in probes) >= MIN_PER_CONSTRUCTION


def test_set_as_scores_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    roles_right, full_record = shares(outcomes)
    assert roles_right >= MIN_ROLES_RIGHT
    assert full_record >= MIN_FULL_RECORD


@pytest.mark.parametrize("construction", CONSTRUCTIONS)
def test_each_cause_stays_above_its_floor(outcomes: list[Outcome], construction: str) -> None:
    roles_right, _ = shares([o for o in outcomes if o.probe.construction == construction])
    assert roles_right >= MIN_ROLES_BY_CONSTRUCTION[construction]
