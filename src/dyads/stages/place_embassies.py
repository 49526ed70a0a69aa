"""Embassies lie in the town they stand in, not in the state that sends them: "the Embassy of
Japan in Canberra" is in Canberra, "the German Embassy Kampala" in Kampala, and "the
consulate of Peru" alone is placed nowhere (Peru is who sends it, not where it is)."""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.place_lookup import PlaceLookup
from dyads.stages.place_resolution import Mention

EMBASSY_WORDS = frozenset({"embassy", "consulate", "legation", "mission", "commission"})
# Words between "Embassy of" and the sending state's name ("the Republic of", "the Kingdom of").
SENDER_WORDS = frozenset({"the", "of", "republic", "kingdom", "state", "federal", "people's"})
IN_WORDS = frozenset({"in", ","})
MAX_SENDER_WORDS = 5


def as_embassy(
    lookup: PlaceLookup, doc: Doc, mention: Mention, following: Mention | None
) -> Mention:
    """A sending state after "Embassy of" read as the embassy, placed at the town after "in"
    (or a comma) where one follows, else unplaced; an embassy's name ending in a town
    ("German Embassy Kampala") placed at that town; other mentions as they are."""
    start = _embassy_word_before(doc, mention.start)
    if start is not None and any(e.kind == "country" for e in mention.candidates):
        placed = _town_after(doc, mention.end, following)
        return Mention(start, mention.end, placed.candidates if placed else (), site=True)
    if not mention.candidates:
        return _town_closing(lookup, doc, mention) or mention
    return mention


def _embassy_word_before(doc: Doc, start: int) -> int | None:
    """Where "Embassy of" (or "consulate of"...) begins before the name, with only words of a
    polity's style between ("the Embassy of the Kingdom of Nepal")."""
    k = start - 1
    while k > 0 and start - k <= MAX_SENDER_WORDS and doc[k].lower_ in SENDER_WORDS:
        if doc[k].lower_ == "of" and doc[k - 1].lower_ in EMBASSY_WORDS:
            return k - 1
        k -= 1
    return None


def _town_after(doc: Doc, end: int, following: Mention | None) -> Mention | None:
    """The place named right after "in" or a comma, that is no country."""
    if following is None or end >= len(doc) or doc[end].lower_ not in IN_WORDS:
        return None
    if following.start not in {end + 1, end + 2}:  # "in the Hague"
        return None
    return following if any(e.kind != "country" for e in following.candidates) else None


def _town_closing(lookup: PlaceLookup, doc: Doc, mention: Mention) -> Mention | None:
    """'the German Embassy Kampala': a known town's name closing an embassy's name."""
    words = [t.lower_ for t in doc[mention.start : mention.end]]
    if "embassy" not in words:
        return None
    after = mention.start + words.index("embassy") + 1
    if after >= mention.end:
        return None
    town = lookup.mention_at(doc, after, mention.end, tagged=False)
    if town is None or not town.candidates or (town.start, town.end) != (after, mention.end):
        return None
    return Mention(mention.start, mention.end, town.candidates, key=town.key, site=True)
