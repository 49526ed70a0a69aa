"""Divisions named after a town and a compass word ("Ibadan North-East", "Akoko South-West",
"Akure South"): local government areas and districts the gazetteer often lacks. The division
is placed at its town; the compass word closing it is no region of its own."""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.gazetteer import GazEntry, Gazetteer, fold
from dyads.stages.place_resolution import Mention

COMPASS_NAMES = frozenset({"north", "south", "east", "west", "central"})
# The town a division is named after must be of some size (a hamlet's name is a weak cue).
DIVISION_TOWN_POPULATION = 10_000


def compass_tail(doc: Doc, mention: Mention) -> bool:
    """'West' in "Akoko South-West", 'South' in "Akure South": a compass word that closes a
    division's name, after a hyphen and another compass word or right after a capitalised
    name (English puts the compass word first: "South Sudan")."""
    start = mention.start
    if mention.end - start != 1 or doc[start].lower_ not in COMPASS_NAMES or start < 1:
        return False
    before = doc[start - 1]
    if before.text == "-":
        return start >= 2 and doc[start - 2].lower_ in COMPASS_NAMES
    return before.is_title and not before.is_sent_start and before.pos_ == "PROPN"


def division_of_town(gazetteer: Gazetteer, doc: Doc, start: int, end: int) -> Mention | None:
    """'Ibadan North-East': a town's name followed by one or two compass words (joined by a
    hyphen) names a division around the town, placed at it."""
    tail = end
    while tail > start and (doc[tail - 1].lower_ in COMPASS_NAMES or doc[tail - 1].text == "-"):
        tail -= 1
    if tail in (start, end) or doc[tail].text == "-":
        return None
    name = doc[start:tail].text
    towns = tuple(e for e in gazetteer.lookup(name) if _town_of_size(e))
    return Mention(start, end, towns, key=fold(name), site=True) if towns else None


def _town_of_size(entry: GazEntry) -> bool:
    return entry.kind in {"city", "admin2"} and entry.population >= DIVISION_TOWN_POPULATION
