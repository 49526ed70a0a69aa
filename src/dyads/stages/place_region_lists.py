"""Towns named together in one sentence, read in the one first-level region that holds a town
of every name: "Hillsboro and Wilmington, south of Dayton" are three towns of Ohio, not the
largest Hillsboro (Oregon), a Dayton beside it and the largest Wilmington (North Carolina).

Each name alone is read as its largest or best-placed namesake, and a fairly large one may
then pull its neighbours into its own region; but small towns named together are mostly towns
of one area, and a region that holds all of them is where a reader places them. The rule needs
three names or more (two names share a region by chance too often), reads no capital or city
of a million (such a name is the city), and leaves readings that already share one region.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.stages.gazetteer import GazEntry
from dyads.stages.place_resolution import BIG_CITY, Mention, same_town_name

Resolved = tuple[Mention, GazEntry | None, GazEntry | None]
Region = tuple[str, str]  # (country, first-level region)

# Distinct names a sentence must hold for their shared region to decide.
MIN_NAMES = 3


def regional_readings(doc: Doc, resolved: Sequence[Resolved]) -> list[Resolved]:
    """The resolved mentions, the towns of each sentence read in the one region holding a town
    of each of their names, where their readings lie in several regions."""
    result = list(resolved)
    if not doc.has_annotation("SENT_START") or len(resolved) < MIN_NAMES:
        return result
    by_sentence: dict[int, list[int]] = {}
    for number, (mention, entry, qualifier) in enumerate(resolved):
        if _bare_town(mention, entry, qualifier):
            by_sentence.setdefault(doc[mention.start].sent.start, []).append(number)
    for numbers in by_sentence.values():
        mentions = [resolved[n][0] for n in numbers]
        if len({m.key for m in mentions}) < MIN_NAMES:
            continue
        readings = [resolved[n][1] for n in numbers]
        if any(e is not None and (e.capital or e.population >= BIG_CITY) for e in readings):
            continue  # "Paris, Lyon and Dallas": a capital means itself
        if len({(e.country, e.admin1) for e in readings if e is not None}) < 2:
            continue
        region = _shared_region(mentions)
        if region is None:
            continue
        for n in numbers:
            mention, _, qualifier = resolved[n]
            result[n] = (mention, _largest_in(mention, region), qualifier)
    return result


def _bare_town(mention: Mention, entry: GazEntry | None, qualifier: GazEntry | None) -> bool:
    """A town's name read with no qualifier, with towns of its own name to choose from."""
    if qualifier is not None or mention.facility or mention.site or mention.area_only:
        return False
    return entry is not None and entry.kind == "city" and same_town_name(entry, mention.key)


def _regions(mention: Mention) -> set[Region]:
    return {
        (e.country or "", e.admin1)
        for e in mention.candidates
        if e.kind == "city" and e.admin1 and same_town_name(e, mention.key)
    }


def _shared_region(mentions: Sequence[Mention]) -> Region | None:
    """The one region holding a town of every name; of several, the one whose towns of the
    names are largest together."""
    shared: set[Region] | None = None
    for mention in mentions:
        shared = _regions(mention) if shared is None else shared & _regions(mention)
        if not shared:
            return None
    if not shared:
        return None
    return max(
        sorted(shared),
        key=lambda region: sum(_largest_in(m, region).population for m in mentions),
    )


def _largest_in(mention: Mention, region: Region) -> GazEntry:
    return max(
        (
            e
            for e in mention.candidates
            if e.kind == "city"
            and (e.country or "", e.admin1) == region
            and same_town_name(e, mention.key)
        ),
        key=lambda e: e.population,
    )
