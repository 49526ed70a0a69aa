"""Places named inside longer expressions: "US-based", "the Winnipeg Fire Service".

The model tags such names as part of something else (a person, an organisation, an event), or
not at all; these finders pick out the place's own name within them. Pure functions over a Doc,
the gazetteer and the tokens already taken by other finders.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from dyads.stages.doc_utils import token_table
from dyads.stages.gazetteer import GazEntry, Gazetteer, fold
from dyads.stages.place_cues import (
    CALENDAR_WORDS,
    PLACE_PREPOSITIONS,
    first_conjunct,
    is_capitalised,
    is_capitals,
    name_root,
    too_short,
)
from dyads.stages.place_resolution import AREA_KINDS, LOCAL_KINDS, Mention, is_acronym, same_name

MAX_NAME_TOKENS = 4
MAX_ACRONYM_LETTERS = 5
# "US-based", "a Paris-headquartered bank": the name before says where something is.
SITUATING_PARTICIPLES = frozenset({"based", "headquartered"})
# Organisations, events and facilities whose names may hold a place's ("Winnipeg Fire
# Paramedic Service", "the Karnataka Assembly", "the Dubai World Cup").
HOLDING_LABELS = frozenset({"ORG", "EVENT", "FAC"})
# Last words of newspapers' and broadcasters' names: "The Washington Post" is no place.
MEDIA_WORDS = frozenset(
    {
        *("post", "times", "journal", "herald", "tribune", "gazette", "chronicle", "observer"),
        *("standard", "mail", "telegraph", "guardian", "express", "independent", "star", "sun"),
        *("news", "daily", "press", "review", "today", "weekly", "magazine", "radio", "tv"),
        *("television", "record", "examiner", "inquirer", "dispatch", "courier", "bulletin"),
        *("register", "sentinel", "globe", "reporter", "monitor", "insider", "wire", "online"),
    }
)
# Words of companies' names: a place inside one names its home or its market, not where
# anything happens ("Qatar Airways", "the Bank of Japan", "Washington Mutual").
COMPANY_WORDS = frozenset(
    {
        *("airlines", "airline", "airways", "bank", "mutual", "motors", "motor"),
        *("corporation", "corp", "inc", "ltd", "plc", "llc", "co", "group", "holdings"),
        *("insurance", "telecom", "petroleum", "scientific", "technology", "technologies"),
        *("pharmaceuticals", "electronics", "industries", "semiconductor", "software"),
    }
)
# Last words of the names of agreements: "the Paris Agreement", "the Lisbon Treaty" name a
# pact, not a place where anything happens.
AGREEMENT_WORDS = frozenset(
    {"treaty", "agreement", "accord", "accords", "protocol", "declaration", "consensus"}
)
# Prepositions before an organisation that make it stand for where it is: "worked at the Bank
# of Ghana", "staff from Air Malta Cargo" (but "sold to Air Malta" names a buyer).
ORGANISATION_PLACE_PREPOSITIONS = PLACE_PREPOSITIONS | {"from"}
# Region names that are also plain words of organisations' names ("Centre for ...", "Gulf").
GENERIC_REGION_NAMES = frozenset(
    {
        *("centre", "center", "central", "north", "south", "east", "west", "northern"),
        *("southern", "eastern", "western", "capital", "coast", "gulf", "lakes", "islands"),
        *("national", "federal", "metropolitan", "upper", "lower", "middle", "interior"),
        *("highlands", "border", "river", "delta", "plateau", "littoral", "atlantic"),
        *("pacific", "ocean", "union", "liberty", "independence", "victory", "peace", "free"),
        *("commonwealth", "state", "republic", "city", "county", "district", "province"),
    }
)
# A region of one word named inside an organisation's name must be this large (or named
# elsewhere); many small ones are named like common words ("Pool", "Gulf", "Plateau").
MIN_REGION_POPULATION = 1_000_000
# A town named inside an organisation's name must be this large (or named elsewhere).
MIN_TOWN_POPULATION = 500_000


def situated_by_participle(doc: Doc, gazetteer: Gazetteer, taken: list[bool]) -> list[Mention]:
    """'US-based', 'a London-headquartered firm': the name before the hyphen is a place."""
    found: list[Mention] = []
    table = token_table(doc)
    texts, lowers = table.texts, table.lowers
    for end in range(1, len(doc) - 1):
        if texts[end] != "-" or lowers[end + 1] not in SITUATING_PARTICIPLES:
            continue
        for start in range(max(0, end - MAX_NAME_TOKENS), end):
            tokens = doc[start:end]
            if any(taken[start:end]) or not all(is_capitalised(t.text) for t in tokens):
                continue
            mention = _place_name(tokens, gazetteer, towns_from=0)
            if mention is not None:
                found.append(mention)
                break
    return found


def within_names(
    doc: Doc, gazetteer: Gazetteer, taken: list[bool], known: Collection[str]
) -> list[Mention]:
    """'the Winnipeg Fire Paramedic Service', 'the Karnataka Assembly': a country's or a
    region's name, or a large town's or one the article names elsewhere (`known`, folded),
    inside an organisation's, an event's or a facility's name. Newspapers ("The Washington
    Post") and persons ("Jordan Peterson") keep theirs."""
    found: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in HOLDING_LABELS or len(ent) < 2 or any(taken[ent.start : ent.end]):
            continue
        if ent[-1].lower_ in MEDIA_WORDS | AGREEMENT_WORDS:
            continue
        if _company(ent) and not _used_as_place(doc, ent):
            continue  # "Singapore Airlines", "the Bank of Canada": a company's name
        first = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        whole = _town_named_with_particle(doc, first, ent.end, gazetteer)
        if whole is not None:
            found.append(whole)  # "Cagayan de Oro" read as an organisation: the town, whole
            continue
        start = first
        while start < ent.end:
            mention = _longest_place(doc, start, ent.end, gazetteer, known)
            if mention is None:
                start += 1
                continue
            if (mention.start, mention.end) != (first, ent.end):
                found.append(mention)  # a part of the name: the whole is no place
            start = mention.end
    return found


