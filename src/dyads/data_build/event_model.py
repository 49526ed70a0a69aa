"""Train the events stage's type classifier and write it as `data/events/type_model.json.gz`.

Run as `python -m dyads.data_build.event_model PATH/TO/shared/data`. It reads

- `synthetic/gpt_synthetic_events_2023-10-19_19.csv.zip` (ahalterman/NGEC-2025, MIT): 4,500
  invented news stories, each labelled with one PLOVER 2.0 type; the first sentence of each
  story (the lead, which states the event) is a training example;
- `data/events/type_examples.tsv` (written for dyads): a few short examples per type;

parses them with the default spaCy model, and fits a multinomial logistic regression on the
features of `dyads.stages.event_classifier` by stochastic gradient descent. Every step is
deterministic (fixed order, fixed seed, gzip without a time stamp), so a rebuild gives the same
file.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from dyads.data_build import run_converter, wrote
from dyads.nlp import load_model
from dyads.records import PLOVER_TYPES
from dyads.stages.event_classifier import MODEL_FILE, features

OUT_DIR = Path(__file__).resolve().parent.parent / "data" / "events"
STORIES = Path("synthetic") / "gpt_synthetic_events_2023-10-19_19.csv.zip"
EXAMPLES = OUT_DIR / "type_examples.tsv"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
# Training settings: passes over the data, step size, L2 penalty, rare features dropped.
EPOCHS = 12
LEARNING_RATE = 0.2
L2 = 1e-4
MIN_COUNT = 2
SEED = 13
_DIGITS = 3


def first_sentence(text: str) -> str:
    """The lead sentence of a story."""
    return _SENTENCE_END.split(text.strip(), maxsplit=1)[0]


def labelled_stories(shared: Path) -> Iterator[tuple[str, str]]:
    """(type, text as written) of every synthetic story labelled with a PLOVER 2.0 type."""
    with zipfile.ZipFile(shared / STORIES) as archive:
        (name,) = archive.namelist()
        with archive.open(name) as raw:
            for row in csv.DictReader(io.TextIOWrapper(raw, "utf-8")):
                label = row["label"].strip().upper()
                if label in PLOVER_TYPES and row["text"].strip():
                    yield label, row["text"]


def read_stories(shared: Path) -> Iterator[tuple[str, str]]:
    """(type, lead sentence) of every synthetic story."""
    return ((label, first_sentence(text)) for label, text in labelled_stories(shared))


def read_examples(path: Path = EXAMPLES) -> Iterator[tuple[str, str]]:
    """(type, sentence) of the hand-written examples."""
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, sentence = line.split("\t", 1)
            yield label.strip(), sentence.strip()


def train(
    examples: list[tuple[list[str], str]], labels: tuple[str, ...] = PLOVER_TYPES
) -> dict[str, list[float]]:
    """Softmax regression weights per feature, one per label, by seeded SGD."""
    counts = Counter(f for feats, _ in examples for f in feats)
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_COUNT or f == "bias")
    index = {f: i for i, f in enumerate(vocabulary)}
    rows = [([index[f] for f in feats if f in index], labels.index(y)) for feats, y in examples]
    weights = np.zeros((len(vocabulary), len(labels)))
    rng = np.random.default_rng(SEED)
    for epoch in range(EPOCHS):
        rate = LEARNING_RATE / (1 + epoch)
        for n in rng.permutation(len(rows)):
            ids, gold = rows[n]
            scores = weights[ids].sum(axis=0)
            probabilities = np.exp(scores - scores.max())
            probabilities /= probabilities.sum()
            probabilities[gold] -= 1.0
            weights[ids] -= rate * (probabilities + L2 * weights[ids])
    return {
        feature: [round(float(w), _DIGITS) for w in weights[i]]
        for feature, i in index.items()
        if np.abs(weights[i]).max() >= 10**-_DIGITS
    }


def build(shared: Path) -> dict[str, object]:
    """Parse the training sentences and fit the model."""
    labelled = list(read_stories(shared)) + list(read_examples())
    nlp = load_model()
    with nlp.select_pipes(disable=[p for p in ("ner",) if p in nlp.pipe_names]):
        docs = nlp.pipe((sentence for _, sentence in labelled), batch_size=64)
        examples = [(features(doc), label) for doc, (label, _) in zip(docs, labelled, strict=True)]
    return {
        "about": "PLOVER type classifier of dyads; built by dyads.data_build.event_model",
        "labels": list(PLOVER_TYPES),
        "trained_on": len(examples),
        "weights": train(examples),
    }


def write(model: dict[str, object], out_dir: Path = OUT_DIR) -> Path:
    """Write the model as gzipped JSON, byte for byte the same for the same model."""
    path = out_dir / MODEL_FILE
    text = json.dumps(model, sort_keys=True, separators=(",", ":")).encode("utf-8")
    path.write_bytes(gzip.compress(text, mtime=0))
    return path


def main(argv: list[str] | None = None) -> int:
    def convert(shared: Path) -> str:
        return wrote(write(build(shared)))

    return run_converter("dyads.data_build.event_model", convert, argv)


if __name__ == "__main__":
    raise SystemExit(main())
