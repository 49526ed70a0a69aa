"""Local features: names before a word for a feature ("Tribhuvan airport", "Oak and Elm
streets"), untagged streets and buildings ("Bourbon Street"); numbered roads are read by
`place_roads`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from dyads.stages.gazetteer import GazEntry, fold
from dyads.stages.place_cues import (
    BUILDING_WORDS,
    CALENDAR_WORDS,
    FEATURE_NOUNS,
    FEATURE_WORDS,
    PLURAL_FEATURE_NOUNS,
    PLURAL_REGION_NOUNS,
    after_locative,
    is_capitalised,
    is_direction_word,
    names_a_building,
    names_a_feature,
    part_of_longer_name,
    too_short,
    whole_entity,
)
from dyads.stages.place_lookup import MAX_NAME_TOKENS, PlaceLookup, named_place
from dyads.stages.place_phrases import proper_name_start
from dyads.stages.place_resolution import (
    AREA_KINDS,
    VILLAGE_POPULATION,
    Mention,
    same_town_name,
)

# Last words of natural features that are also the last words of towns' names ("Grants Pass",
# "Niagara Falls", "Long Beach"), unlike streets and buildings.
# Joined once here, not for every pair of capitalised words.
_BUILDING_OR_FEATURE_WORDS = BUILDING_WORDS | FEATURE_WORDS
TOWN_FEATURE_WORDS = frozenset(
    {"pass", "falls", "beach", "creek", "springs", "harbor", "harbour", "bay", "heights", "lake"}
)


def feature_noun_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool]
) -> list[Mention]:
    """'Tribhuvan airport', 'Evin prison', 'the Qandil mountains': a proper name the other
    finders left, before a lower-case word for a local feature, names that feature."""
    found: list[Mention] = []
    for i, word in enumerate(words[1:], start=1):
        if word not in FEATURE_NOUNS or taken[i - 1]:
            continue  # the exact lower-case word: "airport", not "Airport"
        noun = doc[i]
        name_end = i - 1 if _lower_compound(doc, i - 1) else i  # "Torkham border crossing"
        if name_end < 1 or not is_capitalised(words[name_end - 1]) or taken[name_end - 1]:
            continue
        start = proper_name_start(doc, name_end, noun.i, taken)
        tokens = doc[start:name_end]
        if start == name_end or part_of_longer_name(doc, start, name_end):
            continue
        if not whole_entity(tokens) or tokens[0].ent_type_ in {"NORP", "DATE"}:
            continue  # "the Afghan border crossing"
        if tokens[0].ent_type_ == "PERSON" and doc[start - 1].lower_ != "the":
            continue  # "Smith hospital" is a person's; "the Rafah crossing" a place's
        if lookup.gazetteer.demonym(tokens.text) or is_direction_word(doc, start):
            continue
        if too_short(tokens.text) or fold(tokens.text) in CALENDAR_WORDS:
            continue
        known = lookup.mention_at(doc, start, name_end, tagged=False)
        if known is not None and known.candidates and named_place(known):
            found.append(replace(known, facility=True))  # "Heathrow airport"
        else:
            found.append(Mention(start, noun.i + 1, ()))
    return found


def coordinated_feature_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool]
) -> list[Mention]:
    """'Oak and Elm streets', 'the Tigris and Euphrates rivers': names joined by "and"
    before a plural noun for features or regions are each one of them."""
    found: list[Mention] = []
    for i, word in enumerate(words[3:], start=3):
        if word not in PLURAL_FEATURE_NOUNS or words[i - 2] != "and":
            continue
        names = (i - 3, i - 1)
        if taken[i - 3] or any(not is_capitalised(words[k]) for k in names):
            continue  # the second name may be found already, as a feature of its own
        if any(doc[k].pos_ != "PROPN" or lookup.gazetteer.demonym(words[k]) for k in names):
            continue
        regions = word in PLURAL_REGION_NOUNS
        for k in (k for k in names if not taken[k]):
            # Regions are looked up; streets and rivers are local features of no town.
            known = lookup.mention_at(doc, k, k + 1, tagged=False) if regions else None
            keep = known is not None and known.candidates and named_place(known)
            found.append(known if keep and known is not None else Mention(k, k + 1, ()))
    return found


def untagged_feature_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool]
) -> list[Mention]:
    """'Marjory Stoneman Douglas High School', 'Bourbon Street' with no entity on them:
        capitalised words ending in a capitalised word for a street, a feature or (after "in",
        "at"...) a building. A name the gazetteer knows whole as a region or a sea ("the Korean
        Peninsula", "the Black Sea") is that region, not a local feature of the nearest town, and a
    town's own name is that town ("Grants Pass")."""
    found: list[Mention] = []
    for i, word in enumerate(words[1:], start=1):
        if taken[i] or not is_capitalised(word) or not is_capitalised(words[i - 1]):
            continue
        if word.lower() not in _BUILDING_OR_FEATURE_WORDS or doc[i].ent_type_:
            continue
        last = doc[i]
        start = last.i
        while (
            start > max(0, last.i - MAX_NAME_TOKENS)
            and not taken[start - 1]
            and not doc[start - 1].ent_type_
            and doc[start - 1].pos_ == "PROPN"
            and is_capitalised(doc[start - 1].text)
            and not doc[start - 1].is_sent_start
        ):
            start -= 1
        tokens = doc[start : last.i + 1]
        if names_a_feature(tokens) or (names_a_building(tokens) and after_locative(doc, start)):
            key = fold(tokens.text)
            known = lookup.gazetteer.lookup(tokens.text)
            town = _town_named_like_feature(tokens, key, known)  # "Grants Pass"
            if town or any(entry.kind in AREA_KINDS for entry in known):
                found.append(Mention(start, last.i + 1, known, key=key))
            else:
                found.append(Mention(start, last.i + 1, ()))
    return found


def _town_named_like_feature(tokens: Span, key: str, known: Sequence[GazEntry]) -> bool:
    """A town of some size whose own name ends in a word for a natural feature ("Grants Pass",
    "Eagle Pass"): the town; a street or a park named like a small town abroad ("Central Park",
    "Park Avenue") stays a feature."""
    if tokens[-1].lower_ not in TOWN_FEATURE_WORDS:
        return False
    return any(
        e.kind == "city" and e.population >= VILLAGE_POPULATION and same_town_name(e, key)
        for e in known
    )


def _lower_compound(doc: Doc, i: int) -> bool:
    """'border' in "the Torkham border crossing", 'refugee' in "the Jenin refugee camp": a
    lower-case noun modifying the noun after it."""
    token = doc[i]
    return i > 0 and token.is_lower and token.pos_ == "NOUN" and token.dep_ == "compound"
