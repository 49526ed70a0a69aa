"""The state that held a place on the article's date.

The gazetteer gives every place today's country, but a story from 1997 about Kapoeta reports
from Sudan, one from 1989 about Tbilisi from the Soviet Union. By the convention of dyads a
place's country is the state that held it on the article's date, read from a small table of
successions (`data/places/successions.tsv`; its header gives the dates chosen and why). An
undated article gets today's states.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from dyads.stages.gazetteer import DATA_DIR

SUCCESSIONS_FILE = "successions.tsv"


@dataclass(frozen=True)
class Succession:
    """A place of `country` (of `admin1` only, when set) belonged to `predecessor` before
    `since`."""

    country: str
    admin1: str | None
    since: dt.date
    predecessor: str


@cache
def successions() -> dict[str, tuple[Succession, ...]]:
    """The successions by today's country code."""
    text = (DATA_DIR / SUCCESSIONS_FILE).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    found: dict[str, list[Succession]] = {}
    for line in lines[1:]:  # the first line is the header
        country, admin1, since, predecessor = line.split("\t")
        row = Succession(country, admin1 or None, dt.date.fromisoformat(since), predecessor)
        found.setdefault(country, []).append(row)
    return {country: tuple(rows) for country, rows in found.items()}


def country_on(country: str | None, admin1: str | None, date: dt.date | None) -> str | None:
    """The state that held a place of today's `country` (in region `admin1`) on `date`:
    followed back through every succession after that date ("XKX" in 1999 -> "SRB" -> "YUG").
    Each step goes further back in time than the one before, so a state may come back in the
    chain: Belgrade in 2004 was Serbia and Montenegro's (`SCG`), in 1998 the Federal Republic's,
    coded as Serbia, in 1990 Yugoslavia's."""
    if country is None or date is None:
        return country
    table = successions()
    before_day = dt.date.max  # the succession just stepped through
    while True:
        step = max(
            (
                row
                for row in table.get(country, ())
                if date < row.since < before_day and row.admin1 in (None, admin1)
            ),
            key=lambda row: row.since,  # the latest succession first
            default=None,
        )
        if step is None:
            return country
        country, before_day = step.predecessor, step.since
