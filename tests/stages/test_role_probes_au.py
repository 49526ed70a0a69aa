"""Role probes, set AU (``data/role_probes_au.tsv``), coded end to end.

General causes of wrong top-event roles in wire reports: a party that is "the target of" an act a
noun names ("has been the target of criticism from Ghana"), "others" hurt beside a party named
first ("an officer died and six others were hurt"), a demand or wish that an act "be done by" a
party ("wants the sanctions to be lifted by X"), the act ordered by whoever "gave the order", and
a party's feeling at another's act as a noun that is no verb's object ("Rome's anger at France's
border closure grew"). The set was written in full before its rules and scored with the committed
stage first; the file's header keeps that score. The probes are read and scored as the role
probes are (`test_role_probes`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dyads.pipeline import Pipeline
from dyads.records import PLOVER_TYPES

from .test_role_probes import Outcome, code_probes, read_role_probes, shares

PROBES = Path(__file__).parent / "data" / "role_probes_au.tsv"
CONSTRUCTIONS = (
    "target_of",
    "others_casualties",
    "passive_content_agent",
    "ordered_act",
    "feeling_at",
)
MIN_PER_CONSTRUCTION = 6
# Floors under the measured scores (roles 30 of 34, full 30; the committed stage had roles 2,
# full 2), so a change that loses these readings fails while small shifts of the parse do not.
MIN_ROLES_RIGHT = 0.8
MIN_FULL_RECORD = 0.8
# Per construction, the share with both role sets right (measured: target_of 8 of 8,
# others_casualties 7 of 7, passive_content_agent 6 of 7, ordered_act 6 of 6, feeling_at 3 of 6,
# whose misses take another event for the top one; the committed stage had 0, 0, 0, 2 and 0).
MIN_ROLES_BY_CONSTRUCTION = {
    "target_of": 0.8,
    "others_casualties": 0.8,
    "passive_content_agent": 0.8,
    "ordered_act": 0.8,
    "feeling_at": 0.5,
}
# The type matters for these: the act ordered is the top event, not the order.
TYPED_CONSTRUCTIONS = ("ordered_act", "target_of")


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return code_probes(Pipeline(), read_role_probes(PROBES))


def test_probes_are_well_formed() -> None:
    probes = read_role_probes(PROBES)
    assert {p.set for p in probes} == {"AU"}
    assert {p.event for p in probes} <= set(PLOVER_TYPES)
    assert all(p.actors for p in probes)
    for construction in CONSTRUCTIONS:
        assert sum(p.construction == construction for p in probes) >= MIN_PER_CONSTRUCTION


def test_set_au_scores_stay_above_their_floors(outcomes: list[Outcome]) -> None:
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
