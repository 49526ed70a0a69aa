"""The command line, run in-process (CliRunner) and once as a real subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from dyads.cli import app
from dyads.records import SCHEMA

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
runner = CliRunner()

CALL = (
    "MOSCOW, March 2, 2026 - The Russian Foreign Minister spoke by phone with the Turkish "
    "Foreign Minister on Monday, the ministry said.\n"
)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "call.txt").write_text("Ministers talk\n\n" + CALL)
    (folder / "batch.jsonl").write_text(
        json.dumps({"id": "a1", "text": CALL, "date": "2026-03-02"})
        + "\n"
        + "{broken json\n"
        + json.dumps({"id": "a2", "text": 7})
        + "\n"
    )
    return folder


def test_code_writes_one_json_line_per_article_and_reports_rejects(
    inputs: Path, tmp_path: Path
) -> None:
    rejects = tmp_path / "rejects.jsonl"
    result = runner.invoke(app, ["code", str(inputs), "--rejects", str(rejects)])
    assert result.exit_code == 3, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 2
    assert all(line["schema"] == SCHEMA for line in lines)
    assert "dyads: rejected" in result.stderr and "batch.jsonl:2" in result.stderr
    saved = [json.loads(line) for line in rejects.read_text().splitlines()]
    assert [r["line"] for r in saved] == [2, 3]
    assert saved[0]["raw"] == "{broken json"


def test_all_good_input_exits_zero_and_no_text_drops_text(tmp_path: Path) -> None:
    path = tmp_path / "call.txt"
    path.write_text(CALL)
    result = runner.invoke(app, ["code", str(path), "--no-text"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert "text" not in record["article"]
    assert record["events"], "the call should give an event"


def test_nothing_coded_exits_one(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["code", str(empty)])
    assert result.exit_code == 1
    assert "empty" in result.stderr


def test_usage_error_exits_two() -> None:
    result = runner.invoke(app, ["code", "--no-such-option", "x"])
    assert result.exit_code == 2


def test_stdin_is_read_with_a_dash() -> None:
    result = runner.invoke(app, ["code", "-"], input=CALL)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["article"]["text"] == CALL


def test_db_upsert_is_idempotent_then_query_and_export(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    for _ in range(2):
        result = runner.invoke(
            app, ["code", str(inputs), "--db", str(db), "-o", str(tmp_path / "out.jsonl")]
        )
        assert result.exit_code == 3
    with duckdb.connect(str(db), read_only=True) as connection:
        articles = connection.execute("SELECT count(*) FROM articles").fetchone()
        events = connection.execute("SELECT count(*) FROM events").fetchone()
    assert articles == (2,)
    assert events is not None and events[0] >= 2
    query = runner.invoke(app, ["query", "--db", str(db), "--event", "CONSULT", "--format", "json"])
    assert query.exit_code == 0, query.output
    rows = [json.loads(line) for line in query.stdout.splitlines()]
    assert rows and all(row["event"] == "CONSULT" for row in rows)
    dyadic = runner.invoke(app, ["query", "--db", str(db), "--dyadic", "--format", "json"])
    assert dyadic.exit_code == 0, dyadic.output
    pairs = [json.loads(line) for line in dyadic.stdout.splitlines()]
    assert pairs and all(row["actor"]["code"] and row["recipient"]["code"] for row in pairs)
    refused = runner.invoke(app, ["query", "--db", str(db), "--sql", "DELETE FROM events"])
    assert refused.exit_code == 1
    assert "dyads: error" in refused.stderr
    gdelt = tmp_path / "events.tsv"
    exported = runner.invoke(app, ["export", "--db", str(db), "--format", "gdelt", str(gdelt)])
    assert exported.exit_code == 0, exported.output
    header = gdelt.read_text().splitlines()[0].split("\t")
    assert {"GLOBALEVENTID", "EventCode", "QuadClass", "SOURCEURL"} <= set(header)


def test_parquet_output_has_flattened_event_columns(tmp_path: Path) -> None:
    path = tmp_path / "call.txt"
    path.write_text(CALL)
    out = tmp_path / "events.parquet"
    result = runner.invoke(app, ["code", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert {"article_id", "event", "actor_code", "recipient_code", "location_country"} <= set(
        table.column_names
    )
    assert table.num_rows >= 1


def test_summary_prints_a_table_per_article() -> None:
    result = runner.invoke(app, ["code", str(EXAMPLES / "phone_call.txt"), "--summary"])
    assert result.exit_code == 0, result.output
    assert "CONSULT" in result.stdout and "→" in result.stdout


def test_missing_model_is_one_line_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "call.txt"
    path.write_text(CALL)
    executable = shutil.which("dyads") or str(Path(sys.executable).parent / "dyads")
    completed = subprocess.run(
        [executable, "code", str(path), "--model", "en_core_web_lg"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 1
    assert len(completed.stderr.strip().splitlines()) == 1
    assert "en_core_web_lg" in completed.stderr and "Traceback" not in completed.stderr


def test_user_actor_file_adds_an_office_holder(tmp_path: Path) -> None:
    actors = tmp_path / "actors.tsv"
    actors.write_text(
        "name\taliases\tcountry\tsector\toffice\tstart\tend\n"
        "Jane Example\tExample\tFRA\tGOV\tforeign minister\t2026-01-01\t\n"
    )
    path = tmp_path / "talks.jsonl"
    text = "Jane Example met the German Chancellor in Berlin on Monday."
    path.write_text(json.dumps({"id": "t1", "text": text, "date": "2026-03-04"}) + "\n")
    result = runner.invoke(app, ["code", str(path), "--actors", str(actors)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    named = [a for a in record["mentions"]["actors"] if a["name"] == "Jane Example"]
    assert named and (named[0]["code"], named[0]["sector"]) == ("FRA", "GOV")


def test_eval_geo_scores_toponym_gold(tmp_path: Path) -> None:
    text = "Protesters gathered in Paris and later in Lyon."
    gold = {
        "id": "g1",
        "text": text,
        "toponyms": [
            {"start": 23, "end": 28, "lat": 48.85, "lon": 2.35, "country": "FRA"},
            {"start": 42, "end": 46, "lat": 45.75, "lon": 4.85, "country": "FRA"},
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n")
    result = runner.invoke(app, ["eval", "geo", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["gold"] == 2 and scores["f1"] == 1.0 and scores["country_accuracy"] == 1.0


def test_eval_timex_scores_timeml_gold(tmp_path: Path) -> None:
    (tmp_path / "t1.tml").write_text(
        '<?xml version="1.0"?>\n<TimeML><DOCID>t1</DOCID>'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2025-08-13" '
        'functionInDocument="CREATION_TIME">2025-08-13</TIMEX3></DCT>'
        '<TEXT>The talks ended on <TIMEX3 tid="t1" type="DATE" value="2025-08-11">Monday'
        "</TIMEX3> after two days.</TEXT></TimeML>\n"
    )
    result = runner.invoke(app, ["eval", "timex", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["gold"] == 1
    assert scores["value"]["recall"] == 1.0
