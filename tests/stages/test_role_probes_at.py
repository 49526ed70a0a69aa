"""Role probes, set AT (``data/role_probes_at.tsv``), coded end to end.

General causes of wrong top-event roles and top-event choice in wire reports: people handed over
"to" a party named after a participle on them ("extradited two men wanted for fraud to China"),
the subject of a demanded clause whose bare verb the parser read as a noun ("demanded that the
Afghan Taliban act"), "neighbouring X" after the verb, a report rejected whose relative clause
makes the charge, the "against" party of the act a threat announces, the doer of the act done
"in protest", and "military" qualifying aid sent. The set was written in full before its rules
and scored with the committed stage first; the file's header keeps that score. The probes are
read and scored as the role probes are (`test_role_probes`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dyads.pipeline import Pipeline
from dyads.records import PLOVER_TYPES

from .test_role_probes import Outcome, code_probes, read_role_probes, shares

PROBES = Path(__file__).parent / "data" / "role_probes_at.tsv"
CONSTRUCTIONS = (
    "handover_to",
    "demanded_clause",
    "neighbouring_party",
    "relative_on_object",
    "threat_against",
    "in_protest",
    "military_aid",
)
MIN_PER_CONSTRUCTION = 5
# Floors under the measured scores (roles 40 of 40, full 40; the committed stage had roles 21,
# full 18), so a change that loses these readings fails while small shifts of the parse do not.
MIN_ROLES_RIGHT = 0.85
MIN_FULL_RECORD = 0.85
# Per construction, the share with both role sets right (measured: all right in each; the
# committed stage had handover_to 4 of 6, demanded_clause 3 of 7, neighbouring_party 3 of 6,
# relative_on_object 1 of 5, threat_against 2 of 5, in_protest 3 of 6, military_aid 5 of 5).
MIN_ROLES_BY_CONSTRUCTION = {
    "handover_to": 0.8,
    "demanded_clause": 0.8,
    "neighbouring_party": 0.8,
    "relative_on_object": 0.8,
    "threat_against": 0.8,
    "in_protest": 0.8,
    "military_aid": 0.8,
}
# The type matters for these: "military aid" sent is aid (or a promise of it), no troops.
TYPED_CONSTRUCTIONS = ("military_aid", "relative_on_object")


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return code_probes(Pipeline(), read_role_probes(PROBES))


def test_probes_are_well_formed() -> None:
    probes = read_role_probes(PROBES)
    assert {p.set for p in probes} == {"AT"}
    assert {p.event for p in probes} <= set(PLOVER_TYPES)
    assert all(p.actors for p in probes)
    for construction in CONSTRUCTIONS:
        assert sum(p.construction == construction for p in probes) >= MIN_PER_CONSTRUCTION


def test_set_at_scores_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    roles_right, full_record = shares(outcomes)
    assert roles_right >= MIN_ROLES_RIGHT
    assert full_record >= MIN_FULL_RECORD


@pytest.mark.parametrize("construction", CONSTRUCTIONS)
def test_each_cause_stays_above_its_floor(outcomes: list[Outcome], construction: str) -> None:
    roles_right, _ = shares([o for o in outcomes if o.probe.construction == construction])
    assert roles_right >= MIN_ROLES_BY_CONSTRUCTION[construction]


@pytest.mark.parametrize("construction", TYPED_CONSTRUCTIONS)
def test_the_top_event_has_the_type_of_the_main_act(
    outcomes: list[Outcome], construction: str
) -> None:
    _, full_record = shares([o for o in outcomes if o.probe.construction == construction])
    assert full_record >= MIN_ROLES_BY_CONSTRUCTION[construction]
