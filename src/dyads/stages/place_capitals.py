"""National capitals and the namesakes they share a name with ("Tripoli", "Athens").

A capital abroad yields to a namesake that is one of the main towns of the country the
article's other places are in ("Tripoli" beside "Beirut" is Lebanon's second city), and a
namesake that is no main town yields to the capital where the sentence names only capitals
("Washington ... Athens and Ankara" is no Georgia college town).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dyads.stages.gazetteer import GazEntry, Gazetteer

# A town holding this share of its country's people is one of its main towns, meant by its
# name in a story about that country even where a capital abroad shares it.
MAIN_TOWN_SHARE_OF_COUNTRY = 0.01


def main_towns(gazetteer: Gazetteer, candidates: Sequence[GazEntry]) -> frozenset[GazEntry]:
    """The candidates that are towns holding a large share of their country's people."""
    found = set()
    for entry in candidates:
        if entry.kind != "city" or entry.country is None:
            continue
        country = gazetteer.country(entry.country)
        if country is not None and entry.population >= MAIN_TOWN_SHARE_OF_COUNTRY * max(
            1, country.population
        ):
            found.add(entry)
    return frozenset(found)


def only_capitals(entries: Iterable[GazEntry | None]) -> bool:
    """Whether the towns among `entries` (the sentence's other places) are all national
    capitals, and there is at least one."""
    towns = [entry for entry in entries if entry is not None and entry.kind == "city"]
    return bool(towns) and all(entry.capital for entry in towns)


def fits_capitals(
    entry: GazEntry,
    candidates: Sequence[GazEntry],
    main: frozenset[GazEntry],
    place_countries: frozenset[str],
    among_capitals: bool,
) -> bool:
    """False for a capital abroad beside a main town of the name in a country of the article's
    other places, and for a lesser namesake of a capital in a sentence naming only capitals."""
    if entry.kind != "city":
        return True
    if entry.capital:
        return entry.country in place_countries or not any(
            other in main and other.country in place_countries for other in candidates
        )
    if not among_capitals or entry in main:
        return True
    return not any(other.capital and other.country != entry.country for other in candidates)
