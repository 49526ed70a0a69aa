"""The `dyads` command: thin commands over the library.

Library errors become one-line messages (`dyads: error: …`), never tracebacks, unless
`--debug` is given. Exit statuses of `dyads code`: 0 all coded, 3 some input rejected,
2 usage error, 1 nothing could be coded.
"""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console

from dyads.config import Settings, load_settings, resolve_model
from dyads.errors import DyadsError
from dyads.records import Article, CodedArticle, Rejected, to_builtins, to_json

EXIT_OK = 0
EXIT_NOTHING_CODED = 1
EXIT_USAGE = 2
EXIT_SOME_REJECTED = 3
DB_BATCH = 64

app = typer.Typer(
    name="dyads",
    help="Turn news articles into source-attributed political event data (PLOVER 2.0).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score dyads against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

stderr = Console(stderr=True, highlight=False, soft_wrap=True)
_debug = False

P = ParamSpec("P")
R = TypeVar("R")


def _user_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn library errors into one line on stderr (tracebacks only with --debug)."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except DyadsError as exc:
            if _debug:
                raise
            stderr.print(f"dyads: error: {exc}", markup=False)
            raise typer.Exit(EXIT_NOTHING_CODED) from None
        except (OSError, ValueError) as exc:
            if _debug:
                raise
            stderr.print(f"dyads: error: {exc}", markup=False)
            raise typer.Exit(EXIT_NOTHING_CODED) from None

    return wrapper


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    global _debug
    _debug = debug


# ---------------------------------------------------------------- code


class _Sinks:
    """Where coded articles go: JSONL, Parquet and/or a DuckDB store."""

    def __init__(self, out: Path | None, db: Path | None, keep_text: bool, summary: bool) -> None:
        self.keep_text = keep_text
        self.summary = summary
        self.parquet_path = out if out and out.suffix == ".parquet" else None
        self.parquet_rows: list[CodedArticle] = []
        self.jsonl: IO[bytes] | None = None
        if out is None and not summary:
            self.jsonl = sys.stdout.buffer
        elif out is not None and self.parquet_path is None:
            self.jsonl = out.open("wb")
        self.store = None
        self.db_batch: list[CodedArticle] = []
        if db is not None:
            from dyads.store import open_store

            self.store = open_store(db)
        self.summarised: list[CodedArticle] = []

    def add(self, coded: CodedArticle) -> None:
        if self.jsonl is not None:
            self.jsonl.write(self._json_line(coded))
            self.jsonl.flush()
        if self.parquet_path is not None:
            self.parquet_rows.append(coded)
        if self.store is not None:
            self.db_batch.append(coded)
            if len(self.db_batch) >= DB_BATCH:
                self._flush_db()
        if self.summary:
            self.summarised.append(coded)

    def _json_line(self, coded: CodedArticle) -> bytes:
        if self.keep_text:
            return to_json(coded) + b"\n"
        data = to_builtins(coded)
        article = data["article"]
        assert isinstance(article, dict)
        article.pop("text", None)
        return json.dumps(data, ensure_ascii=False).encode() + b"\n"

    def _flush_db(self) -> None:
        if self.store is not None and self.db_batch:
            self.store.upsert(self.db_batch)
            self.db_batch = []

    def close(self) -> None:
        self._flush_db()
        if self.store is not None:
            self.store.close()
        if self.parquet_path is not None:
            from dyads.store import write_events_parquet

            write_events_parquet(self.parquet_rows, self.parquet_path)
        if self.jsonl is not None and self.jsonl is not sys.stdout.buffer:
            self.jsonl.close()
        if self.summary:
            from dyads.summary import print_summary

            # Wide enough for the dyad column when piped; a terminal sets its own width.
            width = None if sys.stdout.isatty() else 160
            print_summary(self.summarised, Console(width=width))


def _report_rejects(
    items: Iterable[Article | Rejected | Any], rejects: IO[str] | None, counts: dict[str, int]
) -> Iterator[Article]:
    """Pass articles on; print rejections and warnings; count both."""
    from dyads.ingest import ReadWarning

    for item in items:
        if isinstance(item, Article):
            counts["read"] += 1
            yield item
        elif isinstance(item, Rejected):
            _reject(item, rejects, counts)
        elif isinstance(item, ReadWarning):
            stderr.print(f"dyads: warning {item.location()}: {item.message}", markup=False)


def _reject(item: Rejected, rejects: IO[str] | None, counts: dict[str, int]) -> None:
    counts["rejected"] += 1
    stderr.print(f"dyads: rejected {item.location()}: {item.reason}", markup=False)
    if rejects is not None:
        rejects.write(json.dumps(to_builtins(item), ensure_ascii=False) + "\n")
        rejects.flush()


def _with_progress(items: Iterator[CodedArticle | Rejected]) -> Iterator[CodedArticle | Rejected]:
    """A progress display on a terminal once there is more than one article; silent in pipes."""
    if not stderr.is_terminal:
        yield from items
        return
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TimeElapsedColumn

    first = next(items, None)
    if first is None:
        return
    second = next(items, None)
    if second is None:
        yield first
        return
    columns = (SpinnerColumn(), "coding", MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=stderr, transient=True) as progress:
        task = progress.add_task("coding", total=None)
        for item in (first, second):
            progress.advance(task)
            yield item
        for item in items:
            progress.advance(task)
            yield item


@app.command("code")
@_user_errors
def code_command(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, directories, or - for stdin.", show_default=False)
    ],
    out: Annotated[
        Path | None,
        typer.Option("-o", "--out", help="Write JSONL (default stdout) or .parquet (events)."),
    ] = None,
    db: Annotated[Path | None, typer.Option(help="Upsert into this DuckDB store.")] = None,
    workers: Annotated[int | None, typer.Option(min=1, help="Worker processes.")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model name or path.")] = None,
    actors: Annotated[
        Path | None, typer.Option(help="Your own actor table (see docs/actors.md).")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="Config file (default ./dyads.toml).")] = None,
    rejects: Annotated[
        Path | None, typer.Option(help="Save rejected records here (JSONL).")
    ] = None,
    no_text: Annotated[bool, typer.Option("--no-text", help="Leave out article.text.")] = False,
    summary: Annotated[
        bool, typer.Option("--summary", help="Print a table of events instead of JSONL.")
    ] = False,
) -> None:
    """Code articles into dyads records (schema dyads/2)."""
    from dyads.api import code_articles
    from dyads.ingest import read_inputs

    settings = load_settings(config)
    counts = {"read": 0, "rejected": 0, "coded": 0}
    rejects_file = rejects.open("w", encoding="utf-8") if rejects else None
    sinks = _Sinks(out, db, keep_text=not no_text, summary=summary)
    try:
        articles = _report_rejects(
            read_inputs(inputs, stdin=sys.stdin.buffer), rejects_file, counts
        )
        results = code_articles(
            articles,
            workers=workers or settings.workers,
            model=resolve_model(model, settings),
            actors_file=actors or settings.actors,
        )
        for result in _with_progress(results):
            if isinstance(result, Rejected):
                _reject(result, rejects_file, counts)
            else:
                counts["coded"] += 1
                sinks.add(result)
    finally:
        sinks.close()
        if rejects_file is not None:
            rejects_file.close()
    raise typer.Exit(_exit_status(counts))


