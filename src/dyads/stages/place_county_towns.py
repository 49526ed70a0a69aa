"""A town and a county named in one sentence: the town that lies in that county.

Local news names a town beside its county ("In Warsaw, the Kosciusko County seat", "Plymouth
police ... Marshall County schools"). Read alone, the town's name goes to its largest
namesake (a capital abroad, a city in another state) and the county's to its most populous
namesake; but counties and towns named alike are many, and a pair of them that lie together is
what the sentence means. So where the two are read in different states and one of the town's
namesakes lies near the centre of one of the county's, in the same state, both are read so; a
capital or a city of millions gives way only to a county whose name is found once.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.eval.geo import distance_km
from dyads.stages.gazetteer import GazEntry
from dyads.stages.place_resolution import BIG_CITY, Mention, same_town_name

# A county's seat and its other towns lie this close to the point the gazetteer gives it.
COUNTY_TOWN_KM = 40.0

Resolved = tuple[Mention, GazEntry | None, GazEntry | None]


def with_county_towns(doc: Doc, resolved: Sequence[Resolved]) -> list[Resolved]:
    """The resolved mentions, each town named in a sentence with a county read as the town in
    that county where the two names have such a pair."""
    result = list(resolved)
    counties = [i for i, (m, _, q) in enumerate(resolved) if q is None and _names_counties(m)]
    if not counties or not doc.has_annotation("SENT_START"):
        return result
    for c in counties:
        county_mention = resolved[c][0]
        sentence = doc[county_mention.start].sent
        for t, (mention, entry, qualifier) in enumerate(result):
            if t == c or qualifier is not None or mention.facility or entry is None:
                continue
            if not sentence.start <= mention.start < sentence.end or entry.kind != "city":
                continue
            pair = _lying_together(mention, county_mention, entry, result[c][1])
            if pair is not None:
                town, county = pair
                result[t] = (mention, town, qualifier)
                result[c] = (county_mention, county, None)
    return result


def _names_counties(mention: Mention) -> bool:
    """Every place the name may denote is a second-level division ("Marshall County")."""
    return bool(mention.candidates) and all(e.kind == "admin2" for e in mention.candidates)


def _lying_together(
    town_mention: Mention,
    county_mention: Mention,
    town: GazEntry,
    county: GazEntry | None,
) -> tuple[GazEntry, GazEntry] | None:
    """The town and the county to read, where the readings lie in different states and some
    of their namesakes lie together: a pair in the county's state first, then in the town's,
    then the one with the largest town. None where the readings share a state (context read
    them so: "Syracuse ... Cass County" both in Indiana) or no namesakes lie together."""
    if county is None or (town.country, town.admin1) == (county.country, county.admin1):
        return None
    if (town.capital or town.population >= BIG_CITY) and len(county_mention.candidates) > 1:
        return None  # "Washington and Montgomery County": a county of many names says too little
    pairs = [
        (candidate, division)
        for candidate in town_mention.candidates
        if candidate.kind == "city" and same_town_name(candidate, town_mention.key)
        for division in county_mention.candidates
        if _in_county(candidate, division)
    ]
    return max(
        pairs,
        key=lambda pair: (
            (pair[1].country, pair[1].admin1) == (county.country, county.admin1),
            (pair[0].country, pair[0].admin1) == (town.country, town.admin1),
            pair[0].population,
        ),
        default=None,
    )


def _in_county(town: GazEntry, county: GazEntry) -> bool:
    if (town.country, town.admin1) != (county.country, county.admin1):
        return False
    if None in (town.lat, town.lon, county.lat, county.lon):
        return False
    return (
        distance_km(town.lat or 0.0, town.lon or 0.0, county.lat or 0.0, county.lon or 0.0)
        <= COUNTY_TOWN_KM
    )
