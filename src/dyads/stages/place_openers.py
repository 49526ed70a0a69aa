"""Words capitalised only because they open a sentence, not towns named alike: a commodity
before a noun for its trade ("Salmon fishermen", "Cocoa farmers", "Rice prices"; "Sligo
fishermen" are the town's) and an adverb before a comma ("Still, Oregon's record...")."""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.place_resolution import Mention

# Goods farmed, fished or mined, in the singular news writes before a noun for their trade.
COMMODITY_WORDS = frozenset(
    {
        *("rice", "wheat", "corn", "maize", "barley", "oats", "sorghum", "millet", "soy"),
        *("soybean", "cotton", "sugar", "coffee", "cocoa", "cacao", "tea", "tobacco", "rubber"),
        *("palm", "coconut", "cashew", "peanut", "almond", "walnut", "pecan", "vanilla"),
        *("pepper", "apple", "orange", "lemon", "lime", "cherry", "peach", "pear", "grape"),
        *("olive", "avocado", "banana", "mango", "potato", "tomato", "onion", "salmon"),
        *("tuna", "cod", "herring", "mackerel", "sardine", "trout", "catfish", "shrimp"),
        *("lobster", "crab", "oyster", "cattle", "beef", "pork", "poultry", "chicken", "egg"),
        *("dairy", "milk", "wool", "timber", "lumber", "hemp", "jute", "silk", "coal"),
        *("copper", "gold", "silver", "tin", "iron", "nickel", "zinc", "lithium", "cobalt"),
        *("uranium", "diamond", "salt", "honey", "saffron", "flax"),
    }
)
# Plural nouns for those who grow, catch or deal in a good, and for its market.
TRADE_NOUNS = frozenset(
    {
        *("farmers", "growers", "producers", "fishermen", "exporters", "importers", "planters"),
        *("processors", "prices", "futures", "exports", "imports", "harvests", "crops"),
        *("yields", "plantations", "shipments", "miners", "traders", "ranchers", "breeders"),
    }
)
OPENING_MARKS = frozenset({'"', "“", "‘", "'", "(", "-", "—", "–"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def names_a_commodity(doc: Doc, mention: Mention) -> bool:
    """A commodity's one-word name opening its sentence (or a quote), not tagged as a place,
    before a plural noun for a trade, where the name is only towns' (not a country's nor a
    region's)."""
    start = mention.start
    if mention.end != start + 1 or mention.end >= len(doc):
        return False
    if doc[start].lower_ not in COMMODITY_WORDS or doc[mention.end].lower_ not in TRADE_NOUNS:
        return False
    opening = doc[start].is_sent_start or (start > 0 and doc[start - 1].text in OPENING_MARKS)
    if not opening or doc[start].ent_type_ in PLACE_LABELS or not doc[mention.end].is_lower:
        return False
    return all(e.kind == "city" for e in mention.candidates)


def opening_adverb(doc: Doc, mention: Mention) -> bool:
    """'Still, ...': a one-word name opening its sentence before a comma, written in title
    case, that is a stop word the model reads as an adverb and not as a place (a dateline's
    "BEIRUT," is in capitals)."""
    start = mention.start
    if mention.end != start + 1 or mention.end >= len(doc) or doc[mention.end].text != ",":
        return False
    token = doc[start]
    if not token.is_sent_start or not token.is_title or not token.is_stop:
        return False
    return token.pos_ == "ADV" and token.ent_type_ not in PLACE_LABELS
