"""Toponyms by their company: names listed beside a place found already ("Žilina, Nitra and
Košice", "residents of Kamenge and Cibitoke"), and a place's name repeated in the article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.doc_utils import token_table
from dyads.stages.gazetteer import fold
from dyads.stages.place_cues import (
    LIST_JOINS,
    PLACE_PREPOSITIONS,
    after_locative,
    cued_by_of,
    is_capitalised,
    is_capitals,
    moving_to_or_from,
    part_of_longer_name,
    too_short,
    whole_entity,
)
from dyads.stages.place_filters import (
    is_common_word_with_the,
    is_generic_word_with_the,
    person_not_town,
)
from dyads.stages.place_lookup import (
    MAX_ACRONYM_LETTERS,
    MAX_MISREAD_TOKENS,
    PlaceLookup,
    named_place,
)
from dyads.stages.place_misread import MISREAD_LABELS
from dyads.stages.place_resolution import Mention

# Words before a list of names that make its unknown names places: "in Ikeja, Yaba and
# Surulere", "volunteers from Aberaeron and Llanon".
LIST_PREPOSITIONS = PLACE_PREPOSITIONS | {"from"}
# Verbs of sending: what follows "to" is a destination ("troops deployed to X, Y and Z").
SENDING_LEMMAS = frozenset({"send", "deploy", "dispatch", "redeploy", "ship", "bring", "take"})


def list_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], found: list[Mention], taken: list[bool]
) -> list[Mention]:
    """'Žilina, Nitra, Prešov and Košice': a town's own name listed next to a place found
    already is a place too, whatever label the model gave it."""
    added: list[Mention] = []
    starts = {m.start for m in found}
    ends = {m.end for m in found}
    grown = True
    while grown:
        grown = False
        for i in range(len(doc)):
            if taken[i] or not is_capitalised(words[i]):
                continue  # checked first: this runs for every token
            mention = _listed_name(lookup, doc, i, taken, starts, ends)
            if mention is None:
                continue
            added.append(mention)
            taken[mention.start : mention.end] = [True] * (mention.end - mention.start)
            starts.add(mention.start)
            ends.add(mention.end)
            grown = True
    return added


def repeated_mentions(
    lookup: PlaceLookup, doc: Doc, texts: Sequence[str], found: list[Mention], taken: list[bool]
) -> list[Mention]:
    """One sense per article: a known place's name is a place wherever else the article
    writes it the same way ("Douma" tagged a place once and a person later; a dateline's
    "ZWEDRU" as "Zwedru"), unless the
    model more often reads it as a person or an organisation ("Tyler" tagged a place once
    among many mentions of a man), or it is part of a longer name ("Michael Jordan"), or that
    mention speaks or sues as a person or a company does ("Tyler said")."""
    names: dict[str, list[tuple[tuple[str, ...], Mention]]] = {}
    for mention in found:
        words = tuple(token.text for token in doc[mention.start : mention.end])
        text = " ".join(words)
        if not mention.candidates or too_short(text) or not is_capitalised(text):
            continue
        if lookup.gazetteer.demonym(text) is None:  # "Turkish" is a place only before "border"
            names.setdefault(words[0], []).append((words, mention))
            if is_capitals(text) and len(text) > MAX_ACRONYM_LETTERS:
                # A dateline in capitals ("ZWEDRU, Liberia —") names the town the text then
                # writes in title case.
                titled = tuple(word.capitalize() for word in words)
                names.setdefault(titled[0], []).append((titled, mention))
    repeats: dict[tuple[str, ...], list[int]] = {}
    misread: Counter[tuple[str, ...]] = Counter()
    for i, text in enumerate(texts):
        if text not in names:
            continue
        token = doc[i]
        for words, _ in names[text]:
            start, end = token.i, token.i + len(words)
            tokens = doc[start:end]
            if end > len(doc) or tuple(t.text for t in tokens) != words:
                continue
            if any(taken[start:end]):
                continue
            if tokens[0].ent_type_ in MISREAD_LABELS:
                misread[words] += 1
            if whole_entity(tokens) and not part_of_longer_name(doc, start, end):
                repeats.setdefault(words, []).append(start)
            break
    places = Counter(words for words_list in names.values() for words, _ in words_list)
    added: list[Mention] = []
    for words, starts in repeats.items():
        if misread[words] > places[words]:
            continue
        mention = next(m for w, m in names[words[0]] if w == words)
        for start in starts:
            repeated = replace(mention, start=start, end=start + len(words), city_cue=False)
            if is_common_word_with_the(doc, repeated) or person_not_town(doc, repeated):
                continue  # "the Centre"; "Tyler said" where "in Tyler" was a place
            added.append(repeated)
            taken[start : start + len(words)] = [True] * len(words)
    return added


def _listed_name(
    lookup: PlaceLookup, doc: Doc, start: int, taken: list[bool], starts: set[int], ends: set[int]
) -> Mention | None:
    # Words read from the Doc's table: this runs for every capitalised token, on every pass.
    table = token_table(doc)
    if taken[start] or not is_capitalised(table.texts[start]):
        return None  # checked first: this runs for every token
    lowers = table.lowers
    before = start >= 2 and lowers[start - 1] in LIST_JOINS and start - 1 in ends
    for end in range(min(len(doc), start + MAX_MISREAD_TOKENS), start, -1):
        after = end + 1 < len(doc) and lowers[end] in LIST_JOINS and end + 1 in starts
        if not (before or after):
            continue
        tokens = doc[start:end]
        if any(taken[start:end]) or not all(is_capitalised(t.text) for t in tokens):
            continue
        if not whole_entity(tokens):
            continue
        acronym = is_capitals(tokens.text) and len(tokens.text) <= MAX_ACRONYM_LETTERS
        key = tokens.text if acronym else fold(tokens.text)
        mention = Mention(start, end, lookup.gazetteer.lookup(tokens.text), key=key)
        if is_generic_word_with_the(doc, mention):
            continue  # "both the West and Russia"
        if mention.candidates and named_place(mention):
            return Mention(start, end, mention.candidates, key=fold(tokens.text))
        if not mention.candidates and _cued_list(doc, start):
            return Mention(start, end, ())  # "residents of Kamenge and Cibitoke"
    return None


def _cued_list(doc: Doc, start: int) -> bool:
    """The name stands in a list of proper names that follows a word saying "place": "in",
    "at", "near"... or a noun for settlements or their people and "of" ("the villages of X
    and Y", "residents of X, Y and Z")."""
    if is_capitals(doc[start].text) or doc[start].ent_type_ == "ORG":
        return False  # "in GT3 and DTM": acronyms and organisations
    first = start
    while first > 0 and (doc[first - 1].text in LIST_JOINS or doc[first - 1].pos_ == "PROPN"):
        first -= 1
    if first == start or doc[first].pos_ != "PROPN":
        return False
    end = start + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    # A list joined by "and" or "or" ("in Ikeja, Yaba and Surulere"), not a name that a verb
    # follows ("in Clarinda, Dorrance said") or a comma alone ("in Greece, Rostam and Ali").
    joined_before = any(t.lower_ in {"and", "or"} for t in doc[first:start])
    joined_after = (
        end + 1 < len(doc)
        and doc[end].lower_ in LIST_JOINS
        and doc[end + 1].pos_ == "PROPN"
        and any(t.lower_ in {"and", "or"} for t in doc[end : end + 6])
    )
    if not (joined_before or joined_after):
        return False
    if not joined_before and end < len(doc) and doc[end].pos_ in {"VERB", "AUX"}:
        return False
    if after_locative(doc, first, LIST_PREPOSITIONS) or cued_by_of(doc, first):
        return True
    # "sent to Kakuma, Lodwar and Loitokitok": a list of destinations (one of them a place
    # found already) after a verb of motion or of sending.
    if first < 2 or doc[first - 1].lower_ != "to":
        return moving_to_or_from(doc, first)
    return moving_to_or_from(doc, first) or doc[first - 1].head.lemma_ in SENDING_LEMMAS
