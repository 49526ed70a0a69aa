"""Markets told in the words of war: "the dollar attacked resistance", "the yen retreated",
"gold, silver hit record highs", "Wall Street rallied".

A verb whose doer is a traded thing (a currency, a stock index, a commodity, shares, prices)
tells of a market's moves, never of a party's act; and hitting or striking a high, a low, a peak
or a record is a level reached, whoever reaches it, and so is sending or pushing a traded thing
up or down ("the announcement sent markets lower"). Toyota "overtook" Volkswagen "as" the
largest carmaker is a ranking, not a rout.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads.stages.doc_utils import doc_reading, doc_words
from dyads.stages.trigger_lemmas import doc_lemma_set

# Things traded on markets, by the lemma of a doer's head.
_TRADED = frozenset(
    {"stock", "share", "market", "index", "currency", "dollar", "euro", "pound", "yen", "yuan"}
    | {"franc", "rupee", "peso", "rouble", "ruble", "lira", "rand", "won", "sterling", "bond"}
    | {"yield", "oil", "crude", "brent", "gold", "silver", "copper", "platinum", "nickel", "zinc"}
    | {"aluminium", "aluminum", "wheat", "corn", "soybean", "coffee", "cocoa", "sugar", "cotton"}
    | {"bitcoin", "cryptocurrency", "futures", "equity", "commodity", "price", "benchmark"}
    | {"nikkei", "dow", "nasdaq", "ftse", "dax", "kospi", "sensex", "nifty", "bourse"}
)
# Market names of two words whose head alone says nothing ("Wall Street").
_TRADED_NAMES = frozenset({"wall street", "hang seng", "s&p 500", "dalal street"})
# Levels a price reaches.
_REACHING_VERBS = frozenset({"hit", "strike", "touch", "reach", "scale", "plumb", "attack"})
_LEVELS = frozenset({"high", "low", "peak", "record", "trough", "bottom", "resistance"})
# Ranking verbs that an "as" phrase makes a table of places ("overtook X as the largest").
_RANKING_VERBS = frozenset({"overtake", "surpass", "overhaul", "displace", "outstrip"})
# Verbs that move a traded thing, and the directions they move it in ("sent markets lower").
_MOVING_VERBS = frozenset({"send", "push", "drive", "knock", "drag", "pull", "lift", "propel"})
_DIRECTIONS = frozenset(
    {"lower", "higher", "up", "down", "tumbling", "soaring", "sliding", "plunging", "reeling"}
    | {"falling", "rising", "spiralling", "spiraling", "sharply"}
)
# The words one of which a Doc must hold for a doer to be a traded thing.
_TRADED_WORDS = _TRADED | {name.split()[-1] for name in _TRADED_NAMES}


def is_market_move(verb: Token, lemma: str) -> bool:
    """Whether a verb of lemma `lemma` tells of a market's move or a ranking: no event."""
    if lemma in _RANKING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
    ):
        return True
    if lemma not in _REACHING_VERBS and not _names_traded_things(verb.doc):
        return False  # most texts name nothing traded: no doer can be
    if lemma in _MOVING_VERBS and _moves_traded_object(verb):
        return True  # "sent markets lower", "pushed oil prices higher"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    if lemma in _REACHING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _LEVELS for c in verb.children
    ):
        return True
    return _is_traded(subjects[0])


def _moves_traded_object(verb: Token) -> bool:
    """Whether a verb sends a traded thing up or down ("sent markets lower", "drove the dollar
    higher", "sent shares tumbling")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or not _is_traded(objects[0]):
        return False
    return any(t.lower_ in _DIRECTIONS for t in verb.subtree if t.i > objects[0].i)


def _is_traded(doer: Token) -> bool:
    """ "the dollar", "Oil prices", "The Nikkei", "Wall Street"; not "oil workers"."""
    if doer.lemma_.lower() in _TRADED or doer.lower_ in _TRADED:
        return True
    name = " ".join(t.lower_ for t in doer.lefts if t.dep_ == "compound")
    return f"{name} {doer.lower_}".strip() in _TRADED_NAMES


_TRADED_KEY = "dyads.names_traded_things"


def _names_traded_things(doc: Doc) -> bool:
    """Whether the Doc has a word of a traded thing at all (read once per Doc: every verb asks)."""
    return doc_reading(doc, _TRADED_KEY, _has_traded_words)


def _has_traded_words(doc: Doc) -> bool:
    return not (
        _TRADED_WORDS.isdisjoint(doc_lemma_set(doc)) and _TRADED_WORDS.isdisjoint(doc_words(doc))
    )
