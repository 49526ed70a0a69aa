"""Sites named with a possessive: after their town's ("London's Gatwick", "Toronto's Sunnybrook
Hospital", "Istanbul's Taksim Square", "Rio's Maracana stadium"), or with one inside their own
name ("St James's Hospital", "St Thomas' Hospital").

The model often reads the name after a town's possessive as a person ("Gatwick") or an
organisation ("Sunnybrook Hospital"). After a town the finders found, a capitalised name is a
site at that town when the gazetteer's sites table knows it, or when a word for a building, a
square or a market ends it or follows it in lower case. A person after a town's possessive
("London's Sadiq Khan") has no such word and is left alone. The places stage places an unknown
site at the town whose possessive precedes it. A saint's or a founder's name with its
possessive before a capitalised word for a building is that building, though the model tags the
name alone as a person ("St James's"): placed, like other buildings the gazetteer lacks, at the
town named next to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.stages.doc_utils import token_table
from dyads.stages.gazetteer import fold
from dyads.stages.place_cues import (
    BUILDING_WORDS,
    FEATURE_WORDS,
    NAME_CONNECTORS,
    is_capitalised,
)
from dyads.stages.place_lookup import PlaceLookup
from dyads.stages.place_misread import named_site
from dyads.stages.place_resolution import Mention
from dyads.stages.place_sites import SITE_WORDS

# The possessive endings the tokenizer splits off a town's name ("Paris's", "Paris'").
TOWN_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# Words for sites news names after a town's possessive, besides buildings and features.
SITE_TAIL_WORDS = frozenset({"monument", "memorial", "cemetery", "bazaar", "souk", "tower"})
TAIL_WORDS = BUILDING_WORDS | FEATURE_WORDS | SITE_WORDS | SITE_TAIL_WORDS
# Words for buildings named after a saint or a founder with a possessive ("St Mary's Hospital",
# "Queen's University"); not shops, hotels or restaurants, named so after their firm
# ("McDonald's Restaurant").
NAMESAKE_BUILDING_WORDS = frozenset(
    {
        *("hospital", "infirmary", "church", "cathedral", "basilica", "chapel", "abbey"),
        *("school", "college", "university", "academy"),
    }
)
# Words after which a country's possessive and a name set where something happens.
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "near", "from", "to", "at", "around", "outside", "into", "inside", "across", "toward"}
)
# A town named after its country's possessive is one news expects readers to know.
MIN_COUNTRY_TOWN_POPULATION = 20_000
# A site's own name is short: "Sheremetyevo", "Charles de Gaulle", "Johns Hopkins Hospital".
MAX_SITE_TOKENS = 4
# Only a town of some size has sites named after its possessive in news; a small town's
# possessive before a name is as often a college's or a firm's ("Harvard's Kennedy School").
MIN_OWNER_POPULATION = 50_000


def possessive_site_mentions(
    lookup: PlaceLookup, doc: Doc, found: Sequence[Mention], taken: list[bool]
) -> list[Mention]:
    """Sites named right after the possessive of a town found already."""
    mentions = []
    for owner in found:
        if not _sizeable_town(owner) or owner.end + 1 >= len(doc):
            continue
        if doc[owner.end].text not in TOWN_POSSESSIVES:
            continue
        start = owner.end + 1
        end = _name_end(doc, start)
        if end == start or any(taken[start:end]):
            continue
        site = _site_at(lookup, doc, start, end)
        if site is not None:
            mentions.append(site)
            taken[site.start : site.end] = [True] * (site.end - site.start)
    return mentions


def country_town_mentions(
    lookup: PlaceLookup, doc: Doc, found: Sequence[Mention], taken: list[bool]
) -> list[Mention]:
    """Towns named after their country's possessive where news sets an event ("fighting in
    Sudan's El Fasher", "strikes near Ukraine's Kharkiv"), whatever label the model gave the
    name (it often reads "El Fasher" as an organisation): a town of the gazetteer in that very
    country, of some size, in a phrase after a word of place. A firm or a person after a
    country's possessive ("Japan's Toyota said") is neither after such a word nor, mostly, a
    town of the country."""
    mentions = []
    for owner in found:
        states = {e.country for e in owner.candidates if e.kind == "country" and e.country}
        if len(states) != 1 or owner.end + 1 >= len(doc) or owner.start == 0:
            continue
        if doc[owner.end].text not in TOWN_POSSESSIVES:
            continue
        if doc[owner.start - 1].lower_ not in LOCATIVE_PREPOSITIONS:
            continue
        start = owner.end + 1
        end = _name_end(doc, start)
        if end == start or any(taken[start:end]):
            continue
        towns = tuple(
            e
            for e in lookup.places_named(doc[start:end].text, variants=False)
            if e.kind == "city"
            and e.country in states
            and (e.capital or e.population >= MIN_COUNTRY_TOWN_POPULATION)
        )
        if towns:
            mentions.append(Mention(start, end, towns, key=fold(doc[start:end].text)))
            taken[start:end] = [True] * (end - start)
    return mentions


def _sizeable_town(mention: Mention) -> bool:
    return any(
        e.kind == "city" and (e.capital or e.population >= MIN_OWNER_POPULATION)
        for e in mention.candidates
    )


def _name_end(doc: Doc, start: int) -> int:
    """The end of the capitalised name opening at `start` ("Charles de Gaulle": connectors
    inside it), at most MAX_SITE_TOKENS long."""
    end = start
    while end < len(doc) and end - start < MAX_SITE_TOKENS:
        text = doc[end].text
        if is_capitalised(text) or text in {"O'", "O’"}:
            end += 1
        elif text.lower() in NAME_CONNECTORS and end > start and end + 1 < len(doc):
            if not is_capitalised(doc[end + 1].text):
                break
            end += 1
        else:
            break
    return end


def _site_at(lookup: PlaceLookup, doc: Doc, start: int, end: int) -> Mention | None:
    """The site a name after a town's possessive names: one of the sites table, or one the
    gazetteer lacks that a word for a site ends ("Taksim Square") or follows ("Maracana
    stadium"); None for any other name."""
    known = named_site(lookup, doc, start, end)
    if known is not None:
        return known
    if doc[end - 1].lower_ in TAIL_WORDS and end - start > 1:
        return Mention(start, end, ())  # "Sunnybrook Hospital"
    if end < len(doc) and doc[end].is_lower and doc[end].lower_ in TAIL_WORDS:
        # "Linate airport": a site of the sites table by its name and noun, else unknown.
        return named_site(lookup, doc, start, end + 1) or Mention(start, end, ())
    return None


def possessive_building_mentions(doc: Doc, taken: list[bool]) -> list[Mention]:
    """Buildings whose name holds a possessive before a capitalised word for a building: "St
    James's Hospital", "St Thomas' Hospital", "Children's Hospital"."""
    mentions = []
    table = token_table(doc)
    texts, lowers = table.texts, table.lowers
    for i in range(1, len(doc) - 1):
        if texts[i] not in TOWN_POSSESSIVES or taken[i + 1]:
            continue
        if lowers[i + 1] not in NAMESAKE_BUILDING_WORDS or not is_capitalised(texts[i + 1]):
            continue
        start = i
        while start > 0 and i - start < MAX_SITE_TOKENS - 1 and is_capitalised(doc[start - 1].text):
            start -= 1
        if start == i or any(taken[start : i + 2]):
            continue
        mentions.append(Mention(start, i + 2, ()))
        taken[start : i + 2] = [True] * (i + 2 - start)
    return mentions