def _exit_status(counts: dict[str, int]) -> int:
    if counts["coded"] == 0:
        if counts["rejected"] == 0:
            stderr.print("dyads: error: no articles found in the input", markup=False)
        return EXIT_NOTHING_CODED
    return EXIT_SOME_REJECTED if counts["rejected"] else EXIT_OK


# ---------------------------------------------------------------- query


# The columns a terminal table shows; JSON and CSV carry every column.
TABLE_COLUMNS = (
    "date",
    "event",
    "mode",
    "status",
    "actor_code",
    "actor_sector",
    "recipient_code",
    "recipient_sector",
    "location_name",
    "reported_by_code",
    "article_id",
)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


@app.command("query")
@_user_errors
def query_command(
    db: Annotated[Path, typer.Option(help="The DuckDB store.", show_default=False)],
    actor: Annotated[str | None, typer.Option(help="Actor code, e.g. RUS.")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient code.")] = None,
    event: Annotated[str | None, typer.Option(help="PLOVER event type.")] = None,
    status: Annotated[str | None, typer.Option(help="Event status.")] = None,
    country: Annotated[str | None, typer.Option(help="Country of the event's location.")] = None,
    since: Annotated[str | None, typer.Option(help="Events on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before (YYYY-MM-DD).")] = None,
    dyadic: Annotated[
        bool, typer.Option("--dyadic", help="Only events with both actor and recipient coded.")
    ] = False,
    limit: Annotated[int, typer.Option(min=1, help="At most this many rows.")] = 100,
    sql: Annotated[str | None, typer.Option(help="Run this SQL on a read-only connection.")] = None,
    output: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """Query a store (read-only)."""
    from dyads.store import EventFilter, open_store

    if not db.exists():
        raise DyadsError(f"no store at {db}")
    with open_store(db, read_only=True) as store:
        if sql is not None:
            columns, rows = store.sql(sql)
        else:
            query = EventFilter(
                actor=actor,
                recipient=recipient,
                event=event.upper() if event else None,
                status=status,
                country=country,
                since=since,
                until=until,
                dyadic=dyadic,
                limit=limit,
            )
            # Tables and CSV want flat columns; JSON keeps the coded event shape.
            found, _total = store.events(query, flat=output is not OutputFormat.json)
            columns = list(found[0]) if found else []
            if output is OutputFormat.table:
                columns = [name for name in TABLE_COLUMNS if not found or name in found[0]]
            rows = [tuple(row.get(name) for name in columns) for row in found]
    _print_rows(columns, rows, output)


def _print_rows(columns: list[str], rows: list[tuple[Any, ...]], output: OutputFormat) -> None:
    if output is OutputFormat.json:
        for row in rows:
            sys.stdout.write(json.dumps(dict(zip(columns, row, strict=True)), default=str) + "\n")
    elif output is OutputFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        from rich.table import Table

        table = Table(*columns)
        for row in rows:
            table.add_row(*("" if value is None else str(value) for value in row))
        Console().print(table)


# ---------------------------------------------------------------- export


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    gdelt = "gdelt"


@app.command("export")
@_user_errors
def export_command(
    out: Annotated[Path, typer.Argument(help="Output file.", show_default=False)],
    db: Annotated[Path, typer.Option(help="The DuckDB store.", show_default=False)],
    output: Annotated[ExportFormat, typer.Option("--format")] = ExportFormat.parquet,
) -> None:
    """Export a store's events as Parquet, CSV or a GDELT-2.0-style table."""
    from dyads.store import export, open_store

    if not db.exists():
        raise DyadsError(f"no store at {db}")
    with open_store(db, read_only=True) as store:
        rows = export(store, output.value, out)
    stderr.print(f"dyads: wrote {rows} events to {out}", markup=False)


# ---------------------------------------------------------------- eval


@eval_app.command("plover")
@_user_errors
def eval_plover_command(
    gold: Annotated[Path, typer.Argument(help="PLOVER gold JSONL.", show_default=False)],
    model: Annotated[str | None, typer.Option(help="spaCy model name or path.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    output: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
    errors: Annotated[int, typer.Option(help="Also list this many sentences coded wrong.")] = 0,
) -> None:
    """Score dyads on PLOVER gold sentences."""
    from dyads.api import code_articles
    from dyads.eval.plover import evaluate, score
    from dyads.eval.report import print_plover

    settings: Settings = load_settings(None)
    chosen = resolve_model(model, settings)
    scores, pairs = evaluate(
        gold, lambda articles: code_articles(articles, workers=workers, model=chosen)
    )
    strict = score([g for g, _ in pairs], [p for _, p in pairs], strict=True)
    if output is OutputFormat.json:
        figures = {**scores.as_dict(), "strict": strict.as_dict(with_types=False)}
        sys.stdout.write(json.dumps(figures, indent=2) + "\n")
    else:
        print_plover(scores, strict, pairs, errors, Console())


# ---------------------------------------------------------------- batch


class BatchEngine(StrEnum):
    local = "local"
    dask = "dask"


@app.command("batch")
@_user_errors
def batch_command(
    inputs: Annotated[
        list[str], typer.Argument(help="Files or directories (not stdin).", show_default=False)
    ],
    out: Annotated[Path, typer.Option("-o", "--out", help="Output directory.", show_default=False)],
    engine: Annotated[BatchEngine, typer.Option(help="Where to code.")] = BatchEngine.local,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Worker processes (local engine or LocalCluster).")
    ] = None,
    scheduler: Annotated[
        str | None, typer.Option(help="Join this Dask scheduler (with --engine dask).")
    ] = None,
    partition_size: Annotated[int, typer.Option(min=1, help="Articles per partition.")] = 100,
    model: Annotated[str | None, typer.Option(help="spaCy model name or path.")] = None,
    actors: Annotated[
        Path | None, typer.Option(help="Your own actor table (see docs/actors.md).")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="Config file (default ./dyads.toml).")] = None,
) -> None:
    """Code inputs into Parquet datasets in partitions; a killed run resumes where it stopped."""
    from dyads.pipeline import PipelineConfig
    from dyads.run.batch import BatchRequest, RichProgress, run_batch

    settings = load_settings(config)
    request = BatchRequest(
        inputs=tuple(inputs),
        out=out,
        engine=engine.value,
        workers=workers or settings.workers,
        scheduler=scheduler,
        partition_size=partition_size,
        pipeline=PipelineConfig(
            model=resolve_model(model, settings), actors_file=actors or settings.actors
        ),
    )
    report = run_batch(
        request,
        progress=RichProgress(stderr) if stderr.is_terminal else None,
        on_warning=lambda item: stderr.print(
            f"dyads: warning {item.location()}: {item.message}", markup=False
        ),
    )
    stderr.print(
        f"dyads: {report.coded} of {report.articles} articles coded in {report.partitions} "
        f"partitions ({report.partitions_coded} now, {report.partitions_before} before), "
        f"{report.events} events; {report.rejected} rejected"
        + (f" (see {report.rejects_path})" if report.rejected else ""),
        markup=False,
    )
    raise typer.Exit(_exit_status({"coded": report.coded, "rejected": report.rejected}))


# ---------------------------------------------------------------- serve


@app.command("serve")
@_user_errors
def serve_command(
    db: Annotated[Path, typer.Option(help="The DuckDB store to serve.", show_default=False)],
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    max_body: Annotated[
        int, typer.Option(min=1, help="Largest request body accepted, in bytes.")
    ] = 2 * 1024 * 1024,
) -> None:
    """Serve the viewer and the HTTP API (writes need $DYADS_TOKEN)."""
    from dyads.web import serve

    serve(db, host=host, port=port, max_body=max_body)


@eval_app.command("timex")
@_user_errors
def eval_timex_command(
    gold: Annotated[
        Path, typer.Argument(help="A TimeML/MEANTIME file or folder.", show_default=False)
    ],
    model: Annotated[str | None, typer.Option(help="spaCy model name or path.")] = None,
    output: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """Score time expressions on TimeML or MEANTIME gold (TempEval-3 style)."""
    from dyads.eval.timex import dyads_tagger, gold_files, read_gold, score

    documents = [read_gold(path) for path in gold_files(gold)]
    tag = dyads_tagger(resolve_model(model, load_settings(None)))
    scores = score((document, tag(document)) for document in documents)
    rows = [
        (name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}")
        for name, prf in (("relaxed span", scores.span), ("value", scores.value))
    ]
    if output is OutputFormat.json:
        sys.stdout.write(json.dumps(scores.as_dict(), indent=2) + "\n")
    else:
        _print_rows(["measure", "precision", "recall", "F1"], rows, output)


@eval_app.command("geo")
@_user_errors
def eval_geo_command(
    gold: Annotated[Path, typer.Argument(help="Toponym gold JSONL.", show_default=False)],
    model: Annotated[str | None, typer.Option(help="spaCy model name or path.")] = None,
    output: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """Score geoparsing on toponym gold (tagging F1, within 161 km, country)."""
    from dyads.eval.geo import dyads_geoparser, evaluate, load_gold

    scores = evaluate(load_gold(gold), dyads_geoparser(resolve_model(model, load_settings(None))))
    data = scores.as_dict()
    if output is OutputFormat.json:
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        _print_rows(["measure", "value"], [(k, str(v)) for k, v in data.items()], output)


def main() -> None:
    """Console-script entry point."""
    app()
