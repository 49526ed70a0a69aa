"""Town names the words after them make persons': "went to Marion, who thanked her parents",
"first to Marion, then to her brother Luke".

A relative "who" right after a name the model does not read as a place refers to a person, and
a name set beside a kin noun by ", then" ("to Marion, then to her brother") is a person like
the one it is set beside.
A name after a preposition of place or "of" keeps its reading before "who": in "the mayor of
Marion, who resigned" the "who" is the mayor.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.stages.place_cues import LOCATIVE_PREPOSITIONS, PLACE_LABELS
from dyads.stages.place_given_names import KIN_BEFORE_NAME
from dyads.stages.place_resolution import AREA_KINDS, Mention

# Words that set one name beside what follows ("X, then to her brother"); a comma and "then"
# open them.
PARALLEL_WORDS = frozenset({",", "then", "to", "with", "for"})
MAX_PARALLEL_WORDS = 3
# Words before a name that make a "who" after it refer to the people there ("residents of
# Marion, who"); "to" is not one ("the award went to Marion, who thanked her parents").
HOLDING_WORDS = (LOCATIVE_PREPOSITIONS - {"to"}) | {"of"}


def without_persons_by_clause(doc: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions less the town names a relative "who" or a parallel kin noun follows."""
    return [m for m in mentions if not _person_by_clause(doc, m)]


def _person_by_clause(doc: Doc, mention: Mention) -> bool:
    if any(e.kind in AREA_KINDS for e in mention.candidates):
        return False  # a country or region: "Russia, who vetoed" is the state acting
    if _beside_kin(doc, mention.end):
        return True
    if doc[mention.start].ent_type_ in PLACE_LABELS:
        return False  # a name the model reads as a place: "who" may refer to people before it
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    return before not in HOLDING_WORDS and _before_who(doc, mention.end)


def _before_who(doc: Doc, end: int) -> bool:
    """'Marion, who thanked her parents'."""
    if end < len(doc) and doc[end].text == ",":
        end += 1
    return end < len(doc) and doc[end].lower_ == "who"


def _beside_kin(doc: Doc, end: int) -> bool:
    """'Marion, then to her brother Luke': after the name a comma, "then" and a preposition at
    most, a possessive and a kin noun ("from X, and his wife" is no such sequence)."""
    i = end
    while i < len(doc) and i - end < MAX_PARALLEL_WORDS and doc[i].lower_ in PARALLEL_WORDS:
        i += 1
    if doc[end:i].text.split()[:2] != [",", "then"]:
        return False  # "a urologist from X, and his wife": the wife is the urologist's
    if i < len(doc) and doc[i].tag_ == "PRP$":
        i += 1
    if i + 1 < len(doc) and doc[i + 1].tag_ == "POS":
        return False  # "to Austin, then to his brother's farm": the brother owns a place
    return i < len(doc) and doc[i].lower_ in KIN_BEFORE_NAME
