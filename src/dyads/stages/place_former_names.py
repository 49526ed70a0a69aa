"""Former names of capitals that are the own names of towns elsewhere, read by the date.

"Salisbury" was Rhodesia's capital until 1982 and is an English town today; "Batavia" was the
Dutch name of Jakarta and is a town in New York. The gazetteer files the old name among the
renamed town's other names, so without a date the larger town wins. A small table
(`data/places/former_names.tsv`; its header gives the dates) says until when each name was in
use: in a story dated before then the name is the renamed town; after then, or undated, it is
read as any other name, and the renamed town only where the article names its state (the
actor stage's states are evidence for the places stage as usual). Both stages read the table,
so that an actor placed by the name agrees with the place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import cache

from dyads.stages.gazetteer import DATA_DIR, fold
from dyads.stages.place_resolution import Mention

FORMER_NAMES_FILE = "former_names.tsv"


@dataclass(frozen=True)
class FormerName:
    """A town of `country` was known by the name until `until`."""

    country: str
    until: dt.date


@cache
def former_names() -> dict[str, FormerName]:
    """The former names, by folded name."""
    text = (DATA_DIR / FORMER_NAMES_FILE).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    table = {}
    for line in lines[1:]:  # the first line is the header
        name, country, until = line.split("\t")
        table[fold(name)] = FormerName(country, dt.date.fromisoformat(until))
    return table


def former_name(name: str) -> FormerName | None:
    """The renamed town's state and the end of the name's use, when the name is a former one."""
    return former_names().get(fold(name))


def in_use(former: FormerName, on: dt.date | None) -> bool:
    """Whether a story dated `on` used the former name (an undated one is read as today's)."""
    return on is not None and on < former.until


def with_former_names(mentions: list[Mention], on: dt.date | None) -> list[Mention]:
    """The mentions, each former name in use on the story's date read as the renamed town
    alone (its own namesakes elsewhere dropped); the others as they are."""
    result = []
    for mention in mentions:
        former = former_name(mention.key) if mention.key else None
        if former is not None and in_use(former, on):
            renamed = tuple(e for e in mention.candidates if e.country == former.country)
            if renamed:
                mention = replace(mention, candidates=renamed)
        result.append(mention)
    return result
