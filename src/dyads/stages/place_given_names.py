"""Places' names given to persons and storms: no place is meant.

Obituaries and celebrity news name kin after a kin noun ("his daughters Florence and
Adelaide", "a son, Austin"), crime reports give nicknames ("known as Texas", "alias Dakar"),
and weather news names storms ("Hurricane Florence", "Storms Ciara and Dennis"; a storm's name
stays a storm's through the article: "Charley caused $16 billion of damage").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dyads.stages.doc_utils import token_lowers
from dyads.stages.place_cues import (
    BUILDING_WORDS,
    CITY_CUES,
    FEATURE_WORDS,
    GEOGRAPHIC_NOUNS,
    LOCATIVE_PREPOSITIONS,
    SETTLEMENT_NOUNS,
)
from dyads.stages.place_resolution import Mention

# Nouns for kin that stand right before a person's given name ("his niece Sydney").
KIN_BEFORE_NAME = frozenset(
    {
        *("mother", "father", "mom", "mum", "dad", "son", "sons", "daughter", "daughters"),
        *("wife", "husband", "brother", "brothers", "sister", "sisters", "children", "child"),
        *("grandson", "grandsons", "granddaughter", "granddaughters", "grandchildren"),
        *("grandmother", "grandfather", "uncle", "aunt", "cousin", "cousins", "niece"),
        *("nephew", "nieces", "nephews", "boyfriend", "girlfriend", "widow", "widower"),
        *("fiance", "fiancé", "fiancee", "fiancée", "stepson", "stepdaughter", "baby"),
        *("twins", "partner", "kids"),
    }
)
# "its trading partner China": a country after these is a partner state, not a person.
PARTNER_NOUNS = frozenset({"partner", "partners"})
# Words that call a person by another name ("alias Dakar"); "known as" and "nicknamed" also
# name places ("an area known as Little Havana"), so they count only where no place noun or
# place entity is what they describe.
ALIAS_WORDS = frozenset({"alias", "aka", "a.k.a."})
NAMING_PARTICIPLES = frozenset({"known", "nicknamed", "dubbed"})
# Words for storms before their names ("Hurricane Florence", "storms Ciara and Dennis").
STORM_WORDS = frozenset(
    {
        *("hurricane", "hurricanes", "storm", "storms", "typhoon", "typhoons", "cyclone"),
        *("cyclones", "superstorm"),
    }
)
# Nouns for places, buildings and features: what "known as X" describes is then a place ("the
# area known as Little Havana", "the building known as Trump Tower").
PLACE_HEADS = (
    CITY_CUES
    | GEOGRAPHIC_NOUNS
    | SETTLEMENT_NOUNS
    | BUILDING_WORDS
    | FEATURE_WORDS
    | frozenset({"place", "site", "spot", "location", "zone", "compound", "land", "building"})
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
LIST_JOINERS = frozenset({",", "and", "&"})
MAX_NAMED_RUN = 12  # tokens of a list of names after a kin noun or a storm word


def without_given_names(doc: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions less those that name a person or a storm."""
    lowers = token_lowers(doc)
    persons = _runs_after(doc, _kin_nouns(doc, lowers)) | _aliased(doc, lowers)
    partners = _runs_after(doc, _offsets(lowers, PARTNER_NOUNS))
    storms = _runs_after(doc, _offsets(lowers, STORM_WORDS))
    storm_keys = {m.key for m in mentions if m.start in storms}
    return [
        m
        for m in mentions
        if not (m.start in persons and not (m.start in partners and _names_country(m)))
        and m.start not in storms
        and not (m.key in storm_keys and not _after_locative(doc, m))
    ]


def _names_country(mention: Mention) -> bool:
    return any(e.kind == "country" for e in mention.candidates)


def _offsets(lowers: list[str], words: frozenset[str]) -> list[int]:
    """Offsets of the tokens whose lower-case form is one of `words`."""
    return [i for i, lower in enumerate(lowers) if lower in words]


def _kin_nouns(doc: Doc, lowers: list[str]) -> list[int]:
    return [i for i in _offsets(lowers, KIN_BEFORE_NAME) if doc[i].is_lower]


def _runs_after(doc: Doc, cues: list[int]) -> set[int]:
    """Token offsets of the names listed right after each cue word: "daughters Florence and
    Adelaide", "a son, Austin", "Storms Ciara and Dennis" (a run of capitalised words and list
    joiners that opens with a name)."""
    named: set[int] = set()
    for cue in cues:
        i = cue + 1
        if i < len(doc) and doc[i].text == ",":
            i += 1  # "a son, Austin"
        named |= named_run(doc, i)
    return named


def named_run(doc: Doc, i: int) -> set[int]:
    """Token offsets of the run of capitalised names and list joiners that opens at i with a
    name (empty where no name opens there)."""
    named: set[int] = set()
    if i >= len(doc) or not _name_word(doc[i]):
        return named
    end = min(len(doc), i + MAX_NAMED_RUN)
    while i < end and (_name_word(doc[i]) or doc[i].lower_ in LIST_JOINERS):
        named.add(i)
        i += 1
    return named


def _name_word(token: Token) -> bool:
    """A capitalised proper noun ("Lash" in the headline "Storms Lash Coastal Towns" is a
    verb)."""
    return token.is_title and token.is_alpha and token.pos_ == "PROPN"


def _aliased(doc: Doc, lowers: list[str]) -> set[int]:
    """Token offsets of the nicknames: "alias Dakar", "known as Texas to his friends", "a
    suspect nicknamed Lagos", "goes by the name Brooklyn" (not "an area known as X")."""
    named: set[int] = set()
    cues = _offsets(lowers, ALIAS_WORDS | NAMING_PARTICIPLES | {"name"})
    for token in (doc[i] for i in cues):
        start = None
        if token.lower_ in ALIAS_WORDS:
            start = token.i + 1
        elif token.lower_ in NAMING_PARTICIPLES and not _describes_place(token):
            if _next_is(doc, token.i, "as"):
                start = token.i + 2
            elif token.lower_ != "known":  # "a well-known Texas restaurant" names no one
                start = token.i + 1
        elif token.lower_ == "name" and token.i >= 2 and doc[token.i - 2].lower_ == "by":
            start = token.i + 1  # "goes by the name Brooklyn"
        if start is None or start >= len(doc) or not _name_word(doc[start]):
            continue
        i = start
        while i < len(doc) and _name_word(doc[i]):
            named.add(i)
            i += 1
    return named


def _describes_place(participle: Token) -> bool:
    """The noun "known as" or "nicknamed" describes is a place's: "an area known as X", "the
    city nicknamed X", "Kano, known as X"."""
    head = participle.head
    if head.i > participle.i and participle.i > 0:
        head = participle.doc[participle.i - 1]  # "a suspect nicknamed Lagos": the word before
        if head.pos_ == "ADJ" and head.lower_ not in PLACE_HEADS:
            return False
    if head.i == participle.i:
        return True  # nothing it describes: no sure person
    if head.lower_ in PLACE_HEADS or head.ent_type_ in PLACE_LABELS:
        return True
    return head.pos_ not in {"NOUN", "PROPN"}


def _next_is(doc: Doc, i: int, word: str) -> bool:
    return i + 1 < len(doc) and doc[i + 1].lower_ == word


def _after_locative(doc: Doc, mention: Mention) -> bool:
    """The name stands after a preposition of place ("flooding in Florence"): the town."""
    return mention.start > 0 and doc[mention.start - 1].lower_ in LOCATIVE_PREPOSITIONS
