"""Where an unknown village or town is placed: a settlement is no part of the town named
beside it ("the village of Abomosu" beside Madrid, in a story datelined Accra), so the town
counts only in the country the article is about; else the article's main place does."""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.gazetteer import GazEntry
from dyads.stages.place_resolution import Mention

# Words for settlements that stand apart from any town (not its parts: "the suburb of X" beside
# London is most likely London's).
SETTLEMENT_WORDS = frozenset({"village", "villages", "town", "hamlet", "commune", "villagers"})


def settlement_home(
    doc: Doc, mention: Mention, town: GazEntry | None, focus: GazEntry | None
) -> GazEntry | None:
    """The place an unknown mention is put at: the town found beside it (`town`), unless the
    mention is a settlement ("the village of X", "X village") and that town lies outside the
    country of the article's main place (`focus`)."""
    if town is None or focus is None or town.country == focus.country:
        return town or focus
    return focus if names_settlement(doc, mention) else town


def names_settlement(doc: Doc, mention: Mention) -> bool:
    """'the village of X', 'the town of X', 'X village'."""
    start, end = mention.start, mention.end
    before = start >= 2 and doc[start - 1].lower_ == "of"
    if before and doc[start - 2].lower_ in SETTLEMENT_WORDS:
        return True
    return end < len(doc) and doc[end].is_lower and doc[end].lower_ in SETTLEMENT_WORDS
