"""Towns and regions the actor dictionary files as names of their state, read as places.

The converted CAMEO dictionary lists many towns among the names of a state (a town of the
Gaza Strip, Syrian and Iraqi provincial towns, old spellings of capitals). Coded as the state
wherever they appear, "fighting in TOWN" would make the town an actor. A town is a place: it
stands for its state's government only where a capital would, as the subject or party of an
act ("TOWN said", "talks with TOWN"), and otherwise places the people in it ("residents of
TOWN"). So a state's name that the gazetteer knows as a town of that state, and not as a
state or a people's name, becomes a capital-like mention (``actors.py`` keeps a capital only
where it acts). So does a province or region it files so ("Anbar", "Chechnya", "Sichuan"):
"fighting in Anbar" happens in a place, while "Sichuan announced subsidies" is the province's
government, and "Anbar's governor" still serves the state. A region holding a third or more of
its state's people keeps standing for the state, and so do the territories that make up a
state, written into ``country_names.tsv`` ("Gaza Strip", "West Bank").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.actor_patterns import Mention
from dyads.stages.gazetteer import GazEntry, fold, load_gazetteer

TOWN_KIND = "city"
# A town named like a larger region must have at least a tenth of the region's people.
TOWN_SHARE = 10
REGION_KINDS = frozenset({"admin1", "admin2", "region"})
# A region with at least this share of its state's people may stand for the whole state.
STATE_SHARE = 3
# Verbs of being or happening: their subject is where something is, not who acts.
STATE_VERBS = frozenset({"be", "remain", "stay", "become", "lie", "sit", "fall", "seem", "look"})


def towns_as_capitals(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each state name that is one of the state's towns made a capital
    mention of the state's government (sector GOV)."""
    candidates = [m for m in mentions if m.kind == "country" and m.code and m.entry is not None]
    if not candidates:
        return mentions
    gazetteer = load_gazetteer()
    towns = set()
    for mention in candidates:
        text = doc[mention.start : mention.end].text
        assert mention.entry is not None
        if fold(text) == fold(mention.entry.name) or gazetteer.demonym(text) is not None:
            continue  # the state's own name, or a people's ("Thai", "Canadian")
        if mention.entry.listed:
            continue  # written down as a state's name ("Northern Ireland")
        places, code = gazetteer.lookup(text), str(mention.code)
        state = gazetteer.country(code)
        if is_town_of(places, code) or is_region_of(places, code, state):
            towns.add(mention.start)
    if not towns:
        return mentions
    return [replace(m, kind="capital", sector="GOV") if m.start in towns else m for m in mentions]


def is_town_of(places: tuple[GazEntry, ...], code: str) -> bool:
    """Whether a name is first of all a town of the state: no state bears it, and the state's
    town of the name is not dwarfed by a region of the same name ("Basra" the city and the
    province; but "Wales" is the nation, not the village)."""
    if any(place.kind == "country" for place in places):
        return False
    own = [place for place in places if place.country == code]
    towns = [place.population for place in own if place.kind == TOWN_KIND]
    largest = max((place.population for place in own), default=0)
    return bool(towns) and max(towns) * TOWN_SHARE >= largest


def is_region_of(places: tuple[GazEntry, ...], code: str, state: GazEntry | None) -> bool:
    """Whether a name is first of all a province or region of the state: no state bears it,
    and the region is a small part of the state ("Anbar", "Tatarstan"; a region of unknown size
    is most often an island, a river or a small province: "Sumatra", "Sinai")."""
    if state is None or any(place.kind == "country" for place in places):
        return False
    sizes = [p.population for p in places if p.country == code and p.kind in REGION_KINDS]
    return bool(sizes) and max(sizes) * STATE_SHARE < state.population


def is_town_mention(mention: Mention) -> bool:
    """Whether a capital mention is one of the towns made capitals here."""
    return (
        mention.kind == "capital" and mention.entry is not None and mention.entry.kind == "country"
    )


def town_acts(doc: Doc, start: int, end: int) -> bool:
    """Whether a town stands for its government: the subject of a verb of saying or acting
    ("TOWN said", "TOWN accused", the agent of a passive), not of a verb of being ("TOWN
    remains open") and not an object or possessor, which are where things happen."""
    head = doc[start:end].root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj":
        return head.head.lower_ == "by" and head.head.dep_ == "agent"
    return head.dep_ == "nsubj" and head.head.lemma_.lower() not in STATE_VERBS
