"""Parties in opposition: sector OPP for a party out of government on the coding date.

A party's tables give it the sector PTY whoever governs. Two things say it is in opposition:

- the text: "the opposition Labour Party", "the main opposition Congress";
- the coding date: ``data/actors/governing_parties.tsv`` lists when the main parties of the
  larger democracies governed; a listed party on a date none of its rows covers (and after the
  first date its state's rows cover) is in opposition ("the Republicans" in 2022).

A party's leader or spokesman named with the party's name ("Likud leader NAME", coded PTY by the
title) shares the party's standing: OPP on a date the party is out of government.

Parties the table does not list, and dates before it covers their state, keep PTY.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc

from dyads.stages.actor_patterns import Mention, NameAt
from dyads.stages.doc_utils import token_lowers

PARTY_SECTOR = "PTY"
OPPOSITION_SECTOR = "OPP"
OPPOSITION_WORDS = frozenset({"opposition"})
POSSESSIVES = frozenset({"'s", "’s"})
# Words that may stand between a state's possessive and "opposition": "Kenya's main opposition".
OPPOSITION_ADJECTIVES = frozenset({"main", "largest", "biggest", "leading", "chief", "former"})
Term = tuple[dt.date, dt.date | None]  # start, end (None: still in government)


@dataclass(frozen=True)
class GoverningParties:
    """When the listed parties governed, and from when each state's rows cover it."""

    terms: dict[tuple[str, str], tuple[Term, ...]]  # (state, party name) -> terms
    covered_from: dict[str, dt.date]

    def in_opposition(self, state: str, party: str, on: dt.date) -> bool:
        """Whether the table says the party was out of government on the date."""
        terms = self.terms.get((state, party))
        since = self.covered_from.get(state)
        if terms is None or since is None or on < since:
            return False
        return not any(start <= on and (end is None or on < end) for start, end in terms)


@cache
def governing_parties() -> GoverningParties:
    """The table of parties in government, from the data file."""
    path = Path(str(resources.files("dyads") / "data" / "actors" / "governing_parties.tsv"))
    terms: dict[tuple[str, str], list[Term]] = defaultdict(list)
    covered_from: dict[str, dt.date] = {}
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            key = (row["country"], row["party"])
            terms[key]  # listed, though perhaps never in government since
            if not row["start"]:
                continue
            start = dt.date.fromisoformat(row["start"])
            end = dt.date.fromisoformat(row["end"]) if row["end"] else None
            terms[key].append((start, end))
            covered_from[key[0]] = min(start, covered_from.get(key[0], start))
    return GoverningParties({k: tuple(v) for k, v in terms.items()}, covered_from)


def opposition_parties(
    doc: Doc, mentions: list[Mention], on: dt.date | None, name_at: NameAt | None = None
) -> list[Mention]:
    """The mentions, with a party in opposition coded OPP (see the module); `on` None is today.
    `name_at` finds the party's name inside a party leader's mention."""
    lowers = token_lowers(doc)
    table = governing_parties()
    day = on or dt.date.today()
    result = []
    for m in mentions:
        if m.sector != PARTY_SECTOR:
            result.append(m)
        elif m.kind == "person":
            named = name_at is not None and _names_party_out(doc, m, table, day, name_at)
            # "opposition MDC secretary-general NAME": the word opens the party person's mention.
            named = named or _after_opposition(lowers, m)
            result.append(replace(m, sector=OPPOSITION_SECTOR) if named else m)
        elif _after_opposition(lowers, m) or (
            m.code is not None and table.in_opposition(m.code, _table_name(table, m), day)
        ):
            result.append(replace(m, sector=OPPOSITION_SECTOR))
        else:
            result.append(m)
    return result


def _names_party_out(
    doc: Doc, person: Mention, table: GoverningParties, day: dt.date, name_at: NameAt
) -> bool:
    """Whether a party person's mention holds the name of a party of the person's state that is
    out of government on the date ("Likud leader NAME" while Likud is in opposition)."""
    if person.code is None:
        return False
    code = person.code
    found = (name_at(doc, i) for i in range(person.start, person.end))
    return any(
        hit is not None and hit[0] <= person.end and table.in_opposition(code, hit[1].name, day)
        for hit in found
    )


def _table_name(table: GoverningParties, mention: Mention) -> str:
    """The name the table lists the party under: the words that named it, else its entry's
    name ("France's Socialist Party" is the shared entry "Socialists", placed in France)."""
    if mention.entry is None or (mention.code, mention.name) in table.terms:
        return mention.name
    return mention.entry.name


def _after_opposition(lowers: list[str], mention: Mention) -> bool:
    """Whether "opposition" stands right before the party's name ("the opposition Congress"),
    or opens its mention ("opposition Labour Party"), also after the state's possessive
    ("Zimbabwe's opposition Movement for Democratic Change", "Kenya's main opposition ODM")."""
    start = mention.start + (lowers[mention.start] == "the")
    if lowers[start] in OPPOSITION_WORDS and start + 1 < mention.end:
        return True
    if start + 2 < mention.end and lowers[start + 1] in POSSESSIVES:
        after = start + 2 + (lowers[start + 2] in OPPOSITION_ADJECTIVES)
        if after + 1 < mention.end and lowers[after] in OPPOSITION_WORDS:
            return True
    return mention.start > 0 and lowers[mention.start - 1] in OPPOSITION_WORDS
