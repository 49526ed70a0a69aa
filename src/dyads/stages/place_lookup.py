"""Mentions of places looked up in the gazetteer: the tokens of a name, widened to region and
direction phrases ("the Tver region", "western Russia"), with the places the name may denote.

Every finder of toponyms (`place_finders`) builds its mentions here.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.stages.doc_utils import span_text, token_table
from dyads.stages.gazetteer import (
    MIN_VARIANT_LETTERS,
    MIN_VARIANT_POPULATION,
    GazEntry,
    Gazetteer,
    fold,
)
from dyads.stages.place_compass_divisions import division_of_town
from dyads.stages.place_cues import (
    BUILDING_WORDS,
    CALENDAR_WORDS,
    FEATURE_WORDS,
    LOWER_COMPASS_WORDS,
    REGION_WORDS,
    described_as_settlement,
    has_city_cue,
    is_brand_case,
    is_capitalised,
    is_capitals,
    is_direction,
    is_direction_word,
    name_token,
    names_a_building,
    names_a_facility,
    names_a_standing_building,
    starts_a_feature,
    too_short,
)
from dyads.stages.place_resolution import (
    AREA_KINDS,
    BIG_CITY,
    PROMINENT_CITY,
    Mention,
    is_acronym,
    same_town_name,
)

MAX_NAME_TOKENS = 5
# A town found by a spelling variant of its name ("Salah" for Šaľa) must be this large unless
# the words around the name say "place".
UNCUED_VARIANT_POPULATION = 50_000
# A town known from the gazetteer alone (no entity) must be this large, or follow "in"/"at".
MIN_POPULATION_UNTAGGED = 100_000
MAX_ACRONYM_LETTERS = 5  # "UN", "TASS": a town's name in capitals only if it is a country's
MAX_MISREAD_TOKENS = 3
COMPASS_POINTS = frozenset({"north", "south", "east", "west"})
# Words naming a first-level division: the name before one is the division's, not a river's or
# a sea's named the same.
DIVISION_WORDS = frozenset({"state", "province", "oblast", "governorate", "prefecture", "krai"})
# Last words of an island's name: an island the gazetteer lacks under its whole name is often
# a first- or second-level division of the same name ("Manus Island", "Hainan Island").
ISLAND_WORDS = frozenset({"island", "isle"})
DIVISION_KINDS = frozenset({"admin1", "admin2"})
# Words before a great city's name that name a part of the city, not of a region named like it:
# "central Santiago", "north London", "east Jerusalem".
CITY_PART_WORDS = LOWER_COMPASS_WORDS | {"central", "downtown"}


class PlaceLookup:
    """Mentions of names looked up in the gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def mention_at(
        self, doc: Doc, start: int, end: int, *, tagged: bool, located: bool = False
    ) -> Mention | None:
        """A mention for tokens [start, end), widened to region and direction phrases."""
        tokens = doc[start:end]
        if tokens[-1].lower_ in REGION_WORDS and len(tokens) > 1:
            region = self.region_phrase(doc, start, end - 1, end)
            return region or self.mention_at(doc, start, end - 1, tagged=tagged)
        if end < len(doc) and doc[end].lower_ in REGION_WORDS and doc[end].is_lower:
            region = self.region_phrase(doc, start, end, end + 1)
            if region is not None:
                return region
        name = tokens.text  # read once: a span builds its text on every access
        if not is_capitalised(name) or too_short(name):
            return None  # "tina", "No": not names of places even when tagged
        candidates = self.places_named(name, variants=False)
        if not candidates and end - start > 1 and doc[start].lower_ in COMPASS_POINTS:
            # "West Wales", "South Venezuela": the part of a country or a region.
            areas = tuple(
                e for e in self.gazetteer.lookup(tokens[1:].text) if e.kind in {"country", "admin1"}
            )
            if areas:
                return Mention(start, end, areas, key=fold(name), area_only=True)
        if not candidates and tagged:
            # A spelling the gazetteer lacks ("Sa'ada", "Deir al-Balah"): only where the model
            # says place, and only regions and sizeable towns.
            candidates = self.places_named(name, variants=True, cued=located)
        if not candidates and end - start > 1 and tokens[-1].lower_ in ISLAND_WORDS:
            # "Manus Island": an island that is its own province or district, named so.
            divisions = tuple(
                e for e in self.gazetteer.lookup(tokens[:-1].text) if e.kind in DIVISION_KINDS
            )
            if divisions:
                return Mention(start, end, divisions, key=fold(name), area_only=True)
        if not candidates and tagged:
            # "Ibadan North-East": a division the gazetteer lacks, placed at its town.
            division = division_of_town(self.gazetteer, doc, start, end)
            if division is not None:
                return division
        if not candidates:
            return self._unresolved(doc, start, end, located) if tagged else None
        if (
            start > 0
            and is_direction(doc, start - 1)
            and not _part_of_city(doc, start, end, candidates)
        ):
            areas = tuple(entry for entry in candidates if entry.kind in AREA_KINDS)
            if areas:
                return Mention(start - 1, end, areas, area_only=True)
        compass = doc[start].lower_ in COMPASS_POINTS or is_direction_word(doc, start)
        qualified = self.qualified_by_area(doc, end)  # "East Palestine, Ohio": the town
        if end - start > 1 and compass and not _known_area(candidates) and not qualified:
            # "South Lebanon" is the south of Lebanon, not a village that happens to be named so.
            areas = tuple(e for e in self.gazetteer.lookup(tokens[1:].text) if e.kind == "country")
            if areas:
                return Mention(start, end, areas, area_only=True)
        cue = has_city_cue(doc, start, end)
        facility = names_a_facility(doc, end)
        return Mention(start, end, candidates, key=fold(name), city_cue=cue, facility=facility)

    def places_named(
        self, name: str, *, variants: bool, cued: bool = False
    ) -> tuple[GazEntry, ...]:
        """The places a name may denote. A name known only for small places may be a spelling
        of a large town's ("Zaporizhzhia", a village, for the city Zaporizhzhya): such towns
        are added. With `variants`, an unknown name is looked up by its spelling variants:
        regions and large towns, and smaller towns too when the words around the name say
        "place" (`cued`: "in Kiryat Shmona", "withdrew from Avdiivka")."""
        found = self.gazetteer.lookup(name)
        if sum(ch.isalpha() for ch in name) < MIN_VARIANT_LETTERS or is_capitals(name):
            return found  # "AI", "Yei": short names' variants meet too many others
        if not found:
            if not variants:
                return ()
            return tuple(
                e
                for e in self.gazetteer.lookup_variant(name)
                if cued or e.kind != "city" or e.population >= UNCUED_VARIANT_POPULATION
            )
        if any(e.kind == "city" and e.population >= MIN_VARIANT_POPULATION for e in found):
            return found
        spelt = self.gazetteer.lookup_variant(name)
        return found + tuple(
            e
            for e in spelt
            if e.kind == "city" and e.population >= PROMINENT_CITY and e not in found
        )

    def region_phrase(self, doc: Doc, start: int, name_end: int, end: int) -> Mention | None:
        """'Tver region' -> the first-level region around Tver; 'Punjab province' -> Punjab;
        'Isabela province' -> the province, a second-level division."""
        wider = self._region_with_word_before(doc, start, name_end)
        if wider is not None:
            start = wider  # "the La Libertad region" tagged "Libertad"
        candidates = self.gazetteer.lookup(doc[start:name_end].text)
        regions = [entry for entry in candidates if entry.kind in {"admin1", "region"}]
        if not regions:
            regions = [entry for entry in candidates if entry.kind == "admin2"]
        if not regions:  # the region around the largest town of that name, in each country
            towns: dict[str, GazEntry] = {}
            for town in (entry for entry in candidates if entry.kind == "city"):
                best = towns.get(town.country or "")
                if best is None or town.population > best.population:
                    towns[town.country or ""] = town
            for town in towns.values():
                region = self.gazetteer.admin1(town.country or "", town.admin1 or "")
                if region is not None:
                    regions.append(region)
        if not regions:
            return None
        divisions = [entry for entry in regions if entry.kind == "admin1"]
        if divisions and doc[end - 1].lower_ in DIVISION_WORDS:
            regions = divisions  # "River Nile state" is the Sudanese state, not the river
        return Mention(start, end, tuple(regions), area_only=True)

    def _region_with_word_before(self, doc: Doc, start: int, name_end: int) -> int | None:
        """The start of a region's name one capitalised word longer than the tagged one
        ("La Libertad", "El Oro"), where the gazetteer knows the longer name as a region."""
        if start == 0 or not is_capitalised(doc[start - 1].text) or doc[start - 1].is_sent_start:
            return None
        longer = self.gazetteer.lookup(doc[start - 1 : name_end].text)
        return start - 1 if any(e.kind in {"admin1", "admin2"} for e in longer) else None

    def _unresolved(self, doc: Doc, start: int, end: int, located: bool) -> Mention | None:
        # A tagged name the gazetteer does not know is kept, without a place, when it says what
        # kind of place it is ("Royal Street"), or when the model calls it a place and it
        # follows "in", "at"... ("in Ghouta"); the model's other guesses at unknown names are
        # too often products, events or organisations.
        tokens = doc[start:end]
        located = located or self.qualified_by_area(doc, end) or described_as_settlement(doc, end)
        if not any(is_capitalised(t.text) for t in tokens):
            return None
        if any(is_brand_case(t.text) for t in tokens):
            return None  # "AirTran", "WorldCom": a company's or a product's name
        if len(tokens) > 1 and tokens[-1].is_lower and tokens[:-1].text in self.gazetteer:
            return None  # "Hackney beach": the place is Hackney, found by the matcher
        if any(t.lower_ in FEATURE_WORDS for t in tokens) or starts_a_feature(tokens):
            return Mention(start, end, ())
        if names_a_standing_building(tokens):
            return Mention(start, end, ())  # "Evin Prison" wherever it is named
        if tokens[0].ent_type_ == "FAC" and names_a_building(tokens):
            return Mention(start, end, ())  # the model says building, and so does the name
        if located and all(t.pos_ == "PROPN" or t.text == "-" for t in tokens):
            return Mention(start, end, ())
        # "at the Manila Cathedral, Cardinal Tagle": the name ends at the word for a building.
        building = next((t.i for t in tokens[1:] if t.lower_ in BUILDING_WORDS), None)
        if located and building is not None and names_a_building(doc[start : building + 1]):
            return Mention(start, building + 1, ())
        return None

    def qualified_by_area(self, doc: Doc, end: int) -> bool:
        """'Boise, Idaho': a comma, then the name of a country or first-level region."""
        if end + 1 >= len(doc) or doc[end].text != ",":
            return False
        for longer in range(min(len(doc), end + 1 + MAX_NAME_TOKENS), end + 1, -1):
            tokens = doc[end + 1 : longer]
            if not is_capitalised(tokens.text):
                continue
            if any(e.kind in {"country", "admin1"} for e in self.gazetteer.lookup(tokens.text)):
                return True
        return False

    def longer_area(self, doc: Doc, start: int, end: int) -> Mention | None:
        """'Trinidad and Tobago' when the model tagged only 'Trinidad'."""
        texts = token_table(doc).texts
        # Only names of name words are tried: none goes past the first other word.
        last = min(len(doc), start + MAX_NAME_TOKENS)
        words_end = next((k for k in range(start, last) if not name_token(texts[k])), last)
        for longer in range(words_end, end, -1):
            if not is_capitalised(texts[longer - 1]):
                continue
            name = span_text(doc, start, longer)
            areas = tuple(e for e in self.gazetteer.lookup(name) if e.kind in AREA_KINDS)
            if areas:
                return Mention(start, longer, areas, key=fold(name))
        return None

    def known_town(self, doc: Doc, start: int, end: int) -> bool:
        known = self.mention_at(doc, start, end, tagged=False)
        return known is not None and bool(known.candidates) and named_place(known)


def named_place(mention: Mention) -> bool:
    """A country or region, or a town by its own name (not by an old or foreign one, nor
    by a month's name, nor by an acronym such as "UN")."""
    if mention.area_only or any(e.kind in AREA_KINDS for e in mention.candidates):
        return True
    if mention.key in CALENDAR_WORDS or is_acronym(mention.key, mention.candidates):
        return False
    return any(same_town_name(e, mention.key) for e in mention.candidates)


def _known_area(candidates: Sequence[GazEntry]) -> bool:
    """A country, a region or a sizeable town goes by this name."""
    return any(e.kind in AREA_KINDS or e.population >= MIN_POPULATION_UNTAGGED for e in candidates)


def _part_of_city(doc: Doc, start: int, end: int, candidates: Sequence[GazEntry]) -> bool:
    """'central Santiago', 'north London': a lower-case word for a part of a city before the
    own name of a capital or a city of a million, which is then the city."""
    if doc[start - 1].text not in CITY_PART_WORDS:
        return False
    key = fold(doc[start:end].text)
    return any(
        entry.kind == "city"
        and (entry.capital or entry.population >= BIG_CITY)
        and same_town_name(entry, key)
        for entry in candidates
    )
