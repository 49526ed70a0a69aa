"""MEANTIME events: dyads scored on a second set of real news that no rule was written against.

Run from the project root:  .venv/bin/python benchmarks/events_meantime.py [--errors PATH]
[--no-write]. Writes the figures, with the date, the machine and the command, into BENCHMARKS.md
(`--no-write` only prints them).

The gold (`benchmarks/data/meantime_events.tsv`) marks sentences of the 120 Wikinews articles of
MEANTIME (`../shared/data/timex/meantime_en/`, CC BY 4.0: read in place, never copied) by the
article's path inside `meantime_en/`, character offsets into the text
`dyads.eval.timex.meantime_text` rebuilds from the article's tokens, and a SHA-1 prefix, with a
PLOVER 2.0 type and source and target codes, in the format and conventions of the GeoWebNews event
gold. It was annotated before dyads was run on these articles. Scoring is that of
`events_gwn.py`, whose functions it reuses: each sentence coded alone and scored as
`dyads eval plover` scores gsr_dev, and again with each article coded whole; figures overall and
by half (`dyads.eval.halves.half_of_article`: all the sentences of an article in one half, drawn
by its id `MT-<corpus>-<file number>`).

A second annotation of the same sentences (`benchmarks/data/meantime_events_second.tsv`), made
blind to the first and to dyads, measures how far two annotators agree on business news, and dyads
is scored again against it and on the sentences whose type both annotators chose (the functions
of `events_gwn.py`).

`--errors PATH` writes the sentences of the dev half coded wrong (tab-separated: id, gold, dyads,
sentence) for reading; the held half's errors are never written.
"""

from __future__ import annotations

import argparse
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dyads.eval.plover import PloverScores
from dyads.eval.timex import meantime_text
from events_gwn import (
    REDRAWN,
    GwnEvent,
    aligned,
    code_and_score,
    code_in_context,
    event_of_row,
    figure_row,
    fingerprint,
    read_rows,
    recorded_digest,
    rows_digest,
    second_annotation_lines,
    write_errors,
)
from report import PLOVER_MEASURES, SHARED, found_files, write_section

ROOT = Path(__file__).resolve().parent.parent
MEANTIME = SHARED / "timex" / "meantime_en"
GOLD = ROOT / "benchmarks" / "data" / "meantime_events.tsv"
# The second, independent annotation of the same rows; type "-" marks a sentence it finds no
# event in.
SECOND = ROOT / "benchmarks" / "data" / "meantime_events_second.tsv"
SECOND_CONVENTIONS = (
    "the same codebook and the conventions of the GeoWebNews event gold, with rules of its own "
    "for business news"
)
SECTION = "events-meantime"
PARTS = ("all", "dev", "held")
# The figures of the committed code when the gold was first scored (commit 3739d1c), for all /
# dev / held (halves by article): top-1, macro-F1, actor F1, recipient F1, full record.
BEFORE: dict[str, tuple[float, ...]] | None = {
    "all": (0.392, 0.379, 0.415, 0.375, 0.067),
    "dev": (0.402, 0.433, 0.366, 0.349, 0.066),
    "held": (0.383, 0.349, 0.456, 0.397, 0.068),
}


@dataclass(frozen=True)
class MeantimeEvent(GwnEvent):
    """One gold row: a sentence of a MEANTIME article and the main event it reports. `article`
    is the article's index in `paths` order (what the GeoWebNews scorer indexes texts by) and
    `path` its file inside `meantime_en/`."""

    path: str

    @property
    def id(self) -> str:
        corpus, name = self.path.split("/", 1)
        number = name.split("_", 1)[0]
        return f"MT-{corpus.removeprefix('corpus_')}-{number}-{self.start}"


def article_paths(folder: Path = MEANTIME) -> list[str]:
    """Every MEANTIME article's path inside `meantime_en/`, sorted: the annotation order."""
    return [path.relative_to(folder).as_posix() for path in found_files(folder, "corpus_*/*.xml")]


def read_texts(paths: Sequence[str], folder: Path = MEANTIME) -> list[str]:
    """Each article's text as `meantime_text` rebuilds it from its tokens, in `paths` order."""
    return [meantime_text(ET.parse(folder / path).getroot())[0] for path in paths]


def read_gold(paths: Sequence[str], path: Path = GOLD) -> list[MeantimeEvent]:
    """The gold rows, each placed by its article's index in `paths`; comment lines (`#`) are
    skipped, the column header is checked, and an article not in `paths` is an error."""
    index = {name: number for number, name in enumerate(paths)}
    events: list[MeantimeEvent] = []
    for where, row in read_rows(path):
        if row["article"] not in index:
            raise ValueError(f"{where}: no MEANTIME article {row['article']}")
        fields = vars(event_of_row(row, where, index[row["article"]]))
        events.append(MeantimeEvent(**fields, path=row["article"]))
    return events


def read_second(
    first: Sequence[MeantimeEvent], paths: Sequence[str], path: Path = SECOND
) -> list[MeantimeEvent]:
    """The second annotation, checked against the first's rows (same sentences, same SHA-1
    prefixes) and put in their order."""
    return aligned(first, read_gold(paths, path))


