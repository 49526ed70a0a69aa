"""Time-expression benchmark on MEANTIME: dyads' TimeTagger beside dateparser's `search_dates`.

Run from the project root:  .venv/bin/python benchmarks/timex_meantime.py [--errors N] [--dry]
Writes the figures, with the date, the machine and the command, into BENCHMARKS.md
(`--dry` only prints them; `--errors N` also prints up to N of dyads' misses and wrong values).
"""

from __future__ import annotations

import argparse
import datetime
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dateparser.date import DateDataParser
from dateparser.search import search_dates

from dyads.eval.timex import GoldDocument, TimexScores, gold_files, match, read_gold, score
from dyads.eval.timex import scored_predictions as kept
from dyads.nlp import load_model
from dyads.records import TimeRef
from dyads.stages.time import TimeTagger, infer_article_date
from report import SHARED, write_section

ROOT = Path(__file__).resolve().parent.parent
DATA = SHARED / "timex" / "meantime_en"


@dataclass(frozen=True)
class Found:
    """A predicted expression: what the scorer needs."""

    span: tuple[int, int]
    value: str
    text: str


def _dateparser_value(text: str, found: datetime.datetime, parser: DateDataParser) -> str:
    """A TimeML value for a dateparser hit, at the granularity dateparser reports for it."""
    period = parser.get_date_data(text).period
    if found.hour or found.minute:
        return found.strftime("%Y-%m-%dT%H:%M")
    if period == "year":
        return f"{found.year:04d}"
    if period == "month":
        return f"{found.year:04d}-{found.month:02d}"
    if period == "week":
        year, week, _ = found.isocalendar()
        return f"{year}-W{week:02d}"
    return found.date().isoformat()


def run_dateparser(document: GoldDocument) -> list[Found]:
    """`search_dates` with the creation time as RELATIVE_BASE; hits located left to right."""
    base = document.creation_date
    settings = {"RELATIVE_BASE": datetime.datetime.combine(base, datetime.time())} if base else {}
    parser = DateDataParser(languages=["en"], settings=settings)
    hits = search_dates(document.text, languages=["en"], settings=settings) or []
    found: list[Found] = []
    cursor = 0
    for words, when in hits:
        start = document.text.find(words, cursor)
        if start < 0:
            continue
        cursor = start + len(words)
        found.append(Found((start, cursor), _dateparser_value(words, when, parser), words))
    return found


@dataclass
class DyadsRun:
    """dyads' expressions per document, its article dates read from the text, and timings."""

    times: list[list[TimeRef]] = field(default_factory=list)
    inferred: list[datetime.date | None] = field(default_factory=list)
    parse_seconds: float = 0.0
    tag_seconds: float = 0.0  # the tagger, plus reading the date where none is given


def run_dyads(documents: Sequence[GoldDocument]) -> DyadsRun:
    """The tagger on each document, anchored at its creation date, else at the date dyads reads
    from the text (as for an article without metadata). The date is also read, untimed, for
    every document, to compare it with the creation time."""
    nlp = load_model()
    tagger = TimeTagger()
    run = DyadsRun()
    for document in documents:
        started = time.perf_counter()
        doc = nlp(document.text)
        parsed = time.perf_counter()
        anchor = document.creation_date or infer_article_date(doc)[0]
        run.times.append(tagger.process(doc, anchor))
        run.tag_seconds += time.perf_counter() - parsed
        run.parse_seconds += parsed - started
        run.inferred.append(infer_article_date(doc)[0])
    return run


def _row(name: str, scores: TimexScores) -> str:
    span, value = scores.span, scores.value
    return (
        f"| {name} | {span.precision:.3f} | {span.recall:.3f} | {span.f1:.3f} "
        f"| {value.precision:.3f} | {value.recall:.3f} | {value.f1:.3f} | {span.predicted} |"
    )


