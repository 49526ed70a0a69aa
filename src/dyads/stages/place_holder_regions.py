"""A first-level region named only before a noun for people or bodies ("the Texas governor",
"Texas executives"): it says whose they are, not where the article's towns lie.

Such a region is left out of the evidence other names are read by, as a company's base is
("a Texas-based firm"): "an office in Paris, the Texas governor said" is in France. A region
before a word for a place or for what lies in one ("the small Idaho college town", "Ohio
farms"), or for its own local services and residents ("Texas police", "Texas farmers"), still
counts.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.gazetteer import GazEntry
from dyads.stages.place_cues import (
    FEATURE_NOUNS,
    GEOGRAPHIC_NOUNS,
    LOCAL_SERVICE_NOUNS,
    PLURAL_FEATURE_NOUNS,
    REGION_WORDS,
    RESIDENT_NOUNS,
    SETTLEMENT_NOUNS,
    SITUATED_NOUNS,
)

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Nouns after which a region's name still says where: places, what lies in them, and the
# people and services that are there.
WHERE_NOUNS = (
    FEATURE_NOUNS
    | GEOGRAPHIC_NOUNS
    | LOCAL_SERVICE_NOUNS
    | PLURAL_FEATURE_NOUNS
    | REGION_WORDS
    | RESIDENT_NOUNS
    | SETTLEMENT_NOUNS
    | SITUATED_NOUNS
)


def names_holders_only(doc: Doc, start: int, end: int, entry: GazEntry | None) -> bool:
    """True when the first-level region read at tokens `start`..`end` modifies a common noun
    after it that is no word for a place, a resident or a local service ("the Texas
    governor", "Texas lawmakers")."""
    if entry is None or entry.kind != "admin1":
        return False
    last = doc[end - 1]
    if last.dep_ not in MODIFIER_DEPS:
        return False
    head = last.head
    if head.pos_ != "NOUN" or head.i < end:
        return False
    return head.lower_ not in WHERE_NOUNS and head.lemma_ not in WHERE_NOUNS
