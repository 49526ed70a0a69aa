"""The GeoWebNews place benchmark's gold countries (benchmarks/geo_gwn.py)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from dyads.eval.geo import NO_SINGLE_COUNTRY

from .gold_files import load_benchmark

# GeoNames ids no country, state or town has (GWN's ids for regions and small features).
UNKNOWN_ID = 1


@pytest.fixture(scope="module")
def geo_gwn() -> ModuleType:
    return load_benchmark("geo_gwn")


@pytest.fixture(scope="module")
def countries(geo_gwn: ModuleType) -> Any:
    return geo_gwn.GoldCountries()


def test_a_region_of_several_states_has_no_single_country(countries: Any) -> None:
    # The Middle East's GeoNames point lies near a Syrian town; the region is no state's.
    country = countries.country
    assert country(UNKNOWN_ID, 33.14, 35.86, name="Middle East") == NO_SINGLE_COUNTRY
    assert country(UNKNOWN_ID, 38.63, 127.55, name="the Korean Peninsula") == NO_SINGLE_COUNTRY


def test_an_unknown_feature_takes_the_country_of_the_nearest_town(countries: Any) -> None:
    country = countries.country
    assert country(UNKNOWN_ID, 33.14, 35.86, name="Golan clinic") == "SYR"
    assert country(UNKNOWN_ID, 0.0, -30.0, name="mid-Atlantic") is None  # no town within 50 km


def test_a_region_of_one_state_is_not_read_as_several(geo_gwn: ModuleType) -> None:
    names = geo_gwn.multi_state_region_names()
    assert {"middle east", "balkans", "danube"} <= names
    assert "gaza strip" not in names and "west bank" not in names


def test_region_names_are_read_from_the_table_format(geo_gwn: ModuleType, tmp_path: Path) -> None:
    table = tmp_path / "regions.tsv"
    table.write_text(
        "# comment\nname\tcountry\tlat\tlon\taliases\n"
        "Sahel\t\t15.0\t5.0\tthe Sahel belt\nCrimea\tUKR\t45.0\t34.0\t\n",
        encoding="utf-8",
    )
    assert geo_gwn.multi_state_region_names(table) == {"sahel", "sahel belt"}
