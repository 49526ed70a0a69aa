"""The MEANTIME event gold (benchmarks/events_meantime.py): reading it, its ids and halves,
checking it against the rebuilt MEANTIME texts, and the digest recorded when annotation ended."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from dyads.eval.halves import HALVES, half_of_article
from dyads.eval.plover import load_gold
from dyads.records import PLOVER_TYPES

from .gold_files import HEADER, gold_file, load_benchmark

PATHS = ["corpus_apple/12_Apple_sues.xml", "corpus_gm/8_GM_strike.xml"]


@pytest.fixture(scope="module")
def meantime() -> ModuleType:
    return load_benchmark("events_meantime")


def test_a_row_names_its_article_by_path(meantime: ModuleType, tmp_path: Path) -> None:
    path = gold_file(
        tmp_path,
        "corpus_gm/8_GM_strike.xml\t40\t90\tabcdef012345\t2008-02-26\tPROTEST\tUSA\tLAB\tUSA\tBUS",
    )
    (event,) = meantime.read_gold(PATHS, path)
    assert event.article == 1  # the index into the texts, in `PATHS` order
    assert event.path == "corpus_gm/8_GM_strike.xml"
    assert event.id == "MT-gm-8-40"
    assert [(p.code, p.sector) for p in event.target] == [("USA", "BUS")]


def test_a_row_for_an_unknown_article_is_an_error(meantime: ModuleType, tmp_path: Path) -> None:
    path = gold_file(
        tmp_path, "corpus_gm/8_Other.xml\t0\t9\tabcdef012345\t2008-02-26\tPROTEST\tUSA\tLAB\t-\t-"
    )
    with pytest.raises(ValueError, match="no MEANTIME article"):
        meantime.read_gold(PATHS, path)


def test_a_file_without_the_column_header_is_an_error(meantime: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text(
        "corpus_gm/8_GM_strike.xml\t0\t9\tabcdef012345\t2008-02-26\tPROTEST\tUSA\tLAB\t-\t-\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="expected the columns"):
        meantime.read_gold(PATHS, path)


def test_a_sentence_is_checked_by_its_sha1_prefix(meantime: ModuleType, tmp_path: Path) -> None:
    texts = ["Apple sued Cisco. Cisco replied.", "Workers at GM went on strike."]
    good = meantime.fingerprint("Cisco replied.")
    path = gold_file(
        tmp_path,
        f"{PATHS[0]}\t18\t32\t{good}\t2007-01-11\tREJECT\tUSA\tBUS\t-\t-",
        f"{PATHS[1]}\t0\t14\t{good}\t2008-02-26\tPROTEST\tUSA\tLAB\t-\t-",
        f"{PATHS[1]}\t0\t90\t{good}\t2008-02-26\tPROTEST\tUSA\tLAB\t-\t-",
    )
    assert meantime.mismatches(meantime.read_gold(PATHS, path), texts) == [
        "MT-gm-8-0",
        "MT-gm-8-0",
    ]


def test_a_row_becomes_a_plover_gold_record_with_its_id(
    meantime: ModuleType, tmp_path: Path
) -> None:
    path = gold_file(
        tmp_path,
        f"{PATHS[0]}\t0\t17\tabcdef012345\t2007-01-11\tACCUSE\tUSA\tBUS\tUSA\tBUS",
    )
    (event,) = meantime.read_gold(PATHS, path)
    gold_path = tmp_path / "gold.jsonl"
    gwn = sys.modules["events_gwn"]
    gold_path.write_text(json.dumps(gwn.gsr_record(event, "Apple sued Cisco.")) + "\n")
    (gold,) = load_gold(gold_path)
    assert (gold.id, gold.date, gold.event) == ("MT-apple-12-0", "2007-01-11", "ACCUSE")
    assert (gold.actors, gold.recipients) == (frozenset({"USA"}), frozenset({"USA"}))


def test_the_committed_gold_is_well_formed(meantime: ModuleType, shared_data: Path) -> None:
    folder = shared_data / "timex" / "meantime_en"
    paths = meantime.article_paths(folder)
    assert len(paths) == 120
    events = meantime.read_gold(paths)
    assert len(events) >= 150
    assert len({event.id for event in events}) == len(events)
    assert {event.event for event in events} <= set(PLOVER_TYPES)
    # Rows are in annotation order: articles sorted by path, sentences in article order.
    assert [(e.article, e.start) for e in events] == sorted((e.article, e.start) for e in events)
    for event in events:
        assert len(event.date) == 10 and event.start < event.end
        for party in (*event.source, *event.target):
            assert len(party.code) == 3 and party.code.isupper()
    # Both halves hold a fair share of the sentences.
    halves = [half_of_article(event.id) for event in events]
    assert all(halves.count(half) >= len(events) // 3 for half in HALVES)


def test_the_rows_are_those_recorded_when_annotation_ended(meantime: ModuleType) -> None:
    recorded = meantime.recorded_digest(meantime.GOLD)
    assert recorded is not None
    # Rows edited after annotation must be listed as fixes in the header.
    if meantime.rows_digest(meantime.GOLD) != recorded:
        assert "codebook): none." not in meantime.GOLD.read_text(encoding="utf-8")


def test_every_sentence_matches_meantime(meantime: ModuleType, shared_data: Path) -> None:
    folder = shared_data / "timex" / "meantime_en"
    paths = meantime.article_paths(folder)
    texts = meantime.read_texts(paths, folder)
    events = meantime.read_gold(paths)
    assert meantime.mismatches(events, texts) == []
    for event in events:
        text = texts[event.article][event.start : event.end]
        assert text == text.strip() and "\n" not in text


SECOND_ROWS = (
    f"{PATHS[0]}\t0\t17\taaaaaaaaaaaa\t2007-01-11\tACCUSE\tUSA\tBUS\tUSA\tBUS",
    f"{PATHS[0]}\t19\t32\tbbbbbbbbbbbb\t2007-01-11\tREJECT\tUSA\tBUS\t-\t-",
    f"{PATHS[1]}\t0\t29\tcccccccccccc\t2008-02-26\tPROTEST\tUSA\tLAB\tUSA\tBUS",
)


def test_the_second_annotation_is_put_in_the_first_ones_order(
    meantime: ModuleType, tmp_path: Path
) -> None:
    first = meantime.read_gold(PATHS, gold_file(tmp_path, *SECOND_ROWS))
    second_path = tmp_path / "second.tsv"
    second_path.write_text("\n".join((HEADER, *reversed(SECOND_ROWS))) + "\n", encoding="utf-8")
    second = meantime.read_second(first, PATHS, second_path)
    assert [event.id for event in second] == ["MT-apple-12-0", "MT-apple-12-19", "MT-gm-8-0"]
    assert [event.path for event in second] == [PATHS[0], PATHS[0], PATHS[1]]


def test_a_second_annotation_of_other_sentences_is_an_error(
    meantime: ModuleType, tmp_path: Path
) -> None:
    first = meantime.read_gold(PATHS, gold_file(tmp_path, *SECOND_ROWS))
    other = tmp_path / "second.tsv"
    other.write_text(
        "\n".join((HEADER, *SECOND_ROWS[:2], SECOND_ROWS[2].replace("ccc", "ddd"))) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="other SHA-1"):
        meantime.read_second(first, PATHS, other)


def test_the_annotations_agree_where_their_types_and_codes_do(
    meantime: ModuleType, tmp_path: Path
) -> None:
    first = meantime.read_gold(PATHS, gold_file(tmp_path, *SECOND_ROWS))
    second_path = tmp_path / "second.tsv"
    second_path.write_text(
        "\n".join(
            (
                HEADER,
                SECOND_ROWS[0].replace("ACCUSE", "SANCTION"),
                SECOND_ROWS[1],
                SECOND_ROWS[2].replace("PROTEST\tUSA\tLAB", "-\t-\t-").replace("USA\tBUS", "-\t-"),
            )
        )
        + "\n",
        encoding="utf-8",
    )
    second = meantime.read_second(first, PATHS, second_path)
    gwn = sys.modules["events_gwn"]
    parts = gwn.agreement_by_half(first, second)
    assert parts["all"].sentences == 3
    assert parts["all"].type_agreement == pytest.approx(1 / 3)
    # Article 12 of the Apple corpus falls in the dev half, article 8 of the GM one in the held.
    assert (parts["dev"].sentences, parts["held"].sentences) == (2, 1)
    assert parts["dev"].type_agreement == 0.5
    assert gwn.type_confusions(first, second) == [("ACCUSE", "SANCTION", 1), ("PROTEST", "-", 1)]


def test_the_report_names_the_second_annotation(meantime: ModuleType, tmp_path: Path) -> None:
    first = meantime.read_gold(PATHS, gold_file(tmp_path, *SECOND_ROWS))
    gwn = sys.modules["events_gwn"]
    predicted = gwn.Prediction("ACCUSE", frozenset({"USA"}), frozenset({"USA"}))
    pairs = [(gwn.gold_sentence(event), predicted) for event in first]
    texts = ["x" * 40, "y" * 40]
    against_second, on_agreed = gwn.rescore(pairs, first, texts)
    lines = gwn.agreement_lines(
        first,
        gwn.agreement_by_half(first, first),
        [],
        against_second,
        on_agreed,
        True,
        second_name=meantime.SECOND.relative_to(meantime.ROOT).as_posix(),
        conventions=meantime.SECOND_CONVENTIONS,
    )
    text = "\n".join(lines)
    assert "`benchmarks/data/meantime_events_second.tsv`" in text
    assert "gwn_events_second" not in text and "business news" in text


def test_the_second_annotation_marks_the_first_ones_sentences(
    meantime: ModuleType, shared_data: Path
) -> None:
    paths = meantime.article_paths(shared_data / "timex" / "meantime_en")
    first = meantime.read_gold(paths)
    second = meantime.read_second(first, paths)
    assert len(second) == len(first)
    assert [(e.path, e.start, e.end, e.sha1) for e in second] == [
        (e.path, e.start, e.end, e.sha1) for e in first
    ]
    assert {event.event for event in second} <= {*PLOVER_TYPES, "-"}
    for event in second:
        assert event.date == next(e.date for e in first if e.id == event.id)
        if event.event == "-":
            assert not event.source and not event.target
        for party in (*event.source, *event.target):
            assert len(party.code) == 3 and party.code.isupper()
    # Rows written blind are never changed after seeing the first annotation.
    assert meantime.rows_digest(meantime.SECOND) == meantime.recorded_digest(meantime.SECOND)
