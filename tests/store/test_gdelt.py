from __future__ import annotations

import csv
from pathlib import Path

import msgspec

from dyads.records import Actor, CodedArticle
from dyads.store.gdelt import GDELT_COLUMNS, gdelt_row, global_event_id, write_gdelt


def as_dict(coded: CodedArticle, index: int) -> dict[str, str]:
    return dict(zip(GDELT_COLUMNS, gdelt_row(coded, coded.events[index]), strict=True))


def test_sixty_one_columns_in_gdelt_order() -> None:
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:2] == ("GLOBALEVENTID", "SQLDATE")
    assert GDELT_COLUMNS[26:31] == (
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
    )
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


def test_actors_codes_and_weights(coded: CodedArticle) -> None:
    row = as_dict(coded, 0)
    assert row["Actor1Code"] == "RUSGOV" and row["Actor1CountryCode"] == "RUS"
    assert row["Actor1Type1Code"] == "GOV" and row["Actor1Name"] == "RUSSIA"
    assert row["Actor2Code"] == "PRKGOV" and row["Actor2CountryCode"] == "PRK"
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("041", "041", "04")
    assert row["QuadClass"] == "1" and row["GoldsteinScale"] == "1.0"
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("1", "1", "1")
    assert row["AvgTone"] == ""
    assert row["SOURCEURL"] == "https://news.example/a1"


def test_dates_fall_back_to_the_article_date(coded: CodedArticle) -> None:
    assert as_dict(coded, 0)["SQLDATE"] == "20250812"
    partial = as_dict(coded, 1)  # dated 2025-08: its first day
    assert (partial["SQLDATE"], partial["MonthYear"], partial["Year"]) == (
        "20250801",
        "202508",
        "2025",
    )
    undated = as_dict(coded, 2)
    assert undated["SQLDATE"] == "20250812" and undated["DATEADDED"] == "20250812000000"
    assert undated["FractionDate"] == f"{2025 + 223 / 365:.4f}"


def test_quad_class_from_the_root_code_when_missing(coded: CodedArticle) -> None:
    row = as_dict(coded, 2)  # a protest (CAMEO 141) with no quad class of its own
    assert row["QuadClass"] == "3" and row["GoldsteinScale"] == "-6.5"


def test_root_event_is_in_the_lead(coded: CodedArticle) -> None:
    assert [as_dict(coded, i)["IsRootEvent"] for i in range(3)] == ["1", "0", "0"]


def test_action_geo_for_a_us_city(coded: CodedArticle) -> None:
    row = as_dict(coded, 1)
    assert row["ActionGeo_Type"] == "3"
    assert row["ActionGeo_FullName"] == "Anchorage, Alaska, United States"
    assert row["ActionGeo_CountryCode"] == "US" and row["ActionGeo_ADM1Code"] == "US-AK"
    assert row["ActionGeo_FeatureID"] == "5879400"
    assert float(row["ActionGeo_Lat"]) == 61.21806
    assert row["Actor1Geo_Type"] == ""


def test_group_actor_codes(coded: CodedArticle) -> None:
    un = Actor(text="the UN", name="United Nations", code="IGOUNO", sector=None, span=(0, 6))
    event = msgspec.structs.replace(coded.events[0], actor=un, recipient=None)
    row = as_dict(msgspec.structs.replace(coded, events=(event,)), 0)
    assert row["Actor1Code"] == "IGOUNO" and row["Actor1KnownGroupCode"] == "UNO"
    assert row["Actor1CountryCode"] == "" and row["Actor2Code"] == ""


def test_ids_are_stable_and_distinct() -> None:
    assert global_event_id("a1", "e1") == global_event_id("a1", "e1")
    assert global_event_id("a1", "e1") != global_event_id("a1", "e2")
    assert 0 < global_event_id("a1", "e1") < 2**63


def test_written_file_has_header_and_no_stray_tabs(tmp_path: Path, coded: CodedArticle) -> None:
    tricky = msgspec.structs.replace(
        coded, article=msgspec.structs.replace(coded.article, url="https://x.example/a\tb")
    )
    out = tmp_path / "events.tsv"
    assert write_gdelt([tricky], out) == 3
    with out.open(newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert tuple(rows[0]) == GDELT_COLUMNS
    assert all(len(row) == 61 for row in rows)
    assert rows[1][-1] == "https://x.example/a b"
