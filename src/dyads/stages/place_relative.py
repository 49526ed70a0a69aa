"""Towns placed by a phrase relative to another place: "Richmond and Windsor, north-west of
Sydney", "Aurora and Naperville, west of Chicago", "Arlington, just outside Washington",
"Springfield and Joplin in southwest Missouri".

The phrase says where the names before it are, more surely than their size or any reading of
theirs: of a name's candidates, one near the place the phrase names is meant.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.eval.geo import distance_km
from dyads.stages.gazetteer import GazEntry
from dyads.stages.place_cues import DISTANCE_UNITS
from dyads.stages.place_resolution import Mention

# A town "west of" or "outside" a place lies within this distance of it ("Newcastle, north of
# Sydney" is some 120 km away; "Canberra, south-west of Sydney" 250 km).
RELATIVE_KM = 300.0
# Compass points and their adjectives, also as parts of a hyphenated word ("north-west",
# "south-central"); "central" only inside such a phrase ("in central Scotland").
COMPASS_PARTS = frozenset(
    {
        *("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"),
        *("northern", "southern", "eastern", "western", "northeastern", "northwestern"),
        *("southeastern", "southwestern", "central", "-"),
    }
)
# Words between a list of names and the place it lies beside: "just outside", "near".
BESIDE_WORDS = frozenset({"outside", "near"})
HEDGES = frozenset({"just", "some", "about", "around", "roughly", "nearly"})
# Between the names of one list: commas and conjunctions.
LIST_JOINERS = frozenset({",", "and", "or", "&"})


def relative_reference(doc: Doc, mention: Mention, mentions: Sequence[Mention]) -> Mention | None:
    """The place a phrase after the mention (or after the list it ends or stands in) situates
    it by: "Sydney" in "Richmond and Windsor, north-west of Sydney"."""
    starts = {m.start: m for m in mentions}
    i = mention.end
    while i < len(doc):
        if doc[i].text in LIST_JOINERS:
            i += 1
        elif i in starts and starts[i] is not mention:
            i = starts[i].end
        else:
            break
    start = _phrase_end(doc, i)
    if start is None:
        return None
    # The place may have been found with its compass word: "in [southwest Missouri]".
    reference = starts.get(start) or next(
        (m for m in mentions if m.start < start < m.end and m.start > i), None
    )
    return reference if reference is not None and reference is not mention else None


def _phrase_end(doc: Doc, i: int) -> int | None:
    """Where the place after a relative phrase starting at token `i` begins: "(just)
    outside X", "(40 km) north-west of X", "in southwest X"."""
    while i < len(doc) and (doc[i].lower_ in HEDGES or doc[i].like_num):
        i += 1
    if i < len(doc) and doc[i].lower_ in DISTANCE_UNITS:
        i += 1
    if i < len(doc) and doc[i].lower_ in BESIDE_WORDS:
        return i + 1
    preposition = i < len(doc) and doc[i].lower_ == "in"
    i += preposition
    compass = i
    # Lower case only: capitalised, the words open a name ("in North Korea").
    while i < len(doc) and (doc[i].is_lower or doc[i].text == "-") and _compass(doc[i].lower_):
        i += 1
    if i == compass or doc[i - 1].text == "-":
        return None
    if preposition:
        return i
    return i + 1 if i < len(doc) and doc[i].lower_ == "of" else None


def _compass(word: str) -> bool:
    return all(part in COMPASS_PARTS for part in word.replace("-", " - ").split())


def lies_near(entry: GazEntry, reference: GazEntry) -> bool:
    """Whether a candidate lies in the place a relative phrase names, or near it: in the
    country or first-level region, within RELATIVE_KM of a town or other place."""
    if reference.kind in {"country", "continent"}:
        return entry.country == reference.country and entry is not reference
    if reference.kind == "admin1":
        return entry.country == reference.country and entry.admin1 == reference.name
    if None in (entry.lat, entry.lon, reference.lat, reference.lon) or entry is reference:
        return False
    far = distance_km(
        entry.lat or 0.0, entry.lon or 0.0, reference.lat or 0.0, reference.lon or 0.0
    )
    return far <= RELATIVE_KM
