"""Bases no table lists, placed at the town they are named after: "RAF Benson", "Geilenkirchen
Air Base", "Naval Air Station Key West", "Camp Zama".

Air and naval bases are mostly named after the town beside them; "Camp X" is too where X is a
sizeable town ("Camp Zama"), while "Fort X" is named after a person ("Fort Carson" lies far from
Carson, California) and is left to the site table. A Royal Air Force station lies in the United
Kingdom or its bases abroad, so "RAF X" takes a town X there only.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.gazetteer import GazEntry, Gazetteer
from dyads.stages.place_resolution import Mention

# Words before the town's name, with the countries the town may lie in (empty: any).
BASE_PREFIXES: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("raf",), frozenset({"GBR", "CYP"})),
    (("naval", "air", "station"), frozenset()),
    (("nas",), frozenset()),
    (("naval", "station"), frozenset()),
    (("marine", "corps", "air", "station"), frozenset()),
    (("camp",), frozenset()),
)
# Words after it ("Aviano Air Base", "Ramstein airbase").
BASE_SUFFIXES: tuple[tuple[str, ...], ...] = (
    ("air", "force", "base"),
    ("air", "base"),
    ("airbase",),
    ("air", "field"),
    ("airfield",),
    ("naval", "base"),
)
# "Camp X" is a town's name only when the town is sizeable; a camp named after a person rarely
# shares its name with one.
CAMP_TOWN_POPULATION = 20_000
# Labels the small model puts on bases it does not read as places ("RAF Benson" as ORG).
BASE_LABELS = frozenset({"ORG", "PERSON", "FAC"})
MAX_TOWN_TOKENS = 3


def with_base_towns(gazetteer: Gazetteer, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each base the gazetteer does not know given the towns of its name as
    candidates; and bases the model read as organisations or persons added."""
    found = [_base_town(gazetteer, doc, m) if not m.candidates else m for m in mentions]
    found = [_widened(gazetteer, doc, m) if not m.candidates else m for m in found]
    taken = {i for m in found for i in range(m.start, m.end)}
    for entity in doc.ents:
        if entity.label_ not in {"ORG", "PERSON", "FAC"} or taken & set(
            range(entity.start, entity.end)
        ):
            continue
        mention = _base_town(gazetteer, doc, Mention(entity.start, entity.end, ()))
        if mention.candidates:
            found.append(mention)
    return sorted(found, key=lambda m: m.start)


def _widened(gazetteer: Gazetteer, doc: Doc, mention: Mention) -> Mention:
    """A mention of a base's generic words alone ("Naval Station", "Air Base": another finder
    read them without the town) widened over the capitalised name beside them, when that
    name is a town's."""
    words = tuple(token.lower_ for token in doc[mention.start : mention.end])
    if any(words == prefix for prefix, _ in BASE_PREFIXES):
        end = mention.end
        while end < min(len(doc), mention.end + MAX_TOWN_TOKENS) and _name_word(doc, end):
            end += 1
        if end > mention.end:
            wide = _base_town(gazetteer, doc, replace(mention, end=end))
            return wide if wide.candidates else mention
    elif words in BASE_SUFFIXES:
        start = mention.start
        while start > max(0, mention.start - MAX_TOWN_TOKENS) and _name_word(doc, start - 1):
            start -= 1
        if start < mention.start:
            wide = _base_town(gazetteer, doc, replace(mention, start=start))
            return wide if wide.candidates else mention
    return mention


def _name_word(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.text[:1].isupper() and token.pos_ == "PROPN"


def _base_town(gazetteer: Gazetteer, doc: Doc, mention: Mention) -> Mention:
    words = [token.lower_ for token in doc[mention.start : mention.end]]
    for prefix, countries in BASE_PREFIXES:
        if tuple(words[: len(prefix)]) == prefix:
            name = doc[mention.start + len(prefix) : mention.end]
            least = CAMP_TOWN_POPULATION if prefix == ("camp",) else 0
            return _placed(gazetteer, mention, name.text, countries, least, len(name))
    for suffix in BASE_SUFFIXES:
        if tuple(words[-len(suffix) :]) == suffix:
            name = doc[mention.start : mention.end - len(suffix)]
            return _placed(gazetteer, mention, name.text, frozenset(), 0, len(name))
    return mention


def _placed(
    gazetteer: Gazetteer,
    mention: Mention,
    name: str,
    countries: frozenset[str],
    least: int,
    tokens: int,
) -> Mention:
    if not 0 < tokens <= MAX_TOWN_TOKENS or not name[:1].isupper():
        return mention
    towns = tuple(
        entry
        for entry in gazetteer.lookup(name) or gazetteer.lookup_variant(name)
        if _town_fits(entry, countries, least)
    )
    return replace(mention, candidates=towns, facility=True) if towns else mention


def _town_fits(entry: GazEntry, countries: frozenset[str], least: int) -> bool:
    return (
        entry.kind == "city"
        and entry.population >= least
        and (not countries or entry.country in countries)
    )
