"""Centre points of first-level regions from outlines, on small hand-made shapes."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from dyads.data_build.region_outlines import (
    Polygon,
    area_and_centroid,
    contains,
    read_outlines,
    read_polygons,
    region_points,
)

Coords = list[tuple[float, float]]  # longitude, latitude


def box(west: float, south: float, east: float, north: float) -> Coords:
    return [(west, south), (east, south), (east, north), (west, north), (west, south)]


def wkb_polygon(*rings: Coords) -> bytes:
    out = struct.pack("<BII", 1, 3, len(rings))
    for ring in rings:
        out += struct.pack("<I", len(ring)) + b"".join(struct.pack("<dd", *p) for p in ring)
    return out


def geopackage_blob(*polygons: bytes, envelope: bool = True) -> bytes:
    """A GeoPackage geometry: header (with an xy envelope or none), then a WKB multipolygon."""
    flags = 0b0011 if envelope else 0b0001  # little-endian header; envelope kind 1 or none
    header = b"GP" + bytes([0, flags]) + struct.pack("<i", 4326)
    if envelope:
        header += struct.pack("<4d", -180.0, 180.0, -90.0, 90.0)
    return header + struct.pack("<BII", 1, 6, len(polygons)) + b"".join(polygons)


def as_polygon(*rings: Coords) -> Polygon:
    return [np.array(ring, dtype=np.float64) for ring in rings]


def town(lon: float, lat: float, country: str, admin1: str) -> dict[str, Any]:
    return {"longitude": lon, "latitude": lat, "countrycode": country, "admin1code": admin1}


@pytest.mark.parametrize("envelope", [True, False])
def test_geopackage_geometries_are_read_as_polygons_with_holes(envelope: bool) -> None:
    blob = geopackage_blob(
        wkb_polygon(box(0, 0, 4, 4), box(1, 1, 2, 2)),
        wkb_polygon(box(10, 10, 11, 11)),
        envelope=envelope,
    )
    polygons = read_polygons(blob)
    assert [len(rings) for rings in polygons] == [2, 1]
    assert polygons[0][1].tolist()[2] == [2.0, 2.0]


def test_a_hole_moves_the_centroid_away_from_it() -> None:
    area, lon, lat = area_and_centroid(as_polygon(box(0, 0, 4, 4)))
    assert (lon, lat) == pytest.approx((2.0, 2.0))
    holed, lon, lat = area_and_centroid(as_polygon(box(0, 0, 4, 4), box(0, 0, 2, 2)))
    assert holed < area
    assert lon > 2.0 and lat > 2.0


def test_points_inside_a_ring_with_a_hole() -> None:
    polygon = as_polygon(box(0, 0, 4, 4), box(1, 1, 2, 2))
    lons = np.array([3.0, 1.5, 5.0])
    lats = np.array([3.0, 1.5, 1.0])
    assert contains(polygon, lons, lats).tolist() == [True, False, False]


def test_a_region_is_placed_at_the_centre_of_its_outline_not_among_its_towns() -> None:
    # A large region whose towns all crowd its southern edge.
    outline = as_polygon(box(-95.0, 42.0, -75.0, 56.0))
    towns = [town(-80.0, 43.0, "CA", "08"), town(-79.0, 43.5, "CA", "08")]
    lat, lon = region_points(iter([outline]), towns)[("CA", "08")]
    assert (lat, lon) == pytest.approx((49.0, -85.0), abs=0.01)


def test_finer_outlines_make_up_one_region_and_shared_ones_none() -> None:
    west, east = as_polygon(box(0, 40, 2, 42)), as_polygon(box(2, 40, 4, 42))
    shared = as_polygon(box(10, 40, 12, 42))
    towns = [
        town(1.0, 41.0, "FR", "84"),
        town(3.0, 41.0, "FR", "84"),
        town(10.5, 41.0, "FR", "93"),
        town(11.5, 41.0, "FR", "11"),  # half of the shared outline's towns are elsewhere
    ]
    points = region_points(iter([west, east, shared]), towns)
    assert points[("FR", "84")] == pytest.approx((41.0, 2.0), abs=0.01)
    assert ("FR", "93") not in points and ("FR", "11") not in points


def test_a_region_cut_by_the_antimeridian_stays_on_its_side() -> None:
    east_part = as_polygon(box(170.0, 60.0, 180.0, 70.0))
    west_part = as_polygon(box(-180.0, 60.0, -170.0, 70.0))
    towns = [town(175.0, 65.0, "RU", "15"), town(-175.0, 65.0, "RU", "15")]
    lat, lon = region_points(iter([east_part, west_part]), towns)[("RU", "15")]
    assert abs(lon) == pytest.approx(180.0, abs=0.01)  # not 0°, the other side of the globe
    assert lat == pytest.approx(65.0, abs=0.5)


def test_outlines_are_read_from_the_geopackage_table(tmp_path: Path) -> None:
    path = tmp_path / "world_map.gpkg"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE states_provinces (fid INTEGER PRIMARY KEY, geom BLOB)")
        rows = [
            (2, geopackage_blob(wkb_polygon(box(5, 5, 6, 6)))),
            (1, geopackage_blob(wkb_polygon(box(0, 0, 1, 1)))),
        ]
        connection.executemany("INSERT INTO states_provinces VALUES (?, ?)", rows)
    connection.close()
    polygons = list(read_outlines(path))
    assert [polygon[0][0].tolist() for polygon in polygons] == [[0.0, 0.0], [5.0, 5.0]]