def mismatches(events: Sequence[MeantimeEvent], texts: Sequence[str]) -> list[str]:
    """Ids of rows that point outside their article or whose SHA-1 prefix does not match."""
    return [
        event.id
        for event in events
        if event.end > len(texts[event.article])
        or fingerprint(texts[event.article][event.start : event.end]) != event.sha1
    ]


def _before_lines() -> list[str]:
    if BEFORE is None:
        return []
    return [
        "",
        "First scoring (each sentence alone), before any change made with this set in view:",
        "",
        "| measure | all | dev half | held half |",
        "|---|---|---|---|",
        *[
            f"| {name} | " + " | ".join(f"{BEFORE[part][i]:.3f}" for part in PARTS) + " |"
            for i, (name, _) in enumerate(PLOVER_MEASURES)
        ],
    ]


def report_lines(
    events: Sequence[MeantimeEvent],
    scores: dict[str, PloverScores],
    context: dict[str, PloverScores],
    seconds: float,
    intact: bool,
) -> list[str]:
    articles = len({event.path for event in events})
    types = Counter(event.event for event in events)
    sizes = {part: scores[part].sentences for part in PARTS}
    headlines = sizes["all"] - context["all"].sentences
    return [
        "## MEANTIME events (real news, annotated blind)",
        "",
        f"Data: `benchmarks/data/meantime_events.tsv`, {len(events)} sentences from {articles} of "
        "the 120 Wikinews articles of MEANTIME (`../shared/data/timex/meantime_en/`, business "
        "news on Airbus and Boeing, Apple, General Motors and the stock market, 2004-2013; CC BY "
        "4.0, read in place: the file holds offsets into the text rebuilt from the tokens and "
        "SHA-1 prefixes, no text). Every sentence that reports a PLOVER 2.0 event between "
        "identifiable parties was taken in article order and annotated with one main event, "
        "source and target ISO-3 codes (IGO/NGO for organisations; a company takes the country "
        "it is based in, sector BUS) and sectors, dated with the article's creation time, "
        "following the codebook and the conventions of the GeoWebNews event gold, with those "
        "business news needs (orders and contract awards are COOPERATE, lawsuits and probes "
        "ACCUSE, fines and rulings SANCTION; all rules in the file's header). The annotation was "
        "finished before dyads was run on any of these articles; no rule was written against "
        "them. Gold types: "
        + ", ".join(f"{name} {count}" for name, count in types.most_common())
        + ".",
        "",
        "Command: `.venv/bin/python benchmarks/events_meantime.py` (each sentence coded alone "
        "and scored with `dyads.eval.plover`, as `dyads eval plover` scores gsr_dev; halves drawn "
        "by article with `dyads.eval.halves.half_of_article`; errors are read on the dev half "
        "only).",
        "",
        "No rule or probe was written against these articles' events, so the first scoring is an "
        "unseen figure for both halves; from then on the dev half's errors may be read to plan "
        "work and the held half is only scored. " + REDRAWN,
        "",
        f"| measure | all ({sizes['all']}) | dev half ({sizes['dev']}) "
        f"| held half ({sizes['held']}) |",
        "|---|---|---|---|",
        *[figure_row(name, key, scores) for name, key in PLOVER_MEASURES],
        "",
        "The same sentences in article context (each article coded whole; for each gold sentence "
        "the top event among those whose evidence starts inside it). The "
        f"{headlines} headlines are left out: in a whole article dyads codes the prose and "
        "skips headings (`dyads.stages.layout`), so they are scored alone only, above:",
        "",
        "| measure | all | dev half | held half |",
        "|---|---|---|---|",
        *[figure_row(name, key, context) for name, key in PLOVER_MEASURES],
        *_before_lines(),
        "",
        f"Gold rows unchanged since annotation (SHA-256 as recorded): {'yes' if intact else 'no'}."
        f" Wall time (load + code, one process): {seconds:.1f} s.",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=Path, help="write the dev half's errors to this file")
    parser.add_argument("--no-write", action="store_true", help="print the figures only")
    args = parser.parse_args()
    paths = article_paths()
    texts = read_texts(paths)
    events = read_gold(paths)
    broken = mismatches(events, texts)
    if broken:
        raise SystemExit(f"gold rows do not match MEANTIME: {', '.join(broken)}")
    started = time.perf_counter()
    scores, pairs = code_and_score(events, texts)
    seconds = time.perf_counter() - started
    context = code_in_context(events, texts)
    intact = recorded_digest(GOLD) == rows_digest(GOLD)
    second = read_second(events, paths)
    lines = report_lines(events, scores, context, seconds, intact)
    lines += second_annotation_lines(events, second, pairs, texts, SECOND, SECOND_CONVENTIONS)
    print("\n".join(lines))
    if args.errors:
        print(f"{write_errors(args.errors, pairs)} dev-half errors written to {args.errors}")
    if not args.no_write:
        write_section(SECTION, "\n".join(lines))


if __name__ == "__main__":
    main()
