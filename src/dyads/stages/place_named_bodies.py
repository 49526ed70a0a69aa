"""Universities and clubs named after a place, found as places the gazetteer does not know
("at Colorado State University", "economists at the University of Cape Town", "a trip to
Exeter City"): placed at the place they are named after, the town after "at" first ("the
University of Texas at Austin", "University of Wisconsin at Green Bay").
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.gazetteer import GazEntry
from dyads.stages.place_filters import CLUB_WORDS, LARGE_TOWN_POPULATION
from dyads.stages.place_lookup import PlaceLookup, named_place
from dyads.stages.place_resolution import Mention

UNIVERSITY_WORDS = frozenset({"University", "Polytechnic"})
# Words between a place's name and "University" that are no part of the place's
# ("Colorado State University", "Florida Atlantic University").
UNIVERSITY_QUALIFIERS = frozenset(
    {
        *("State", "Atlantic", "International", "Tech", "Technological", "A&M", "Central"),
        *("Poly", "Southern", "Northern", "Eastern", "Western"),
    }
)


def place_of_named_body(lookup: PlaceLookup, doc: Doc, mention: Mention) -> Mention:
    """The mention, with the candidates of the place a university or a club it names is named
    after; other mentions as they are."""
    if mention.candidates or mention.end - mention.start < 2:
        return mention
    words = [t.text for t in doc[mention.start : mention.end]]
    place = None
    if "University" in words and "of" in words:
        place = _after_of(lookup, doc, mention, words)
    elif words[-1] in UNIVERSITY_WORDS or words[-1] in CLUB_WORDS:
        end = mention.end - 1
        while end > mention.start and doc[end - 1].text in UNIVERSITY_QUALIFIERS:
            end -= 1
        place = _known(lookup, doc, mention.start, end)
        if place is not None and end == mention.end - 1 and not _sizeable(place):
            place = None  # "Yale University", "Liberty University": named after no town
    if place is None:
        return mention
    # "Florida Atlantic University" is named after the state, not a town called Florida, and
    # "the University of Georgia" after the US state rather than the country.
    regions = tuple(e for e in place.candidates if e.kind == "admin1")
    countries = tuple(e for e in place.candidates if e.kind == "country")
    campus = _campus_after(lookup, doc, mention.end, regions)
    if campus is not None:  # "University of Wisconsin at Green Bay": that campus
        return Mention(mention.start, mention.end, campus, key=place.key, site=True)
    chosen = regions or countries or place.candidates
    return Mention(mention.start, mention.end, chosen, key=place.key)


def _campus_after(
    lookup: PlaceLookup, doc: Doc, end: int, regions: tuple[GazEntry, ...]
) -> tuple[GazEntry, ...] | None:
    """The towns of the region a university is named after, named by their capitalised name
    (at most three words) right after "at" or "in" that follows the university's name."""
    if not regions or end + 1 >= len(doc) or doc[end].lower_ not in {"at", "in"}:
        return None
    last = end + 1
    while last < min(len(doc), end + 4) and doc[last].text[:1].isupper():
        last += 1
    if last == end + 1:
        return None
    towns = tuple(
        e
        for e in lookup.gazetteer.lookup(doc[end + 1 : last].text)
        if e.kind == "city" and any(e.country == r.country and e.admin1 == r.name for r in regions)
    )
    return towns or None


def _sizeable(place: Mention) -> bool:
    """A country, a first-level region or a large town."""
    return any(
        e.kind in {"country", "admin1"} or e.population >= LARGE_TOWN_POPULATION
        for e in place.candidates
    )


def _after_of(lookup: PlaceLookup, doc: Doc, mention: Mention, words: list[str]) -> Mention | None:
    """'the University of Cape Town', 'the University of Texas at Austin' (the town)."""
    if "at" in words:
        at = mention.start + words.index("at")
        town = _known(lookup, doc, at + 1, mention.end)
        if town is not None:
            return town
    of = mention.start + words.index("of")
    if doc[of - 1].text != "University":
        return None
    end = mention.start + words.index("at") if "at" in words else mention.end
    return _known(lookup, doc, of + 1, end)


def _known(lookup: PlaceLookup, doc: Doc, start: int, end: int) -> Mention | None:
    """A place the gazetteer knows by its own name at exactly these words."""
    if end <= start:
        return None
    found = lookup.mention_at(doc, start, end, tagged=False)
    if found is None or not found.candidates or found.end != end or found.start != start:
        return None
    return found if named_place(found) else None