def _town_named_with_particle(
    doc: Doc, start: int, end: int, gazetteer: Gazetteer
) -> Mention | None:
    """A town's whole name with a lower-case word inside ("Cagayan de Oro", "Santiago de
    Compostela"), which no part of the name stands for."""
    if end - start < 3 or not any(token.is_lower for token in doc[start + 1 : end - 1]):
        return None
    text = doc[start:end].text
    candidates = gazetteer.lookup(text)
    if not any(entry.kind == "city" for entry in candidates):
        return None
    return Mention(start, end, candidates, key=fold(text))


def _company(ent: TokenSpan) -> bool:
    """A word of companies' names in it, or "Air" first ("Air Malta", not "the Air Force")."""
    return ent[0].text == "Air" or any(token.lower_.rstrip(".") in COMPANY_WORDS for token in ent)


def _used_as_place(doc: Doc, ent: TokenSpan) -> bool:
    """'worked at the Bank of Ghana', 'at the depot and Air Malta Cargo': an organisation
    after "at", "in"... (or joined to a name after one) stands for where it is."""
    first = first_conjunct(name_root(doc, ent.start, ent.end))
    return first.dep_ == "pobj" and first.head.lower_ in ORGANISATION_PLACE_PREPOSITIONS


def _longest_place(
    doc: Doc, start: int, end: int, gazetteer: Gazetteer, known: Collection[str]
) -> Mention | None:
    if not is_capitalised(doc[start].text):
        return None
    for stop in range(min(end, start + MAX_NAME_TOKENS), start, -1):
        tokens = doc[start:stop]
        if not all(is_capitalised(t.text) for t in tokens):
            continue
        if fold(tokens.text) in GENERIC_REGION_NAMES:
            continue
        mention = _place_name(tokens, gazetteer, towns_from=MIN_TOWN_POPULATION, known=known)
        if mention is not None:
            return mention
    return None


def _place_name(
    tokens: TokenSpan, gazetteer: Gazetteer, towns_from: int, known: Collection[str] = ()
) -> Mention | None:
    """A mention for tokens that are a place's own name: a country, a region (see
    `_named_area`), or a town or a county by its own name at least `towns_from` strong (or in
    `known`)."""
    text = tokens.text
    key = fold(text)
    if too_short(text) or key in CALENDAR_WORDS or gazetteer.demonym(text) is not None:
        return None
    candidates = gazetteer.lookup(text)
    if not candidates:
        return None
    acronym = is_capitals(text) and len(text) <= MAX_ACRONYM_LETTERS
    if acronym and is_acronym(text, candidates) and all(e.kind != "country" for e in candidates):
        return None  # "UN", "NATO": acronyms, not towns
    areas = [e for e in candidates if e.kind in AREA_KINDS and e.kind != "continent"]
    if any(_named_area(e, len(tokens), towns_from, key in known) for e in areas):
        return Mention(tokens.start, tokens.end, candidates, key=key)
    local = [e for e in candidates if e.kind in LOCAL_KINDS and same_name(e.name, key)]
    if local and (key in known or max(e.population for e in local) >= towns_from):
        return Mention(tokens.start, tokens.end, candidates, key=key)
    if any(e.kind == "admin2" and fold(e.name) == key for e in local) and len(tokens) > 1:
        return Mention(tokens.start, tokens.end, candidates, key=key)  # "Walker County"
    return None


def _named_area(entry: GazEntry, words: int, towns_from: int, known: bool) -> bool:
    """Whether a country or region's name stands for it where a town's would need `towns_from`
    inhabitants: countries always; with a threshold (inside an organisation's name), a region
    of one word only when it is large or named elsewhere ("the Karnataka Assembly"; but
    "Kremlin Pool Photo", "Amazon Web Services", "Thames Water" name no region)."""
    if entry.kind == "country" or not towns_from or known or words > 1:
        return True
    return entry.kind == "admin1" and entry.population >= MIN_REGION_POPULATION
