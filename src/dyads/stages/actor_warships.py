"""Warships named with their navy's prefix: "the USS Cole", "HMS Sheffield", "INS Vikrant".

The prefix says whose navy the ship is (USS: the United States; HMS: Britain), so the ship is
that state's armed forces (MIL), whatever the name after it would read as alone: "Vincennes" is
a French town, "Cole" a surname. Only prefixes that name one navy are listed.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.actor_patterns import Mention

NAVY_PREFIXES = {
    "USS": "USA",
    "HMS": "GBR",
    "HMAS": "AUS",
    "HMCS": "CAN",
    "HMNZS": "NZL",
    "INS": "IND",
    "PNS": "PAK",
    "ROKS": "KOR",
    "TCG": "TUR",
}
MAX_NAME_WORDS = 3
NAVAL_SECTOR = "MIL"


def warships(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each prefixed ship's name as its navy's mention, in place of any
    mention read inside it."""
    ships = [_ship(doc, i) for i, token in enumerate(doc) if token.text in NAVY_PREFIXES]
    found = [ship for ship in ships if ship is not None]
    if not found:
        return mentions  # the common case
    kept = [m for m in mentions if not any(m.start < s.end and s.start < m.end for s in found)]
    return sorted([*kept, *found], key=lambda m: m.start)


def _ship(doc: Doc, prefix: int) -> Mention | None:
    """The ship named after a navy prefix: the capitalised words that follow it."""
    end = prefix + 1
    while end < len(doc) and end - prefix <= MAX_NAME_WORDS and _name_word(doc, end):
        end += 1
    if end == prefix + 1:
        return None  # "INS agents": no name follows
    code = NAVY_PREFIXES[doc[prefix].text]
    return Mention(prefix, end, doc[prefix:end].text, "org", code, NAVAL_SECTOR)


def _name_word(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN") and not token.is_sent_start
