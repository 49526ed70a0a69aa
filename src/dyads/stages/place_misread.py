"""Places the small model labels as persons, organisations, languages or works: kept where the
words around them say "place" ("in Boise", "fled Deraa", "the State of Kerala", "at Afrika
Shrine in Lagos").
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from dyads.eval.geo import distance_km
from dyads.stages.gazetteer import fold
from dyads.stages.place_county_towns import COUNTY_TOWN_KM
from dyads.stages.place_cues import (
    CALENDAR_WORDS,
    PLACE_LABELS,
    PLACE_PREPOSITIONS,
    after_locative,
    attack_target,
    before_resident_noun,
    bracketed,
    building_of_name,
    cued_by_of,
    described_as_settlement,
    exchanged_with_person,
    from_people,
    has_city_cue,
    hometown,
    is_capitalised,
    is_capitals,
    is_direction,
    measured_from,
    moving_to_or_from,
    names_a_building,
)
from dyads.stages.place_filters import large_town, people_adjective, sizeable_town
from dyads.stages.place_governed import governed_by_control_noun, other_name_after_in
from dyads.stages.place_lookup import (
    MAX_ACRONYM_LETTERS,
    MAX_MISREAD_TOKENS,
    PlaceLookup,
    named_place,
)
from dyads.stages.place_plurals import plural_area_after_the
from dyads.stages.place_polity_possessives import country_before_state_noun
from dyads.stages.place_region_towns import towns_in_named_region
from dyads.stages.place_resolution import ARABIC_ARTICLES, AREA_KINDS, Mention, same_name
from dyads.stages.place_sites import offshore, site_noun_after
from dyads.stages.place_town_cues import person_cue, town_cue

# Labels the small model often puts on place names: kept as places only where the words
# around them say "place" (after "in", "at"...; before ", Idaho").
MISREAD_LABELS = frozenset({"ORG", "PERSON", "NORP", "DATE", "PRODUCT", "WORK_OF_ART", "EVENT"})
TO_FROM = frozenset({"to", "from"})
VENUE_PREPOSITIONS = frozenset({"at"})
# Labels under which a town's other name (not its own) after a verb's "in" is read as the town
# ("consecrated in Etchmiadzin" read as a firm); persons and dates are too often so named.
OTHER_NAME_LABELS = frozenset({"ORG", "NORP"})
# "the State of X", "the Republic of X": words for a polity before the name of a place.
# Last words of the names of events, which are held in places but are none ("the Consumer
# Electronics Show", "the World Economic Forum", "the Mobile World Congress").
EVENT_WORDS = frozenset(
    {
        *("conference", "summit", "show", "expo", "exhibition", "festival", "fair", "forum"),
        *("congress", "convention", "symposium", "games", "olympics", "championship"),
        *("championships", "cup", "tournament", "awards", "week", "meeting", "ceremony"),
    }
)
# Words of time the small model runs into the name of a place before them, under any label
# ("struck Kyiv overnight" with "Kyiv overnight" a TIME, "swept into Hama days after" with
# "Hama days" a place); "Moscow time" is a time zone and stays one.
TIME_TAIL_WORDS = frozenset(
    {
        *("overnight", "today", "tonight", "yesterday", "tomorrow", "earlier", "later"),
        *("early", "late", "morning", "afternoon", "evening", "night", "nights", "dawn"),
        *("day", "days", "week", "weeks", "month", "months", "year", "years", "hours"),
        *("last", "this", "next", "ago", "on", "since", "before", "after", "midnight"),
    }
)
# Joined once here, not on every entity checked.
_TIME_TAIL_OR_CALENDAR = TIME_TAIL_WORDS | CALENDAR_WORDS
# Lower-case words for a territory's standing before its name ("breakaway Abkhazia", "annexed
# Crimea", "rebel-held Idlib"): a person's or a people's name never takes them.
STANDING_WORDS = frozenset(
    {
        *("breakaway", "occupied", "annexed", "disputed", "separatist", "secessionist"),
        *("autonomous", "landlocked", "war-torn", "rebel-held", "oil-rich", "neighbouring"),
        *("neighboring", "besieged", "embattled", "quake-hit", "flood-hit", "drought-hit"),
    }
)
# Prepositions only a place follows, never a language ("in" and "into" take both).
NEAR_PREPOSITIONS = frozenset({"near", "outside", "around", "across", "inside", "towards"})
POLITY_WORDS = frozenset(
    {"state", "province", "region", "republic", "kingdom", "emirate", "sultanate", "principality"}
)


# Capitalised last words of the names of well-known sites ("Incirlik Air Base", "Vandenberg
# Space Force Base", "Pearl Harbor"): no person's name ends so.
SITE_NAME_WORDS = frozenset(
    {
        *("base", "airbase", "airport", "airfield", "cosmodrome", "center", "centre"),
        *("station", "harbor", "harbour", "crossing", "bridge", "plant", "complex"),
    }
)


def named_site(lookup: PlaceLookup, doc: Doc, start: int, end: int) -> Mention | None:
    """A name the gazetteer holds for a well-known site or region that is no town ("Vandenberg
    Space Force Base", "Ain al-Asad" before "air base"), whatever the model's label."""
    name = doc[start:end].text
    sites = tuple(e for e in lookup.gazetteer.lookup(name) if e.kind == "region")
    return Mention(start, end, sites, key=fold(name)) if sites else None


def polity_of(lookup: PlaceLookup, doc: Doc, start: int, end: int) -> Mention | None:
    """'State of Tamil Nadu', 'Republic of Armenia' read as an organisation: the country or
    region named after "of"."""
    if end - start < 3 or doc[start].lower_ not in POLITY_WORDS:
        return None
    if doc[start + 1].lower_ != "of":
        return None
    name = doc[start + 2 : end].text
    areas = tuple(e for e in lookup.gazetteer.lookup(name) if e.kind in AREA_KINDS)
    return Mention(start + 2, end, areas, key=fold(name)) if areas else None


def place_before_time_words(lookup: PlaceLookup, doc: Doc, ent: TokenSpan) -> Mention | None:
    """The place whose name opens an entity that words of time end ("Kyiv overnight", "Aleppo
    early Tuesday", "Hama days"): a country, a region or a town of some size by its own name."""
    if doc[ent.end - 1].lower_ not in _TIME_TAIL_OR_CALENDAR:
        return None
    start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
    end = start
    while end < ent.end and (is_capitalised(doc[end].text) or doc[end].text == "-"):
        end += 1
    tail = doc[end : ent.end]
    if not start < end < ent.end or end - start > MAX_MISREAD_TOKENS or not tail[0].is_lower:
        return None
    if not all(t.lower_ in _TIME_TAIL_OR_CALENDAR or t.like_num for t in tail):
        return None
    if fold(doc[start:end].text) in CALENDAR_WORDS:
        return None
    if doc[start].is_stop or person_cue(doc, start, end):
        return None  # "This year", "Last week"; "Mr Jackson late on Monday said"
    mention = lookup.mention_at(doc, start, end, tagged=False)
    if mention is None or not mention.candidates or not named_place(mention):
        return None
    return mention if sizeable_town(mention) else None


def misread_entity(lookup: PlaceLookup, doc: Doc, ent: TokenSpan) -> Mention | None:
    """A place the model labelled as a person or an organisation ("in Boise", "Košice,
    Prešov"), kept when it is a place's own name and the words around it say "place"."""
    start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
    tokens = doc[start : ent.end]
    county = county_after_town(lookup, doc, start, ent.end)
    if county is not None:
        return county  # "Newport, Isle of Wight" with the county read as a firm
    if len(tokens) == 1 and people_adjective(lookup.gazetteer, tokens.text):
        return None  # "A Canadian man", "the Welsh town of": a people's adjective, no town
    if len(tokens) > 1 and doc[ent.end - 1].lower_ in SITE_NAME_WORDS:
        site = named_site(lookup, doc, start, ent.end)
        if site is not None and is_capitalised(doc[ent.end - 1].text):
            return site  # "Vandenberg Space Force Base" read as a person
    building = names_a_building(tokens) or building_of_name(tokens)
    if building and (after_locative(doc, start) or cued_by_of(doc, start)):
        return Mention(start, ent.end, ())  # "at the Manila Cathedral": a place, unresolved
    if building and before_a_place(doc, ent.end):
        return Mention(start, ent.end, ())  # "the Supreme Court in Beijing", any verb before
    if site_noun_after(doc, ent.end) is not None:
        # "at the Ford plant": the site finder reads the name with its noun, unless the name
        # is a site's own ("Ain al-Asad air base").
        return named_site(lookup, doc, start, ent.end) if start < ent.end else None
    words = sum(token.text != "-" for token in tokens)  # "Ras al-Ain" is three words
    if not 0 < words <= MAX_MISREAD_TOKENS:
        return None
    if not all(_name_word(tokens, k) for k in range(len(tokens))):
        return None
    if start > 0 and is_direction(doc, start - 1) and doc[start - 1].is_lower:
        # "in eastern Ghouta": only places have a lower-case east and west.
        return lookup.mention_at(doc, start, ent.end, tagged=False) or Mention(start, ent.end, ())
    name = tokens.text  # read once: a span builds its text on every access
    acronym = is_capitals(name) and len(name) <= MAX_ACRONYM_LETTERS
    # An acronym is kept in capitals ("UN" is not the town of Un) and has no spelling variants.
    key = name if acronym else fold(name)
    cued = after_locative(doc, start, PLACE_PREPOSITIONS) or town_cue(doc, start, ent.end)
    candidates = lookup.places_named(name, variants=not acronym, cued=cued)
    # "Ondo town": the town, not the state named alike.
    mention = Mention(
        start, ent.end, candidates, key=key, city_cue=has_city_cue(doc, start, ent.end)
    )
    if not mention.candidates and cued_by_of(doc, start) and doc[start - 2].lower_ != "mayor":
        return Mention(start, ent.end, ())  # "the village of Nagrig": a place, unknown
    if not mention.candidates and described_as_settlement(doc, ent.end):
        return Mention(start, ent.end, ())  # "Nyamirambo, a suburb of Kigali"
    if _large_town_in_place_words(doc, start, ent.end, mention):
        return mention  # "fled Deraa", "the capital Sanaa", "Kharkov was shelled"
    placed = towns_in_named_region(lookup.gazetteer, doc, start, ent.end, mention.candidates)
    if placed:
        return Mention(start, ent.end, placed, key=key)  # "from El Geneina in West Darfur"
    if ent.label_ in OTHER_NAME_LABELS and other_name_after_in(doc, start, mention):
        return mention  # "consecrated in Etchmiadzin", a town's other name read as a firm
    if not mention.candidates or not named_place(mention):
        return None
    if exchanged_with_person(doc, start, ent.end):
        return None  # "support from Warren", "spoken to Carson"
    if attack_target(doc, start, ent.end):
        # "fired on Khan Younis" is a town; "fired at Johnson", a small town's name, a man.
        return mention if sizeable_town(mention) else None
    if sizeable_town(mention) and _in_place_words(doc, start, ent.end):
        return mention  # "withdrew from Avdiivka": a town of some size by its own name
    located = after_locative(doc, start, PLACE_PREPOSITIONS) or hometown(doc, start)
    located = located or cued_by_of(doc, start) or _feature_with_the(doc, start, mention)
    located = located or moving_to_or_from(doc, start) or before_resident_noun(doc, ent.end)
    located = located or described_as_settlement(doc, ent.end)
    located = located or _moving_to_area(doc, start, mention) or _polity_before(doc, start)
    located = located or _named_area(mention, ent.end - start) or from_people(doc, start)
    located = located or measured_from(doc, start, ent.end) or offshore(doc, start)
    located = located or _after_standing_word(doc, start) or plural_area_after_the(doc, mention)
    located = located or governed_by_control_noun(doc, start, mention)
    located = located or country_before_state_noun(doc, ent.end, mention)  # "Bermuda's premier"
    if located or bracketed(doc, start, ent.end) or lookup.qualified_by_area(doc, ent.end):
        return Mention(
            start, ent.end, mention.candidates, key=fold(name), city_cue=mention.city_cue
        )
    return None


def _name_word(tokens: TokenSpan, k: int) -> bool:
    """A word a place's name may hold: capitalised, a hyphen, or an Arabic article before its
    hyphen and a capitalised word ("Ras al-Ain", "Deir el-Balah", "al-Arish")."""
    token = tokens[k]
    if is_capitalised(token.text) or token.text == "-":
        return True
    # Also opening the name when the model tags it whole ("al-Arish" as NORP).
    inside = k < len(tokens) - 2 and tokens[k + 1].text == "-"
    return inside and token.text in ARABIC_ARTICLES and is_capitalised(tokens[k + 2].text)


def _large_town_in_place_words(doc: Doc, start: int, end: int, mention: Mention) -> bool:
    """A capital or a large town, by any of its names, where the words around it take a
    place and none marks a person."""
    return large_town(mention) and _in_place_words(doc, start, end)


def _in_place_words(doc: Doc, start: int, end: int) -> bool:
    """The words around the name take a place ("fled X", "the capital X") and none marks a
    person."""
    if exchanged_with_person(doc, start, end):
        return False
    return town_cue(doc, start, end) and not person_cue(doc, start, end)


def misread_language(lookup: PlaceLookup, doc: Doc, ent: TokenSpan) -> Mention | None:
    """'from Tunis to Sfax', 'near Tunis' with "Tunis" tagged a language: only a large town
    in place words or after "near", "outside"... is kept."""
    if not all(is_capitalised(t.text) for t in ent):
        return None
    mention = Mention(ent.start, ent.end, lookup.gazetteer.lookup(ent.text), key=fold(ent.text))
    if _large_town_in_place_words(doc, ent.start, ent.end, mention):
        return mention
    if large_town(mention) and after_locative(doc, ent.start, NEAR_PREPOSITIONS):
        return mention  # "a jail near Tunis"; but "in Hindi" may be a language
    return None


def _moving_to_area(doc: Doc, start: int, mention: Mention) -> bool:
    """'returns to Hampshire', 'flew from Kerala': "to" and "from" before the own name of a
    country or a region (before a town's or a person's name they say too little: "according to
    Davis", "a letter from Allen")."""
    if not after_locative(doc, start, TO_FROM) or doc[start - 2 : start - 1].text == "according":
        return False
    return any(
        entry.kind in {"country", "admin1", "admin2"} and same_name(entry.name, mention.key)
        for entry in mention.candidates
    )


def _feature_with_the(doc: Doc, start: int, mention: Mention) -> bool:
    """'the Danube', 'the Rhine': a river's, a sea's or a range's own name after "the" (a
    person's name seldom takes the article)."""
    return (
        start > 0
        and doc[start - 1].lower_ == "the"
        and any(e.kind == "region" and same_name(e.name, mention.key) for e in mention.candidates)
    )


def _after_standing_word(doc: Doc, start: int) -> bool:
    """'breakaway Abkhazia', 'rebel-held Idlib': a lower-case word for a territory's standing
    (one token, or two joined by a hyphen) comes right before the name."""
    if start == 0:
        return False
    if doc[start - 1].lower_ in STANDING_WORDS:
        return True
    return start >= 3 and doc[start - 3 : start].text.lower() in STANDING_WORDS


def _polity_before(doc: Doc, start: int) -> bool:
    """'growers of State of Kerala': a word for a polity and "of" before the name."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in POLITY_WORDS


def county_after_town(lookup: PlaceLookup, doc: Doc, start: int, end: int) -> Mention | None:
    """'Newport, Isle of Wight': a county's own name of two or more words after a tagged place
    and a comma, where a town of the place's name lies near the county's centre."""
    if start < 2 or doc[start - 1].text != "," or end - start < 2:
        return None
    before = next((e for e in doc.ents if e.end == start - 1), None)
    if before is None or before.label_ not in PLACE_LABELS:
        return None
    name = doc[start:end].text
    candidates = lookup.gazetteer.lookup(name)
    key = fold(name)
    counties = [e for e in candidates if e.kind == "admin2" and same_name(e.name, key)]
    towns = [e for e in lookup.gazetteer.lookup(before.text) if e.kind == "city"]
    held = any(
        (town.country, town.admin1) == (county.country, county.admin1)
        and distance_km(town.lat or 0.0, town.lon or 0.0, county.lat or 0.0, county.lon or 0.0)
        <= COUNTY_TOWN_KM
        for town in towns
        for county in counties
        if None not in (town.lat, town.lon, county.lat, county.lon)
    )
    return Mention(start, end, candidates, key=key) if held else None


def _named_area(mention: Mention, length: int) -> bool:
    """A name of two or more words that is a country's or a first-level region's own name
    ("Tamil Nadu", "New Hampshire"): a place whatever the model's label (one word, such as
    "Georgia" or "Jordan", is as often a person's)."""
    return length > 1 and any(
        entry.kind in {"country", "admin1"} and same_name(entry.name, mention.key)
        for entry in mention.candidates
    )


def venue(doc: Doc, start: int, end: int) -> Mention | None:
    """'at Afrika Shrine in Lagos': a name the model reads as an organisation or a work, after
    "at" and before "in" and a place, is a venue in that place; but an event held there ("at
    the Web Summit in Lisbon") is none."""
    if not after_locative(doc, start, VENUE_PREPOSITIONS) or not before_a_place(doc, end):
        return None
    if doc[end - 1].lower_ in EVENT_WORDS:
        return None
    return Mention(start, end, ())


def before_a_place(doc: Doc, end: int) -> bool:
    """'... in Lagos': "in" and a place the model tagged follow."""
    return (
        end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].ent_type_ in {"GPE", "LOC"}
    )
