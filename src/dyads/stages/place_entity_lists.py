"""Towns listed inside one entity the model labels otherwise ("calls at Dubrovnik, Kotor and"
tagged as one organisation): each a place of its own when every item is a sizeable place by
its own name, or when all are towns of one first-level region ("crews from The Pas and Flin
Flon"). Two names joined by "and" alone ("firefighters from Joplin and Carthage") are
split only after words that take a place ("in", "near", "from" after a noun for people), or
where both have a town in a region the sentence names ("Bangor and Caernarfon in Gwynedd"):
"Marks and Spencer" elsewhere stays a company's name."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from dyads.stages.place_cues import (
    PLACE_LABELS,
    PLACE_PREPOSITIONS,
    after_locative,
    from_people,
)
from dyads.stages.place_filters import sizeable_town
from dyads.stages.place_lookup import PlaceLookup, named_place
from dyads.stages.place_region_towns import region_pair
from dyads.stages.place_resolution import Mention, same_town_name

LIST_SEPARATORS = frozenset({",", "and", "or", "&"})


def split_listed_towns(lookup: PlaceLookup, doc: Doc, ent: TokenSpan) -> list[TokenSpan]:
    """The items of a list of places tagged as one entity of another label, each as a place
    entity; any other entity as it is."""
    if ent.label_ in PLACE_LABELS or not (
        any(t.text == "," for t in ent)
        or _pair_after_place_words(doc, ent)
        or region_pair(lookup.gazetteer, doc, ent)
    ):
        return [ent]
    items: list[TokenSpan] = []
    start = ent.start
    for i in range(ent.start, ent.end + 1):
        if i < ent.end and doc[i].text not in LIST_SEPARATORS:
            continue
        if i > start:
            items.append(TokenSpan(doc, start, i, label="GPE"))
        start = i + 1
    if len(items) < 2:
        return [ent]
    mentions = [_named_place(lookup, doc, item) for item in items]
    if all(m is not None and sizeable_town(m) for m in mentions):
        return items
    return items if _towns_of_one_region(mentions) else [ent]


def _named_place(lookup: PlaceLookup, doc: Doc, item: TokenSpan) -> Mention | None:
    mention = lookup.mention_at(doc, item.start, item.end, tagged=False)
    if mention is None or (mention.start, mention.end) != (item.start, item.end):
        return None
    return mention if named_place(mention) else None


def _towns_of_one_region(mentions: Sequence[Mention | None]) -> bool:
    """Small towns that back each other up: each item a town's own name, all with a town in one
    first-level region ("crews from The Pas and Flin Flon", both in Manitoba)."""
    shared: set[tuple[str, str]] | None = None
    for mention in mentions:
        if mention is None:
            return False
        regions = {
            (e.country or "", e.admin1)
            for e in mention.candidates
            if e.kind == "city" and e.admin1 and same_town_name(e, mention.key)
        }
        shared = regions if shared is None else shared & regions
        if not shared:
            return False
    return True


def _pair_after_place_words(doc: Doc, ent: TokenSpan) -> bool:
    """'from Joplin and Carthage' after a noun for people, 'in Florence and Darlington': an
    entity joined by "and" where the words before it take a place."""
    if not any(t.lower_ == "and" for t in ent):
        return False
    return after_locative(doc, ent.start, PLACE_PREPOSITIONS) or from_people(doc, ent.start)
