"""The probes of party titles, Gulf rulers, clerics read as organisations, towns and the EU
presidency (``data/actor_probes_offices.tsv``, in the format of the main actor probes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from dyads.stages.actors import ActorRecognizer

from .actor_helpers import shared_recognizer
from .test_actor_probes import Probe, load_probes, misses

PROBES = Path(__file__).resolve().parent / "data" / "actor_probes_offices.tsv"


def test_probe_file_is_well_formed() -> None:
    probes = load_probes(PROBES)
    assert len(probes) >= 40
    assert sum(p.known_gap for p in probes) <= 2


@pytest.fixture(scope="module")
def recognizer() -> ActorRecognizer:
    return shared_recognizer()


def _param(probe: Probe) -> object:
    """A probe as a test case; a known gap is a strict xfail, so fixing it is noticed."""
    marks = [pytest.mark.xfail(strict=True, reason="known gap")] if probe.known_gap else []
    return pytest.param(probe, marks=marks, id=probe.sentence[:48])


@pytest.mark.parametrize("probe", [_param(p) for p in load_probes(PROBES)])
def test_probe(nlp: Language, recognizer: ActorRecognizer, probe: Probe) -> None:
    assert misses(probe, recognizer.process(nlp(probe.sentence), probe.on)) == []
