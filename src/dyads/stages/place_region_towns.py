"""Towns the model labels as persons or organisations, kept where a place beside them holds a
town of that name: "from El Geneina in West Darfur", "bombers from Sioux Lookout" in a sentence
naming Ontario, "Nyala and Zalingei" with Nyala tagged a place.

The small model reads many towns of Africa, Asia and the remote north as persons; a region or a
listed town that holds a namesake is evidence no person's name has.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from dyads.stages.gazetteer import GazEntry, Gazetteer
from dyads.stages.place_cues import (
    PLACE_LABELS,
    PLACE_PREPOSITIONS,
    after_locative,
    exchanged_with_person,
)
from dyads.stages.place_town_cues import person_cue

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
    return _within(towns, _areas_of_listed_places(gazetteer, doc, start, end))


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
