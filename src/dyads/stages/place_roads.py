"""Numbered roads and highways: "the M62", "Interstate 80", "State Route 41", "the N1 highway".

A road's number is no name the gazetteer knows, so a road is found by its form and placed where
the sentence puts it: at the town named beside it (as a street is), else only in the country and
first-level region the article gives, with no point, for a road runs across a region and its
centre would be a point the road may never pass ("Deputies in Ohio shut State Route 41").

A road word before a number names a road wherever it stands ("shut Highway 17"); a bare code
("A9", "N1", "M4") is a road only where the words around it say so: a preposition of movement
before it ("on the A120"), a lower-case word for a road after it ("the N1 highway"), or a verb
of closing or travel whose object it is ("closed the A9"), since codes are also sums, vitamins,
levels and products ("N60 million", "B12", "reach B2 level").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from dyads.stages.gazetteer import GazEntry
from dyads.stages.place_cues import is_capitalised
from dyads.stages.place_resolution import Mention

# Words before a road's name that say it is a road ("on the A120", "along Highway 1").
# ("at N60 million" is a sum: "at" and "of" say too little).
ROAD_PREPOSITIONS = frozenset({"on", "along", "onto", "off", "near", "via", "down", "up"})
# Codes of numbered roads: "A120", "M25", "N7", "A1(M)", "I-95".
ROAD_CODE = re.compile(r"^(?:[AMBN]\d{1,4}(?:\(M\))?|I-\d{1,3})$")
# Capitalised words for a road before its number, naming a road anywhere: "Route 66".
NUMBERED_ROAD_WORDS = frozenset(
    {"interstate", "highway", "route", "motorway", "freeway", "expressway", "autobahn"}
)
# "Road 7" is a road only after a preposition of movement ("along Road 7"): alone it may be a
# part of a street address or a title.
ROAD_WORDS = NUMBERED_ROAD_WORDS | {"road"}
# Capitalised words that open a numbered road's name: "State Route 41", "National Highway 10",
# "U.S. Route 1".
ROAD_PREFIXES = frozenset(
    {"State", "National", "US", "U.S.", "County", "Provincial", "Federal", "Interstate"}
)
# Lower-case words after a code that make it a road: "the N1 highway", "the A7 autobahn".
ROAD_NOUNS = frozenset({"highway", "motorway", "autobahn", "expressway", "freeway", "road"})
# Verbs whose object, "the" and a code, is a road: "closed the A9", "drove the M4".
ROAD_VERBS = frozenset(
    {"close", "shut", "block", "reopen", "clear", "jam", "drive", "take", "exit", "join"}
)
# First letters of the words a road's name may open with (a cheap first check).
ROAD_INITIALS = frozenset("AMBNIHRSUCPFE")


def road_mentions(doc: Doc, words: Sequence[str], taken: list[bool]) -> list[Mention]:
    """'on the A120', 'along Interstate 35', 'shut Highway 17': numbered roads, unknown to
    the gazetteer."""
    found: list[Mention] = []
    i = 0
    while i < len(words):
        end = None
        if not taken[i] and words[i][:1] in ROAD_INITIALS:
            end = road_name_end(doc, i)
        if end is not None and not any(taken[i:end]):
            found.append(Mention(i, end, ()))
            i = end
        else:
            i += 1
    return found


def road_name_end(doc: Doc, i: int) -> int | None:
    """The end of a numbered road's name opening at token i, or None."""
    token = doc[i]
    if ROAD_CODE.match(token.text):
        if _road_noun_at(doc, i + 1):
            return i + 2  # "the N1 highway"
        if _after_road_preposition(doc, i) or _object_of_road_verb(doc, i):
            return i + 1
        return None
    word = i + 1 if _road_prefix(doc, i) else i
    if word >= len(doc) - 1 or not _numbered(doc, word):
        return None
    road_word = doc[word].lower_
    if road_word in NUMBERED_ROAD_WORDS or (word > i and road_word in ROAD_WORDS):
        return word + 2
    if road_word in ROAD_WORDS and _after_road_preposition(doc, i):
        return word + 2  # "along Road 7"
    return None


def names_a_road(tokens: TokenSpan) -> bool:
    """The mention's words are a numbered road's name: "the A9", "Route 66", "the N1 highway"."""
    start = tokens.start + 1 if tokens[0].lower_ == "the" else tokens.start
    doc = tokens.doc
    if start >= tokens.end:
        return False
    first = doc[start]
    if ROAD_CODE.match(first.text):
        return tokens.end == start + 1 or (
            tokens.end == start + 2 and _road_noun_at(doc, start + 1)
        )
    word = start + 1 if _road_prefix(doc, start) else start
    return tokens.end == word + 2 and doc[word].lower_ in ROAD_WORDS and _numbered(doc, word)


def road_area(
    doc: Doc,
    road: Mention,
    resolved: Sequence[tuple[Mention, GazEntry | None, GazEntry | None]],
) -> GazEntry | None:
    """The place named closest to a road in its sentence, of any kind ("Highway 17 near
    Sudbury", the district): the area the road is in where no town stands beside it."""
    return nearest_in_sentence(doc, road, resolved, lambda _, entry: entry.kind != "continent")


def nearest_in_sentence(
    doc: Doc,
    mention: Mention,
    resolved: Sequence[tuple[Mention, GazEntry | None, GazEntry | None]],
    accept: Callable[[Mention, GazEntry], bool],
) -> GazEntry | None:
    """The resolved place nearest to a mention in its sentence that `accept` takes."""
    sentence = doc[mention.start].sent
    nearest = [
        (abs(other.start - mention.start), entry)
        for other, entry, _ in resolved
        if entry is not None
        and other is not mention
        and sentence.start <= other.start < sentence.end
        and accept(other, entry)
    ]
    return min(nearest, key=lambda pair: pair[0], default=(0, None))[1]


def _road_prefix(doc: Doc, i: int) -> bool:
    """'State' in "State Route 41", not "Interstate" in "Interstate 80"."""
    return doc[i].text in ROAD_PREFIXES and i + 1 < len(doc) and doc[i + 1].lower_ in ROAD_WORDS


def _numbered(doc: Doc, word: int) -> bool:
    """A capitalised word for a road followed by its number: "Highway 17"."""
    number = doc[word + 1] if word + 1 < len(doc) else None
    return (
        number is not None
        and is_capitalised(doc[word].text)
        and doc[word].lower_ in ROAD_WORDS
        and number.like_num
        and number.text.isalnum()
    )


def _road_noun_at(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].is_lower and doc[i].lower_ in ROAD_NOUNS


def _after_road_preposition(doc: Doc, i: int) -> bool:
    before = i - 1
    if before >= 0 and doc[before].lower_ == "the":
        before -= 1
    return before >= 0 and doc[before].lower_ in ROAD_PREPOSITIONS


def _object_of_road_verb(doc: Doc, i: int) -> bool:
    """'closed the A9': "the" and a code, the object of a verb of closing or travel."""
    token = doc[i]
    return (
        i > 0
        and doc[i - 1].lower_ == "the"
        and token.dep_ == "dobj"
        and token.head.pos_ == "VERB"
        and token.head.lemma_ in ROAD_VERBS
    )
