"""Villages read in a first-level region the article never names: the region-level twin of a
stray town abroad (`places._stray_town`).

A bare name many hamlets share ("Stonewall") is read as the one the gazetteer knows, which may
lie in another state than every other place of the article ("Stonewall", Louisiana, in a story
whose towns are all in Virginia). Where the article's places of that country lie in one other
region, no other place of the article is in the village's region and the name has no town in
the article's region, the village is more likely a local place the gazetteer lacks: it is then
placed where the article is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from dyads.stages.gazetteer import GazEntry
from dyads.stages.place_resolution import VILLAGE_POPULATION, Mention

# The article's region must hold at least this many of its other places.
MIN_REGION_PLACES = 2


def off_region_village(
    mention: Mention,
    entry: GazEntry | None,
    qualifier: GazEntry | None,
    focus: GazEntry | None,
    resolved: Sequence[tuple[Mention, GazEntry | None, GazEntry | None]],
) -> bool:
    """A village in a first-level region none of the article's other places is in, where they
    mostly lie in one other region of its country (the region of the article's focus) and no
    town of the name lies there."""
    if entry is None or entry.kind != "city" or qualifier is not None or mention.facility:
        return False
    if entry.capital or entry.population >= VILLAGE_POPULATION:
        return False
    if focus is None or not focus.admin1 or entry.country != focus.country:
        return False
    if entry.admin1 == focus.admin1:
        return False
    if any(c.country == focus.country and c.admin1 == focus.admin1 for c in mention.candidates):
        return False
    regions = Counter(
        _region(other)
        for place, other, _ in resolved
        if other is not None
        and other.country == entry.country
        and place.key != mention.key
        and _region(other)
    )
    if regions[entry.admin1 or ""]:
        return False
    home = regions[focus.admin1]
    return home >= MIN_REGION_PLACES and home > sum(regions.values()) - home


def _region(entry: GazEntry) -> str:
    """The first-level region a place is or lies in ("" when none is known)."""
    if entry.kind == "admin1":
        return entry.name
    return entry.admin1 or ""
