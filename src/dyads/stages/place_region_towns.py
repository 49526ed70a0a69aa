"""Towns the model labels as persons or organisations, kept where a place beside them holds a
town of that name: "from El Geneina in West Darfur", "bombers from Sioux Lookout" in a sentence
naming Ontario, "Nyala and Zalingei" with Nyala tagged a place, "Clonmel and Cahir" in a
sentence naming Tipperary.

The small model reads many towns of Africa, Asia and the remote north as persons; a region or a
listed town that holds a namesake is evidence no person's name has. Two names joined by "and"
that both have a town in a region the sentence names are such evidence whatever the verb: two
persons' or firms' names rarely both match towns of the one region the sentence speaks of.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from dyads.eval.geo import distance_km
from dyads.stages.gazetteer import GazEntry, Gazetteer
from dyads.stages.place_cues import (
    PLACE_LABELS,
    PLACE_PREPOSITIONS,
    after_locative,
    exchanged_with_person,
)
from dyads.stages.place_filters import SPEAKING_LEMMAS
from dyads.stages.place_town_cues import SAYING_LEMMAS, person_cue

# Prepositions of place and motion before the name ("from X", "to X", "in X").
LEADING_PREPOSITIONS = PLACE_PREPOSITIONS | {"from", "to", "via", "through", "towards"}
# Words joining the name to a listed town ("Nyala and Zalingei", "Owo, Ikare and X").
LIST_JOINERS = frozenset({",", "and", "or"})
# A town in the named first-level region counts from this size (hamlets share people's names).
REGION_TOWN_POPULATION = 2_000
# A town only in the named or listed place's country must be a town of some size.
COUNTRY_TOWN_POPULATION = 15_000
# Lower-case words after a listed town's name ("Ondo town and X").
SETTLEMENT_WORDS = frozenset({"town", "city", "village"})
AREA_KINDS = frozenset({"country", "admin1"})
# Two towns named together as a pair lie this close: local news pairs neighbours ("Clonmel and
# Cahir", "Orange and Dubbo"), while persons' names match towns anywhere in a region.
PAIR_KM = 150.0
# Verbs whose subject is a person: a pair of names doing them are people ("Lincoln and Douglas
# debated in Illinois"), whatever towns of the region bear their names.
PERSON_ACT_LEMMAS = (
    SAYING_LEMMAS
    | SPEAKING_LEMMAS
    | frozenset(
        {
            *("meet", "speak", "campaign", "debate", "fight", "marry", "vote", "sign", "visit"),
            *("win", "run", "grow", "live", "work", "play", "sing", "found", "lead", "serve"),
            *("agree", "travel", "attend", "rally", "endorse", "resign", "call", "urge", "want"),
            *("spend", "sell", "buy", "open", "launch", "own", "hire", "join", "leave", "move"),
        }
    )
)
# Verbs whose object is a person: "Voters backed Jackson and Clinton in Mississippi".
PERSON_OBJECT_LEMMAS = frozenset(
    {
        *("back", "support", "endorse", "elect", "nominate", "appoint", "praise", "thank"),
        *("arrest", "charge", "convict", "sentence", "interview", "hire", "fire", "sack"),
        *("sign", "pick", "choose", "select", "beat", "defeat", "replace", "succeed"),
    }
)
TOWN_KINDS = frozenset({"city", "admin2"})


def towns_in_named_region(
    gazetteer: Gazetteer, doc: Doc, start: int, end: int, candidates: Iterable[GazEntry]
) -> tuple[GazEntry, ...]:
    """The candidates that lie in a region or country named beside the name: after "in" or a
    comma right after it, elsewhere in its sentence when a preposition of place comes before
    it, or as the region of a place it is listed with. Empty where the words say "person"."""
    towns = tuple(e for e in candidates if e.kind in TOWN_KINDS)
    if not towns or person_cue(doc, start, end) or exchanged_with_person(doc, start, end):
        return ()
    if start >= 2 and doc[start - 1].lower_ == "to" and doc[start - 2].lower_ == "according":
        return ()
    areas = _areas_after(gazetteer, doc, end)
    if after_locative(doc, start, LEADING_PREPOSITIONS):
        areas += _areas_in_sentence(gazetteer, doc, doc[start].sent, start, end)
        if doc[start].sent.start > 0:  # the dateline's region: "WINNIPEG, Manitoba"
            opening = doc[0].sent
            areas += [
                a
                for a in _areas_in_sentence(gazetteer, doc, opening, start, end)
                if a.kind == "admin1"
            ]
    kept = _within(towns, areas)
    if kept:
        return kept
    kept = _within(towns, _areas_of_listed_places(gazetteer, doc, start, end))
    if kept:
        return kept
    return paired_towns_in_named_region(gazetteer, doc, start, end, towns)


def paired_towns_in_named_region(
    gazetteer: Gazetteer, doc: Doc, start: int, end: int, candidates: Iterable[GazEntry]
) -> tuple[GazEntry, ...]:
    """'Launceston and Devonport ... northern Tasmania', 'Bangor and Caernarfon in Gwynedd':
    the name's towns in a first-level region the sentence names (by a region, a county in it
    or a town of it) where the name joined to it by "and" also has a town there."""
    partner = _partner_before(doc, start) or _partner_after(doc, end)
    if partner is None or not doc.has_annotation("SENT_START"):
        return ()
    pair = (start, end, partner[0], partner[1])
    regions = sentence_regions(gazetteer, doc, doc[start].sent, pair)
    if not regions:
        return ()
    if _acting_pair(doc, start, end) or _acting_pair(doc, *partner):
        return ()  # "Warren and Franklin met voters in Ohio": two persons
    partners = _sized_towns(gazetteer.lookup(doc[partner[0] : partner[1]].text))
    towns = _sized_towns(candidates)
    return tuple(
        town
        for town in towns
        if (town.country, town.admin1) in regions
        and any(_neighbours(town, other, towns, partners) for other in partners)
    )


def _sized_towns(entries: Iterable[GazEntry]) -> list[GazEntry]:
    return [e for e in entries if e.kind in TOWN_KINDS and e.population >= REGION_TOWN_POPULATION]


def _neighbours(
    town: GazEntry, other: GazEntry, towns: Sequence[GazEntry], others: Sequence[GazEntry]
) -> bool:
    """Two towns of one region, close together, one of them the only town of its name in
    that country: "Warren and Franklin" match towns of most US states, persons' names."""
    if town.admin1 != other.admin1 or not _near(town, other):
        return False
    return _only_region(town, towns) or _only_region(other, others)