def print_errors(
    documents: Sequence[GoldDocument], predictions: Sequence[list[TimeRef]], limit: int
) -> None:
    """dyads' missed, spurious and wrongly valued expressions, for reading, not for scoring."""
    shown = 0
    for document, predicted in zip(documents, predictions, strict=True):
        scored = kept(document, predicted)
        pairs = match(document.timexes, scored)
        matched_gold = {id(g) for g, _ in pairs}
        matched_predicted = {id(p) for _, p in pairs}
        text = document.text

        def around(span: tuple[int, int], text: str = text) -> str:
            return " ".join(text[max(0, span[0] - 70) : span[1] + 40].split())

        lines = [
            f"  wrong  {text[g.span[0] : g.span[1]]!r} gold={g.value} dyads={p.value}"
            f"  | {around(g.span)}"
            for g, p in pairs
            if g.value != p.value
        ]
        lines += [
            f"  missed {text[g.span[0] : g.span[1]]!r} gold={g.value}  | {around(g.span)}"
            for g in document.timexes
            if id(g) not in matched_gold
        ]
        lines += [
            f"  extra  {text[p.span[0] : p.span[1]]!r} dyads={p.value}  | {around(p.span)}"
            for p in scored
            if id(p) not in matched_predicted
        ]
        if lines:
            print(f"{document.id} (created {document.creation_value})")
            print("\n".join(lines))
            shown += len(lines)
        if shown >= limit:
            break


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--errors", type=int, default=0, help="print up to N of dyads' errors")
    options.add_argument("--dry", action="store_true", help="do not write BENCHMARKS.md")
    arguments = options.parse_args()

    documents = [read_gold(path) for path in gold_files(DATA)]
    run = run_dyads(documents)
    predictions, parse_seconds, tag_seconds = run.times, run.parse_seconds, run.tag_seconds
    given = [(d.creation_date, found) for d, found in zip(documents, run.inferred, strict=True)]
    dates_right = sum(1 for gold, found in given if gold is not None and found == gold)
    dyads_scores = score(zip(documents, predictions, strict=True))
    started = time.perf_counter()
    baseline = [run_dateparser(document) for document in documents]
    baseline_seconds = time.perf_counter() - started
    baseline_scores = score(zip(documents, baseline, strict=True))
    if arguments.errors:
        print_errors(documents, predictions, arguments.errors)

    words = sum(len(document.text.split()) for document in documents)
    dated = sum(1 for document in documents if document.creation_date is not None)
    lines = [
        "## Time expressions on MEANTIME (TempEval-3 style)",
        "",
        f"Data: `../shared/data/timex/meantime_en/` — {dyads_scores.documents} English Wikinews "
        f"articles (about {words:,} words) with {dyads_scores.span.gold} gold TIMEX3 "
        "expressions in the text (MEANTIME, CC BY 4.0). Anchor: the document creation time, "
        f"given for {dated} articles; for the others dyads infers the date from the text, as it "
        "does for an article without metadata, and dateparser runs without a base.",
        "",
        "How the gold is read (`dyads.eval.timex.read_meantime`): MEANTIME ships tokens, not "
        "text, so the text is rebuilt one sentence per line, tokens joined by single spaces "
        "except before closing punctuation and clitics and after opening brackets and currency "
        "signs (`rebuild_text`); a markable's span runs from its first token to its last. "
        "MEANTIME marks time expressions only in an article's first six token sentences "
        "(headline, dateline and opening sentences), so predictions are scored there only. The "
        "creation time is not scored: it is not a gold expression, and predictions overlapping "
        "the dateline that states it are dropped.",
        "",
        "dyads' rules are general ones, each tested on sentences written for the tests; these "
        "articles were read to find kinds of expression the tagger lacked, so the figures are "
        "development figures, not held-out ones.",
        "",
        "Command: `.venv/bin/python benchmarks/timex_meantime.py`.",
        "",
        "Measured: relaxed span (a prediction overlapping a gold expression, one-to-one) and "
        "value (a relaxed match whose TimeML value is the same string as gold's), "
        "precision / recall / F1 micro-averaged over all expressions.",
        "",
        "| system | span P | span R | span F1 | value P | value R | value F1 | predicted |",
        "|---|---|---|---|---|---|---|---|",
        _row("dyads `TimeTagger` (anchor: creation time)", dyads_scores),
        _row("`dateparser.search.search_dates` (RELATIVE_BASE: creation time)", baseline_scores),
        "",
        "dateparser's hits are turned into values at the granularity its `DateDataParser` "
        "reports (year `2009`, month `2009-06`, week `2009-W24`, day `2009-06-13`, clock time "
        "`2009-06-13T10:30`); it has no durations, sets or PRESENT_REF/PAST_REF/FUTURE_REF.",
        "",
        "Speed (one process): spaCy parse "
        f"{parse_seconds:.1f} s, time stage {tag_seconds:.2f} s "
        f"({100 * tag_seconds / parse_seconds:.1f}% of parse time); "
        f"dateparser {baseline_seconds:.1f} s. The time stage's cost is the tagger plus, "
        "for the articles without a creation time, reading the date from the text. Seconds vary "
        "with the load on the machine; the share of parse time is the figure to compare.",
        "",
        "Article date read from the text (`infer_article_date`, creation time hidden): "
        f"{dates_right} of {dated} articles get their creation date "
        f"({100 * dates_right / dated:.0f}%); the rest get no date or another one.",
    ]
    if not arguments.dry:
        write_section("timex-meantime", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
