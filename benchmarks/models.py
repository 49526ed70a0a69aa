"""spaCy models compared: dyads' development figures and costs with each installed model.

Run from the project root:  .venv/bin/python benchmarks/models.py [MODEL ...]
(default: the default model and `en_core_web_md`; `--no-write` prints only).
A model that is not installed is skipped with a message saying what to install; the section of
BENCHMARKS.md is then left as it is, since it would lose that model's figures.

Each model is measured in a fresh process, so that its load time and memory are its own:
- load: wall clock and the RSS that `load_model` adds;
- places: the first 100 GeoWebNews articles (the development ones; the last 100 are never
  read here), parsed with each spaCy component timed on its own, then the actor and place
  stages as in the pipeline, scored as `geo_gwn.py --dev` scores them; also the share of
  locational gold toponyms the model itself tags GPE, LOC or FAC;
- stage costs: every dyads stage, timed on those parsed articles, as a share of the parse;
- events: `dyads eval plover --model NAME` on the development half of
  `../shared/data/plover/gsr_dev.jsonl` (chosen by `dyads.eval.halves`; the held half is
  neither written nor scored here).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dyads.errors import ModelNotFoundError
from dyads.eval.geo import GoldDocument
from dyads.eval.halves import half_of
from dyads.nlp import DEFAULT_MODEL, load_model, locate_model
from dyads.records import Place
from dyads.stages.actors import ActorRecognizer
from dyads.stages.events import EventExtractor
from dyads.stages.places import Geoparser
from dyads.stages.provenance import ProvenanceResolver
from dyads.stages.quotes import QuoteFinder
from dyads.stages.time import TimeTagger, infer_article_date
from geo_gwn import DEV_ARTICLES, GoldCountries, read_gwn, score
from report import PLOVER_MEASURES, SHARED, write_section

ROOT = Path(__file__).resolve().parent.parent
MEDIUM_MODEL = "en_core_web_md"
BATCH_SIZE = 16
MODEL_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text(encoding="utf-8").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def parse_timed(nlp: Language, texts: Sequence[str]) -> tuple[list[Doc], dict[str, float]]:
    """The parsed texts, and the seconds each step of the pipeline took over all of them."""
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    seconds["tokenizer"] = time.perf_counter() - started
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        pipe = getattr(component, "pipe", None)
        if pipe is not None:
            docs = list(pipe(docs, batch_size=BATCH_SIZE))
        else:  # a plain function component
            docs = [component(doc) for doc in docs]
        seconds[name] = time.perf_counter() - started
    return docs, seconds


class StageClock:
    """Seconds spent in each dyads stage, summed over the articles."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    @contextmanager
    def timing(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        yield
        self.seconds[stage] += time.perf_counter() - started


def code_timed(docs: Iterable[Doc]) -> dict[str, float]:
    """The seconds each stage took over the parsed articles, run in the pipeline's order."""
    tagger, recogniser, geoparser = TimeTagger(), ActorRecognizer(), Geoparser()
    quote_finder, extractor, provenance = QuoteFinder(), EventExtractor(), ProvenanceResolver()
    clock = StageClock()
    for number, doc in enumerate(docs):
        with clock.timing("time"):
            anchor, _ = infer_article_date(doc, None)
            times = tagger.process(doc, anchor)
        with clock.timing("actors"):
            actors = recogniser.process(doc, anchor)
        with clock.timing("places"):
            found = geoparser.process(doc, actors, date=anchor)
        with clock.timing("quotes"):
            quotes = quote_finder.process(doc, actors)
        with clock.timing("events"):
            events = extractor.process(doc, actors, times, found, anchor, str(number))
        with clock.timing("provenance"):
            provenance.process(doc, events, actors, quotes)
    return dict(clock.seconds)


def places_undated(docs: Iterable[Doc]) -> list[list[Place]]:
    """The places of each article as `geo_gwn.py` finds them (no article date), so that the
    scores are comparable with its development row."""
    recogniser, geoparser = ActorRecognizer(), Geoparser()
    return [geoparser.process(doc, recogniser.process(doc, None)) for doc in docs]


def model_tagged_share(documents: Sequence[GoldDocument], docs: Sequence[Doc]) -> float:
    """The share of locational gold toponyms that one of the model's GPE, LOC or FAC entities
    overlaps: what the model finds before any rule of the place stage."""
    gold = tagged = 0
    for document, doc in zip(documents, docs, strict=True):
        spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in MODEL_PLACE_LABELS]
        for toponym in (t for t in document.toponyms if t.locational):
            gold += 1
            tagged += any(min(end, toponym.end) > max(start, toponym.start) for start, end in spans)
    return tagged / gold if gold else 0.0


