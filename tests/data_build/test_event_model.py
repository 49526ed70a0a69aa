"""Tests for the type classifier's trainer."""

from __future__ import annotations

from pathlib import Path

from dyads.data_build.event_model import first_sentence, read_examples, train, write
from dyads.records import PLOVER_TYPES


def test_first_sentence_is_the_lead() -> None:
    story = 'Rebels attacked the town on Monday. "It was awful," a resident said.'
    assert first_sentence(story) == "Rebels attacked the town on Monday."


def test_training_separates_two_labels_deterministically() -> None:
    examples = [(["bias", "root=attack"], "ASSAULT")] * 3 + [
        (["bias", "root=march"], "PROTEST")
    ] * 3
    weights = train(examples, labels=("ASSAULT", "PROTEST"))
    assert weights["root=attack"][0] > weights["root=attack"][1]
    assert weights["root=march"][1] > weights["root=march"][0]
    assert train(examples, labels=("ASSAULT", "PROTEST")) == weights


def test_shipped_examples_cover_every_type() -> None:
    assert {label for label, _ in read_examples()} == set(PLOVER_TYPES)


def test_written_model_is_byte_for_byte_reproducible(tmp_path: Path) -> None:
    model: dict[str, object] = {"labels": ["A"], "weights": {"bias": [0.5]}}
    first = write(model, tmp_path).read_bytes()
    assert write(model, tmp_path).read_bytes() == first
