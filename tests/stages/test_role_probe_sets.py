"""Role probe sets AS, AT and AU (``data/role_probes_a?.tsv``), coded end to end.

Each set holds the general causes behind a round of role errors in wire reports, written in full
before its rules and scored with the committed stage first; each file's header keeps that score.

- AS: event nouns that are the subject of a passive light verb ("accusations were levelled against
  X"), fellow voters named by "voted with", texts voted against whose author is unnamed ("voted
  against the motion"), and decisions placed in a legislature ("was rejected in the Philippine
  Senate").
- AT: people handed over "to" a party named after a participle on them ("extradited two men wanted
  for fraud to China"), the subject of a demanded clause whose bare verb the parser read as a noun
  ("demanded that the Afghan Taliban act"), "neighbouring X" after the verb, a report rejected
  whose relative clause makes the charge, the "against" party of the act a threat announces, the
  doer of the act done "in protest", and "military" qualifying aid sent.
- AU: a party that is "the target of" an act a noun names, "others" hurt beside a party named
  first, a demand that an act "be done by" a party, the act ordered by whoever "gave the order",
  and a party's feeling at another's act as a noun that is no verb's object.

The probes are read and scored as the role probes are (`test_role_probes`). Floors lie under the
measured scores, so a change that loses these readings fails while small shifts of the parse do
not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from dyads.pipeline import Pipeline
from dyads.records import PLOVER_TYPES

from .test_role_probes import Outcome, code_probes, read_role_probes, shares

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class ProbeSet:
    """A role probe set and the floors its scores must stay above."""

    name: str
    min_per_construction: int
    min_roles_right: float
    min_full_record: float
    # Per construction, the least share with both role sets right.
    min_roles_by_construction: dict[str, float]
    # Constructions whose top event must also have the type of the main act.
    typed_constructions: tuple[str, ...] = field(default=())

    @property
    def path(self) -> Path:
        return DATA / f"role_probes_{self.name.lower()}.tsv"


SETS = (
    # Measured: roles 27 of 33, full 27 (committed stage 7); passive_light_noun 9 of 11,
    # vote_with 3 of 6, document_rejected 8 of 8, passive_decision_in_body 7 of 8.
    ProbeSet(
        "AS",
        min_per_construction=6,
        min_roles_right=0.75,
        min_full_record=0.75,
        min_roles_by_construction={
            "passive_light_noun": 0.7,
            "vote_with": 0.3,
            "document_rejected": 0.85,
            "passive_decision_in_body": 0.7,
        },
    ),
    # Measured: roles 40 of 40, full 40 (committed stage roles 21, full 18; handover_to 4 of 6,
    # demanded_clause 3 of 7, neighbouring_party 3 of 6, relative_on_object 1 of 5,
    # threat_against 2 of 5, in_protest 3 of 6, military_aid 5 of 5). The type matters for
    # "military aid" sent (aid, or a promise of it, no troops) and for a report rejected.
    ProbeSet(
        "AT",
        min_per_construction=5,
        min_roles_right=0.85,
        min_full_record=0.85,
        min_roles_by_construction={
            "handover_to": 0.8,
            "demanded_clause": 0.8,
            "neighbouring_party": 0.8,
            "relative_on_object": 0.8,
            "threat_against": 0.8,
            "in_protest": 0.8,
            "military_aid": 0.8,
        },
        typed_constructions=("military_aid", "relative_on_object"),
    ),
    # Measured: roles 30 of 34, full 30 (committed stage 2); target_of 8 of 8, others_casualties
    # 7 of 7, passive_content_agent 6 of 7, ordered_act 6 of 6, feeling_at 3 of 6 (whose misses
    # take another event for the top one). The act ordered is the top event, not the order.
    ProbeSet(
        "AU",
        min_per_construction=6,
        min_roles_right=0.8,
        min_full_record=0.8,
        min_roles_by_construction={
            "target_of": 0.8,
            "others_casualties": 0.8,
            "passive_content_agent": 0.8,
            "ordered_act": 0.8,
            "feeling_at": 0.5,
        },
        typed_constructions=("ordered_act", "target_of"),
    ),
)
CONSTRUCTIONS = [(s, c) for s in SETS for c in s.min_roles_by_construction]
TYPED = [(s, c) for s in SETS for c in s.typed_constructions]


def _id(value: object) -> str:
    return value.name if isinstance(value, ProbeSet) else str(value)


@pytest.fixture(scope="module")
def outcomes() -> dict[str, list[Outcome]]:
    pipeline = Pipeline()
    return {s.name: code_probes(pipeline, read_role_probes(s.path)) for s in SETS}


def _of(outcomes: list[Outcome], construction: str) -> list[Outcome]:
    return [o for o in outcomes if o.probe.construction == construction]


@pytest.mark.parametrize("probe_set", SETS, ids=_id)
def test_probes_are_well_formed(probe_set: ProbeSet) -> None:
    probes = read_role_probes(probe_set.path)
    assert {p.set for p in probes} == {probe_set.name}
    assert {p.event for p in probes} <= set(PLOVER_TYPES)
    assert all(p.actors for p in probes)
    for construction in probe_set.min_roles_by_construction:
        found = sum(p.construction == construction for p in probes)
        assert found >= probe_set.min_per_construction


@pytest.mark.parametrize("probe_set", SETS, ids=_id)
def test_set_scores_stay_above_their_floors(
    outcomes: dict[str, list[Outcome]], probe_set: ProbeSet
) -> None:
    roles_right, full_record = shares(outcomes[probe_set.name])
    assert roles_right >= probe_set.min_roles_right
    assert full_record >= probe_set.min_full_record


@pytest.mark.parametrize(("probe_set", "construction"), CONSTRUCTIONS, ids=_id)
def test_each_cause_stays_above_its_floor(
    outcomes: dict[str, list[Outcome]], probe_set: ProbeSet, construction: str
) -> None:
    roles_right, _ = shares(_of(outcomes[probe_set.name], construction))
    assert roles_right >= probe_set.min_roles_by_construction[construction]


@pytest.mark.parametrize(("probe_set", "construction"), TYPED, ids=_id)
def test_the_top_event_has_the_type_of_the_main_act(
    outcomes: dict[str, list[Outcome]], probe_set: ProbeSet, construction: str
) -> None:
    _, full_record = shares(_of(outcomes[probe_set.name], construction))
    assert full_record >= probe_set.min_roles_by_construction[construction]
