"""Toponyms in lines where the model's entities go astray: datelines ("SAN ANTONIO —"),
title-case headlines ("Evacuations Near Flagstaff") and lines in capitals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.gazetteer import fold
from dyads.stages.place_cues import (
    DATELINE_ENDS,
    TITLE_CASE_PREPOSITIONS,
    in_capitals_line,
    in_title_case_headline,
    is_capitalised,
    is_capitals,
)
from dyads.stages.place_lookup import (
    MAX_ACRONYM_LETTERS,
    MAX_MISREAD_TOKENS,
    MAX_NAME_TOKENS,
    PlaceLookup,
    named_place,
)
from dyads.stages.place_resolution import Mention


def dateline_mentions(lookup: PlaceLookup, doc: Doc, words: Sequence[str]) -> list[Mention]:
    """'SAN ANTONIO —' or 'RALEIGH, N.C. (AP) —' opening the text or a line of it."""
    found: list[Mention] = []
    for i, word in enumerate(words):
        if not word[:1].isupper() or not is_capitals(word):
            continue  # checked first: most words are not in capitals
        token = doc[i]
        opens_line = token.i == 0 or "\n" in doc[token.i - 1].whitespace_ + doc[token.i - 1].text
        if not opens_line or not is_capitals(token.text):
            continue
        end = token.i
        while end < len(doc) and end - token.i < MAX_NAME_TOKENS and is_capitals(doc[end].text):
            end += 1
        # The text's first words need no dash after them ("OKLAHOMA CITY The Latest"),
        # but then a short word in capitals is an acronym ("UN staff said...").
        if end >= len(doc):
            continue
        marked = doc[end].text in DATELINE_ENDS
        mention = lookup.mention_at(doc, token.i, end, tagged=True)
        if mention is None or not (marked or token.i == 0):
            continue
        text = doc[token.i : end].text
        key = mention.key if marked or len(text) > MAX_ACRONYM_LETTERS else text
        if named_place(replace(mention, key=key)):
            found.append(mention)
    return found


# The dash a wire service puts after its dateline, which the tokenizer leaves glued to the
# words on either side ("SEATTLE--(BUSINESS", "Calif.--(BUSINESS").
GLUED_DASH = "--"


def glued_dateline_mentions(lookup: PlaceLookup, doc: Doc, words: Sequence[str]) -> list[Mention]:
    """'SEATTLE--(BUSINESS WIRE)--' and 'BOISE, Idaho--(BUSINESS WIRE)--': a wire dateline
    whose dash the tokenizer glued to the place before it. The place is the glued word's part
    before the dash: a town in capitals opening a line, or the country or region (also
    abbreviated: "Calif.") after such a town and a comma. The mention is the whole token; the
    places stage cuts the place's text at the dash."""
    found: list[Mention] = []
    for i, word in enumerate(words):
        if GLUED_DASH not in word:
            continue  # a cheap first test on plain strings
        head = word.split(GLUED_DASH, 1)[0]
        if _opens_line(doc, i) and is_capitals(head):
            areas_only = False
        elif is_capitalised(head) and _after_dateline_town(doc, i):
            areas_only = True
        else:
            continue
        candidates = lookup.gazetteer.lookup(head)
        if areas_only:
            candidates = tuple(e for e in candidates if e.kind in {"country", "admin1"})
        mention = Mention(i, i + 1, candidates, key=fold(head))
        if candidates and named_place(mention):
            found.append(mention)
    return found


def _opens_line(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].whitespace_ + doc[i - 1].text


def _after_dateline_town(doc: Doc, i: int) -> bool:
    """'BOISE , Idaho--(BUSINESS': a comma, and before it a word in capitals opening a line."""
    if i < 2 or doc[i - 1].text != ",":
        return False
    start = i - 2
    while start > 0 and is_capitals(doc[start - 1].text) and not _opens_line(doc, start):
        start -= 1  # "SAN JOSE", "NEW YORK"
    return _opens_line(doc, start) and is_capitals(doc[i - 2].text)


def headline_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool]
) -> list[Mention]:
    """'Wildfire Forces Evacuations Near Flagstaff': in a title-case headline the model's
    entities run words together, so a place's own name is taken after "in", "at", "near"
    ("In", "At", "Near"), whatever the entities say."""
    found: list[Mention] = []
    for i, word in enumerate(words[1:-1], start=1):
        if word.lower() not in TITLE_CASE_PREPOSITIONS or taken[i + 1]:
            continue
        if doc[i].is_sent_start:
            continue
        if not is_capitalised(words[i + 1]) or not in_title_case_headline(doc[i].sent):
            continue
        mention = _headline_name(lookup, doc, i + 1, doc[i].sent.end)
        if mention is not None and not any(taken[mention.start : mention.end]):
            found.append(mention)
    return found


def _headline_name(lookup: PlaceLookup, doc: Doc, start: int, limit: int) -> Mention | None:
    for end in range(min(limit, start + MAX_MISREAD_TOKENS), start, -1):
        if not all(is_capitalised(t.text) for t in doc[start:end]):
            continue
        mention = lookup.mention_at(doc, start, end, tagged=False)
        if mention is not None and mention.candidates and named_place(mention):
            return mention
    return None


def capitals_line_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool]
) -> list[Mention]:
    """'FLOODS HIT NORTHERN ITALY': in a line written in capitals the model's entities go
    astray, so the names of countries and first-level regions are taken from the gazetteer
    (a town's name in capitals is too often a common word)."""
    found: list[Mention] = []
    checked: set[int] = set()
    i = 0
    while i < len(doc):
        if taken[i] or len(words[i]) < 4 or not is_capitals(words[i]):
            i += 1
            continue
        sentence = doc[i].sent
        if sentence.start not in checked and not in_capitals_line(sentence):
            checked.add(sentence.start)
            i = sentence.end
            continue
        checked.add(sentence.start)
        mention = _capitals_area(lookup, doc, i, min(sentence.end, i + MAX_MISREAD_TOKENS), taken)
        if mention is None:
            i += 1
            continue
        found.append(mention)
        i = mention.end
    return found


def _capitals_area(
    lookup: PlaceLookup, doc: Doc, start: int, limit: int, taken: list[bool]
) -> Mention | None:
    for end in range(limit, start, -1):
        tokens = doc[start:end]
        if any(taken[start:end]) or not all(t.is_alpha for t in tokens):
            continue
        areas = tuple(
            e for e in lookup.gazetteer.lookup(tokens.text) if e.kind in {"country", "admin1"}
        )
        if areas:
            return Mention(start, end, areas, key=fold(tokens.text))
    return None
