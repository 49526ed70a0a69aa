"""The GeoWebNews event gold (benchmarks/events_gwn.py): reading it, checking it against GWN,
turning it into PLOVER gold records, and writing errors of the dev half only."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from dyads.eval.halves import half_of
from dyads.eval.plover import GoldSentence, Prediction, load_gold
from dyads.records import PLOVER_TYPES

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
HEADER = "\t".join(
    (
        "article",
        "start",
        "end",
        "sha1",
        "date",
        "type",
        "source",
        "source_sectors",
        "target",
        "target_sectors",
    )
)


@pytest.fixture(scope="module")
def gwn() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        module = importlib.import_module("events_gwn")
    finally:
        sys.path.remove(str(BENCHMARKS))
    yield module


def _gold_file(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "gold.tsv"
    path.write_text("# a comment\n" + "\n".join((HEADER, *rows)) + "\n", encoding="utf-8")
    return path


def test_rows_give_codes_with_parallel_sectors(gwn: ModuleType, tmp_path: Path) -> None:
    path = _gold_file(
        tmp_path,
        "3\t10\t40\tabcdef012345\t2018-04\tREQUEST\tRUS,FRA\tGOV,-\t-\t-",
    )
    (event,) = gwn.read_gold(path)
    assert event.id == "GWN-3-10"
    assert event.event == "REQUEST"
    assert [(p.code, p.sector) for p in event.source] == [("RUS", "GOV"), ("FRA", None)]
    assert event.target == ()


def test_a_row_whose_sectors_do_not_match_its_codes_is_an_error(
    gwn: ModuleType, tmp_path: Path
) -> None:
    path = _gold_file(tmp_path, "0\t0\t5\tabcdef012345\t2018-04\tACCUSE\tUSA,GBR\tGOV\t-\t-")
    with pytest.raises(ValueError, match="2 codes but 1 sectors"):
        gwn.read_gold(path)


def test_a_file_without_the_column_header_is_an_error(gwn: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text("0\t0\t5\tabcdef012345\t2018-04\tACCUSE\tUSA\tGOV\t-\t-\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected the columns"):
        gwn.read_gold(path)


def test_a_row_becomes_a_plover_gold_record(gwn: ModuleType, tmp_path: Path) -> None:
    path = _gold_file(tmp_path, "7\t120\t180\tabcdef012345\t2018-04\tACCUSE\tKEN\tOPP\tIGO\tGOV")
    (event,) = gwn.read_gold(path)
    gold_path = tmp_path / "gold.jsonl"
    record = gwn.gsr_record(event, "The opposition leader accused the UN of bias.")
    gold_path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (gold,) = load_gold(gold_path)
    assert gold.id == "GWN-7-120"
    assert gold.date == "2018-04-15"  # a month-only date is coded as the middle of the month
    assert (gold.event, gold.actors, gold.recipients) == (
        "ACCUSE",
        frozenset({"KEN"}),
        frozenset({"IGO"}),
    )


def test_only_the_first_articles_are_read(gwn: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "gwn.xml"
    articles = "".join(f"<article><text>text {i}</text></article>" for i in range(3))
    path.write_text(f"<articles>{articles}</articles>", encoding="utf-8")
    assert gwn.read_articles(path, limit=2) == ["text 0", "text 1"]


def test_a_sentence_is_checked_by_its_sha1_prefix(gwn: ModuleType, tmp_path: Path) -> None:
    texts = ["Ann met Bob. Bob left."]
    good = gwn.fingerprint("Bob left.")
    path = _gold_file(
        tmp_path,
        f"0\t13\t22\t{good}\t2018-04\tRETREAT\tUSA\tCVL\t-\t-",
        f"0\t0\t12\t{good}\t2018-04\tCONSULT\tUSA\tCVL\tUSA\tCVL",
        f"1\t0\t12\t{good}\t2018-04\tCONSULT\tUSA\tCVL\tUSA\tCVL",
    )
    assert gwn.mismatches(gwn.read_gold(path), texts) == ["GWN-0-0", "GWN-1-0"]


def test_only_the_dev_half_errors_are_written(gwn: ModuleType, tmp_path: Path) -> None:
    ids = [f"GWN-0-{start}" for start in range(40)]
    dev = next(i for i in ids if half_of(i) == "dev")
    held = next(i for i in ids if half_of(i) == "held")
    wrong = Prediction("ASSAULT", frozenset({"USA"}), frozenset())
    pairs = [
        (GoldSentence(i, f"sentence {i}", None, "ACCUSE", frozenset(), frozenset()), wrong)
        for i in (dev, held)
    ]
    path = tmp_path / "errors.tsv"
    assert gwn.write_errors(path, pairs) == 1
    (line,) = path.read_text(encoding="utf-8").splitlines()
    assert line.split("\t") == [dev, "ACCUSE ->-", "ASSAULT USA>-", f"sentence {dev}"]


def test_the_committed_gold_is_well_formed(gwn: ModuleType) -> None:
    events = gwn.read_gold()
    assert len(events) >= 150
    assert len({event.id for event in events}) == len(events)
    assert {event.event for event in events} <= set(PLOVER_TYPES)
    for event in events:
        assert 0 <= event.article < gwn.DEV_ARTICLES and event.start < event.end
        assert len(event.date) in (7, 10)
        for party in (*event.source, *event.target):
            assert len(party.code) == 3 and party.code.isupper()
    # Rows edited after annotation must be listed as fixes in the header.
    if gwn.rows_digest() != gwn.recorded_digest():
        assert "codebook): none." not in gwn.GOLD.read_text(encoding="utf-8")


def test_every_sentence_matches_geowebnews(gwn: ModuleType, shared_data: Path) -> None:
    texts = gwn.read_articles(shared_data / "geo" / "GWN.xml")
    events = gwn.read_gold()
    assert gwn.mismatches(events, texts) == []
    for event in events:
        text = gwn.sentence(event, texts)
        assert text == text.strip() and text
