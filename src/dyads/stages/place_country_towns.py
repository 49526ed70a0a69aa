"""A country's name listed with a small town beside which a town of that name lies.

Local news names small towns called after countries beside their neighbours ("heavy rain on
Brazil and Terre Haute", "crews in Peru and Kokomo"). Read alone, such a name is the country;
listed with a town that lies a few miles from a town of the name, it is that town. A large
town beside the name ("Mexico and Laredo") says nothing so local, and is left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.eval.geo import distance_km
from dyads.stages.gazetteer import GazEntry
from dyads.stages.place_namesake_pairs import paired
from dyads.stages.place_resolution import PROMINENT_CITY, Mention, same_town_name

# A town of the country's name this close to the listed town is the one meant.
NEIGHBOUR_KM = 60.0

Resolved = tuple[Mention, GazEntry | None, GazEntry | None]


def with_country_named_towns(doc: Doc, resolved: Sequence[Resolved]) -> list[Resolved]:
    """The resolved mentions, each country's name listed with a small town read as a town of
    its name lying near that town, where one does."""
    result = list(resolved)
    for number, (mention, entry, qualifier) in enumerate(resolved):
        if entry is None or entry.kind != "country" or qualifier is not None:
            continue
        neighbours = [
            partner
            for other, partner, _ in resolved[max(0, number - 2) : number + 3]
            if other is not mention
            and partner is not None
            and partner.kind == "city"
            and partner.population < PROMINENT_CITY
            and paired(doc, mention, other)
        ]
        town = _town_near(mention, neighbours)
        if town is not None:
            result[number] = (mention, town, qualifier)
    return result


def _town_near(mention: Mention, neighbours: Sequence[GazEntry]) -> GazEntry | None:
    """The largest town of the mention's own name lying near one of the neighbours."""
    towns = [
        candidate
        for candidate in mention.candidates
        if candidate.kind == "city"
        and same_town_name(candidate, mention.key)
        and any(_near(candidate, neighbour) for neighbour in neighbours)
    ]
    return max(towns, key=lambda town: town.population, default=None)


def _near(one: GazEntry, other: GazEntry) -> bool:
    if None in (one.lat, one.lon, other.lat, other.lon):
        return False
    return (
        distance_km(one.lat or 0.0, one.lon or 0.0, other.lat or 0.0, other.lon or 0.0)
        <= NEIGHBOUR_KM
    )
