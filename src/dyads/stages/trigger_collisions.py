"""Collisions at sea: "a Chinese coast guard ship collided with a Philippine supply boat".

A vessel that collides with another vessel, or two vessels that collide, one of them a state's
warship or coast guard or patrol boat, are coded as the confrontation news reports: ASSAULT
(CAMEO 190), the PLOVER codebook's deliberate action that can cause substantial physical harm,
as ramming is. Whose vessels they are decides the parties. A collision that names no vessel on
both sides ("two cars collided", "a ship hit a reef"), or none of a state's ("a ferry collided
with a fishing boat"), is an accident and no event.
"""

from __future__ import annotations

from spacy.tokens import Token

COLLISION_CAMEO = "190"
_COLLIDING_VERBS = frozenset({"collide"})
# Nouns of ships and boats, civil or armed.
_VESSELS = frozenset(
    {"ship", "boat", "vessel", "trawler", "warship", "frigate", "destroyer", "corvette", "cutter"}
    | {"submarine", "tanker", "tugboat", "tug", "ferry", "gunboat", "freighter", "carrier"}
    | {"patroller", "dinghy", "yacht", "junk", "dhow"}
)


# Vessels of a state's forces, by their own noun or a word before it ("a coast guard ship").
_ARMED_VESSELS = frozenset(
    {"warship", "frigate", "destroyer", "corvette", "cutter", "submarine", "gunboat", "patroller"}
)
_STATE_MARKS = frozenset({"guard", "coastguard", "navy", "naval", "military", "patrol", "war"})


def _is_vessel(noun: Token) -> bool:
    return noun.lemma_.lower() in _VESSELS


def _is_state_vessel(noun: Token) -> bool:
    if noun.lemma_.lower() in _ARMED_VESSELS:
        return True
    marks = (c for c in noun.children if c.dep_ in ("compound", "amod"))
    return any(m.lemma_.lower() in _STATE_MARKS for m in marks)


def is_collision_at_sea(verb: Token, lemma: str) -> bool:
    """Whether a verb (of lemma `lemma`) tells of a vessel colliding with another vessel: its
    subject and the object of its "with", or two conjoined subjects, are vessels."""
    if lemma not in _COLLIDING_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [c for s in subjects for c in s.children if c.dep_ == "conj"]
    vessels = [s for s in subjects if _is_vessel(s)]
    if not vessels:
        return False
    if len(vessels) > 1:
        return any(map(_is_state_vessel, vessels))  # "a patrol vessel and a trawler collided"
    others = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    struck = [o for o in others if _is_vessel(o)]
    return bool(struck) and any(map(_is_state_vessel, [*vessels, *struck]))
