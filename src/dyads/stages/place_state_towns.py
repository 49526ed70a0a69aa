"""A state's or a country's name that is also a town beside the sentence's other towns:
"Columbus and Delaware" names Delaware, Ohio, a town near Columbus, not the state of Delaware;
"between Mason and Lebanon" names Lebanon, Ohio.

A first-level region or a country is read before a town of its name, as it should be where
nothing else is said ("Lawmakers from Delaware and Maryland"). But where the sentence names a
town in another region that holds a town of that name ("Grand Rapids and Wyoming", "Ames and
Nevada"), and no other first-level region or country than that one, the name is the town there:
local news names the towns around its own, and a state would be named beside states or its own
towns. A country's name is read so only where nothing else in the article (no other place, no
actor) is in that country.
"""

from __future__ import annotations

from collections.abc import Sequence

from dyads.stages.gazetteer import GazEntry
from dyads.stages.place_resolution import Mention, same_town_name

# The town must be at least this large: a hamlet named like a state is too weak a reading.
STATE_TOWN_POPULATION = 5_000

Region = tuple[str, str]  # (country, first-level region)


def state_named_town(
    mention: Mention,
    entry: GazEntry | None,
    sentence: tuple[int, int],
    readings: Sequence[tuple[Mention, GazEntry | None]],
    actor_countries: frozenset[str] = frozenset(),
) -> GazEntry | None:
    """The town a name read as a first-level region or a country denotes where a town of the
    sentence lies in the town's region and no other region or country is named in the
    sentence; else None."""
    if entry is None or entry.kind not in {"admin1", "country"} or mention.area_only:
        return None
    towns = [
        c
        for c in mention.candidates
        if c.kind == "city"
        and c.admin1
        and (c.country, c.admin1) != _region(entry)
        and c.population >= STATE_TOWN_POPULATION
        and same_town_name(c, mention.key)
    ]
    if not towns:
        return None
    others = [(m, other) for m, other in readings if other is not None and m.key != mention.key]
    if entry.kind == "country" and (
        entry.country in actor_countries or any(o.country == entry.country for _, o in others)
    ):
        return None  # "Beirut and Lebanon", or Lebanese actors: the country
    beside = [other for m, other in others if sentence[0] <= m.start < sentence[1]]
    # A state or country named in the sentence makes it a list of regions ("Lawmakers from
    # Delaware and Maryland"), unless it is the town's own region ("Columbus, Ohio, and ...").
    named_regions = {_region(other) for other in beside if other.kind != "city"}
    home_towns = [
        c
        for c in towns
        if named_regions <= {_region(c)}
        and any(other.kind == "city" and _region(other) == _region(c) for other in beside)
    ]
    return max(home_towns, key=lambda c: c.population, default=None)


def _region(entry: GazEntry) -> Region:
    """The first-level region a place is or lies in (a country's is empty)."""
    if entry.kind == "admin1":
        return entry.country or "", entry.name
    return entry.country or "", entry.admin1 or ""
