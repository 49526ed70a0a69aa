from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from dyads.api import code_articles
from dyads.ingest import read_inputs
from dyads.records import Article, CodedArticle
from dyads.run import batch
from dyads.run.batch import BatchRequest, run_batch
from dyads.store.flatten import EVENT_SCHEMA, event_rows, to_table

TEXTS = [
    "Russia accused Ukraine of shelling a power plant on Monday, officials said.",
    "The French president met the German chancellor in Berlin on Friday.",
    "Thousands of students protested in Santiago against the new education law.",
    "Israeli aircraft struck targets in southern Lebanon, the army said.",
    "The European Union imposed sanctions on Iranian officials on Tuesday.",
    "China and Japan agreed to resume talks on fishing rights next month.",
    "Egypt sent aid convoys to Gaza, the foreign ministry said.",
    "Nothing much happened in the quiet village this week.",
]


def _write_input(path: Path) -> Path:
    lines = [
        json.dumps({"id": f"d{n}", "text": text, "date": "2026-02-04"})
        for n, text in enumerate(TEXTS)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _sorted_rows(out: Path, name: str, key: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = pq.read_table(out / name).to_pylist()
    return sorted(rows, key=lambda row: str(row[key]))


def test_a_dask_local_cluster_gives_the_same_tables_as_the_local_engine(tmp_path: Path) -> None:
    source = _write_input(tmp_path / "in.jsonl")
    local = BatchRequest(inputs=(str(source),), out=tmp_path / "local", partition_size=3)
    dask = BatchRequest(
        inputs=(str(source),), out=tmp_path / "dask", partition_size=3, engine="dask", workers=2
    )
    local_report = run_batch(local)
    dask_report = run_batch(dask)
    assert dask_report.partitions_coded == local_report.partitions_coded == 3
    assert dask_report.coded == len(TEXTS)
    assert _sorted_rows(dask.out, "events", "id") == _sorted_rows(local.out, "events", "id")
    assert _sorted_rows(dask.out, "articles", "id") == _sorted_rows(local.out, "articles", "id")
    assert sorted(p.name for p in (dask.out / "events").iterdir()) == sorted(
        p.name for p in (local.out / "events").iterdir()
    )
    # And the same events as `dyads code` gives, flattened.
    articles = [item for item in read_inputs([str(source)]) if isinstance(item, Article)]
    coded = [item for item in code_articles(articles) if isinstance(item, CodedArticle)]
    expected = to_table([row for item in coded for row in event_rows(item)], EVENT_SCHEMA)
    assert _sorted_rows(dask.out, "events", "id") == sorted(
        expected.to_pylist(), key=lambda row: str(row["id"])
    )


def test_joining_a_running_cluster_builds_one_pipeline_per_worker(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    source = _write_input(tmp_path / "in.jsonl")
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        request = BatchRequest(
            inputs=(str(source),),
            out=tmp_path / "out",
            partition_size=1,
            engine="dask",
            scheduler=cluster.scheduler_address,
        )
        report = run_batch(request)
        # Counted inside each worker process; the cluster outlives the run that joined it.
        built = client.run(lambda: len(importlib.import_module("dyads.pipeline")._pipelines))
    assert report.partitions_coded == len(TEXTS)
    assert sorted(row["id"] for row in _sorted_rows(request.out, "articles", "id")) == [
        f"d{n}" for n in range(len(TEXTS))
    ]
    # Eight partitions on two workers, and no worker built more than one pipeline.
    assert len(built) == 2
    assert set(built.values()) <= {0, 1} and sum(built.values()) >= 1


def test_an_unknown_engine_is_refused(tmp_path: Path) -> None:
    request = BatchRequest(inputs=("x.jsonl",), out=tmp_path, engine="spark")  # type: ignore[arg-type]
    with pytest.raises(batch.BatchError, match="engine"):
        run_batch(request)
