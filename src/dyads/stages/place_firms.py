"""Companies and media named like places or with names the gazetteer lacks, introduced by what
they are ("exploration firm Ocean Infinity", "the daily El Tiempo"): no place, here or where the
article names them again. So is a product's model after "model" ("the model Malibu", "its next
model Falcon"), whatever but a country goes by the name."""

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


# Lower-case nouns for a product's model right before its name.
MODEL_NOUNS = frozenset({"model", "models"})


def without_firm_names(doc: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions less the firms' names: one right after a noun for a firm, unless a
    country, a region or a large town goes by it; and the same name elsewhere in the article
    where the gazetteer does not know it. Less the models' names after "model" too, unless a
    country's."""
    firms = {m.key for m in mentions if _after_noun(doc, m, FIRM_NOUNS) and not _well_known(m)}
    models = {m.start for m in mentions if _after_noun(doc, m, MODEL_NOUNS) and not _country(m)}
    return [
        m for m in mentions if not (m.key in firms and not _well_known(m)) and m.start not in models
    ]


def _after_noun(doc: Doc, mention: Mention, nouns: frozenset[str]) -> bool:
    before = doc[mention.start - 1] if mention.start > 0 else None
    return before is not None and before.is_lower and before.lower_ in nouns


def _country(mention: Mention) -> bool:
    return any(e.kind == "country" for e in mention.candidates)


def _well_known(mention: Mention) -> bool:
    """A country, a region or a large town goes by the name ("the airline Qatar" is rare,
    "the group Lebanon" no firm)."""
    return any(
        e.kind != "city" or e.population >= LARGE_TOWN_POPULATION or e.capital
        for e in mention.candidates
    )
