"""States named like a first-level region of another state, read as that region where the
article's towns lie in it.

"Georgia" is a state of the Caucasus and of the United States. The places stage tells them
apart by the towns the article names ("Georgia" beside "Savannah" is the American state, beside
"Tbilisi" the country); the actor stage uses the same evidence: where the article names towns
of the region and none of the state, or the name follows one of the region's towns and a comma
("Columbus, Georgia"), or it is followed by "State" ("Niger State"), the name is the region.
It is then read like a town the dictionary files as a state's name (``actor_town_names.py``):
its own state's government where it speaks or acts, its officials that state's ("Georgia's
governor" -> USA GOV), and otherwise a place.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.actor_patterns import Mention
from dyads.stages.gazetteer import GazEntry, Gazetteer, fold, load_gazetteer

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Capitalised words that make the name before them a region's: "Niger State".
REGION_WORDS = frozenset({"State", "Province", "Region", "Governorate", "Oblast"})
# Places that show where an article is: towns and counties, not regions or states.
TOWN_KINDS = frozenset({"city", "admin2"})


def namesake_regions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each state named like a region of another state, whose towns the
    article names (and none of the state's own), made a capital-like mention of that state."""
    candidates = [m for m in mentions if m.kind == "country" and m.code and m.entry is not None]
    if not candidates:
        return mentions
    gazetteer = load_gazetteer()
    regions: dict[int, GazEntry] = {}
    for mention in candidates:
        text = doc[mention.start : mention.end].text
        region = _namesake_region(gazetteer.lookup(text), str(mention.code))
        if region is not None:
            regions[mention.start] = region
    if not regions:
        return mentions
    towns = _article_places(doc, gazetteer, regions)
    ends = {m.start: m.end for m in candidates}
    recoded = {
        start: region
        for start, region in regions.items()
        if _qualifies_town(doc, gazetteer, start, region)
        or _named_as_region(doc, ends[start])
        or (
            (region.country, region.name) in towns
            and not _names_state(towns, mentions, start, set(regions))
        )
    }
    return [
        replace(m, kind="capital", code=recoded[m.start].country, sector="GOV")
        if m.start in recoded
        else m
        for m in mentions
    ]


def _namesake_region(places: tuple[GazEntry, ...], code: str) -> GazEntry | None:
    """The first-level region of another state that bears the state's name, if one does."""
    if not any(place.kind == "country" and place.country == code for place in places):
        return None
    return next((p for p in places if p.kind == "admin1" and p.country != code and p.country), None)


def _named_as_region(doc: Doc, end: int) -> bool:
    """Whether the name is followed by the capitalised word for a region: "Niger State"."""
    return end < len(doc) and doc[end].text in REGION_WORDS


def _qualifies_town(doc: Doc, gazetteer: Gazetteer, start: int, region: GazEntry) -> bool:
    """Whether the name follows a town and a comma, and the region has a town of that name
    ("Columbus, Georgia": the Georgian Columbus, not Ohio's, and so the American state)."""
    if start < 2 or doc[start - 1].text != ",":
        return False
    town = next((ent for ent in doc.ents if ent.end == start - 1), None)
    if town is None or town.label_ not in PLACE_LABELS:
        return False
    return any(
        place.kind in TOWN_KINDS and (place.country, place.admin1) == (region.country, region.name)
        for place in gazetteer.lookup(town.text)
    )


def _article_places(
    doc: Doc, gazetteer: Gazetteer, regions: dict[int, GazEntry]
) -> set[tuple[str | None, str | None]]:
    """(state, first-level region) of the town each of the article's place names most likely
    denotes (the largest so named: "Athens" is Greece's, "Savannah" Georgia's), and (state,
    None) for the states they lie in; the namesakes themselves excluded."""
    names = {fold(region.name) for region in regions.values()}
    found: set[tuple[str | None, str | None]] = set()
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or fold(ent.text) in names:
            continue
        towns = [place for place in gazetteer.lookup(ent.text) if place.kind in TOWN_KINDS]
        if towns:
            town = max(towns, key=lambda place: place.population)
            found.add((town.country, town.admin1))
            found.add((town.country, None))
    return found


def _names_state(
    towns: set[tuple[str | None, str | None]],
    mentions: list[Mention],
    start: int,
    namesakes: set[int],
) -> bool:
    """Whether the article names a town of the state itself, or names the state otherwise
    (its capital, a demonym: "Georgian lawmakers")."""
    own = next(m for m in mentions if m.start == start)
    if (own.code, None) in towns:
        return True
    return any(m.code == own.code and m.start not in namesakes for m in mentions)
