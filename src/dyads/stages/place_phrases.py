"""Toponyms in phrases that say "place": demonyms before geographic nouns ("the Turkish
border"), region and settlement words ("the Belgorod region", "Kasoa village", "the town of
Gyumri").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.stages.doc_utils import span_text, token_lowers
from dyads.stages.gazetteer import fold
from dyads.stages.place_cues import (
    CALENDAR_WORDS,
    REGION_WORDS,
    SETTLEMENT_NOUNS,
    SETTLEMENT_OF_NOUNS,
    before_common_word,
    before_geographic_noun,
    is_capitalised,
    is_direction_word,
    too_short,
    whole_entity,
)
from dyads.stages.place_lookup import MAX_MISREAD_TOKENS, PlaceLookup, named_place
from dyads.stages.place_resolution import Mention

# Words that make a demonym after them a people's name, wherever its people live.
_PEOPLE_MARKERS = frozenset({"ethnic"})


def demonym_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool]
) -> list[Mention]:
    """'the Turkish border', 'the American economy': a demonym before a geographic noun or
    a noun for something situated in a territory names that territory (elsewhere,
    "Turkish officials", it names no place)."""
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        if not words[i][:1].isupper():  # demonyms are capitalised; most words are not
            i += 1
            continue
        # Two words first: "Latin American", "South African".
        for start in (i - 1, i):
            if start < 0 or any(taken[start : i + 1]):
                continue
            if start > 0 and words[start - 1].lower() in _PEOPLE_MARKERS:
                continue  # "ethnic Albanian villages": a people's villages, not Albania's
            area = lookup.gazetteer.demonym(span_text(doc, start, i + 1))
            if area is None:
                continue
            # "African civil services": a continent's adjective before a thing in it.
            continental = area.kind == "continent" and (
                before_common_word(doc, i + 1) or _hyphened_area(doc, i + 1)
            )
            if continental or before_geographic_noun(doc, i + 1):
                found.append(Mention(start, i + 1, (area,), area_only=True))
                break
        i += 1
    return found


def region_word_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool]
) -> list[Mention]:
    """'the Kherson region': the region word outweighs the model's PERSON or NORP guess."""
    found: list[Mention] = []
    for i, word in enumerate(words[1:], start=1):
        if word not in REGION_WORDS or not is_capitalised(words[i - 1]):
            continue  # the exact lower-case word after a capitalised one, checked first
        token, name = doc[i], doc[i - 1]
        if token.lower_ not in REGION_WORDS or not token.is_lower or taken[name.i]:
            continue
        if name.pos_ == "PROPN" and is_capitalised(name.text):
            mention = lookup.region_phrase(doc, name.i, token.i, token.i + 1)
            if mention is not None:
                found.append(mention)
    return found


# Words after a name that make it a local government area ("Guma Local Government Area",
# "Ikeja LGA"): the second-level divisions of Nigeria, Australia and other states.
LOCAL_GOVERNMENT_WORDS = (("Local", "Government", "Area"), ("Local", "Government"), ("LGA",))


def local_government_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool]
) -> list[Mention]:
    """'Guma Local Government Area', 'Ikeja LGA': the name and its words are the division of
    that name (a second-level one before any other), known to the gazetteer or not."""
    found: list[Mention] = []
    for i, word in enumerate(words[1:], start=1):
        if word not in {"Local", "LGA"} or taken[i - 1]:
            continue
        suffix = next(
            (s for s in LOCAL_GOVERNMENT_WORDS if tuple(words[i : i + len(s)]) == s), None
        )
        if suffix is None:
            continue
        start = proper_name_start(doc, i, i, taken)
        if start == i or lookup.gazetteer.demonym(doc[start:i].text):
            continue
        end = i + len(suffix)
        candidates = lookup.gazetteer.lookup(doc[start:i].text)
        divisions = tuple(e for e in candidates if e.kind == "admin2")
        found.append(Mention(start, end, divisions, key=fold(doc[start:i].text)))
    return found


