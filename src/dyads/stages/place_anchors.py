"""The places an article's other names are read by: those that need no context.

Small towns named alike in several countries ("Richmond and Windsor", "Lismore and Ballina")
must not be read from each other's first, context-free readings: that evidence is circular,
and two such names can pull a large city beside them abroad ("Sydney" to Nova Scotia). Evidence
is therefore taken in order: first the anchors, places whose reading needs no context (a
country or region, a town or county of some size whose name is its own in one country alone, a
capital or a city of a million with no namesake abroad a fifth its size); then every name with
a town or county in an anchor's first-level region read beside the anchors alone (other names
keep their first reading as evidence); only then is each name read beside all the others (a
town in an anchor's first-level region comes first: `place_resolution`).
"""

from __future__ import annotations

from collections.abc import Iterable

from dyads.stages.gazetteer import GazEntry
from dyads.stages.place_resolution import (
    AREA_KINDS,
    BIG_CITY,
    OTHER_NAME_RATIO,
    VILLAGE_POPULATION,
    Mention,
    same_town_name,
)


def sure_reading(mention: Mention, entry: GazEntry | None) -> bool:
    """A reading no context can change much: a country or a region, or a town (or a county) of
    some size whose name is found in one country alone, as the own name of its places there (not
    a village named like a common word: "English", Indiana)."""
    if entry is None or mention.facility:
        return False
    if entry.kind in AREA_KINDS:
        return True
    # Namesakes by their own name only: a stray other name abroad ("Mandi" for Fort Abbas,
    # Pakistan) does not make a town's name ambiguous.
    own = [e for e in mention.candidates if e.kind in AREA_KINDS or same_town_name(e, mention.key)]
    alone = len({entry.country} | {e.country for e in own}) == 1
    return alone and entry.population >= VILLAGE_POPULATION


def is_anchor(mention: Mention, entry: GazEntry | None) -> bool:
    """A sure reading, or a capital or a city of a million people whose namesakes abroad are
    all a fifth its size or less ("Sydney", not "Kingston" beside Ontario's)."""
    if sure_reading(mention, entry):
        return True
    if entry is None or mention.facility or entry.kind != "city":
        return False
    if not (entry.capital or entry.population >= BIG_CITY):
        return False
    return all(
        OTHER_NAME_RATIO * other.population <= entry.population
        for other in mention.candidates
        if other.country != entry.country
    )


def anchor_regions(entries: Iterable[GazEntry | None]) -> frozenset[tuple[str, str]]:
    """The first-level regions the anchors lie in or are: (country, region name). A county
    found in one country alone says its state as a town does ("Kosciusko County")."""
    regions = set()
    for entry in entries:
        if entry is None or entry.country is None:
            continue
        if entry.kind == "admin1":
            regions.add((entry.country, entry.name))
        elif entry.kind in {"city", "admin2"} and entry.admin1:
            regions.add((entry.country, entry.admin1))
    return frozenset(regions)
