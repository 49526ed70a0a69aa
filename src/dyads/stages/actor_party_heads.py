"""Heads of the ruling party of a one-party state: the state's leaders, not a party's.

In China, Vietnam, Laos, North Korea and Cuba the party's general secretary (or first
secretary) leads the state, so "Party chief NAME", "Vietnam's party chief" and "the Communist
Party's general secretary" of such a state are its government (GOV). A party's members stay PTY,
and elsewhere a party's leader stays PTY of his state. People the office table knows are coded
by their office already (``actor_titles.py``); this codes the rest.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.actor_patterns import Mention

ONE_PARTY_STATES = frozenset({"CHN", "VNM", "LAO", "PRK", "CUB"})
PARTY_SECTOR = "PTY"
STATE_SECTOR = "GOV"
# Words naming the head of a party ("party chief", "first secretary").
HEAD_WORDS = frozenset({"chief", "leader", "head", "boss", "secretary", "chairman", "chair"})
# Words that may stand between a party's name and the head's title ("'s general secretary").
TITLE_OPENERS = frozenset({"'s", "’s", "general", "first"})
MAX_TITLE_WORDS = 3


def ruling_party_heads(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the heads of a one-party state's ruling party coded as its
    government; a party's name followed by its head's title ("Vietnam's Communist Party
    chief") takes the title into its mention."""
    starts = {i for m in mentions for i in range(m.start, m.end)}
    result = []
    for mention in mentions:
        if mention.code not in ONE_PARTY_STATES or mention.sector != PARTY_SECTOR:
            result.append(mention)
        elif _names_head(doc, mention.start, mention.end):
            result.append(replace(mention, sector=STATE_SECTOR))
        else:
            end = _head_title_end(doc, mention.end, starts)
            if end is None:
                result.append(mention)
            else:
                result.append(replace(mention, end=end, sector=STATE_SECTOR))
    return result


def _names_head(doc: Doc, start: int, end: int) -> bool:
    """Whether a mention holds a party head's title ("party chief", "General Secretary")."""
    return any(t.lower_ in HEAD_WORDS for t in doc[start:end])


def _head_title_end(doc: Doc, start: int, taken: set[int]) -> int | None:
    """Where the head's title right after a party's name ends ("chief", "'s general
    secretary"), or None when no such title follows."""
    k = start
    while k < len(doc) and k - start < MAX_TITLE_WORDS and k not in taken:
        token = doc[k]
        if token.lower_ in HEAD_WORDS and token.pos_ in ("NOUN", "PROPN"):
            return k + 1
        if token.lower_ not in TITLE_OPENERS:
            return None
        k += 1
    return None
