from __future__ import annotations

import pytest

from dyads.records import Place
from dyads.store.gdelt_geo import (
    GEO_COUNTRY,
    GEO_US_CITY,
    GEO_US_STATE,
    GEO_WORLD_CITY,
    GEO_WORLD_STATE,
    action_geo,
    geo_type,
)


def place(
    name: str,
    country: str | None,
    admin1: str | None = None,
    lat: float | None = None,
    geonameid: int | None = None,
) -> Place:
    return Place(
        text=name,
        name=name,
        country=country,
        admin1=admin1,
        lat=lat,
        lon=None if lat is None else 10.0,
        geonameid=geonameid,
        span=(0, len(name)),
    )


@pytest.mark.parametrize(
    ("where", "kind"),
    [
        (place("Russia", "RUS"), GEO_COUNTRY),
        (place("South Korea", "KOR"), GEO_COUNTRY),
        (place("Russian Federation", "RUS"), GEO_COUNTRY),
        (place("Rossiya", "RUS", geonameid=2017370), GEO_COUNTRY),  # the country's GeoNames id
        (place("Alaska", "USA", admin1="AK"), GEO_US_STATE),
        (place("Ontario", "CAN"), GEO_WORLD_STATE),
        (place("Anchorage", "USA", admin1="AK", lat=61.2), GEO_US_CITY),
        (place("Lyon", "FRA", lat=45.7), GEO_WORLD_CITY),
        (place("Black Sea", None, lat=43.0), GEO_WORLD_CITY),
        (place("somewhere", None), None),
    ],
)
def test_geo_type(where: Place, kind: int | None) -> None:
    assert geo_type(where) == kind


def test_city_full_name_codes_and_coordinates() -> None:
    values = action_geo(place("Anchorage", "USA", admin1="AK", lat=61.2, geonameid=5879400))
    assert values == [
        "3",
        "Anchorage, Alaska, United States",
        "US",
        "US-AK",
        "",
        "61.2",
        "10.0",
        "5879400",
    ]


def test_country_uses_fips_and_no_admin1() -> None:
    assert action_geo(place("North Korea", "PRK", admin1="00")) == [
        "1",
        "North Korea",
        "KN",
        "",
        "",
        "",
        "",
        "",
    ]


def test_unresolvable_admin1_is_kept_as_given() -> None:
    values = action_geo(place("Seoul", "KOR", admin1="zz9", lat=37.5))
    assert values[:4] == ["4", "Seoul, South Korea", "KS", "zz9"]


def test_no_place_gives_empty_columns() -> None:
    assert action_geo(None) == [""] * 8
