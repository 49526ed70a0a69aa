"""Bylines that name the reporter's town: "From Ahmed Musa, Kano.", "By Chinedu Eze, Enugu."
(a line opening with "By" or "From", or the article opening with a person's name: a name of up
to four capitalised words, a comma and a place, then the end of the line or a full stop); the
model often reads the town as a person."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.stages.place_cues import is_capitalised
from dyads.stages.place_lookup import PlaceLookup, named_place
from dyads.stages.place_resolution import Mention

BYLINE_OPENERS = frozenset({"by", "from"})
LINE_ENDS = frozenset({".", "|"})
MAX_NAME_TOKENS = 4  # the reporter's name
MAX_TOWN_TOKENS = 3


def byline_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool]
) -> list[Mention]:
    """The town of each byline, when the gazetteer knows it by its own name."""
    found: list[Mention] = []
    for opener, word in enumerate(words):
        if opener != 0 and word.lower() not in BYLINE_OPENERS:
            continue  # the cheap test first: this runs on every token
        if not _opens_line(doc, opener):
            continue
        if word.lower() in BYLINE_OPENERS:
            name = opener + 1
        elif opener == 0 and doc[0].ent_type_ == "PERSON":
            name = 0  # "Stanley Uzoaru, Owerri." opening the article
        else:
            continue
        comma = name
        while comma < min(len(doc), name + MAX_NAME_TOKENS) and is_capitalised(words[comma]):
            comma += 1
        if comma == name or comma >= len(doc) or words[comma] != ",":
            continue
        start = end = comma + 1
        while end < min(len(doc), start + MAX_TOWN_TOKENS) and is_capitalised(words[end]):
            end += 1
        if end == start or any(taken[start:end]) or not _ends_line(doc, words, end):
            continue
        mention = lookup.mention_at(doc, start, end, tagged=False)
        if mention is not None and mention.candidates and named_place(mention):
            found.append(mention)
    return found


def _opens_line(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i - 1].is_space or bool(doc[i].is_sent_start)


def _ends_line(doc: Doc, words: Sequence[str], end: int) -> bool:
    return end == len(doc) or words[end] in LINE_ENDS or doc[end].is_space
