"""A trained event-type classifier: an averaged perceptron over features of the parse.

Features of a sentence are lemmas of its content words, its main verb, and the verb–object and
verb–preposition pairs of its verbs; each feature has one weight per PLOVER type. The weights
are trained by `python -m dyads.data_build.event_model` and shipped as a small gzipped JSON
file. Scores become probabilities through a softmax, so they can be compared with the
dictionary's confidences.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

MODEL_FILE = "type_model.json.gz"
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
_NEGATION = frozenset({"not", "n't", "never", "no"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def features(tokens: Iterable[Token]) -> list[str]:
    """The classifier's features of a sentence (or any run of tokens of one parse)."""
    words = [t for t in tokens if not t.is_space and not t.is_punct]
    found: set[str] = {"bias"}
    for token in words:
        lemma = _lemma(token)
        if token.pos_ in _CONTENT_POS and not token.is_stop:
            found.add(f"w={lemma}")
        if token.lower_ in _NEGATION:
            found.add("negated")
        if token.pos_ != "VERB":
            continue
        if token.dep_ == "ROOT":
            found.add(f"root={lemma}")
        for child in token.children:
            if child.dep_ in _OBJECT_DEPS:
                found.add(f"vo={lemma}:{_lemma(child)}")
            elif child.dep_ in ("prep", "prt"):
                found.add(f"vp={lemma}:{child.lower_}")
            elif child.dep_ == "xcomp":
                found.add(f"vx={lemma}:{_lemma(child)}")
    return sorted(found)


@dataclass(frozen=True, slots=True)
class TypeScores:
    """The classifier's belief in each PLOVER type for one sentence."""

    probabilities: dict[str, float]

    @property
    def best(self) -> tuple[str, float]:
        name = max(self.probabilities, key=lambda key: self.probabilities[key])
        return name, self.probabilities[name]


class EventTypeClassifier:
    """Predict the PLOVER type of a sentence from its parse."""

    def __init__(self, model: dict[str, object] | None = None) -> None:
        data = model or _load_model()
        labels = data["labels"]
        weights = data["weights"]
        assert isinstance(labels, list) and isinstance(weights, dict)
        self.labels: tuple[str, ...] = tuple(str(label) for label in labels)
        self._weights: dict[str, list[float]] = {
            str(name): [float(w) for w in row] for name, row in weights.items()
        }

    def scores(self, tokens: Iterable[Token] | Span) -> TypeScores:
        """Softmax probabilities of every type for a sentence."""
        totals = [0.0] * len(self.labels)
        for feature in features(tokens):
            row = self._weights.get(feature)
            if row is not None:
                totals = [t + w for t, w in zip(totals, row, strict=True)]
        top = max(totals)
        exps = [math.exp(t - top) for t in totals]
        norm = sum(exps)
        return TypeScores({label: e / norm for label, e in zip(self.labels, exps, strict=True)})


@lru_cache(maxsize=1)
def _load_model() -> dict[str, object]:
    path = resources.files("dyads") / "data" / "events" / MODEL_FILE
    loaded: dict[str, object] = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    return loaded
