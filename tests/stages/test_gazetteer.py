"""The shipped gazetteer: folding, lookups and its coordinates."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dyads.cache import cached, entry_path
from dyads.stages.gazetteer import (
    _CACHED_TABLE,
    DATA_DIR,
    LANDMARKS_FILE,
    TABLE_FILE,
    Gazetteer,
    _indexed_table,
    _is_indexed_table,
    fold,
    load_gazetteer,
    variant_index,
    variant_key,
    variant_keys,
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_the_cached_table_reads_back_as_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DYADS_CACHE_DIR", str(tmp_path))
    data = (DATA_DIR / TABLE_FILE).read_bytes()
    built = cached(_CACHED_TABLE, data, lambda: _indexed_table(data), _is_indexed_table)
    assert entry_path(_CACHED_TABLE, data).exists()
    empty: tuple[list[str], dict[str, list[int]]] = ([], {})
    read = cached(_CACHED_TABLE, data, lambda: empty, _is_indexed_table)
    assert read == built
    assert built[0][built[1]["wonsan"][0]].split("\t")[2] == "Wŏnsan"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Wŏnsan", "wonsan"),
        ("Montréal", "montreal"),
        ("Łódź", "lodz"),
        ("  New   York ", "new york"),
    ],
)
def test_fold_removes_case_accents_and_extra_spaces(name: str, key: str) -> None:
    assert fold(name) == key


def test_accented_and_plain_spellings_find_the_same_city(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Wonsan") == gazetteer.lookup("Wŏnsan")
    assert any(entry.country == "PRK" for entry in gazetteer.lookup("Wonsan"))
    assert gazetteer.lookup("Montreal") == gazetteer.lookup("Montréal")


def test_a_name_looked_up_again_gives_the_same_places(gazetteer: Gazetteer) -> None:
    first = gazetteer.lookup("Springfield")
    assert len(first) > 1
    assert gazetteer.lookup("  springfield ") == first  # folded to the same key
    assert gazetteer.lookup("Springfield") is first  # kept, not built again
    assert gazetteer.lookup("Qqzxv Hollow") == ()


def test_countries_have_codes_and_coordinates(gazetteer: Gazetteer) -> None:
    russia = gazetteer.country("RUS")
    assert russia is not None and russia.name == "Russia"
    assert russia.lat is not None and russia.lon is not None
    assert 45 < russia.lat < 70 and 30 < russia.lon < 140  # inside the country, not at Moscow
    france = gazetteer.country("FRA")
    assert france is not None and france.lat is not None and france.lon is not None
    assert abs(france.lat - 46.5) < 1.5 and abs(france.lon - 2.5) < 1.5  # near its centre


def test_abbreviations_are_indexed(gazetteer: Gazetteer) -> None:
    for alias, code in [("U.S.", "USA"), ("US", "USA"), ("UK", "GBR"), ("UAE", "ARE")]:
        assert any(e.kind == "country" and e.country == code for e in gazetteer.lookup(alias))
    assert any(e.name == "British Columbia" for e in gazetteer.lookup("B.C."))
    # Web news's short forms of cities and regions ("rallies in DC", "floods in KZN").
    for alias, name in [("DC", "Washington"), ("NYC", "New York City"), ("KZN", "Kwazulu-Natal")]:
        assert any(e.name == name for e in gazetteer.lookup(alias))
    assert not gazetteer.lookup("PNG")  # an image format more often than Papua New Guinea


def test_first_level_regions_have_english_names_and_centroids(gazetteer: Gazetteer) -> None:
    kursk = gazetteer.admin1("RUS", "Kursk Oblast")
    assert kursk is not None and kursk.lat is not None and kursk.lon is not None
    assert abs(kursk.lat - 51.7) < 1.0 and abs(kursk.lon - 36.2) < 1.5
    alaska = gazetteer.admin1("USA", "Alaska")
    assert alaska is not None and alaska.geonameid == 5879092


def test_regions_below_iso_groupings_are_first_level(gazetteer: Gazetteer) -> None:
    # Indonesia's provinces sit below islands in ISO 3166-2; GeoNames' first level is them.
    for name in ("Aceh", "West Java", "North Sumatra"):
        assert any(e.kind == "admin1" and e.country == "IDN" for e in gazetteer.lookup(name))
    aceh = gazetteer.admin1("IDN", "Aceh")
    assert aceh is not None and aceh.lat is not None and abs(aceh.lat - 4.5) < 1.5
    banda_aceh = [e for e in gazetteer.lookup("Banda Aceh") if e.kind == "city"]
    assert banda_aceh and banda_aceh[0].admin1 == "Aceh"


def test_cities_carry_their_region(gazetteer: Gazetteer) -> None:
    idaho_moscow = [e for e in gazetteer.lookup("Moscow") if e.admin1 == "Idaho"]
    assert idaho_moscow and idaho_moscow[0].country == "USA"


def test_unknown_names_give_nothing(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Qwzxplor") == ()


def test_demonyms_name_their_country(gazetteer: Gazetteer) -> None:
    turkey = gazetteer.demonym("Turkish")
    assert turkey is not None and turkey.country == "TUR" and turkey.kind == "country"
    american = gazetteer.demonym("American")
    assert american is not None and american.country == "USA"  # not American Samoa
    assert gazetteer.demonym("turkish") is None  # as written: a demonym is capitalised


def test_aliases_point_at_the_capital_or_the_largest_place(gazetteer: Gazetteer) -> None:
    washington = [e for e in gazetteer.lookup("Washington, D.C.") if e.kind == "city"]
    assert washington and washington[0].capital


def test_regions_numbered_in_geonames_are_linked(gazetteer: Gazetteer) -> None:
    ontario = gazetteer.admin1("CAN", "Ontario")
    assert ontario is not None and ontario.geonameid == 6093943 and ontario.lat is not None
    north_west = [e for e in gazetteer.lookup("North West") if e.country == "ZAF"]
    assert north_west and north_west[0].kind == "admin1"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Majorca", "ESP"),
        ("Lanzarote", "ESP"),
        ("Santorini", "GRC"),
        ("Lombok", "IDN"),
        ("Gulf Coast", "USA"),
        ("SoCal", "USA"),
        ("Twin Cities", "USA"),
        ("West Country", "GBR"),
        ("Karoo", "ZAF"),
    ],
)
def test_holiday_islands_and_informal_regions_are_regions(
    gazetteer: Gazetteer, name: str, country: str
) -> None:
    regions = [e for e in gazetteer.lookup(name) if e.kind == "region"]
    assert [r.country for r in regions] == [country]
    assert regions[0].lat is not None


def test_seas_and_oceans_have_coordinates(gazetteer: Gazetteer) -> None:
    for name in ("Atlantic", "Black Sea", "Persian Gulf"):
        (sea,) = [e for e in gazetteer.lookup(name) if e.kind == "region"]
        assert sea.country is None and sea.lat is not None


def test_adjectives_of_continents_regions_and_constituent_countries(gazetteer: Gazetteer) -> None:
    african = gazetteer.demonym("African")
    assert african is not None and african.kind == "continent" and african.country is None
    latin = gazetteer.demonym("Latin American")
    assert latin is not None and latin.name == "Latin America"
    scottish = gazetteer.demonym("Scottish")
    assert scottish is not None and scottish.kind == "admin1" and scottish.country == "GBR"


def test_the_north_atlantic_is_not_the_middle_of_the_ocean(gazetteer: Gazetteer) -> None:
    (north,) = gazetteer.lookup("North Atlantic")
    (ocean,) = [e for e in gazetteer.lookup("Atlantic") if e.kind == "region"]
    assert north.lat is not None and ocean.lat is not None and north.lat > ocean.lat + 20


def test_second_level_divisions_are_indexed_with_their_region(gazetteer: Gazetteer) -> None:
    counties = [e for e in gazetteer.lookup("Ceredigion") if e.kind == "admin2"]
    assert [(e.country, e.admin1) for e in counties] == [("GBR", "Wales")]
    assert counties[0].lat is not None and 51.5 < counties[0].lat < 53
    assert not any(e.kind == "admin2" for e in gazetteer.lookup("Walker"))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Sa'ada", "Saada"),
        ("Tembisa", "Thembisa"),
        ("Deir al-Balah", "Dayr al Balah"),
        ("Khan Younis", "Khan Yunis"),
        ("Tall Afar", "Tal Afar"),
        ("Avdiivka", "Avdiyivka"),
        ("Zaporizhzhia", "Zaporizhzhya"),
        ("Zaporozhye", "Zaporozhia"),
        ("Hodeidah", "Al Ḩudaydah"),
        ("Kiryat Shmona", "Qiryat Shmona"),
        ("Naypyitaw", "Nay Pyi Taw"),
        ("Nuseirat", "An Nuşayrāt"),
        ("Umm al-Fahm", "Umm el Faḥm"),
        ("Kafr Qasim", "Kafr el-Qasim"),
        ("Tel Rifaat", "Tall Rif'at"),
        ("Tell Abyad", "Tal Abyad"),
    ],
)
def test_variant_key_meets_transliterations(one: str, other: str) -> None:
    from dyads.stages.gazetteer import variant_key

    assert variant_key(one) == variant_key(other)


def test_variant_key_keeps_different_names_apart() -> None:
    from dyads.stages.gazetteer import variant_key

    assert variant_key("Homs") != variant_key("Hama")
    assert variant_key("Paris") != variant_key("Perth")
    assert variant_key("Kyiv") != variant_key("Kiev")
    assert variant_key("Alma") != variant_key("Ma")  # "al" alone is no article


def test_lookup_variant_finds_sizeable_towns_only() -> None:
    from dyads.stages.gazetteer import MIN_VARIANT_POPULATION, load_gazetteer

    gazetteer = load_gazetteer()
    assert not gazetteer.lookup("Deir al-Balah")
    found = gazetteer.lookup_variant("Deir al-Balah")
    assert any(e.country == "PSE" and e.kind == "city" for e in found)
    towns = [e for e in gazetteer.lookup_variant("Warren") if e.kind == "city"]
    assert towns and all(e.population >= MIN_VARIANT_POPULATION for e in towns)


# The keys as first written, step by step (slower): the faster `fold` and `variant_key` must
# give the same key for every name the gazetteer holds.
def _reference_fold(name: str) -> str:
    import unicodedata

    from dyads.stages.gazetteer import _SPECIAL_LETTERS

    decomposed = unicodedata.normalize("NFKD", name.translate(_SPECIAL_LETTERS))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def _reference_variant_key(name: str) -> str:
    import re

    key = _reference_fold(name)
    for pattern, replacement in (
        (r"['’ʼʿʾ`]", ""),
        (r"[-_]", " "),
        (r"^ *(?:al|el|ad|ar|as|at|ash|az|an|adh) +(?=\S)", ""),
        (r"^(\S+) +(?:al|el|ad|ar|as|at|ash|az|an|adh|ez|es|ed) +(?=\S)", r"\1 "),
        (r"^ *t[ae]ll? +(?=\S)", "tal "),
        (r"q", "k"),
        (r"(?<=[bcdgkstz])h", ""),
        (r"(?<=[a-z])ah\b", "a"),
        (r"ou", "u"),
        (r"ee|ey|ay|ai|ei", "i"),
        (r"y", "i"),
        (r"o", "u"),
        (r"ie\b", "ia"),
        (r" +", ""),
        (r"(.)\1+", r"\1"),
    ):
        key = re.sub(pattern, replacement, key)
    return " ".join(key.split())


def test_fast_keys_equal_the_reference_keys_for_every_indexed_name(
    gazetteer: Gazetteer,
) -> None:
    from dyads.stages.gazetteer import variant_key

    rows = gazetteer._rows
    names = {row.split("\t", 3)[2] for row in rows}
    names.update(["Sa`dah", "Wŏnsan", "Deir al‐Balah", "  Khan   Younis "])
    assert [fold(name) for name in names] == [_reference_fold(name) for name in names]
    assert [variant_key(name) for name in names] == [_reference_variant_key(name) for name in names]


def test_variant_index_holds_regions_and_sizeable_towns_under_their_reference_keys(
    gazetteer: Gazetteer,
) -> None:
    from dyads.stages.gazetteer import MIN_VARIANT_POPULATION, VARIANT_KINDS

    expected: dict[str, list[int]] = {}
    for number, row in enumerate(gazetteer._rows):
        fields = row.split("\t", 8)
        if fields[0] in VARIANT_KINDS or int(fields[7]) >= MIN_VARIANT_POPULATION:
            expected.setdefault(_reference_variant_key(fields[2]), []).append(number)
    assert gazetteer._variant_index() == expected


NAME_LETTERS = "abdehkostuyzABDEHKOSTUYZ '`’-_éüøßİ\u00a0"


@given(st.lists(st.text(alphabet=NAME_LETTERS, max_size=12), max_size=8))
def test_variant_keys_of_many_names_are_each_names_key(names: list[str]) -> None:
    assert variant_keys(names) == [variant_key(name) for name in names]


def test_well_known_sites_are_places_of_their_own() -> None:
    from dyads.stages.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    [base] = gazetteer.lookup("Incirlik Air Base")
    assert (base.kind, base.country) == ("region", "TUR")
    assert gazetteer.lookup("Incirlik") == (base,)  # its other names
    heathrow = gazetteer.lookup("Heathrow")
    assert any(e.kind == "region" and e.country == "GBR" for e in heathrow)


def test_the_stored_variant_index_is_the_computed_one(tmp_path: Path) -> None:
    import gzip

    from dyads.stages.gazetteer import _read_variant_index, variant_index_text

    rows = [
        "city\t1\tSa'dah\tYEM\tSaada\t16.9\t43.7\t51870\t0\tsa'dah",
        "city\t2\tTiny\tYEM\tSaada\t16.9\t43.7\t90\t0\ttiny",
        "admin1\t3\tAl Hudaydah\tYEM\t\t15.0\t43.0\t2000000\t0\tal hudaydah",
    ]
    path = tmp_path / "variants.tsv.gz"
    path.write_bytes(gzip.compress(variant_index_text(rows).encode("utf-8")))
    assert _read_variant_index(path, len(rows)) == variant_index(rows)
    assert _read_variant_index(path, len(rows) + 1) is None  # written for another table
    assert _read_variant_index(tmp_path / "missing.tsv.gz", len(rows)) is None


def test_the_shipped_variant_index_matches_the_shipped_table(gazetteer: Gazetteer) -> None:
    from dyads.stages.gazetteer import DATA_DIR, VARIANTS_FILE, _read_variant_index

    table_rows = gazetteer._table_rows
    stored = _read_variant_index(DATA_DIR / VARIANTS_FILE, table_rows)
    assert stored is not None  # rebuild: python -m dyads.data_build.places --variants-only
    assert stored == variant_index(gazetteer._rows[:table_rows])


def test_adjective_towns_list_adjectives_only() -> None:
    from dyads.stages.gazetteer import adjective_towns

    names = adjective_towns()
    assert {"young", "mobile", "green"} <= names
    assert not {"uvalde", "skegness", "paris", "grimsby"} & names


def test_towns_missing_from_geonames_come_from_the_hand_table() -> None:
    gazetteer = load_gazetteer()
    (town,) = [e for e in gazetteer.lookup("Tall Afar") if e.country == "IRQ"]
    assert town.kind == "city" and town.population > 0 and town.geonameid is None
    assert gazetteer.lookup("Serekaniye")[0].name == "Ras al-Ain"


@pytest.mark.parametrize(
    ("name", "country", "region"),
    [
        ("Minbya", "MMR", "Rakhine"),
        ("Paletwa", "MMR", "Chin"),
        ("Tin Zaouatine", "MLI", "Kidal"),
        ("Kantchari", "BFA", "Est"),
    ],
)
def test_war_towns_of_myanmar_and_the_sahel_come_from_the_hand_table(
    gazetteer: Gazetteer, name: str, country: str, region: str
) -> None:
    (town,) = [e for e in gazetteer.lookup(name) if e.kind == "city"]
    assert (town.country, town.admin1, town.geonameid) == (country, region, None)


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Yakutia", "admin1", "RUS"),
        ("Tuva", "admin1", "RUS"),
        ("Byelorussia", "country", "BLR"),
        ("Kirghizia", "country", "KGZ"),
        ("Bosnia", "country", "BIH"),
        ("Zaire", "country", "COD"),
        ("Ceylon", "country", "LKA"),
        ("Kampuchea", "country", "KHM"),
        ("Upper Volta", "country", "BFA"),
        ("Pridnestrovie", "region", "MDA"),
        ("Bessarabia", "region", "MDA"),
        ("Somaliland", "region", "SOM"),
        ("St. Lucia", "country", "LCA"),
        ("St Kitts", "country", "KNA"),
        ("St. Vincent", "country", "VCT"),
        ("St. Barths", "country", "BLM"),
        ("Guerguerat", "region", "ESH"),
        ("Oncupinar crossing", "region", "TUR"),
    ],
)
def test_other_names_of_regions_and_states(
    gazetteer: Gazetteer, name: str, kind: str, country: str
) -> None:
    assert (kind, country) in {(e.kind, e.country) for e in gazetteer.lookup(name)}


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Mount Kilimanjaro", "TZA"),
        ("Mekong Delta", "VNM"),
        ("Lake Baikal", "RUS"),
        ("County Kerry", "IRL"),
        ("Co. Tyrone", "GBR"),
        ("Offaly", "IRL"),
    ],
)
def test_natural_features_and_counties_are_regions_of_their_country(
    gazetteer: Gazetteer, name: str, country: str
) -> None:
    regions = [e for e in gazetteer.lookup(name) if e.kind == "region"]
    assert regions and regions[0].country == country


def test_a_feature_of_several_countries_has_none(gazetteer: Gazetteer) -> None:
    regions = [e for e in gazetteer.lookup("Lake Titicaca") if e.kind == "region"]
    assert regions and regions[0].country is None


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Trinidad", "TTO"),
        ("Kyushu", "JPN"),
        ("South Island", "NZL"),
        ("Mindoro", "PHL"),
        ("Grand Bahama", "BHS"),
        ("Hispaniola", None),  # Haiti's and the Dominican Republic's
    ],
)
def test_main_islands_are_regions(gazetteer: Gazetteer, name: str, country: str | None) -> None:
    regions = [e for e in gazetteer.lookup(name) if e.kind == "region"]
    assert regions and regions[0].country == country


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Lake Nicaragua", "NIC"),
        ("Lake Toba", "IDN"),
        ("Lake Balaton", "HUN"),
        ("Great Salt Lake", "USA"),
        ("Lake Maracaibo", "VEN"),
        ("Loch Ness", "GBR"),
        ("Lake Geneva", None),  # Switzerland's and France's
    ],
)
def test_large_lakes_are_regions(gazetteer: Gazetteer, name: str, country: str | None) -> None:
    regions = [e for e in gazetteer.lookup(name) if e.kind == "region"]
    assert regions and regions[0].country == country


@pytest.mark.parametrize(
    ("abbreviation", "name"),
    [
        ("NSW", "New South Wales"),
        ("Ont.", "Ontario"),
        ("Sask", "Saskatchewan"),
        ("KPK", "Khyber Pakhtunkhwa"),
    ],
)
def test_press_abbreviations_of_states_and_provinces(
    gazetteer: Gazetteer, abbreviation: str, name: str
) -> None:
    assert [e.name for e in gazetteer.lookup(abbreviation) if e.kind == "admin1"] == [name]


def test_parts_of_continents_are_regions_of_no_one_country(gazetteer: Gazetteer) -> None:
    for name in ("East Africa", "Central America", "Eastern Europe", "Baltics"):
        regions = [e for e in gazetteer.lookup(name) if e.kind == "region"]
        assert regions and regions[0].country is None, name


@pytest.mark.parametrize(
    ("name", "country"),
    [("Mall of America", "USA"), ("Tour Eiffel", "FRA"), ("Dolomites", "ITA"), ("Tatras", None)],
)
def test_landmarks_and_ranges_are_loaded_with_a_point(
    gazetteer: Gazetteer, name: str, country: str | None
) -> None:
    entry = next(e for e in gazetteer.lookup(name) if e.kind == "region")
    assert entry.lat is not None and entry.lon is not None
    assert (entry.country or None) == country


def test_every_landmark_row_has_a_point_and_a_known_country(gazetteer: Gazetteer) -> None:
    rows = (DATA_DIR / LANDMARKS_FILE).read_text(encoding="utf-8").splitlines()
    for row in rows:
        if not row or row.startswith(("#", "name\t")):
            continue
        name, country, lat, lon, _ = row.split("\t")
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180, name
        assert country == "" or gazetteer.country(country) is not None, name