def _only_region(town: GazEntry, namesakes: Sequence[GazEntry]) -> bool:
    return all(e.admin1 == town.admin1 for e in namesakes if e.country == town.country)


def _near(town: GazEntry, other: GazEntry) -> bool:
    """Two towns close enough to be named together as neighbours in local news."""
    if town.country != other.country or None in (town.lat, town.lon, other.lat, other.lon):
        return False
    return distance_km(town.lat or 0.0, town.lon or 0.0, other.lat or 0.0, other.lon or 0.0) <= (
        PAIR_KM
    )


def _acting_pair(doc: Doc, start: int, end: int) -> bool:
    """The name is the subject (or joined to the subject) of a verb of what persons do, or the
    object of one done to persons."""
    token = doc[end - 1]
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head  # "Warren and Franklin": Franklin is joined to Warren
    if token.dep_ == "dobj" and token.head.lemma_ in PERSON_OBJECT_LEMMAS:
        return True  # "Voters backed Jackson and Clinton"
    return token.dep_ == "nsubj" and token.head.lemma_ in PERSON_ACT_LEMMAS


def region_pair(gazetteer: Gazetteer, doc: Doc, ent: TokenSpan) -> bool:
    """'Orange and Dubbo' tagged as one entity in a sentence naming New South Wales: two names
    joined by "and", each with a town in a region the sentence names."""
    joiners = [t.i for t in ent if t.lower_ == "and"]
    if len(joiners) != 1 or not doc.has_annotation("SENT_START"):
        return False
    items = (doc[ent.start : joiners[0]], doc[joiners[0] + 1 : ent.end])
    if not all(0 < len(item) <= 3 and all(_name_word(doc, t.i) for t in item) for item in items):
        return False
    if _acting_pair(doc, ent.start, ent.end):
        return False
    regions = sentence_regions(gazetteer, doc, doc[ent.start].sent, (ent.start, ent.end))
    first, second = (_sized_towns(gazetteer.lookup(item.text)) for item in items)
    return any(
        (a.country, a.admin1) in regions and _neighbours(a, b, first, second)
        for a in first
        for b in second
    )


def sentence_regions(
    gazetteer: Gazetteer, doc: Doc, sentence: TokenSpan, outside: tuple[int, ...]
) -> set[tuple[str | None, str | None]]:
    """The first-level regions of the places the model tags in a sentence (or names after "in"
    under another label), outside the spans `outside` (start, end pairs): a region's own, a
    county's or district's region, and the region of a town's largest namesake ("in
    Tipperary", the town, is in Munster)."""
    spans = list(zip(outside[::2], outside[1::2], strict=True))
    regions: set[tuple[str | None, str | None]] = set()
    for ent in sentence.ents:
        if any(s <= ent.start < e for s, e in spans):
            continue
        if ent.label_ not in PLACE_LABELS and not after_locative(
            doc, ent.start, PLACE_PREPOSITIONS
        ):
            continue  # "flooded in Moray" with Moray read as a firm is still a region
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        entries = gazetteer.lookup(text)
        if ent.start >= 2 and doc[ent.start - 1].tag_ == "POS":  # "Hawke" 's "Bay"
            entries += gazetteer.lookup(doc[ent.start - 2 : ent.end].text)
        regions |= {
            (e.country, e.name if e.kind == "admin1" else e.admin1)
            for e in entries
            if e.kind in {"admin1", "admin2"}
        }
        towns = [e for e in entries if e.kind == "city"]
        if towns:
            town = max(towns, key=lambda e: e.population)
            regions.add((town.country, town.admin1))
    return regions


