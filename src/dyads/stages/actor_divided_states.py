"""The North and the South of a divided state, once the article names one of the pair.

"Seoul accused the North of shelling a border island" means North Korea, and "Sudan accused the
South of backing rebels" (in 2012) South Sudan: news names the other half of a divided state by
its compass word alone. The pairs and the years they were divided are in
``data/actors/divided_states.tsv``; the article must name a state of the pair. Elsewhere "the
South" is a region ("campaigned across the South", "the South of England") and no actor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from spacy.attrs import ORTH  # type: ignore[import-not-found]  # compiled, without stubs
from spacy.tokens import Doc

from dyads.stages.actor_dictionary import Entry, Term
from dyads.stages.actor_patterns import Mention

COMPASS_WORDS = ("North", "South")


@dataclass(frozen=True)
class DividedState:
    halves: dict[str, Entry]  # "North" / "South" -> the state
    start: dt.date | None
    end: dt.date | None

    def divided_on(self, on: dt.date | None) -> bool:
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(e.terms[0].code for e in self.halves.values() if e.terms[0].code)


@cache
def divided_states() -> tuple[DividedState, ...]:
    path = Path(str(resources.files("dyads") / "data" / "actors" / "divided_states.tsv"))
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "north\t")):
            continue
        north, north_name, south, south_name, start, end = line.split("\t")
        halves = {
            "North": Entry(north_name, "country", (Term(north, None, None, None),)),
            "South": Entry(south_name, "country", (Term(south, None, None, None),)),
        }
        pairs.append(DividedState(halves, _date(start), _date(end)))
    return tuple(pairs)


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def compass_halves(doc: Doc, mentions: list[Mention], on: dt.date | None) -> list[Mention]:
    """Mentions for "the North" / "the South" where they name half of a divided state whose
    other half (or the state itself) the article names, on a date it was divided."""
    # Only the compass words are looked at (this runs on every article, and most have none).
    orth = doc.to_array(ORTH)
    north, south = (doc.vocab.strings[w] for w in COMPASS_WORDS)
    hits = ((orth == north) | (orth == south)).nonzero()[0].tolist()
    if not hits:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for i in hits:
        token = doc[i]
        if token.i in taken or not _stands_alone(doc, token.i):
            continue
        pair = _pair_in_view(mentions, token.i, on)
        if pair is not None:
            entry = pair.halves[token.text]
            code = entry.terms[0].code
            found.append(Mention(token.i, token.i + 1, entry.name, "country", code, None, entry))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _stands_alone(doc: Doc, i: int) -> bool:
    """Whether a compass word after "the" is a noun of its own: not "the North Atlantic",
    "the South China Sea" or "the North of England"."""
    if i == 0 or doc[i - 1].lower_ != "the":
        return False
    if i + 1 < len(doc):
        after = doc[i + 1]
        if after.lower_ == "of":  # "accused the North of shelling": a charge, not a part
            return i + 2 < len(doc) and doc[i + 2].tag_ == "VBG"
        if after.text == "-" or (after.is_alpha and after.text[:1].isupper()):
            return False
    return True


def _pair_in_view(
    mentions: list[Mention], position: int, on: dt.date | None
) -> DividedState | None:
    """The divided state whose half the article names nearest before the position, else
    first after it."""
    pairs = [p for p in divided_states() if p.divided_on(on)]
    if not pairs:
        return None
    best: tuple[int, DividedState] | None = None
    for mention in mentions:
        pair = next((p for p in pairs if mention.code in p.codes), None)
        if pair is None:
            continue
        distance = position - mention.start if mention.start < position else 10**6 + mention.start
        if best is None or distance < best[0]:
            best = (distance, pair)
    return best[1] if best is not None else None
