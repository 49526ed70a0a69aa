"""Names listed after a word for divisions and "of" ("the provinces of Batangas and Quezon",
"the state of Ondo"): divisions, never the towns that share their names."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.place_cues import is_capitalised
from dyads.stages.place_resolution import Mention

DIVISION_NOUNS = frozenset(
    {
        *("province", "provinces", "state", "states", "region", "regions", "district"),
        *("districts", "county", "counties", "prefecture", "prefectures", "governorate"),
        *("governorates", "department", "departments", "oblast", "oblasts"),
    }
)
LIST_WORDS = frozenset({",", "and", "or"})
DIVISION_KINDS = frozenset({"admin1", "admin2", "region"})
MAX_LIST_TOKENS = 12  # how far back a list may open


def listed_after_division_noun(doc: Doc, start: int) -> bool:
    """The name stands in a list that opens right after "provinces of", "the state of"...:
    only capitalised names and list words lie between."""
    at = start - 1
    while at >= max(1, start - MAX_LIST_TOKENS):
        token = doc[at]
        if token.lower_ == "of":
            return doc[at - 1].lower_ in DIVISION_NOUNS and doc[at - 1].is_lower
        if token.lower_ not in LIST_WORDS and not is_capitalised(token.text):
            return False
        at -= 1
    return False


def as_listed_division(doc: Doc, mention: Mention) -> Mention:
    """The mention read as a division where it is listed after "provinces of"... and the
    gazetteer knows a division of its name; else as it was."""
    divisions = tuple(e for e in mention.candidates if e.kind in DIVISION_KINDS)
    if any(e.kind == "country" for e in mention.candidates):
        return mention  # "the regions of Georgia": the country that holds them
    if not divisions or not listed_after_division_noun(doc, mention.start):
        return mention
    return replace(mention, candidates=divisions, area_only=True)
