"""Score dyads against PLOVER gold sentences (the format of the PLOVER gold standard records).

For each gold sentence dyads codes the sentence alone (dated with the gold `date`) and keeps its
top event: the most confident one. Compound actors give one event per actor, so the top event's
actor and recipient codes are those of every event sharing its type, trigger and sentence.

- top-1 accuracy: the top event's type equals the gold type (no event counts as wrong);
- macro-F1: per-type F1 of the top type against the gold type, averaged over gold types;
- actor / recipient code F1: micro-averaged over sentences, codes compared as sets;
- full record: type right and both code sets equal to the gold sets.

Before scoring, a prediction is read in the gold's own terms where the gold and dyads differ by
convention, not by what happened (`in_gold_terms`; `strict=True` scores as dyads writes it):
- parties the gold marks `SRC/TAR` with no target are undirected ("Christopher telephoned
  Kozyrev": USA, RUS → none); dyads directs calls, meetings and signings (USA → RUS), so its
  actors and recipients are compared as one set of actors;
- gold coded in PLOVER 0.5 (its records' `version`), whose coders give every CAMEO 03 intent the
  type AGREE (as the PLOVER project's CAMEO2PLOVER table maps 035 "express intent to yield");
  PLOVER 2.0, which dyads follows, codes a promised concession CONCEDE. Against such gold a
  CONCEDE whose CAMEO code is 035 or below it is compared as AGREE.

Gold PLOVER 0.5 names are mapped to PLOVER 2.0 (DEMAND→REQUEST, DISAPPROVE→ACCUSE,
INVESTIGATE→ACCUSE, FIGHT→ASSAULT). Gold marks every intergovernmental body as bare `IGO`
(and NGOs as `NGO`), so a dyads code such as `IGOUNO` is compared by its first three letters.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dyads.errors import InputError
from dyads.records import Article, CodedArticle, Event, Rejected

OLD_TO_NEW = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
NO_EVENT = "(none)"
# The gold's markup tags a party of an undirected event "(SRC/TAR: ...)".
UNDIRECTED_TAG = re.compile(r"\(\s*SRC\s*/\s*TAR\s*:")
INTENT_TO_YIELD = "035"


@dataclass(frozen=True)
class GoldSentence:
    id: str
    text: str
    date: str | None
    event: str
    actors: frozenset[str]
    recipients: frozenset[str]
    undirected: bool = False
    version: str | None = None  # the PLOVER version the gold was coded in ("0.5b1")


@dataclass(frozen=True)
class Prediction:
    event: str
    actors: frozenset[str]
    recipients: frozenset[str]
    cameo: str | None = None


@dataclass(frozen=True)
class TypeScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class PloverScores:
    sentences: int
    accuracy: float
    macro_f1: float
    actor_f1: float
    recipient_f1: float
    full_record: float
    per_type: dict[str, TypeScore] = field(default_factory=dict)

    def as_dict(self, *, with_types: bool = True) -> dict[str, object]:
        figures: dict[str, object] = {
            "sentences": self.sentences,
            "accuracy": self.accuracy,
            "macro_f1": self.macro_f1,
            "actor_f1": self.actor_f1,
            "recipient_f1": self.recipient_f1,
            "full_record": self.full_record,
        }
        if with_types:
            figures["per_type"] = {name: vars(score) for name, score in self.per_type.items()}
        return figures


def _codes(value: object) -> frozenset[str]:
    if not isinstance(value, list):
        return frozenset()
    codes = (item.get("code") for item in value if isinstance(item, dict))
    return frozenset(comparable_code(code) for code in codes if isinstance(code, str) and code)


def comparable_code(code: str) -> str:
    """A code as gold writes it: IGO/NGO bodies collapse to their three-letter class."""
    return code[:3] if code[:3] in {"IGO", "NGO"} else code


def _marks_undirected(record: dict[str, object]) -> bool:
    info = record.get("textInfo")
    markup = info.get("markup") if isinstance(info, dict) else None
    return isinstance(markup, str) and UNDIRECTED_TAG.search(markup) is not None


def load_gold(path: Path) -> list[GoldSentence]:
    """Read a PLOVER gold JSONL file; a malformed line is an error naming the line."""
    sentences = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                event = str(record["event"]).upper()
                recipients = _codes(record.get("target"))
                sentences.append(
                    GoldSentence(
                        id=str(record.get("id", number)),
                        text=str(record["text"]),
                        date=record.get("date") or None,
                        event=OLD_TO_NEW.get(event, event),
                        actors=_codes(record.get("source")),
                        recipients=recipients,
                        undirected=not recipients and _marks_undirected(record),
                        version=str(record["version"]) if record.get("version") else None,
                    )
                )
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InputError(f"{path}:{number}: not a PLOVER gold record ({exc})") from exc
    return sentences


def top_prediction(events: Iterable[Event]) -> Prediction:
    """The most confident event, with the codes of its compound siblings."""
    events = list(events)
    if not events:
        return Prediction(NO_EVENT, frozenset(), frozenset())
    top = max(events, key=lambda event: event.confidence)
    siblings = [
        event
        for event in events
        if event.event == top.event and event.trigger == top.trigger and event.span == top.span
    ]
    actors = {e.actor.code for e in siblings if e.actor and e.actor.code}
    recipients = {e.recipient.code for e in siblings if e.recipient and e.recipient.code}
    return Prediction(
        top.event,
        frozenset(comparable_code(code) for code in actors),
        frozenset(comparable_code(code) for code in recipients),
        top.cameo,
    )


def in_gold_terms(gold: GoldSentence, predicted: Prediction) -> Prediction:
    """The prediction as the gold's conventions would write it (see the module's docstring)."""
    event = predicted.event
    promised = event == "CONCEDE" and (predicted.cameo or "").startswith(INTENT_TO_YIELD)
    if promised and (gold.version or "").startswith("0."):
        event = "AGREE"
    actors, recipients = predicted.actors, predicted.recipients
    if gold.undirected:
        actors, recipients = actors | recipients, frozenset()
    return Prediction(event, actors, recipients, predicted.cameo)


def _f1(true_positive: int, false_positive: int, false_negative: int) -> float:
    denominator = 2 * true_positive + false_positive + false_negative
    return 2 * true_positive / denominator if denominator else 1.0


def _set_f1(pairs: list[tuple[frozenset[str], frozenset[str]]]) -> float:
    tp = sum(len(gold & predicted) for gold, predicted in pairs)
    fp = sum(len(predicted - gold) for gold, predicted in pairs)
    fn = sum(len(gold - predicted) for gold, predicted in pairs)
    return _f1(tp, fp, fn)


def score(
    gold: list[GoldSentence], predicted: list[Prediction], *, strict: bool = False
) -> PloverScores:
    """Compare predictions with gold, sentence by sentence; `strict` skips `in_gold_terms`."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predictions differ in length")
    if not gold:
        raise InputError("the gold file has no sentences")
    if not strict:
        predicted = [in_gold_terms(g, p) for g, p in zip(gold, predicted, strict=True)]
    pairs = list(zip(gold, predicted, strict=True))
    correct = Counter(g.event for g, p in pairs if g.event == p.event)
    gold_counts = Counter(g.event for g in gold)
    predicted_counts = Counter(p.event for p in predicted)
    per_type = {}
    for name in sorted(gold_counts):
        tp = correct[name]
        fp = predicted_counts[name] - tp
        fn = gold_counts[name] - tp
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        per_type[name] = TypeScore(precision, recall, _f1(tp, fp, fn), gold_counts[name])
    full = sum(
        1
        for g, p in pairs
        if g.event == p.event and g.actors == p.actors and g.recipients == p.recipients
    )
    return PloverScores(
        sentences=len(gold),
        accuracy=sum(correct.values()) / len(gold),
        macro_f1=sum(s.f1 for s in per_type.values()) / len(per_type),
        actor_f1=_set_f1([(g.actors, p.actors) for g, p in pairs]),
        recipient_f1=_set_f1([(g.recipients, p.recipients) for g, p in pairs]),
        full_record=full / len(gold),
        per_type=per_type,
    )


Coder = Callable[[Iterable[Article]], Iterator[CodedArticle | Rejected]]


def evaluate(
    path: Path, coder: Coder
) -> tuple[PloverScores, list[tuple[GoldSentence, Prediction]]]:
    """Code every gold sentence with `coder` and score it; also return the pairs for a report."""
    gold = load_gold(path)
    articles = [Article(id=g.id, text=g.text, date=g.date, date_source="metadata") for g in gold]
    predictions = []
    for result in coder(articles):
        events = result.events if isinstance(result, CodedArticle) else ()
        predictions.append(top_prediction(events))
    return score(gold, predictions), list(zip(gold, predictions, strict=True))
