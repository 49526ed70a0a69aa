"""Two towns named together whose largest namesakes lie in one first-level region.

The one state a sentence names pulls a bare town's name to a namesake there ("Richmond" read
in Louisiana after "Stonewall, Louisiana"), which is right for a local place but not for a pair
of large towns named together: "moved to Richmond and Norfolk" names the two Virginian cities,
as their joint evidence says (each is its name's largest namesake in the country, both in
Virginia). So a town read as a small namesake gives way to the country's largest town of its
name where the town named beside it ("X and Y", "X, Y") is read as its own name's largest town
in the country, a large one, in that town's first-level region; so too where the small town
was read abroad ("Richmond" read in England beside "Norfolk" read in Virginia).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.stages.gazetteer import GazEntry
from dyads.stages.place_filters import LARGE_TOWN_POPULATION
from dyads.stages.place_resolution import Mention, same_town_name

# The namesake must be this many times the size of the small town read first.
SIZE_RATIO = 10
PAIR_WORDS = frozenset({",", "and", "or", "&"})
MAX_PAIR_GAP = 2  # ", and"

Resolved = tuple[Mention, GazEntry | None, GazEntry | None]


def pair_readings(doc: Doc, resolved: Sequence[Resolved]) -> list[Resolved]:
    """The resolved mentions, each small town named beside a large one read as the large
    town's country's largest town of the name where that town lies in the large town's region
    (in that country or abroad: "Richmond and Norfolk" with Norfolk read in Virginia is no
    English Richmond)."""
    result = list(resolved)
    for number, (mention, entry, qualifier) in enumerate(resolved):
        if qualifier is not None or entry is None:
            continue
        partners = [
            other
            for other in resolved[max(0, number - 1) : number + 2]
            if other[0] is not mention and paired(doc, mention, other[0])
        ]
        for other, partner, _ in partners:
            largest = _largest_namesake(mention, partner.country if partner else None)
            if largest is None or not _small_beside(entry, largest):
                continue
            if _large_in_region(other, partner, largest):
                result[number] = (mention, largest, qualifier)
                break
    return result


def _largest_namesake(mention: Mention, country: str | None) -> GazEntry | None:
    """The largest town of `country` whose own name the mention is."""
    towns = [
        c
        for c in mention.candidates
        if c.kind == "city" and c.country == country and same_town_name(c, mention.key)
    ]
    return max(towns, key=lambda c: c.population) if towns else None


def _small_beside(entry: GazEntry, largest: GazEntry) -> bool:
    """A small town read where a far larger namesake lies in another region."""
    return (
        entry.kind == "city"
        and not entry.capital
        and entry.population < LARGE_TOWN_POPULATION
        and largest.population >= LARGE_TOWN_POPULATION
        and largest.population >= SIZE_RATIO * entry.population
        and (entry.country, entry.admin1) != (largest.country, largest.admin1)
    )


def paired(doc: Doc, one: Mention, other: Mention) -> bool:
    """Two names side by side in a list: only commas and "and" or "or" between them."""
    start, end = (one.end, other.start) if one.end <= other.start else (other.end, one.start)
    between = doc[start:end]
    return (
        0 < len(between) <= MAX_PAIR_GAP
        and all(t.lower_ in PAIR_WORDS for t in between)
        and any(t.lower_ != "," for t in between)
    )


def _large_in_region(other: Mention, entry: GazEntry | None, largest: GazEntry) -> bool:
    """The other name read as its own largest namesake, a large town in `largest`'s region."""
    return (
        entry is not None
        and entry == _largest_namesake(other, entry.country)
        and entry.population >= LARGE_TOWN_POPULATION
        and (entry.country, entry.admin1) == (largest.country, largest.admin1)
    )
