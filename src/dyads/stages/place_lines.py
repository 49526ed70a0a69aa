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
from dyads.stages.place_filters import LARGE_TOWN_POPULATION
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
        end = _capitals_name_end(doc, token.i)
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
        if named_place(replace(mention, key=key)) or (marked and _large_town(mention)):
            found.append(mention)  # "GAZA CITY (Reuters)": a large town by another name
    return found


def colon_dateline_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool]
) -> list[Mention]:
    """'Bengaluru: Traffic snarls on ...', 'Mumbai: Man held': a headline opened by the town
    it comes from and a colon, as Indian and other web news writes them. Only a country, a
    first-level region or a large town by its own name, whatever the model's label but a
    person's ("Trump: we will win" is a quote's speaker)."""
    found: list[Mention] = []
    for i, word in enumerate(words):
        if word != ":" or i == 0:
            continue
        start = i - 1
        while start > 0 and i - start < MAX_MISREAD_TOKENS and is_capitalised(words[start - 1]):
            start -= 1
        opens_line = start == 0 or "\n" in doc[start - 1].whitespace_ + doc[start - 1].text
        if not opens_line or any(taken[start:i]) or not is_capitalised(words[start]):
            continue
        if any(doc[k].ent_type_ == "PERSON" for k in range(start, i)):
            continue
        if not doc[start].ent_type_ and doc[i - 1].pos_ != "PROPN":
            continue  # "Update:", "Mobile:" read as common words
        mention = lookup.mention_at(doc, start, i, tagged=False)
        if mention is None or mention.end != i or not named_place(mention):
            continue
        if (
            mention.area_only
            or _large_town(mention)
            or any(e.kind in {"country", "admin1"} for e in mention.candidates)
        ):
            found.append(mention)
    return found


def _capitals_name_end(doc: Doc, start: int) -> int:
    """The end of a name in capitals from `start`, hyphens inside it included
    ("PORT-AU-PRINCE", "SAN JOSE")."""
    end = start
    while end < len(doc) and end - start < MAX_NAME_TOKENS:
        token = doc[end]
        inner_hyphen = (
            token.text == "-"
            and end > start
            and not doc[end - 1].whitespace_
            and not token.whitespace_
            and end + 1 < len(doc)
            and is_capitals(doc[end + 1].text)
        )
        if not (is_capitals(token.text) or inner_hyphen):
            break
        end += 1
    return end


def _large_town(mention: Mention) -> bool:
    return any(
        e.kind == "city" and (e.capital or e.population >= LARGE_TOWN_POPULATION)
        for e in mention.candidates
    )


def agency_credit(doc: Doc, mention: Mention) -> bool:
    """'Islamabad, May 3 (Xinhua) --': a name in brackets before a dash, after a dateline, is
    the news agency the dateline credits (here also a Chinese town's name), never a place of
    the story. A line that opens with the brackets ("(NEW YORK) —") holds the dateline itself."""
    start, end = mention.start, mention.end
    if start < 2 or end + 1 >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    if doc[end + 1].text not in CREDIT_DASHES or _opens_line(doc, start - 1):
        return False
    # Only a dateline stands before it: names, commas and a date from the line's start.
    k = start - 2
    while k > 0 and not _opens_line(doc, k) and start - k <= MAX_DATELINE_TOKENS:
        if doc[k].is_lower:
            return False
        k -= 1
    return _opens_line(doc, k) and not doc[k].is_lower


# The dash a wire service puts after its dateline, which the tokenizer leaves glued to the
# words on either side ("SEATTLE--(BUSINESS", "Calif.--(BUSINESS").
GLUED_DASH = "--"
# Dashes after a credited agency: "(AFP) -", "(Xinhua) --", "(AP) —".
CREDIT_DASHES = frozenset({"-", "--", "—", "–", "---"})
MAX_DATELINE_TOKENS = 10  # "NAIROBI, Kenya, Sept. 20, 2024 (": town, region and date


def glued_dateline_mentions(lookup: PlaceLookup, doc: Doc, words: Sequence[str]) -> list[Mention]:
    """'SEATTLE--(BUSINESS WIRE)--' and 'BOISE, Idaho--(BUSINESS WIRE)--': a wire dateline
    whose dash the tokenizer glued to the place before it. The place is the glued word's part
    before the dash: a town in capitals opening a line, or the country or region (also
    abbreviated: "Calif.") after such a town and a comma; a town of several words ("HONG
    KONG--(BUSINESS") is read from the line's first word. The mention ends with the glued
    token; the places stage cuts the place's text at the dash."""
    found: list[Mention] = []
    for i, word in enumerate(words):
        if GLUED_DASH not in word:
            continue  # a cheap first test on plain strings
        head = word.split(GLUED_DASH, 1)[0]
        start = _capitals_line_start(doc, i) if is_capitals(head) else None
        if start is not None:
            areas_only = False
            head = " ".join([*words[start:i], head])  # "HONG KONG--(BUSINESS"
        elif is_capitalised(head) and _after_dateline_town(doc, i):
            areas_only, start = True, i
        else:
            continue
        candidates = lookup.gazetteer.lookup(head)
        if areas_only:
            candidates = tuple(e for e in candidates if e.kind in {"country", "admin1"})
        mention = Mention(start, i + 1, candidates, key=fold(head))
        if candidates and named_place(mention):
            found.append(mention)
    return found


def _capitals_line_start(doc: Doc, i: int) -> int | None:
    """The first word of the words in capitals that open a line and run up to token i (itself
    included), or None when they open no line."""
    start = i
    while start > 0 and i - start < MAX_NAME_TOKENS - 1 and not _opens_line(doc, start):
        if not is_capitals(doc[start - 1].text):
            return None
        start -= 1
    return start if _opens_line(doc, start) else None


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
