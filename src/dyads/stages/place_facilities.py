"""Facilities and named sites as places: "Stonewall Golf Club", "the Lakeside Shopping Centre",
"at Alton Towers", "at Westview High", "the state Capitol". Web news names them as where things
happen, and the small model reads most of them as organisations or persons. A name is one when
its last words are a facility's (always for words no company ends its name with and for pairs
such as "Middle School", after "at", "in", "to"... for words such as "Park" or "Manor"); it is
placed at the town after "in" or a comma, else at the town its own name opens with when
facilities of its kind are named so.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.stages.place_lookup import PlaceLookup, named_place
from dyads.stages.place_resolution import Mention

# Last words of a facility's name that no company's or body's name ends with.
STANDING_TAILS = frozenset(
    {
        *("speedway", "raceway", "racecourse", "racetrack", "motordrome", "velodrome"),
        *("mall", "bazaar", "fairgrounds", "fairground", "showground", "showgrounds"),
        *("stadium", "prison", "penitentiary", "jail", "gaol", "capitol"),
    }
)
# Two last words that make a facility's name wherever it stands: "Pine Hollow Country Club".
STANDING_PAIRS = frozenset(
    {
        *(("golf", "club"), ("country", "club"), ("golf", "course"), ("golf", "links")),
        *(("shopping", "centre"), ("shopping", "center"), ("shopping", "mall")),
        *(("village", "centre"), ("village", "center"), ("town", "centre")),
        *(("detention", "centre"), ("detention", "center"), ("correctional", "facility")),
        *(("correctional", "center"), ("correctional", "institution"), ("gas", "station")),
        *(("petrol", "station"), ("service", "station"), ("market", "complex")),
        *(("high", "school"), ("middle", "school"), ("elementary", "school")),
        *(("primary", "school"), ("secondary", "school"), ("international", "school")),
        *(("national", "park"), ("theme", "park"), ("amusement", "park"), ("state", "park")),
        *(("retail", "park"), ("business", "park"), ("state", "prison")),
    }
)
# Pairs whose first word is written in lower case after the name: "the Shell gas station".
LOWER_PAIRS = frozenset({("gas", "station"), ("petrol", "station"), ("service", "station")})
# Lower-case last words after a name: "Evin prison", "the Kawangware market".
LOWER_TAILS = frozenset({"prison", "jail", "penitentiary", "bazaar"})
# Last words of a facility's name that end bodies' and firms' names too ("Park Hotels",
# "the Manor group"): a facility only right after a word saying where.
CUED_TAILS = frozenset(
    {
        *("park", "circuit", "towers", "manor", "gardens", "market", "centre", "center"),
        *("hospital", "school", "academy", "college", "library", "arena", "hall", "high"),
        *("elementary", "zoo", "aquarium", "marina", "pier", "links"),
    }
)
LOCATIVES = frozenset(
    {
        *("at", "in", "on", "to", "from", "near", "outside", "inside", "into", "toward"),
        *("towards", "around", "behind", "of", "packed", "visited", "visit", "visiting"),
    }
)
MAX_NAME_WORDS = 4
# Words a name may hold in lower case or as punctuation: "Starship Children's Hospital".
INNER_WORDS = frozenset({"'s", "’s", "of", "&"})
# Kinds of facility usually named after the town they stand in ("Royal Darwin Hospital",
# "Daytona International Speedway"); schools, parks and bridges are as often named after a
# person, a street or a river ("the Severn Bridge", "the Golden Gate Bridge").
TOWN_NAMED_TAILS = frozenset(
    {
        *("stadium", "arena", "speedway", "raceway", "racecourse", "hospital", "mall"),
        *("circuit", "prison", "penitentiary", "market", "showground", "showgrounds"),
        *("zoo", "aquarium"),  # "the Fort Worth Zoo", "the Georgia Aquarium"
    }
)
# A town inside a facility's name must be this large, or a region: a small town's name is as
# often a person's ("Kennedy Stadium").
TOWN_WITHIN_POPULATION = 15_000
# First words of longer names, never a town's whole name inside a facility's: "San Quentin".
NAME_OPENERS = frozenset(
    {
        *("San", "Santa", "Santo", "St", "St.", "Saint", "Los", "Las", "El", "La", "Le"),
        *("New", "North", "South", "East", "West", "Port", "Fort", "Mount", "Lake"),
    }
)
# Leading words of a facility's name that are no part of its town's: "Royal Darwin Hospital".
LEADING_WORDS = frozenset({"Royal", "Old", "Greater", "Grand", "Central", "Great"})
# Every last word above as written in a name or in lower case: a cheap first test.
TAIL_WORDS = (
    STANDING_TAILS | CUED_TAILS | LOWER_TAILS | {p[1] for p in STANDING_PAIRS | LOWER_PAIRS}
)
TAIL_FORMS = frozenset({*TAIL_WORDS, *(w.capitalize() for w in TAIL_WORDS)})
# Words after a facility's name that join it to the place it stands in.
IN_WORDS = frozenset({"in", ","})


def facility_mentions(doc: Doc, words: Sequence[str], taken: list[bool]) -> list[Mention]:
    """Names ending with a facility's words, none of whose words a finder took, as unplaced
    mentions (placed later by `placed_facility`)."""
    found: list[Mention] = []
    for i, word in enumerate(words):
        if word not in TAIL_FORMS:
            continue  # a cheap first test on most words
        low = word.lower()
        tail_start = _tail_start(words, i)
        if tail_start is None or (i + 1 < len(words) and _continues_name(words[i + 1])):
            continue
        start = _name_start(words, tail_start)
        if start == tail_start and low != "capitol":
            continue  # a facility's word alone ("the Stadium") names none
        bare_capitol = low == "capitol" and start == tail_start
        if bare_capitol and (start == 0 or words[start - 1].lower() not in {"the", "state"}):
            continue  # "the Capitol", "the state Capitol"; not a firm's "Capitol"
        # A pair that names a facility wherever it stands needs no cue ("Jefferson Middle
        # School was locked down"); a cued word alone does ("Park Hotels").
        standing_pair = tail_start < i and (words[i - 1].lower(), low) in STANDING_PAIRS
        cued_only = low in CUED_TAILS and low not in STANDING_TAILS and not standing_pair
        if cued_only and not _after_locative(words, start):
            continue
        if any(taken[start : i + 1]) or doc[start].ent_type_ in {"DATE", "TIME", "MONEY"}:
            continue
        found.append(Mention(start, i + 1, ()))
    return found


def placed_facility(
    lookup: PlaceLookup, doc: Doc, mention: Mention, following: Mention | None
) -> Mention:
    """An unplaced facility with the candidates of the town or region after "in" or a comma
    ("Lakeside Shopping Centre in Thurrock"; a country's centre lies too far from most), else
    of the town its own name opens with ("Royal Darwin Hospital"); other mentions as they
    are."""
    if mention.candidates or not _is_facility(doc, mention):
        return mention
    if (
        following is not None
        and any(e.kind != "country" for e in following.candidates)
        and mention.end < len(doc)
        and doc[mention.end].text.lower() in IN_WORDS
        and following.start in {mention.end + 1, mention.end + 2}
    ):
        return Mention(
            mention.start, mention.end, following.candidates, key=following.key, site=True
        )
    if doc[mention.end - 1].lower_ not in TOWN_NAMED_TAILS:
        return mention
    town = _town_within(lookup, doc, mention)
    if town is None:
        return mention
    return Mention(
        mention.start, mention.end, town.candidates, key=town.key, facility=True, site=True
    )


def _is_facility(doc: Doc, mention: Mention) -> bool:
    last = doc[mention.end - 1].lower_
    return last in STANDING_TAILS or last in CUED_TAILS or doc[mention.start].ent_type_ == "FAC"


def _tail_start(words: Sequence[str], i: int) -> int | None:
    """Where the facility's words ending at i begin, or None when none end there."""
    low = words[i].lower()
    before = words[i - 1].lower() if i > 0 else ""
    if (before, low) in STANDING_PAIRS and words[i][:1].isupper():
        return i - 1
    if (before, low) in LOWER_PAIRS and words[i - 1].islower():
        return i - 1
    if low in LOWER_TAILS and words[i].islower():
        return i if i > 0 and words[i - 1][:1].isupper() else None
    if (low in STANDING_TAILS or low in CUED_TAILS) and words[i][:1].isupper():
        return i
    return None


def _name_start(words: Sequence[str], end: int) -> int:
    """The first word of the capitalised name ending before `end`."""
    start = end
    while start > 0 and end - start < MAX_NAME_WORDS:
        word = words[start - 1]
        if word in INNER_WORDS and start - 1 > 0 and words[start - 2][:1].isupper():
            start -= 1
            continue
        if not word[:1].isupper() or word in {"The", "A", "An"}:
            break
        start -= 1
    while start < end and words[start] in INNER_WORDS:
        start += 1
    return start


def _continues_name(word: str) -> bool:
    """A capitalised word or a company's "&" after the facility's words: "Stadium Goods",
    "Golf Club Road"."""
    return word[:1].isupper() or word == "&"


def _after_locative(words: Sequence[str], start: int) -> bool:
    before = start - 1
    if before >= 0 and words[before].lower() == "the":
        before -= 1
    return before >= 0 and words[before].lower() in LOCATIVES


def _town_within(lookup: PlaceLookup, doc: Doc, mention: Mention) -> Mention | None:
    """The known town whose name opens the facility's, longest first."""
    first = mention.start
    if doc[first].text in LEADING_WORDS:
        first += 1
    for end in range(mention.end - 1, first, -1):
        town = lookup.mention_at(doc, first, end, tagged=False)
        if town is not None and town.candidates and town.start == first and town.end == end:
            return town if _sizeable_town(doc, town) else None
    return None


def _sizeable_town(doc: Doc, town: Mention) -> bool:
    if not named_place(town) or doc[town.end - 1].text in NAME_OPENERS:
        return False
    return any(e.kind != "city" or e.population >= TOWN_WITHIN_POPULATION for e in town.candidates)
