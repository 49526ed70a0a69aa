"""The quote scorer: matching by kind and overlap, speaker accuracy, reading gold."""

from __future__ import annotations

from pathlib import Path

from dyads.eval.quotes import (
    GoldDocument,
    GoldQuote,
    PredictedQuote,
    format_table,
    match,
    read_gold,
    same_speaker,
    score,
    with_text,
)
from dyads.records import Actor, Quote, QuoteKind, Span


def gold(
    kind: QuoteKind, span: Span, speaker: str | None = None, at: Span | None = None
) -> GoldQuote:
    return GoldQuote(kind=kind, span=span, speaker=speaker, speaker_span=at)


def found(
    kind: QuoteKind, span: Span, speaker: str | None = None, at: Span | None = None
) -> PredictedQuote:
    return PredictedQuote(kind=kind, span=span, speaker=speaker, speaker_span=at)


def test_a_match_needs_the_same_kind_and_an_overlap() -> None:
    golds = [gold("direct", (0, 10)), gold("indirect", (20, 30))]
    predictions = [
        found("indirect", (0, 10)),
        found("indirect", (25, 40)),
        found("direct", (50, 60)),
    ]
    pairs = match(golds, predictions)
    assert pairs == [(golds[1], predictions[1])]


def test_each_quote_is_matched_once_largest_overlap_first() -> None:
    golds = [gold("direct", (0, 10)), gold("direct", (8, 20))]
    predictions = [found("direct", (5, 18))]
    assert match(golds, predictions) == [(golds[1], predictions[0])]


def test_speaker_right_by_span_or_by_name() -> None:
    truth = gold("direct", (0, 10), "Harry Reid", (30, 34))
    assert same_speaker(truth, found("direct", (0, 10), "he", (31, 33)))
    assert same_speaker(truth, found("direct", (0, 10), "Reid", (90, 94)))
    assert same_speaker(truth, found("direct", (0, 10), "Mr. Harry Reid", None))
    assert not same_speaker(truth, found("direct", (0, 10), "Bob Corker", (50, 60)))
    assert not same_speaker(truth, found("direct", (0, 10)))


def test_a_quote_without_a_speaker_wants_none() -> None:
    truth = gold("direct", (0, 10))
    assert same_speaker(truth, found("direct", (0, 10)))
    assert not same_speaker(truth, found("direct", (0, 10), "Smith", (20, 25)))


def test_scores_per_kind_and_speaker_accuracy() -> None:
    document = GoldDocument(
        id="a",
        text="x" * 100,
        quotes=(
            gold("direct", (0, 10), "Ann Lee", (40, 47)),
            gold("direct", (12, 20), "Ann Lee", (40, 47)),
            gold("indirect", (50, 70), "Bo Chan", (45, 49)),
        ),
    )
    predictions = [
        found("direct", (1, 9), "Ann Lee", (40, 47)),
        found("direct", (80, 90)),
        found("indirect", (55, 60), "someone", (0, 3)),
    ]
    scores = score([(document, predictions)])
    assert (scores.direct.matched, scores.direct.predicted, scores.direct.gold) == (1, 2, 2)
    assert scores.direct.f1 == 0.5
    assert scores.indirect.precision == scores.indirect.recall == 1.0
    assert scores.speakers_right == 1 and scores.gold == 3
    assert abs(scores.speaker_accuracy - 1 / 3) < 1e-9
    assert "speaker right: 1/3" in format_table(scores)


def test_a_dyads_quote_becomes_a_prediction() -> None:
    speaker = Actor(text="she", name="Ann Lee", code=None, sector=None, span=(30, 33))
    quote = Quote(content="hello", span=(1, 6), speaker=speaker, cue="say", kind="direct")
    assert PredictedQuote.of(quote) == found("direct", (1, 6), "Ann Lee", (30, 33))


def test_gold_is_read_from_jsonl_and_texts_filled_in(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        '{"id": "a", "source": "x", "quotes": [{"kind": "direct", "span": [1, 4], '
        '"speaker": "Ann", "speaker_span": [6, 9], "text": "abc"}]}\n\n',
        encoding="utf-8",
    )
    (document,) = read_gold(path)
    assert document.quotes == (gold("direct", (1, 4), "Ann", (6, 9)),)
    assert with_text(document, "0abc0 Ann").text == "0abc0 Ann"


def test_the_development_set_points_into_its_texts(shared_data: Path) -> None:
    import json
    import sys

    root = Path(__file__).resolve().parents[2] / "benchmarks"
    sys.path.insert(0, str(root))
    try:
        from quotes.corpus import Corpus, fingerprint
    finally:
        sys.path.remove(str(root))
    corpus = Corpus(shared_data)
    for split in ("dev", "heldout"):
        lines = (root / "quotes" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) == 15
        for line in lines:
            entry = json.loads(line)
            text = corpus.text(entry["source"], entry["id"])
            assert fingerprint(text) == entry["sha1"]
            for quote in entry["quotes"]:
                if "text" in quote:
                    assert text[quote["span"][0] : quote["span"][1]] == quote["text"]
