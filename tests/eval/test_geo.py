"""The geoparsing scorer: overlap matching, left-out toponyms, distance and country accuracy."""

from __future__ import annotations

import json
import math
from pathlib import Path

import msgspec
import pytest

from dyads.errors import InputError
from dyads.eval.geo import (
    NO_SINGLE_COUNTRY,
    GoldDocument,
    GoldToponym,
    distance_km,
    dyads_geoparser,
    evaluate,
    load_gold,
    scores_of,
    tally_document,
)
from dyads.records import Place

TEXT = "Talks in Paris and Lyon; Russia said the Baltic was calm."
#       0         1         2         3         4         5
#       0123456789012345678901234567890123456789012345678901234567


def place(start: int, end: int, lat: float | None, lon: float | None, country: str | None) -> Place:
    return Place(
        text=TEXT[start:end],
        name=TEXT[start:end],
        country=country,
        admin1=None,
        lat=lat,
        lon=lon,
        geonameid=None,
        span=(start, end),
    )


GOLD = GoldDocument(
    id="d1",
    text=TEXT,
    toponyms=(
        GoldToponym(start=9, end=14, lat=48.8534, lon=2.3488, country="FRA"),  # Paris
        GoldToponym(start=19, end=23, lat=45.7485, lon=4.8467, country="FRA"),  # Lyon
        GoldToponym(start=25, end=31, lat=60.0, lon=100.0, country="RUS", locational=False),
        GoldToponym(start=41, end=47, lat=58.0, lon=20.0),  # the Baltic: no country
    ),
)


def test_distance_between_two_known_cities() -> None:
    assert distance_km(48.8534, 2.3488, 51.5085, -0.1257) == pytest.approx(343.5, abs=1.0)
    assert distance_km(10.0, 20.0, 10.0, 20.0) == 0.0


def test_overlap_matching_and_left_out_toponyms() -> None:
    predicted = [
        place(9, 14, 48.86, 2.35, "FRA"),  # Paris: right
        place(19, 28, 45.75, 4.85, "FRA"),  # "Lyon; Rus": overlaps Lyon, still counts
        place(25, 31, 60.0, 100.0, "RUS"),  # Russia said: not locational, left out
        place(0, 5, None, None, None),  # "Talks": wrong
    ]
    tally = tally_document(GOLD, predicted)
    assert (tally.gold, tally.found) == (3, 2)
    assert (tally.predicted, tally.correct, tally.ignored) == (3, 2, 1)
    scores = scores_of(tally)
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.recall == pytest.approx(2 / 3)
    assert scores.f1 == pytest.approx(2 / 3)


def test_resolution_is_scored_on_found_toponyms_only() -> None:
    predicted = [
        place(9, 14, 48.86, 2.35, "FRA"),  # Paris: near, right country
        place(19, 23, 43.30, 5.37, "FRA"),  # Lyon placed at Marseille: ~280 km, right country
        place(41, 47, None, None, None),  # the Baltic without coordinates: wrong
    ]
    scores = scores_of(tally_document(GOLD, predicted))
    assert scores.geocoded == 3
    assert scores.accuracy_161km == pytest.approx(1 / 3)
    assert scores.country_scored == 2  # the Baltic has no gold country
    assert scores.country_accuracy == 1.0
    assert scores.median_error_km is not None and 250 < scores.median_error_km < 300


def test_a_place_of_several_states_is_right_only_without_a_country() -> None:
    gold = msgspec.structs.replace(
        GOLD,
        toponyms=(GoldToponym(start=41, end=47, lat=58.0, lon=20.0, country=NO_SINGLE_COUNTRY),),
    )
    unplaced = scores_of(tally_document(gold, [place(41, 47, 58.0, 20.0, None)]))
    in_one_state = scores_of(tally_document(gold, [place(41, 47, 58.0, 20.0, "SWE")]))
    assert (unplaced.country_scored, unplaced.country_accuracy) == (1, 1.0)
    assert (in_one_state.country_scored, in_one_state.country_accuracy) == (1, 0.0)


def test_no_predictions_scores_zero_without_dividing_by_zero() -> None:
    scores = scores_of(tally_document(GOLD, []))
    assert (scores.precision, scores.recall, scores.f1) == (0.0, 0.0, 0.0)
    assert scores.geocoded == 0 and scores.median_error_km is None


def test_a_place_without_coordinates_counts_as_infinitely_far() -> None:
    tally = tally_document(GOLD, [place(9, 14, None, None, "FRA")])
    assert tally.errors_km == [math.inf]


def test_evaluate_runs_a_geoparser_over_gold_texts() -> None:
    def geoparse(text: str) -> list[Place]:
        start = text.index("Paris")
        return [place(start, start + 5, 48.86, 2.35, "FRA")]

    scores = evaluate([GOLD], geoparse)
    assert scores.documents == 1
    assert scores.precision == 1.0 and scores.recall == pytest.approx(1 / 3)


def test_load_gold_reads_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    record = {
        "id": "a",
        "text": "Rain in Oslo.",
        "toponyms": [{"start": 8, "end": 12, "lat": 59.9, "lon": 10.7, "country": "NOR"}],
    }
    path.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    (document,) = list(load_gold(path))
    assert document.toponyms[0].span == (8, 12)
    assert document.toponyms[0].locational


@pytest.mark.parametrize(
    "line",
    [
        "not json",
        json.dumps({"id": "a", "text": "Oslo", "toponyms": [{"start": 2, "end": 9}]}),
        json.dumps({"id": "a", "toponyms": []}),
    ],
)
def test_load_gold_names_the_bad_line(tmp_path: Path, line: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.jsonl:1"):
        list(load_gold(path))


def test_dyads_geoparser_scores_on_a_small_gold_text() -> None:
    text = "Talks were held in Oslo on Monday."
    gold = GoldDocument(
        id="o",
        text=text,
        toponyms=(GoldToponym(start=19, end=23, lat=59.91, lon=10.75, country="NOR"),),
    )
    scores = evaluate([gold], dyads_geoparser())
    assert (scores.precision, scores.recall) == (1.0, 1.0)
    assert scores.accuracy_161km == 1.0 and scores.country_accuracy == 1.0
