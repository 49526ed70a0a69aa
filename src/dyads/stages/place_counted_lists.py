"""Names listed after a colon or a dash that follows a counted plural noun for things that are
no places are those things: "three major hurricanes struck the coast: Harvey, Irma and Maria",
"Four floor plans — Jamison, Norbury and Granville — are offered" ("three cities: Paris, Lyon
and Nice" are places)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.stages.place_given_names import PLACE_HEADS, named_run
from dyads.stages.place_resolution import Mention

LIST_OPENERS = frozenset({":", "—", "–", "-"})
# Plural nouns for places beyond PLACE_HEADS' words.
PLACE_PLURAL_LEMMAS = frozenset(
    {
        *("country", "state", "nation", "province", "region", "county", "district", "area"),
        *("destination", "venue", "stop", "campus", "branch", "store", "office", "market"),
        *("capital", "city", "town", "village", "island", "port", "airport", "border"),
        *("neighborhood", "neighbourhood", "suburb", "community", "school", "team", "club"),
    }
)
# Units of time and measure: "two years before the Amsterdam-London leg" counts no things.
UNIT_LEMMAS = frozenset(
    {
        *("second", "minute", "hour", "day", "week", "month", "year", "decade", "century"),
        *("time", "percent", "kilometre", "kilometer", "mile", "metre", "meter", "dollar"),
    }
)
MAX_COUNT_TO_NOUN = 3  # "three major hurricanes", "Four floor plans"
MAX_NOUN_TO_OPENER = 6  # "hurricanes striking US soil:"


def without_counted_things(
    doc: Doc, words: Sequence[str], mentions: Sequence[Mention]
) -> list[Mention]:
    """The mentions less those listed after a counted plural noun for things no place is."""
    # The words as plain strings: a cheap pass; tokens are built only around a mark.
    openers = [i for i, word in enumerate(words) if word in LIST_OPENERS and _opens(doc, i)]
    if not openers or not mentions:
        return list(mentions)
    listed: set[int] = set()
    for opener in openers:
        if _counted_things_before(doc, opener):
            listed |= named_run(doc, opener + 1)
    if not listed:
        return list(mentions)
    return [
        m
        for m in mentions
        if m.start not in listed or any(e.kind == "country" for e in m.candidates)
    ]


def _counted_things_before(doc: Doc, opener: int) -> bool:
    """A number, then a plural common noun that names no place, a few words at most before
    the colon or dash, with no other mark between and in the same sentence."""
    first = max(0, opener - MAX_NOUN_TO_OPENER - 1)
    for j in range(opener - 1, first - 1, -1):
        token = doc[j]
        if token.is_punct:
            return False
        lemma = token.lemma_.lower()
        if token.tag_ == "NNS" and lemma not in PLACE_PLURAL_LEMMAS | PLACE_HEADS | UNIT_LEMMAS:
            counts = doc[max(0, j - MAX_COUNT_TO_NOUN) : j]
            if any(t.like_num for t in counts):
                return True
        if token.is_sent_start:
            return False
    return False


def _opens(doc: Doc, i: int) -> bool:
    """A colon, or a dash standing free between spaces (not the hyphen of "Amsterdam-London")."""
    if doc[i].text == ":":
        return True
    return i > 0 and bool(doc[i - 1].whitespace_) and bool(doc[i].whitespace_)
