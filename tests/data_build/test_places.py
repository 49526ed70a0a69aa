"""The gazetteer converter's rules, on small hand-made records."""

from __future__ import annotations

from typing import Any

import pytest

from dyads.data_build.places import (
    Row,
    _centre,
    _city_named_region,
    _clean_subdivision_name,
    _is_latin_alternate,
)


def city(name: str, lat: float, lon: float, population: int = 5000) -> dict[str, Any]:
    return {"name": name, "latitude": lat, "longitude": lon, "population": population}


def test_centre_is_the_middle_of_the_towns_extent() -> None:
    towns = [city("a", 10.0, 20.0), city("b", 20.0, 40.0), city("c", 12.0, 25.0)]
    assert _centre(towns) == (15.0, 30.0)
    assert _centre([]) == (None, None)


def test_centre_across_the_antimeridian() -> None:
    towns = [city("east", 65.0, 178.0), city("west", 65.0, -176.0)]
    lat, lon = _centre(towns)
    assert lat == 65.0
    assert lon == pytest.approx(-179.0)  # not 1.0, the middle of the wrong way round


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("Wales [Cymru GB-CYM]", "Wales"), ("Dagestan, Respublika", "Dagestan"), ("Kerala", "Kerala")],
)
def test_subdivision_names_are_cleaned(raw: str, clean: str) -> None:
    assert _clean_subdivision_name(raw) == clean


def test_adjectival_oblast_is_named_after_its_capital() -> None:
    capitals = [city("Kursk", 51.7, 36.2, 450_000), city("Orel", 52.9, 36.1, 300_000)]
    found = _city_named_region("Kurskaya oblast'", capitals)
    assert found is not None
    assert found[0]["name"] == "Kursk"
    assert found[1] == "Kursk Oblast"
    assert _city_named_region("Tatarstan", capitals) is None


@pytest.mark.parametrize(
    ("name", "kept"),
    [("Wonsan", True), ("Moskva", True), ("MOW", False), ("Вонсан", False), ("wonsan", False)],
)
def test_only_capitalised_latin_alternates_are_indexed(name: str, kept: bool) -> None:
    assert _is_latin_alternate(name) is kept


def test_rows_index_folded_names_with_and_without_the_article() -> None:
    row = Row("country", 1, "The Netherlands", "NLD", None, 52.0, 5.0, 17_000_000)
    row.add_keys(["The Netherlands", "Nederland"])
    assert row.keys == {"the netherlands", "netherlands", "nederland"}
    fields = row.line().split("\t")
    assert fields[0] == "country" and fields[2] == "The Netherlands"
    assert fields[-1] == "nederland|netherlands|the netherlands"
