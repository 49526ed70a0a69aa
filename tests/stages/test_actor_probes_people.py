"""The probes of weapons shot down over towns, people with an ordinary trade, and names that
share a word with a leader's (``data/actor_probes_people.tsv``, in the format of the main actor
probes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from dyads.stages.actors import ActorRecognizer

from .actor_helpers import shared_recognizer
from .test_actor_probes import Probe, load_probes, misses

PROBES = Path(__file__).resolve().parent / "data" / "actor_probes_people.tsv"


def test_probe_file_is_well_formed() -> None:
    probes = load_probes(PROBES)
    assert len(probes) >= 30
    assert not any(p.known_gap for p in probes)


@pytest.fixture(scope="module")
def recognizer() -> ActorRecognizer:
    return shared_recognizer()


@pytest.mark.parametrize("probe", load_probes(PROBES), ids=lambda p: p.sentence[:48])
def test_probe(nlp: Language, recognizer: ActorRecognizer, probe: Probe) -> None:
    assert misses(probe, recognizer.process(nlp(probe.sentence), probe.on)) == []
