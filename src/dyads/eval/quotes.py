"""Score quotes and their speakers against gold annotations of reported speech.

Gold is JSONL, one article per line:

    {"id": str, "text": str,
     "quotes": [{"kind": "direct" | "indirect", "span": [start, end],
                 "speaker_span": [start, end] | null, "speaker": name | null}]}

Offsets are Python string offsets into `text`. Other keys are ignored, so a file may carry its
own checks (the quoted words, a hash of the text); a file without `text` can be scored once the
caller fills the texts in (`with_text`).

Scores:

- per kind: a predicted quote matches a gold quote of the same kind when their spans overlap,
  each quote matched at most once, the largest overlap first; precision is matched predictions
  over predictions, recall matched gold over gold;
- speaker accuracy over all gold quotes: a gold quote counts when it is matched and the
  prediction's speaker span overlaps the gold speaker span, or the two speaker names share
  their words (the words of one contain the other's: "Smith" and "John Smith"); a gold quote
  without a speaker counts when the matched prediction has none either.

Run on your own gold:  python -m dyads.eval.quotes GOLD.jsonl [--format table|json]
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import msgspec

from dyads.eval.metrics import PRF
from dyads.records import Quote, QuoteKind, Span

KINDS: tuple[QuoteKind, ...] = ("direct", "indirect")
_NAME_WORD = re.compile(r"\w+")
_NAME_FILLERS = frozenset({"the", "mr", "mrs", "ms", "dr"})


class GoldQuote(msgspec.Struct, frozen=True, kw_only=True):
    """One annotated quote."""

    kind: QuoteKind
    span: Span
    speaker_span: Span | None = None
    speaker: str | None = None


class GoldDocument(msgspec.Struct, frozen=True, kw_only=True):
    """One annotated article."""

    id: str
    text: str = ""
    quotes: tuple[GoldQuote, ...] = ()


class PredictedQuote(msgspec.Struct, frozen=True, kw_only=True):
    """What the scorer needs of a predicted quote, from dyads or from another tool."""

    kind: QuoteKind
    span: Span
    speaker_span: Span | None = None
    speaker: str | None = None

    @classmethod
    def of(cls, quote: Quote) -> PredictedQuote:
        speaker = quote.speaker
        return cls(
            kind=quote.kind,
            span=quote.span,
            speaker_span=None if speaker is None else speaker.span,
            speaker=None if speaker is None else speaker.name,
        )


@dataclass(frozen=True)
class QuoteScores:
    documents: int
    direct: PRF
    indirect: PRF
    speakers_right: int
    gold: int

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.gold if self.gold else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "direct": self.direct.as_dict(),
            "indirect": self.indirect.as_dict(),
            "speaker_accuracy": self.speaker_accuracy,
            "gold": self.gold,
        }


@dataclass
class _Tally:
    documents: int = 0
    speakers_right: int = 0

    def __post_init__(self) -> None:
        self.counts: dict[QuoteKind, list[int]] = {kind: [0, 0, 0] for kind in KINDS}


def read_gold(path: Path) -> list[GoldDocument]:
    """The annotated articles of a JSONL gold file."""
    decoder = msgspec.json.Decoder(GoldDocument)
    with path.open("rb") as lines:
        return [decoder.decode(line) for line in lines if line.strip()]


def with_text(document: GoldDocument, text: str) -> GoldDocument:
    """A gold document with its text filled in (for files that keep only offsets)."""
    return msgspec.structs.replace(document, text=text)


def overlap(first: Span, second: Span) -> int:
    return min(first[1], second[1]) - max(first[0], second[0])


def match(
    gold: Sequence[GoldQuote], predicted: Sequence[PredictedQuote]
) -> list[tuple[GoldQuote, PredictedQuote]]:
    """One-to-one pairs of overlapping quotes of the same kind, largest overlap first."""
    candidates = sorted(
        (-overlap(g.span, p.span), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predicted)
        if g.kind == p.kind and overlap(g.span, p.span) > 0
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[tuple[GoldQuote, PredictedQuote]] = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            pairs.append((gold[gi], predicted[pi]))
    return pairs


def _name_words(name: str) -> frozenset[str]:
    return frozenset(_NAME_WORD.findall(name.casefold())) - _NAME_FILLERS


def same_speaker(gold: GoldQuote, predicted: PredictedQuote) -> bool:
    """Whether a prediction names the gold quote's speaker (see the module notes)."""
    if gold.speaker is None and gold.speaker_span is None:
        return predicted.speaker is None and predicted.speaker_span is None
    if (
        gold.speaker_span is not None
        and predicted.speaker_span is not None
        and overlap(gold.speaker_span, predicted.speaker_span) > 0
    ):
        return True
    if gold.speaker is None or predicted.speaker is None:
        return False
    gold_words, predicted_words = _name_words(gold.speaker), _name_words(predicted.speaker)
    if not gold_words or not predicted_words:
        return False
    return gold_words <= predicted_words or predicted_words <= gold_words


def score(results: Iterable[tuple[GoldDocument, Sequence[PredictedQuote]]]) -> QuoteScores:
    """Per-kind precision, recall and F1 and speaker accuracy, micro-averaged over documents."""
    tally = _Tally()
    for document, predicted in results:
        tally.documents += 1
        pairs = match(document.quotes, predicted)
        for kind in KINDS:
            counts = tally.counts[kind]
            counts[0] += sum(1 for gold, _ in pairs if gold.kind == kind)
            counts[1] += sum(1 for quote in predicted if quote.kind == kind)
            counts[2] += sum(1 for quote in document.quotes if quote.kind == kind)
        tally.speakers_right += sum(1 for gold, found in pairs if same_speaker(gold, found))
    direct, indirect = (PRF(*tally.counts[kind]) for kind in KINDS)
    return QuoteScores(
        documents=tally.documents,
        direct=direct,
        indirect=indirect,
        speakers_right=tally.speakers_right,
        gold=direct.gold + indirect.gold,
    )


def evaluate(documents: Sequence[GoldDocument]) -> QuoteScores:
    """Code each gold text with the dyads pipeline and score its quotes."""
    from dyads.pipeline import Pipeline  # the model loads only when dyads is scored
    from dyads.records import Article

    pipeline = Pipeline()
    articles = (Article(id=document.id, text=document.text) for document in documents)
    predictions = (
        [PredictedQuote.of(quote) for quote in coded.quotes]
        for coded in pipeline.code_many(articles)
    )
    return score(zip(documents, predictions, strict=True))


def format_table(scores: QuoteScores) -> str:
    """The scores as a small plain-text table."""
    lines = [f"{'':10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'found':>6}"]
    for kind, prf in (("direct", scores.direct), ("indirect", scores.indirect)):
        lines.append(
            f"{kind:10} {prf.precision:6.3f} {prf.recall:6.3f} {prf.f1:6.3f} "
            f"{prf.gold:6d} {prf.predicted:6d}"
        )
    lines.append(
        f"speaker right: {scores.speakers_right}/{scores.gold} = {scores.speaker_accuracy:.3f}"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Score dyads' quotes against a gold JSONL file.")
    parser.add_argument("gold", type=Path)
    parser.add_argument("--format", choices=("table", "json"), default="table")
    args = parser.parse_args(argv)
    scores = evaluate(read_gold(args.gold))
    print(json.dumps(scores.as_dict(), indent=2) if args.format == "json" else format_table(scores))


if __name__ == "__main__":
    main()
