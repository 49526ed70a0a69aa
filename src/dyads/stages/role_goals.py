"""Whether forces are sent somewhere the sentence names: "deployed a carrier group to the Middle
East", "sent two warships into the Red Sea". A deployment's target is where it goes; a
destination that gives no state (a region, a sea) names no target, and the sender's own country
is not one either."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.role_syntax import children

_GOAL_PREPOSITIONS = frozenset({"to", "into", "toward", "towards"})
# The parser hangs "to" on a verb of sending as a dative ("sent a destroyer to the Red Sea").
_GOAL_DEPS = ("prep", "dative")


def has_destination(trigger: Token) -> bool:
    """Whether the trigger verb, or its object, has a "to"/"into" phrase naming a place."""
    heads = [trigger, *children(trigger, ("dobj",))]
    return any(
        goal.pos_ in ("PROPN", "NOUN")
        for head in heads
        for prep in children(head, _GOAL_DEPS)
        if prep.lower_ in _GOAL_PREPOSITIONS
        for goal in children(prep, ("pobj",))
    )
