"""Business probes: business and economic news coded end to end.

The probes (`data/business_probes.tsv`) were written in full before any of them was run: quoted
praise, criticism and condolences from a named speaker, contracts awarded and won, orders and
purchases, deliveries, lawsuits, court fines, bans, violated agreements, rivals beaten to a
contract, negated and failed acts, what a party receives "from" another, bailouts, companies and
economic agencies placed in their country, and headlines. Each sentence is coded alone and scored
as the role probes are (`test_role_probes.py`): the top event's type and the code sets of its
actors and recipients; the file's header keeps the scores before and after the fixes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dyads.pipeline import Pipeline
from dyads.records import PLOVER_TYPES

from .test_role_probes import Outcome, code_probes, read_role_probes, shares

PROBES = Path(__file__).parent / "data" / "business_probes.tsv"
# Floors under the measured scores (see the probe file's header: type 36 of 57, roles 37, full 32),
# so that a change losing business readings fails while small shifts of the parse do not.
MIN_TYPE_RIGHT = 0.60
MIN_ROLES_RIGHT = 0.61
MIN_FULL_RECORD = 0.52


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return code_probes(Pipeline(), read_role_probes(PROBES))


def test_business_probes_are_well_formed() -> None:
    probes = read_role_probes(PROBES)
    assert len(probes) >= 50
    assert {p.event for p in probes} <= set(PLOVER_TYPES)
    assert all(p.actors for p in probes)


def test_business_probe_scores_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    type_right = sum(o.predicted.event == o.probe.event for o in outcomes) / len(outcomes)
    roles_right, full_record = shares(outcomes)
    assert type_right >= MIN_TYPE_RIGHT
    assert roles_right >= MIN_ROLES_RIGHT
    assert full_record >= MIN_FULL_RECORD
