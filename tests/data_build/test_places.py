"""The gazetteer converter's rules, on small hand-made records."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from dyads.data_build.places import (
    CENTRE_OVERRIDES,
    GEONAMES_COUNTRY_POINTS,
    GeonamesSubdivision,
    Row,
    _centre,
    _city_named_region,
    _clean_subdivision_name,
    _first_level,
    _is_latin_alternate,
    _is_vague,
    add_unbracketed_keys,
    adjective_towns,
    admin2_rows,
    country_points,
    demonyms,
    geonames_subdivisions,
)
from dyads.stages.gazetteer import load_gazetteer


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


def test_hyphenated_region_names_are_also_indexed_with_a_space() -> None:
    row = Row("admin1", 1, "North-West", "ZAF", "North-West", -26.0, 25.0, 3_000_000)
    row.add_keys(["North-West"])
    assert row.keys == {"north-west", "north west"}
    town = Row("city", 2, "Port-au-Prince", "HTI", None, 18.5, -72.3, 1_000_000)
    town.add_keys(["Port-au-Prince"])
    assert town.keys == {"port-au-prince"}


def _countryinfo(tmp_path: Path, records: list[dict[str, Any]]) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    for number, record in enumerate(records):
        (data / f"{number}.json").write_text(json.dumps(record), encoding="utf-8")
    return tmp_path


def test_country_points_come_from_countryinfo_with_overrides(tmp_path: Path) -> None:
    folder = _countryinfo(
        tmp_path,
        [
            {"ISO": {"alpha2": "GR"}, "latlng": [39, 22]},
            {"ISO": {"alpha2": "US"}, "latlng": [38, -97]},
            {"ISO": {"alpha2": "XX"}, "latlng": []},
        ],
    )
    points = country_points(folder)
    assert points["GR"] == (39.0, 22.0)
    assert points["US"] == CENTRE_OVERRIDES["US"]
    assert "XX" not in points


def test_a_country_far_from_its_geonames_point_takes_that_point(tmp_path: Path) -> None:
    # The Factbook puts Canada at 60° N, 95° W, GeoNames 1,000 km west of it.
    folder = _countryinfo(tmp_path, [{"ISO": {"alpha2": "CA"}, "latlng": [60, -95]}])
    assert country_points(folder)["CA"] == GEONAMES_COUNTRY_POINTS["CA"]
    assert GEONAMES_COUNTRY_POINTS["JP"] == (35.68536, 139.75309)  # in Tokyo


def test_the_shipped_table_places_countries_at_geonames_points() -> None:
    gazetteer = load_gazetteer()
    for name, point in (("Canada", (60.1087, -113.6426)), ("Japan", (35.6854, 139.7531))):
        country = next(e for e in gazetteer.lookup(name) if e.kind == "country")
        assert (country.lat, country.lon) == pytest.approx(point, abs=1e-3)


def test_a_shared_demonym_goes_to_the_most_populous_country(tmp_path: Path) -> None:
    folder = _countryinfo(
        tmp_path,
        [
            {"ISO": {"alpha2": "US"}, "demonym": "American"},
            {"ISO": {"alpha2": "AS"}, "demonym": "American"},
            {"ISO": {"alpha2": "GR"}, "demonym": "Greek"},
            {"ISO": {"alpha2": "KR"}, "demonym": ""},
        ],
    )
    countries = {
        "US": {"iso3": "USA", "population": 327_000_000},
        "AS": {"iso3": "ASM", "population": 55_000},
        "GR": {"iso3": "GRC", "population": 10_000_000},
        "KR": {"iso3": "KOR", "population": 51_000_000},
    }
    assert demonyms(folder, countries) == {"American": "USA", "Greek": "GRC"}


def test_subdivisions_are_linked_to_geonames_admin1_codes(tmp_path: Path) -> None:
    table = tmp_path / "data" / "subdivisions" / "subdivisions.tsv"
    table.parent.mkdir(parents=True)
    rows = [
        ["Ontario", "CA-ON", "CA.08", "6093943", "Province", "Ontário|ᐋᓐᑎᐅᕆᔪ", "1", "", "38"],
        ["Benue", "NG-BE", "NG.26", "2347266", "State", "Benue State", "1", "", "164"],
        ["Some district", "XX-01-A", "XX.01.A", "", "District", "", "2", "", "1"],
    ]
    table.write_text("\n".join("\t".join(row) for row in rows), encoding="utf-8")
    found = geonames_subdivisions(tmp_path)
    assert set(found) == {"CA-ON", "NG-BE"}
    assert found["CA-ON"].admin1 == "08" and found["CA-ON"].geonameid == 6093943
    assert found["CA-ON"].other_names == ("Ontário",)
    assert found["NG-BE"].other_names == ("Benue State",)


@pytest.mark.parametrize(
    ("stem", "vague"),
    [("western", True), ("north west", True), ("capital", True), ("punjab", False)],
)
def test_vague_region_stems_are_not_indexed(stem: str, vague: bool) -> None:
    assert _is_vague(stem) is vague


def _write_tsv(path: Path, rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join("\t".join(row) for row in rows) + "\n", encoding="utf-8")


def test_second_level_divisions_are_placed_among_their_towns(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _write_tsv(data / "countries" / "countries.tsv", [["United States", "US", "USA", "6252001"]])
    # A subdivision's id is its line number; towns list the ids of the ones they lie in.
    _write_tsv(
        data / "subdivisions" / "subdivisions.tsv",
        [
            ["Georgia", "US-GA", "US.GA", "4197000", "State", "", "1", "", "1"],
            [
                "Walker County",
                "",
                "US.GA.295",
                "4229163",
                "",
                "Walker|Condado de Walker",
                "2",
                "1",
                "1",
            ],
            ["Empty County", "", "US.GA.999", "1", "", "", "2", "1", "1"],
        ],
    )
    _write_tsv(
        data / "cities" / "cities.tsv",
        [
            ["LaFayette", "4205196", "1|2", "1", "7000", "34.70", "-85.28"],
            ["Rossville", "4220535", "1|2", "1", "4000", "34.98", "-85.28"],
        ],
    )
    rows = admin2_rows(tmp_path, {("USA", "GA"): "Georgia"})
    assert [row.name for row in rows] == ["Walker County"]  # a division without towns is left
    walker = rows[0]
    assert (walker.kind, walker.country, walker.admin1) == ("admin2", "USA", "Georgia")
    assert walker.lat == pytest.approx(34.84) and walker.lon == pytest.approx(-85.28)
    assert walker.population == 11_000
    # "Walker" alone is a town's or a person's name far more often than the county's.
    assert walker.keys == {"walker county", "condado de walker"}


def test_adjective_towns_are_sizeable_one_word_towns_named_like_adjectives() -> None:
    def row(kind: str, name: str, population: int) -> str:
        return "\t".join([kind, "1", name, "USA", "", "0", "0", str(population), "0", "x"])

    rows = [
        row("city", "Young", 16000),
        row("city", "Mobile", 190000),
        row("city", "Uvalde", 16000),  # no adjective
        row("city", "Rich", 900),  # too small to be found before "residents" at all
        row("city", "Grand Rapids", 200000),  # two words
        row("admin1", "Central", 500000),  # no town
    ]
    assert adjective_towns(rows, ["young", "mobile", "rich", "grand", "central"]) == [
        "mobile",
        "young",
    ]


@dataclass(frozen=True)
class _Subdivision:
    code: str
    parent_code: str | None


def test_groupings_geonames_lacks_give_way_to_their_children() -> None:
    subdivisions = [
        _Subdivision("ID-SM", None),  # Sumatera: an island, no GeoNames region
        _Subdivision("ID-AC", "ID-SM"),
        _Subdivision("ID-RI", "ID-SM"),
        _Subdivision("FR-ARA", None),  # a region GeoNames knows...
        _Subdivision("FR-01", "FR-ARA"),  # ...over departments it does not list at level 1
    ]
    geonames = {
        "ID-AC": GeonamesSubdivision("01", 1215638, ()),
        "ID-RI": GeonamesSubdivision("37", 1629652, ()),
        "FR-ARA": GeonamesSubdivision("84", 11071625, ()),
    }
    chosen = _first_level(subdivisions, geonames, {"01", "37", "84"})
    assert [sub.code for sub in chosen] == ["FR-ARA", "ID-AC", "ID-RI"]


def test_a_region_named_with_a_bracket_is_also_found_without_it() -> None:
    def region(name: str) -> Row:
        row = Row("admin1", None, name, "XXX", name, None, None, 0)
        row.add_keys([name])
        return row

    svalbard, area, davao, maritime = (
        region("Svalbard (Arctic Region)"),
        region("Western Area (Freetown)"),  # a town in the bracket: the bare words name none
        region("Davao (Region XI)"),  # the bare name is a town's already
        region("Maritime (Région)"),  # one English adjective
    )
    towns = [Row("city", None, "Freetown", "XXX", None, None, None, 0)]
    towns[0].add_keys(["Freetown"])
    towns.append(Row("city", None, "Davao", "XXX", None, None, None, 0))
    towns[1].add_keys(["Davao"])
    add_unbracketed_keys([svalbard, area, davao, maritime, *towns], {"maritime"})
    assert "svalbard" in svalbard.keys
    assert "western area" not in area.keys
    assert davao.keys == {"davao (region xi)"}
    assert "maritime" not in maritime.keys
