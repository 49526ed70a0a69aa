"""The GeoWebNews event gold (benchmarks/events_gwn.py): reading it, checking it against GWN,
turning it into PLOVER gold records, and writing errors of the dev half only."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from dyads.eval.halves import half_of_article
from dyads.eval.plover import GoldSentence, Prediction, load_gold
from dyads.records import PLOVER_TYPES

from .gold_files import HEADER, gold_file, load_benchmark


@pytest.fixture(scope="module")
def gwn() -> ModuleType:
    return load_benchmark("events_gwn")


def test_rows_give_codes_with_parallel_sectors(gwn: ModuleType, tmp_path: Path) -> None:
    path = gold_file(
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
    path = gold_file(tmp_path, "0\t0\t5\tabcdef012345\t2018-04\tACCUSE\tUSA,GBR\tGOV\t-\t-")
    with pytest.raises(ValueError, match="2 codes but 1 sectors"):
        gwn.read_gold(path)


def test_a_file_without_the_column_header_is_an_error(gwn: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text("0\t0\t5\tabcdef012345\t2018-04\tACCUSE\tUSA\tGOV\t-\t-\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected the columns"):
        gwn.read_gold(path)


def test_a_row_becomes_a_plover_gold_record(gwn: ModuleType, tmp_path: Path) -> None:
    path = gold_file(tmp_path, "7\t120\t180\tabcdef012345\t2018-04\tACCUSE\tKEN\tOPP\tIGO\tGOV")
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
    path = gold_file(
        tmp_path,
        f"0\t13\t22\t{good}\t2018-04\tRETREAT\tUSA\tCVL\t-\t-",
        f"0\t0\t12\t{good}\t2018-04\tCONSULT\tUSA\tCVL\tUSA\tCVL",
        f"1\t0\t12\t{good}\t2018-04\tCONSULT\tUSA\tCVL\tUSA\tCVL",
    )
    assert gwn.mismatches(gwn.read_gold(path), texts) == ["GWN-0-0", "GWN-1-0"]


def test_rows_on_a_headline_are_left_out_of_article_context(
    gwn: ModuleType, tmp_path: Path
) -> None:
    texts = ["Army seizes airport in coup\nSoldiers seized the airport on Monday, officials said."]
    path = gold_file(
        tmp_path,
        "0\t0\t27\tabcdef012345\t2018-04\tASSAULT\tUSA\tMIL\t-\t-",
        "0\t28\t82\tabcdef012345\t2018-04\tASSAULT\tUSA\tMIL\t-\t-",
    )
    assert [event.id for event in gwn.in_headings(gwn.read_gold(path), texts)] == ["GWN-0-0"]


def test_only_the_dev_half_errors_are_written(gwn: ModuleType, tmp_path: Path) -> None:
    ids = [f"GWN-{article}-0" for article in range(40)]
    dev = next(i for i in ids if half_of_article(i) == "dev")
    held = next(i for i in ids if half_of_article(i) == "held")
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


def _annotation(gwn: ModuleType, tmp_path: Path, name: str, *rows: str) -> list[Any]:
    path = tmp_path / name
    path.write_text("\n".join((HEADER, *rows)) + "\n", encoding="utf-8")
    events: list[Any] = gwn.read_gold(path)
    return events


FIRST_ROWS = (
    "0\t0\t10\taaaaaaaaaaaa\t2018-04\tACCUSE\tKEN\tOPP\tKEN\tGOV",
    "0\t20\t30\tbbbbbbbbbbbb\t2018-04\tASSAULT\tSYR\tMIL\tSYR\tREB",
    "1\t0\t10\tcccccccccccc\t2018-04\tREQUEST\tIGO\t-\t-\t-",
    "1\t20\t30\tdddddddddddd\t2018-04\tSUPPORT\tUSA,MEX\tGOV,GOV\t-\t-",
)


def test_the_second_annotation_is_put_in_the_first_ones_order(
    gwn: ModuleType, tmp_path: Path
) -> None:
    first = _annotation(gwn, tmp_path, "first.tsv", *FIRST_ROWS)
    second = _annotation(gwn, tmp_path, "second.tsv", *reversed(FIRST_ROWS))
    assert [event.id for event in gwn.aligned(first, second)] == [
        "GWN-0-0",
        "GWN-0-20",
        "GWN-1-0",
        "GWN-1-20",
    ]


def test_annotations_of_different_sentences_cannot_be_compared(
    gwn: ModuleType, tmp_path: Path
) -> None:
    first = _annotation(gwn, tmp_path, "first.tsv", *FIRST_ROWS)
    fewer = _annotation(gwn, tmp_path, "fewer.tsv", *FIRST_ROWS[:3])
    with pytest.raises(ValueError, match=r"missing \['GWN-1-20'\]"):
        gwn.aligned(first, fewer)
    other_text = FIRST_ROWS[0].replace("aaaaaaaaaaaa", "eeeeeeeeeeee")
    changed = _annotation(gwn, tmp_path, "changed.tsv", other_text, *FIRST_ROWS[1:])
    with pytest.raises(ValueError, match=r"other SHA-1 \['GWN-0-0'\]"):
        gwn.aligned(first, changed)


def test_cohen_kappa_discounts_agreement_by_chance(gwn: ModuleType) -> None:
    assert gwn.cohen_kappa(["A", "B", "A"], ["A", "B", "A"]) == 1.0
    # Observed 0.75; chance (2*1 + 2*3) / 16 = 0.5; kappa (0.75 - 0.5) / 0.5.
    assert gwn.cohen_kappa(["A", "A", "B", "B"], ["A", "B", "B", "B"]) == pytest.approx(0.5)
    # Both annotators always give the same single label: full agreement, not a division by 0.
    assert gwn.cohen_kappa(["A", "A"], ["A", "A"]) == 1.0
    with pytest.raises(ValueError):
        gwn.cohen_kappa(["A"], ["A", "B"])


def test_agreement_compares_types_and_code_sets(gwn: ModuleType, tmp_path: Path) -> None:
    first = _annotation(gwn, tmp_path, "first.tsv", *FIRST_ROWS)
    second = _annotation(
        gwn,
        tmp_path,
        "second.tsv",
        FIRST_ROWS[0],
        "0\t20\t30\tbbbbbbbbbbbb\t2018-04\tCOERCE\tSYR\tMIL\tSYR\tREB",  # other type
        "1\t0\t10\tcccccccccccc\t2018-04\tREQUEST\tIGO\t-\tUSA\tGOV",  # a recipient added
        "1\t20\t30\tdddddddddddd\t2018-04\t-\t-\t-\t-\t-",  # no event
    )
    result = gwn.agreement(first, second)
    assert result.sentences == 4
    assert result.type_agreement == 0.5
    # Actors: first KEN, SYR, IGO, USA+MEX (5 codes); second KEN, SYR, IGO: F1 = 2*3 / (6+2).
    assert result.actor_f1 == pytest.approx(0.75)
    # Recipients: first KEN, SYR; second KEN, SYR, USA: F1 = 2*2 / (4+1).
    assert result.recipient_f1 == pytest.approx(0.8)
    assert result.full_record == 0.25  # only the first row agrees in full
    assert -1.0 <= result.kappa < result.type_agreement


def test_type_confusions_list_disagreements_most_frequent_first(
    gwn: ModuleType, tmp_path: Path
) -> None:
    first = _annotation(gwn, tmp_path, "first.tsv", *FIRST_ROWS)
    second = _annotation(
        gwn,
        tmp_path,
        "second.tsv",
        FIRST_ROWS[0].replace("ACCUSE", "REJECT"),
        FIRST_ROWS[1],
        FIRST_ROWS[2],
        FIRST_ROWS[3].replace("SUPPORT", "-"),
    )
    assert gwn.type_confusions(first, second) == [("ACCUSE", "REJECT", 1), ("SUPPORT", "-", 1)]


def test_dyads_is_rescored_against_the_second_annotation(gwn: ModuleType, tmp_path: Path) -> None:
    ids = [f"GWN-{article}-0" for article in range(40)]
    dev = next(i for i in ids if half_of_article(i) == "dev")
    held = [i for i in ids if half_of_article(i) == "held"][:3]
    articles = [int(i.split("-")[1]) for i in (dev, *held)]
    first_rows = [f"{a}\t0\t1\tabcdef012345\t2018-04\tACCUSE\tKEN\tOPP\t-\t-" for a in articles]
    second_rows = [
        first_rows[0],
        first_rows[1].replace("ACCUSE", "REJECT"),
        first_rows[2].replace("ACCUSE\tKEN\tOPP", "-\t-\t-"),
        first_rows[3],
    ]
    first = _annotation(gwn, tmp_path, "first.tsv", *first_rows)
    second = _annotation(gwn, tmp_path, "second.tsv", *second_rows)
    predicted = Prediction("REJECT", frozenset({"KEN"}), frozenset())
    pairs = [(gwn.gold_sentence(event), predicted) for event in first]
    against_second, on_agreed = gwn.rescore(pairs, second, ["x" * 50] * (max(articles) + 1))
    # The second annotator's "-" sentence is left out; dyads matches its REJECT, not its ACCUSE.
    assert against_second["all"].sentences == 3
    assert against_second["all"].accuracy == pytest.approx(1 / 3)
    assert against_second["held"].accuracy == 0.5
    assert against_second["all"].actor_f1 == 1.0
    # Only the first and last sentences have the same type from both annotators.
    assert (on_agreed["all"].sentences, on_agreed["dev"].sentences) == (2, 1)
    assert on_agreed["all"].accuracy == 0.0


def test_the_second_annotation_marks_the_first_ones_sentences(gwn: ModuleType) -> None:
    first = gwn.read_gold()
    second = gwn.read_second(first)
    assert len(second) == len(first)
    assert {event.event for event in second} <= {*PLOVER_TYPES, gwn.NONE}
    for event in second:
        for party in (*event.source, *event.target):
            assert len(party.code) == 3 and party.code.isupper()
    # Rows written blind are never changed after seeing the first annotation.
    assert gwn.rows_digest(gwn.SECOND) == gwn.recorded_digest(gwn.SECOND)
