"""Towns listed inside one entity the model labels otherwise ("calls at Dubrovnik, Kotor and"
tagged as one organisation): each a place of its own when every item is a sizeable place by
its own name. Two names joined by "and" alone ("firefighters from Joplin and Carthage") are
split only after words that take a place ("in", "near", "from" after a noun for people): "Marks
and Spencer" elsewhere stays a company's name."""

from __future__ import annotations

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

LIST_SEPARATORS = frozenset({",", "and", "or", "&"})


def split_listed_towns(lookup: PlaceLookup, doc: Doc, ent: TokenSpan) -> list[TokenSpan]:
    """The items of a list of places tagged as one entity of another label, each as a place
    entity; any other entity as it is."""
    if ent.label_ in PLACE_LABELS or not (
        any(t.text == "," for t in ent) or _pair_after_place_words(doc, ent)
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
    if len(items) < 2 or not all(_sizeable_place(lookup, doc, item) for item in items):
        return [ent]
    return items


def _sizeable_place(lookup: PlaceLookup, doc: Doc, item: TokenSpan) -> bool:
    mention = lookup.mention_at(doc, item.start, item.end, tagged=False)
    return (
        mention is not None
        and (mention.start, mention.end) == (item.start, item.end)
        and named_place(mention)
        and sizeable_town(mention)
    )


def _pair_after_place_words(doc: Doc, ent: TokenSpan) -> bool:
    """'from Joplin and Carthage' after a noun for people, 'in Florence and Darlington': an
    entity joined by "and" where the words before it take a place."""
    if not any(t.lower_ == "and" for t in ent):
        return False
    return after_locative(doc, ent.start, PLACE_PREPOSITIONS) or from_people(doc, ent.start)
