"""Two places joined by a hyphen before a word for the way between them: "the Kherson-Mykolaiv
road", "the Kabul-Jalalabad highway", "the Baku-Tbilisi-Ceyhan pipeline". The small model
tags such a pair as one facility or not at all; where every half is a region or a town of some
size by its own name, each is a place (a road or a line between towns says where both lie).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.stages.place_cues import is_capitalised
from dyads.stages.place_filters import sizeable_town
from dyads.stages.place_lookup import PlaceLookup
from dyads.stages.place_resolution import Mention

# Lower-case words for a way between places after a hyphenated pair of their names.
WAY_WORDS = frozenset(
    {
        *("road", "highway", "motorway", "expressway", "railway", "railroad", "line"),
        *("route", "corridor", "pipeline", "border", "frontier", "axis", "flight", "ferry"),
    }
)
HYPHENS = frozenset({"-", "–"})
MAX_PLACES = 3  # "the Baku-Tbilisi-Ceyhan pipeline"
MAX_NAME_TOKENS = 2  # each half: "Kryvyi Rih"


def route_pair_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool]
) -> list[Mention]:
    """Each place of a hyphenated pair (or triple) of names before a word for a way."""
    found: list[Mention] = []
    for i, word in enumerate(words):
        if word not in WAY_WORDS or i < 3:
            continue
        halves = _halves(doc, i)
        if len(halves) < 2 or any(taken[k] for start, end in halves for k in range(start, end)):
            continue
        mentions = [lookup.mention_at(doc, start, end, tagged=False) for start, end in halves]
        # Each half a region or a town of some size by its own name: "the Smith-Jones line"
        # joins persons.
        if all(m is not None and sizeable_town(m) for m in mentions):
            found.extend(m for m in mentions if m is not None)
            for start, end in halves:
                taken[start:end] = [True] * (end - start)
    return found


def _halves(doc: Doc, way: int) -> list[tuple[int, int]]:
    """The token ranges of the names joined by hyphens right before token `way`, last first
    read back into text order; empty unless at least two names are joined without spaces."""
    halves: list[tuple[int, int]] = []
    end = way
    while len(halves) < MAX_PLACES:
        start = end
        while (
            start > max(0, end - MAX_NAME_TOKENS)
            and is_capitalised(doc[start - 1].text)
            and doc[start - 1].pos_ == "PROPN"
        ):
            start -= 1
        if start == end:
            break
        halves.append((start, end))
        joined = start >= 2 and doc[start - 1].text in HYPHENS
        if not joined or doc[start - 1].whitespace_ or doc[start - 2].whitespace_:
            break
        end = start - 1
    return list(reversed(halves)) if len(halves) >= 2 else []
