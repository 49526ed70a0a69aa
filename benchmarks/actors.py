"""Actors benchmark: actor/recipient code F1 on split PLOVER gold, stage speed, dictionary load.

Run from the project root:  .venv/bin/python benchmarks/actors.py [--articles N]
[--development-only]

1. Accuracy. `gsr_dev.jsonl` is split into two halves by `dyads.eval.halves` (the first byte
   of the SHA-256 of each sentence's `id`): even -> "development" (errors looked at while
   writing the rules), odd -> "held apart" (never examined, only scored). Both halves and the
   whole are scored exactly as `dyads eval plover` does.
2. Speed. The text of the GeoWebNews articles (`../shared/data/geo/GWN.xml`) is parsed with
   spaCy once (timed), then the actor stage alone runs over the parsed docs (timed); the ratio
   is the actor stage's cost relative to parsing (target <= 10%).
3. Dictionary load: the time to build `ActorRecognizer()` (target <= 0.5 s).

Writes its section of BENCHMARKS.md. With `--development-only` the held-apart half is neither
coded nor scored, and nothing is written: the check to run while working on the rules.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from dyads.api import code_articles
from dyads.eval.halves import HALVES, Half, half_of
from dyads.eval.plover import GoldSentence, PloverScores, load_gold, score, top_prediction
from dyads.nlp import load_model
from dyads.records import Article, CodedArticle
from dyads.stages.actors import ActorRecognizer
from report import SHARED, write_section

ROOT = Path(__file__).resolve().parent.parent
GOLD = SHARED / "plover" / "gsr_dev.jsonl"
GWN = SHARED / "geo" / "GWN.xml"


# The halves of `dyads.eval.halves`, under the names this section prints.
HALF_NAMES: dict[Half, str] = {"dev": "development", "held": "held apart"}


def split_scores(gold: list[GoldSentence]) -> dict[str, PloverScores]:
    articles = [Article(id=g.id, text=g.text, date=g.date, date_source="metadata") for g in gold]
    predictions = []
    for coded in code_articles(articles):
        events = coded.events if isinstance(coded, CodedArticle) else ()
        predictions.append(top_prediction(events))
    pairs = list(zip(gold, predictions, strict=True))
    scores = {}
    for half in HALVES:
        chosen = [(g, p) for g, p in pairs if half_of(g.id) == half]
        scores[HALF_NAMES[half]] = score([g for g, _ in chosen], [p for _, p in chosen])
    scores["whole"] = score(gold, predictions)
    return scores


def gwn_texts(limit: int) -> list[str]:
    root = ET.parse(GWN).getroot()
    texts = [node.text or "" for node in root.iter("text")]
    return [t for t in texts if t.strip()][:limit]


def speed(limit: int) -> tuple[int, int, float, float]:
    """(articles, words, parse seconds, actor-stage seconds)."""
    nlp = load_model()
    recognizer = ActorRecognizer()
    texts = gwn_texts(limit)
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    parse = time.perf_counter() - started
    on = dt.date(2025, 1, 1)
    runs = []
    for _ in range(3):  # the median of three runs: the stage is short, the machine shared
        started = time.perf_counter()
        for doc in docs:
            recognizer.process(doc, on)
        runs.append(time.perf_counter() - started)
    return len(docs), sum(len(d) for d in docs), parse, statistics.median(runs)


def load_seconds(repeats: int = 3) -> float:
    """Median time to build the actor stage (dictionary and tables), after one warm-up."""
    ActorRecognizer()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        ActorRecognizer()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def print_development(articles: int) -> None:
    """The development half's scores, the speed and the load, printed (held half untouched)."""
    gold = [g for g in load_gold(GOLD) if half_of(g.id) == "dev"]
    articles_coded = [
        Article(id=g.id, text=g.text, date=g.date, date_source="metadata") for g in gold
    ]
    predictions = [
        top_prediction(c.events if isinstance(c, CodedArticle) else ())
        for c in code_articles(articles_coded)
    ]
    dev = score(gold, predictions)
    count, words, parse, actors = speed(articles)
    print(f"development half: {dev.sentences} sentences, actor F1 {dev.actor_f1:.3f}, ", end="")
    print(f"recipient F1 {dev.recipient_f1:.3f}, top-1 {dev.accuracy:.3f}")
    print(f"speed on {count} articles ({words:,} tokens): parse {parse:.1f} s, ", end="")
    print(f"actor stage {actors:.2f} s ({actors / parse:.1%}); load {load_seconds():.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200, help="GeoWebNews articles to time")
    parser.add_argument(
        "--development-only",
        action="store_true",
        help="score the development half only, print, and leave BENCHMARKS.md alone",
    )
    args = parser.parse_args()
    if args.development_only:
        print_development(args.articles)
        return

    gold = load_gold(GOLD)
    scores = split_scores(gold)
    sizes = {name: s.sentences for name, s in scores.items()}
    articles, words, parse, actors = speed(args.articles)
    load = load_seconds()
    lines = [
        "## Actors (codes on split PLOVER gold, speed, dictionary load)",
        "",
        "Command: `.venv/bin/python benchmarks/actors.py`.",
        "",
        "`../shared/data/plover/gsr_dev.jsonl` is split by the first byte of SHA-256(`id`): even "
        f"-> development half ({sizes['development']} sentences, errors examined while writing "
        f"the actor rules), odd -> held-apart half ({sizes['held apart']} sentences, only "
        "scored, never examined). Scored as `dyads eval plover` does (top event's codes, read in "
        "the gold's terms: docs/evaluation.md; the PLOVER dev section also gives them strictly).",
        "",
        "| half | sentences | actor code F1 | recipient code F1 | top-1 event accuracy |",
        "|---|---|---|---|---|",
        *[
            f"| {name} | {s.sentences} | {s.actor_f1:.3f} | {s.recipient_f1:.3f} "
            f"| {s.accuracy:.3f} |"
            for name, s in scores.items()
        ],
        "",
        f"Speed on {articles} GeoWebNews articles ({words:,} tokens), one process:",
        "",
        "| measure | value |",
        "|---|---|",
        f"| spaCy parsing | {parse:.1f} s |",
        f"| actor stage alone on the parsed docs (median of 3 runs) | {actors:.2f} s |",
        f"| actor stage / parsing | {actors / parse:.1%} (target <= 10%) |",
        f"| actor stage load (dictionaries, tables) | {load:.2f} s (target <= 0.5 s) |",
    ]
    write_section("actors", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