def settlement_word_mentions(lookup: PlaceLookup, doc: Doc, taken: list[bool]) -> list[Mention]:
    """'Kasoa village', 'the Riverdale area': a proper name before a lower-case word for
    a settlement or an area is that place's, known to the gazetteer or not."""
    found: list[Mention] = []
    lowers = token_lowers(doc)
    for i in range(1, len(doc)):
        if lowers[i] not in SETTLEMENT_NOUNS:
            continue  # the cheap test first: this runs on every token
        noun = doc[i]
        if not noun.is_lower or noun.dep_ == "compound":
            continue
        start = proper_name_start(doc, noun.i, noun.i, taken)
        tokens = doc[start : noun.i]
        if start == noun.i or not whole_entity(tokens) or tokens[0].ent_type_ == "NORP":
            continue  # "the Sikh area" names a people's, not a place
        text = doc[start : noun.i].text
        if lookup.gazetteer.demonym(text) or is_direction_word(doc, start) or too_short(text):
            continue
        if fold(text) in CALENDAR_WORDS:
            continue
        mention = lookup.mention_at(doc, start, noun.i, tagged=False)
        if mention is None and tokens[0].ent_type_ == "ORG":
            continue  # "the Senate district": an institution's, not a place's name
        found.append(mention or Mention(start, noun.i, ()))
    return found


def settlement_of_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool]
) -> list[Mention]:
    """'the village of Nagrig', 'the town of Gyumri': the proper name after a noun for a
    settlement and "of" is a place's, known to the gazetteer or not."""
    found: list[Mention] = []
    for i, word in enumerate(words[:-2]):
        if word not in SETTLEMENT_OF_NOUNS or words[i + 1] != "of":
            continue
        mention = _name_from(lookup, doc, words, taken, i + 2)
        if mention is not None:
            found.append(mention)
    return found


# Words that place the name after them in today's map: "present-day Ukraine", "modern-day Iraq".
TODAY_WORDS = frozenset({"present", "modern"})


def present_day_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool]
) -> list[Mention]:
    """'near present-day Donetsk', 'near modern-day Basra', 'at what is now Brooklyn': history
    written against today's map names a place. Only names the gazetteer knows: an unknown one
    (a neighbourhood) could be placed only at the article's main town, too often a wrong
    guess."""
    found: list[Mention] = []
    for i in range(2, len(words) - 1):
        today = words[i] == "day" and words[i - 1] == "-" and words[i - 2].lower() in TODAY_WORDS
        now = words[i] == "now" and [w.lower() for w in words[i - 2 : i]] == ["what", "is"]
        if not (today or now):
            continue
        # The model often runs the name into a date ("present-day Ngarambe" one DATE).
        mention = _name_from(lookup, doc, words, taken, i + 1, in_date=True)
        if mention is not None and mention.candidates:
            found.append(mention)
    return found


def _name_from(
    lookup: PlaceLookup,
    doc: Doc,
    words: Sequence[str],
    taken: list[bool],
    start: int,
    *,
    in_date: bool = False,
) -> Mention | None:
    """The run of free capitalised proper nouns from `start` as a place: the gazetteer's when
    it knows the name, else one without coordinates. With `in_date`, a name the model ran into
    a date is read too (tagged DATE, its words tagged as nouns)."""
    end = start
    while (
        end < min(len(doc), start + MAX_MISREAD_TOKENS)
        and not taken[end]
        and is_capitalised(words[end])
        and (doc[end].pos_ == "PROPN" or (in_date and doc[end].ent_type_ == "DATE"))
    ):
        end += 1
    if end == start or too_short(doc[start:end].text):
        return None
    if not whole_entity(doc[start:end]) and not (in_date and doc[start].ent_type_ == "DATE"):
        return None
    mention = lookup.mention_at(doc, start, end, tagged=False)
    if mention is not None and mention.candidates and named_place(mention):
        return mention
    return Mention(start, end, ())


def proper_name_start(doc: Doc, end: int, noun: int, taken: Sequence[bool]) -> int:
    """Where the run of free capitalised proper nouns ending before `end` starts, reaching at
    most MAX_MISREAD_TOKENS back from the `noun` it names ("Kasoa" of "Kasoa village")."""
    start = end
    while start > max(0, noun - MAX_MISREAD_TOKENS) and not taken[start - 1]:
        if doc[start - 1].pos_ == "PROPN" and is_capitalised(doc[start - 1].text):
            start -= 1
        elif _name_hyphen(doc, start - 1) and start < end and not taken[start - 2]:
            start -= 2  # "the Ritz-Carlton hotel": one name written with a hyphen
        else:
            break
    return start


def _name_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen inside one name: an entity's own word between two capitalised words."""
    return (
        i > 0
        and doc[i].text == "-"
        and doc[i].ent_iob_ == "I"
        and doc[i - 1].pos_ == "PROPN"
        and is_capitalised(doc[i - 1].text)
    )


def _hyphened_area(doc: Doc, end: int) -> bool:
    """'the Asian-Pacific region': a hyphen, a name and a geographic noun follow."""
    return (
        end + 2 < len(doc)
        and doc[end].text == "-"
        and is_capitalised(doc[end + 1].text)
        and before_geographic_noun(doc, end + 2)
    )
