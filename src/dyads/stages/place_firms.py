"""Companies and media named like places or with names the gazetteer lacks, introduced by what
they are ("exploration firm Ocean Infinity", "the daily El Tiempo"): no place, here or where the
article names them again."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.stages.place_filters import LARGE_TOWN_POPULATION
from dyads.stages.place_resolution import Mention

# Lower-case nouns for a company or a medium right before its name.
FIRM_NOUNS = frozenset(
    {
        *("firm", "company", "startup", "start-up", "operator", "maker", "manufacturer"),
        *("developer", "retailer", "lender", "insurer", "carrier", "airline", "brand"),
        *("newspaper", "daily", "weekly", "broadcaster", "magazine", "app", "platform"),
        *("website", "outlet", "publisher", "conglomerate", "provider", "supplier", "miner"),
        *("producer", "contractor", "consultancy", "shipper", "label", "chain", "group"),
    }
)


def without_firm_names(doc: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions less the firms' names: one right after a noun for a firm, unless a
    country, a region or a large town goes by it; and the same name elsewhere in the article
    where the gazetteer does not know it."""
    firms = {m.key for m in mentions if _after_firm_noun(doc, m) and not _well_known(m)}
    return [m for m in mentions if not (m.key in firms and not _well_known(m))]


def _after_firm_noun(doc: Doc, mention: Mention) -> bool:
    before = doc[mention.start - 1] if mention.start > 0 else None
    return before is not None and before.is_lower and before.lower_ in FIRM_NOUNS


def _well_known(mention: Mention) -> bool:
    """A country, a region or a large town goes by the name ("the airline Qatar" is rare,
    "the group Lebanon" no firm)."""
    return any(
        e.kind != "city" or e.population >= LARGE_TOWN_POPULATION or e.capital
        for e in mention.candidates
    )
