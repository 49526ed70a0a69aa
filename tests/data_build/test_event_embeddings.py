"""Tests for the embedding classifier's trainer: the parts that need no encoder (no torch)."""

from __future__ import annotations

import numpy as np

from dyads.data_build.event_embeddings import (
    PROBES,
    Story,
    TrainingChoice,
    fit,
    read_examples,
    read_probes,
    story_texts,
)
from dyads.data_build.event_model import first_sentence
from dyads.records import PLOVER_TYPES
from dyads.stages.event_embeddings import LinearTypeModel


def _clusters(per_class: dict[str, int], dimensions: int = 12) -> tuple[np.ndarray, list[str]]:
    """Unit vectors scattered around one random centre per label."""
    rng = np.random.default_rng(7)
    rows, labels = [], []
    for label, count in per_class.items():
        centre = rng.normal(size=dimensions)
        rows.append(centre + 0.3 * rng.normal(size=(count, dimensions)))
        labels += [label] * count
    vectors = np.vstack(rows)
    return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32), labels


def test_fit_separates_clusters_and_keeps_every_label() -> None:
    vectors, labels = _clusters({"ASSAULT": 40, "PROTEST": 40, "CONSULT": 40})
    model = fit(vectors, labels, l2=1e-3)
    assert model.labels == PLOVER_TYPES
    predicted = [model.labels[i] for i in model.probabilities(vectors).argmax(axis=1)]
    assert np.mean([p == g for p, g in zip(predicted, labels, strict=True)]) > 0.95
    # a type never seen in training gets a low probability everywhere
    assert model.probabilities(vectors)[:, PLOVER_TYPES.index("AID")].max() < 0.05


def test_balanced_classes_raise_the_rare_type() -> None:
    vectors, labels = _clusters({"ASSAULT": 200, "PROTEST": 10})
    midway = ((vectors[:200].mean(axis=0) + vectors[200:].mean(axis=0)) / 2)[None, :]
    rare = PLOVER_TYPES.index("PROTEST")
    plain = fit(vectors, labels, l2=1e-2, balanced=False).probabilities(midway)[0, rare]
    balanced = fit(vectors, labels, l2=1e-2, balanced=True).probabilities(midway)[0, rare]
    assert balanced > plain


def test_fit_is_deterministic_down_to_the_bytes() -> None:
    vectors, labels = _clusters({"AID": 20, "REJECT": 20})
    first = fit(vectors, labels, steps=50).to_bytes()
    assert first == fit(vectors, labels, steps=50).to_bytes()
    again = LinearTypeModel.from_bytes(first)
    assert again.to_bytes() == first


def test_story_parts() -> None:
    stories = [
        Story("PROTEST", "Workers struck on Monday. Talks failed."),
        Story("AID", "Aid came."),
    ]
    assert story_texts(stories, "lead") == [
        ("PROTEST", "Workers struck on Monday."),
        ("AID", "Aid came."),
    ]
    assert story_texts(stories, "story")[0] == (
        "PROTEST",
        "Workers struck on Monday. Talks failed.",
    )
    assert len(story_texts(stories, "lead+story")) == 4


def test_first_sentence_keeps_abbreviations_inside_a_sentence() -> None:
    assert first_sentence("The U.S. envoy arrived. He met the king.") == "The U.S. envoy arrived."


def test_written_sentences_carry_plover_types() -> None:
    examples = list(read_examples())
    probes = list(read_probes(PROBES))
    assert len(examples) >= 16 and len(probes) >= 160
    assert {label for label, _ in examples + probes} <= set(PLOVER_TYPES)
    assert all(len(sentence.split()) > 3 for _, sentence in probes)


def test_choice_is_described_in_words() -> None:
    text = TrainingChoice(part="story", examples=True, probes=False, balanced=True).describe()
    assert "story" in text and "examples" in text and "probes" not in text and "balanced" in text
