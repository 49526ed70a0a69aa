"""States named by a description: "the island nation", "the Gulf kingdom", "the former Soviet
republic", "the oil-rich emirate".

Wire copy names a state and then describes it to avoid repeating the name. Such a phrase is the
state in focus (``StateFocus``) when the description fits it, else the last state named before
that fits ("Bahraini police cleared the square, and the Gulf kingdom ..."). The words that
describe a state and the states each fits are in ``data/actors/state_epithets.tsv``; other
words ("impoverished", "oil-rich") fit any state. Epithets that name one state wherever they
stand ("the Jewish state", "the Hermit Kingdom") are names, in ``country_names.tsv``.
"""

from __future__ import annotations

import csv
from bisect import bisect_right
from collections.abc import Mapping
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token

from dyads.stages.actor_anaphors import tokens_of
from dyads.stages.actor_patterns import NOT_STATES, Mention, StateFocus, sentence_starts

# Nouns a description of a state ends on; "state" only with a listed word before it, as "the
# southern state" is as often a province.
HEAD_NOUNS = frozenset(
    {
        "country",
        "nation",
        "state",
        "republic",
        "kingdom",
        "emirate",
        "sultanate",
        "monarchy",
        "archipelago",
    }
)
# Words that point away from the state in view: "the neighbouring country", "the host nation".
OTHER_STATE_WORDS = frozenset(
    {
        "neighbouring",
        "neighboring",
        "other",
        "host",
        "donor",
        "member",
        "rival",
        "same",
        "whole",
        "entire",
        "each",
        "every",
        "one",
        "first",
        "second",
        "third",
        "last",
        "two",
        "both",
    }
)
MAX_MODIFIERS = 4
SENTENCES_BACK = 2


@cache
def state_epithets_table() -> Mapping[str, frozenset[str]]:
    """The describing words and the states each fits (``state_epithets.tsv``)."""
    path = resources.files("dyads") / "data" / "actors" / "state_epithets.tsv"
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {r["word"].strip(): frozenset(r["states"].strip().split(";")) for r in rows}


def state_epithets(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each description of a state made a mention of the state it fits; a
    state's name inside the description ("Soviet" of "the former Soviet republic") gives way."""
    heads = [t for t in tokens_of(doc, HEAD_NOUNS) if t.text.islower()]
    if not heads:
        return mentions
    table = state_epithets_table()
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    focus = StateFocus(doc, mentions)
    found: list[Mention] = []
    for head in heads:
        start = _description_start(head)
        if start is None or head.i in by_token:
            continue
        words = [t.lower_ for t in doc[start : head.i + 1] if t.is_alpha]
        inside = {by_token[i] for i in range(start, head.i) if i in by_token}
        if any(not _describes(doc, m, start, table) for m in inside):
            continue  # "the Kurdish nation", "the Sri Lankan nation": a people or the state
        if any(w in OTHER_STATE_WORDS for w in words):
            continue
        fits = [table[w] for w in words if w in table]
        if head.lower_ == "state" and not fits:
            continue
        state = _fitting_state(doc, mentions, focus, start, fits)
        if state is not None:
            found.append(Mention(start, head.i + 1, state.name, "country", state.code, None))
    if not found:
        return mentions
    covered = {i for m in found for i in range(m.start, m.end)}
    kept = [m for m in mentions if not any(i in covered for i in range(m.start, m.end))]
    return sorted(kept + found, key=lambda m: m.start)


def island_states(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the island" alone as the state in focus when that state is an island (Taiwan, Cyprus,
    Sri Lanka: the ``island`` row of the table): "Lai said the island would not bow to
    pressure". Not "the island of Lampedusa", which names its island."""
    words = [t for t in tokens_of(doc, ("island",)) if t.text.islower()]
    if not words:
        return mentions
    islands = state_epithets_table().get("island", frozenset())
    taken = {i for m in mentions for i in range(m.start, m.end)}
    focus = StateFocus(doc, mentions)
    found = []
    for word in words:
        before = doc[word.i - 1] if word.i > 0 else None
        after = doc[word.i + 1] if word.i + 1 < len(doc) else None
        if before is None or before.lower_ != "the" or word.i in taken:
            continue
        if word.dep_ == "compound" or (after is not None and after.lower_ in ("of", "'s")):
            continue
        state = focus.before(word.i - 1)
        if state is not None and state.code in islands:
            found.append(Mention(word.i, word.i + 1, state.name, "country", state.code, None))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _describes(doc: Doc, mention: Mention, start: int, table: Mapping[str, object]) -> bool:
    """Whether a name inside a description is one of its describing words: a state's name
    ("former Soviet") or a listed word ("Islamic"), not a people of its own ("Kurdish")."""
    if mention.start < start:
        return False
    words = [t.lower_ for t in doc[mention.start : mention.end] if t.is_alpha]
    return mention.kind == "country" or all(w in table for w in words)


def _description_start(head: Token) -> int | None:
    """The first word after "the" of "the [modifiers] NOUN", with at least one modifier and
    the noun heading its phrase (not "the island nation of Fiji", which names its state)."""
    doc = head.doc
    if head.dep_ == "compound" or (head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "of"):
        return None
    i = head.i - 1
    while i >= 0 and head.i - i <= MAX_MODIFIERS + 2 and doc[i].lower_ != "the":
        hyphened = doc[i].text == "-" or (i > 0 and doc[i - 1].text == "-")  # "oil-rich"
        if not (doc[i].pos_ in ("ADJ", "NOUN", "PROPN", "ADV") or hyphened):
            return None
        i -= 1
    if i < 0 or doc[i].lower_ != "the" or i + 1 == head.i:
        return None
    return i + 1


def _fitting_state(
    doc: Doc,
    mentions: list[Mention],
    focus: StateFocus,
    start: int,
    fits: list[frozenset[str]],
) -> Mention | None:
    """The state in focus if the description fits it, else the last state named before it (in
    its sentence or the two before) that fits."""

    def fit(code: str | None) -> bool:
        return code is not None and all(code in states for states in fits)

    state = focus.before(start)
    if state is not None and fit(state.code):
        return state
    if not fits:
        return None
    starts = sentence_starts(doc)
    first = starts[max(bisect_right(starts, start) - 1 - SENTENCES_BACK, 0)]
    named = [
        m
        for m in mentions
        if first <= m.start
        and m.end <= start
        and len(m.code or "") == 3
        and m.code not in NOT_STATES
        and m.kind in ("country", "capital", "agent", "person")
        and fit(m.code)
    ]
    return max(named, key=lambda m: m.start) if named else None