def measure(model: str, gwn: Path) -> dict[str, Any]:
    """Everything measured for one model in this process (a fresh one: see `_measured`)."""
    before = _rss_mb()
    started = time.perf_counter()
    nlp = load_model(model)
    load_seconds = time.perf_counter() - started
    load_mb = _rss_mb() - before
    documents = read_gwn(gwn, GoldCountries())[:DEV_ARTICLES]
    docs, parse = parse_timed(nlp, [document.text for document in documents])
    # Stage dictionaries load on first use; a warm-up article keeps that out of their times.
    code_timed(docs[:1])
    stages = code_timed(docs)
    scores, strict = score(documents, places_undated(docs))
    return {
        "model": model,
        "version": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}",
        "load_seconds": load_seconds,
        "load_mb": load_mb,
        "peak_mb": _peak_mb(),
        "words": sum(len(doc) for doc in docs),
        "parse": parse,
        "stages": stages,
        "places": vars(scores),
        "strict_precision": strict,
        "model_tagged": model_tagged_share(documents, docs),
    }


def _measured(model: str, gwn: Path) -> dict[str, Any]:
    command = [sys.executable, __file__, "--measure", model, "--gwn", str(gwn)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def fastest(runs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Of several runs of one model, the one whose parse was fastest, with the quickest load:
    the scores are the same in each, the times vary with what else the machine is doing."""
    best = min(runs, key=lambda run: sum(run["parse"].values()))
    return best | {"load_seconds": min(run["load_seconds"] for run in runs)}


def plover_dev_half(model: str, gold: Path) -> dict[str, Any]:
    """`dyads eval plover` with `model` on the development half of the gold file (the held
    half is skipped by its ids and never written out)."""
    kept = [
        line
        for line in gold.read_text(encoding="utf-8").splitlines()
        if line.strip() and half_of(str(json.loads(line)["id"])) == "dev"
    ]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dev.jsonl"
        path.write_text("\n".join(kept) + "\n", encoding="utf-8")
        command = [sys.executable, "-m", "dyads", "eval", "plover", str(path)]
        command += ["--format", "json", "--model", model]
        done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    scores: dict[str, Any] = json.loads(done.stdout)
    return scores


def installed(models: Sequence[str]) -> tuple[list[str], list[str]]:
    """The models that can be loaded here, and a message for each that cannot."""
    found, skipped = [], []
    for model in models:
        try:
            locate_model(model)
        except ModelNotFoundError as exc:
            skipped.append(f"skipped {model}: {exc}")
        else:
            found.append(model)
    return found, skipped


def _per_100(seconds: float, articles: int) -> float:
    return seconds * 100 / articles


def section(results: Sequence[dict[str, Any]], plover: Sequence[dict[str, Any]]) -> str:
    """The `models` section of BENCHMARKS.md."""
    names = [f"`{r['model']}`" for r in results]
    head = "| measure | " + " | ".join(names) + " |\n|---|" + "---|" * len(results)

    def row(label: str, values: Iterable[str]) -> str:
        return f"| {label} | " + " | ".join(values) + " |"

    place_rows = [
        row("pipeline (meta.json)", (r["version"] for r in results)),
        row("model tags the toponym (GPE/LOC/FAC)", (f"{r['model_tagged']:.3f}" for r in results)),
        *(
            row(label, (f"{r['places'][key]:.3f}" for r in results))
            for label, key in (
                ("places: precision", "precision"),
                ("places: recall", "recall"),
                ("places: F1", "f1"),
                ("places: within 161 km", "accuracy_161km"),
                ("places: country accuracy", "country_accuracy"),
            )
        ),
        row("places: strict precision", (f"{r['strict_precision']:.3f}" for r in results)),
        *(
            row(f"events: {label}", (f"{p[key]:.3f}" for p in plover))
            for label, key in PLOVER_MEASURES
        ),
    ]
    parse_total = [sum(r["parse"].values()) for r in results]
    components = sorted({name for r in results for name in r["parse"]}, key=_component_order)
    stages = sorted({name for r in results for name in r["stages"]})
    cost_rows = [
        row("model load, wall clock", (f"{r['load_seconds']:.2f} s" for r in results)),
        row("RSS added by the load", (f"{r['load_mb']:.0f} MB" for r in results)),
        row("peak RSS of the whole run", (f"{r['peak_mb']:.0f} MB" for r in results)),
        row(
            f"spaCy parse per 100 articles ({DEV_ARTICLES} measured)",
            (f"{_per_100(t, DEV_ARTICLES):.1f} s" for t in parse_total),
        ),
        row(
            "spaCy tokens per second",
            (f"{r['words'] / t:,.0f}" for r, t in zip(results, parse_total, strict=True)),
        ),
        *(
            row(
                f"… `{name}` share of parse",
                (
                    f"{r['parse'].get(name, 0.0) / t:.0%}"
                    for r, t in zip(results, parse_total, strict=True)
                ),
            )
            for name in components
        ),
        *(
            row(
                f"dyads stage `{name}`, share of parse",
                (
                    f"{r['stages'].get(name, 0.0) / t:.1%}"
                    for r, t in zip(results, parse_total, strict=True)
                ),
            )
            for name in stages
        ),
    ]
    plover_size = plover[0]["sentences"] if plover else 0
    return "\n".join(
        [
            "## spaCy models compared (development data only)",
            "",
            "dyads runs with any installed spaCy 3.8 English pipeline (`--model NAME`, "
            "`$DYADS_MODEL`; see `docs/models.md`). This section measures each model given to "
            "the script with the same code, on development data alone: the first "
            f"{DEV_ARTICLES} GeoWebNews articles for places (scored as `geo_gwn.py --dev`) and "
            f"the development half of the PLOVER gold ({plover_size} sentences, "
            "`dyads.eval.halves`) for events. The held-apart halves are not scored here. The "
            f"stage rules were written with the default model (`{DEFAULT_MODEL}`) on this same "
            "development data, so these figures favour it.",
            "",
            "Command: `.venv/bin/python benchmarks/models.py "
            + " ".join(str(r["model"]) for r in results)
            + "` (each model measured in a fresh process, in alternating rounds, the fastest "
            f"round kept; one process, batches of {BATCH_SIZE}; times on a shared machine "
            "still vary by a tenth or more).",
            "",
            head,
            *place_rows,
            "",
            "Costs (the parse timed one component at a time over the same articles; the dyads "
            "stages timed after one warm-up article, as shares of that parse):",
            "",
            head,
            *cost_rows,
        ]
    )


_ORDER = ("tokenizer", "tok2vec", "tagger", "dyads_line_breaks", "parser", "senter")


def _component_order(name: str) -> tuple[int, str]:
    return (_ORDER.index(name) if name in _ORDER else len(_ORDER), name)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("models", nargs="*", default=[DEFAULT_MODEL, MEDIUM_MODEL])
    parser.add_argument("--gwn", type=Path, default=SHARED / "geo" / "GWN.xml")
    parser.add_argument("--plover", type=Path, default=SHARED / "plover" / "gsr_dev.jsonl")
    parser.add_argument(
        "--rounds", type=int, default=2, help="runs of each model (the fastest kept)"
    )
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # one model, in this process
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure, args.gwn)))
        return
    models, skipped = installed(args.models)
    for message in skipped:
        print(message, file=sys.stderr)
    if not models:
        return
    runs: dict[str, list[dict[str, Any]]] = {model: [] for model in models}
    for _ in range(args.rounds):  # alternating, so that a busy machine slows every model alike
        for model in models:
            runs[model].append(_measured(model, args.gwn))
    results = [fastest(runs[model]) for model in models]
    plover = [plover_dev_half(model, args.plover) for model in models]
    body = section(results, plover)
    print(body)
    if skipped:
        print("\nBENCHMARKS.md left as it is: not every model given was measured.", file=sys.stderr)
    elif not args.no_write:
        write_section("models", body)


if __name__ == "__main__":
    main()
