"""A state's own forces named only by a modifier of the act: "imposed a naval blockade on
Cyprus", "a military blockade of the port", "staged a drone strike on a car".

The actor stage codes "naval" and "military" as the armed forces of the state in view, which is
right for who acts ("naval forces shelled the coast") but such a word inside the event's own
noun phrase only says by what means the actor acts: it is never the party acted on.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.records import Actor

# Words a phrase uses for the kind of force, the weapon or the vehicle that does an act, not for
# a party ("a naval blockade", "a drone strike", "a helicopter raid").
_MEANS_WORDS = frozenset(
    {"naval", "military", "army", "air", "aerial", "maritime", "drone", "missile", "rocket"}
    | {"helicopter", "gunship", "jet", "warplane", "tank", "artillery", "warship", "gunboat"}
)


def is_own_means(candidate: Actor, actors: tuple[Actor, ...], doc: Doc) -> bool:
    """Whether a candidate recipient is only a lower-case word of force, weapon or vehicle
    modifying a noun, of the same state as an actor ("naval" in "Turkey imposed a naval
    blockade", "drone" in "Israel staged a drone strike")."""
    if candidate.code is None or not any(candidate.code == a.code for a in actors):
        return False
    span = doc.char_span(*candidate.span, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    word = span[0]
    return word.is_lower and word.lower_ in _MEANS_WORDS and word.dep_ in ("amod", "compound")