def _town_regions(entries: Iterable[GazEntry]) -> set[tuple[str | None, str | None]]:
    return {
        (e.country, e.admin1)
        for e in entries
        if e.kind in TOWN_KINDS and e.admin1 and e.population >= REGION_TOWN_POPULATION
    }


def _partner_before(doc: Doc, start: int) -> tuple[int, int] | None:
    """'Knysna and X': the capitalised name (up to three words) right before "and"."""
    if start < 2 or doc[start - 1].lower_ != "and":
        return None
    end = start - 1
    first = end
    while first > 0 and end - first < 3 and _name_word(doc, first - 1):
        first -= 1
    return (first, end) if first < end else None


def _partner_after(doc: Doc, end: int) -> tuple[int, int] | None:
    """'X and Napier': the capitalised name (up to three words) right after "and"."""
    if end + 1 >= len(doc) or doc[end].lower_ != "and":
        return None
    first = end + 1
    last = first
    while last < len(doc) and last - first < 3 and _name_word(doc, last):
        last += 1
    return (first, last) if first < last else None


def _name_word(doc: Doc, i: int) -> bool:
    """A capitalised word of a name ("Cape", "Coast"), not a determiner opening a sentence."""
    text = doc[i].text
    return text[:1].isupper() and text.isalpha() and doc[i].lower_ not in {"the", "a", "an"}


def _within(towns: tuple[GazEntry, ...], areas: list[GazEntry]) -> tuple[GazEntry, ...]:
    """The towns inside one of the areas: any town of its first-level region, a town of some
    size of its country."""
    regions = {(a.country, a.admin1) for a in areas if a.kind == "admin1"}
    countries = {a.country for a in areas if a.kind == "country"}
    return tuple(
        town
        for town in towns
        if ((town.country, town.admin1) in regions and town.population >= REGION_TOWN_POPULATION)
        or (town.country in countries and town.population >= COUNTRY_TOWN_POPULATION)
    )


def _areas_after(gazetteer: Gazetteer, doc: Doc, end: int) -> list[GazEntry]:
    """'X in West Darfur', 'X, Ontario': the country or region the model tags right after."""
    if end + 1 >= len(doc) or doc[end].lower_ not in {"in", ","}:
        return []
    ent = _entity_at(doc, end + 1)
    return _areas_named(gazetteer, ent) if ent is not None else []


def _areas_in_sentence(
    gazetteer: Gazetteer, doc: Doc, sentence: TokenSpan, start: int, end: int
) -> list[GazEntry]:
    """The first-level regions the model tags in a sentence, outside the name."""
    areas: list[GazEntry] = []
    for ent in sentence.ents:
        if ent.label_ in PLACE_LABELS and not start <= ent.start < end:
            areas += [e for e in _areas_named(gazetteer, ent) if e.kind == "admin1"]
    return areas


def _areas_of_listed_places(gazetteer: Gazetteer, doc: Doc, start: int, end: int) -> list[GazEntry]:
    """'Nyala and Zalingei', 'Zalingei and Nyala': the region and country of the largest town
    of a tagged place the name is listed with."""
    areas: list[GazEntry] = []
    for ent in (_listed_before(doc, start), _listed_after(doc, end)):
        if ent is None:
            continue
        named_town = ent.end < len(doc) and doc[ent.end].lower_ in SETTLEMENT_WORDS
        if ent.label_ not in PLACE_LABELS and not named_town:
            continue  # "Ondo town" is a town whatever its label
        towns = [e for e in gazetteer.lookup(ent.text) if e.kind == "city"]
        if not towns:
            continue
        town = max(towns, key=lambda e: e.population)
        areas += [
            GazEntry("admin1", town.admin1 or "", town.country, town.admin1, None, None, 0, None),
            GazEntry("country", town.country or "", town.country, None, None, None, 0, None),
        ]
    return areas


def _listed_before(doc: Doc, start: int) -> TokenSpan | None:
    at = start - 1
    while at >= 0 and doc[at].lower_ in LIST_JOINERS:
        at -= 1
    if at == start - 1 or at < 0 or start - at > 3:
        return None
    if doc[at].lower_ in SETTLEMENT_WORDS and at > 0:
        at -= 1  # "Ondo town and X"
    return _entity_at(doc, at)


def _listed_after(doc: Doc, end: int) -> TokenSpan | None:
    at = end
    while at < len(doc) and doc[at].lower_ in LIST_JOINERS:
        at += 1
    if at == end or at >= len(doc) or at - end > 2:
        return None
    return _entity_at(doc, at)


def _entity_at(doc: Doc, i: int) -> TokenSpan | None:
    token = doc[i]
    if not token.ent_type_:
        return None
    return next((ent for ent in doc.ents if ent.start <= i < ent.end), None)


def _areas_named(gazetteer: Gazetteer, ent: TokenSpan) -> list[GazEntry]:
    text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    return [e for e in gazetteer.lookup(text) if e.kind in AREA_KINDS]
