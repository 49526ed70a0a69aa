"""A state's own forces named only by an adjective of the act: "imposed a naval blockade on
Cyprus", "a military blockade of the port".

The actor stage codes "naval" and "military" as the armed forces of the state in view, which is
right for who acts ("naval forces shelled the coast") but such a word inside the event's own
noun phrase only says by what means the actor acts: it is never the party acted on.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.records import Actor

# Words a phrase uses for the kind of force that does an act, not for a party.
_MEANS_ADJECTIVES = frozenset({"naval", "military", "army", "air", "aerial", "maritime"})


def is_own_means(candidate: Actor, actors: tuple[Actor, ...], doc: Doc) -> bool:
    """Whether a candidate recipient is only a lower-case adjective of force modifying a noun,
    of the same state as an actor ("naval" in "Turkey imposed a naval blockade")."""
    if candidate.code is None or not any(candidate.code == a.code for a in actors):
        return False
    span = doc.char_span(*candidate.span, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    word = span[0]
    return word.is_lower and word.lower_ in _MEANS_ADJECTIVES and word.dep_ in ("amod", "compound")
