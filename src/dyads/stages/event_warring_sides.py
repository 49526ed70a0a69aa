""" "Both sides" of a conflict are the parties that fought, not the last pair named together.

"Iraqi warplanes bombed Iranian airfields. Saudi Arabia and Kuwait called for restraint. The
Soviet Union urged both sides to end the fighting": the actor stage reads "both sides" as the
last two states named together (Saudi Arabia and Kuwait), but sides are parties that face each
other. So a party named "both sides", "the two sides" or "the warring sides" (or "parties",
"factions") stands for the actor and the target of the latest hostile event before it (an
attack, coercion or a threat between two states or bodies), within about a news story's first
paragraphs, where that pair differs from the one the actor stage chose, unless the party the
actor stage chose has met, agreed or worked with another since ("Israeli and Egyptian officials
met in Cairo. Both sides agreed": the two that met).
"""

from __future__ import annotations

from collections.abc import Sequence

import msgspec
from spacy.tokens import Doc

from dyads.records import Actor, Event
from dyads.stages.doc_utils import head_token

# Types of event whose two parties are sides of a conflict.
_HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
# Types of event whose parties, met or joined since, are the sides meant instead.
_JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
# Words that name the two sides of a conflict.
_SIDES_WORDS = frozenset(
    {
        "both sides",
        "the two sides",
        "the warring sides",
        "the warring parties",
        "the warring factions",
    }
)
# How far back the hostile event may start.
_WINDOW_CHARS = 1500


def with_warring_sides(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """The events, a party named as "both sides" standing for the latest pair that fought."""
    result: list[Event] = []
    made: set[tuple[object, ...]] = set()
    for event in events:
        read = event
        if event.recipient is None and (words := _sides_object(doc, event)) is not None:
            # "China and the United States urged both sides": a pair the actor stage left open.
            read = msgspec.structs.replace(event, recipient=words)
        sides = _sides_of(read, result)
        if sides is None:
            result.append(event)
            continue
        event = read
        # Each sibling read for "both sides" becomes both sides: keep each side once.
        for side in _as_sides(event, sides):
            if (key := _key(side)) not in made:
                made.add(key)
                result.append(side)
    return result


def _sides_object(doc: Doc, event: Event) -> Actor | None:
    """The words "both sides" as the object of an event's trigger that names no recipient, as
    an uncoded party, or None."""
    if not event.trigger_spans:
        return None
    try:
        trigger = head_token(doc, event.trigger_spans[0])
    except ValueError:
        return None
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "dative")]
    objects += [
        o
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ in ("on", "to")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    for noun in objects:
        words = doc[noun.left_edge.i : noun.i + 1]
        if words.text.lower() in _SIDES_WORDS:
            span = (words.start_char, words.end_char)
            return Actor(text=words.text, name=words.text, code=None, sector=None, span=span)
    return None


def _names_sides(actor: Actor | None) -> bool:
    return actor is not None and actor.text.lower() in _SIDES_WORDS


def _sides_of(event: Event, earlier: Sequence[Event]) -> tuple[Actor, Actor] | None:
    """The pair that fought before an event that names "both sides", when it is another pair
    than the one read."""
    words = event.recipient if _names_sides(event.recipient) else event.actor
    if not _names_sides(words):
        return None
    assert words is not None
    for other in reversed(earlier):
        if event.span[0] - other.span[0] > _WINDOW_CHARS or other.span[1] > event.span[0]:
            continue
        if other.event in _JOINT_TYPES and words.code in _codes(other):
            return None  # "... Israeli and Egyptian officials met. Both sides agreed": they met
        if other.event not in _HOSTILE_TYPES or other.actor is None or other.recipient is None:
            continue
        first, second = other.actor, other.recipient
        if first.code is None or second.code is None or first.code == second.code:
            continue
        return first, second
    return None


def _codes(event: Event) -> set[str]:
    return {p.code for p in (event.actor, event.recipient) if p is not None and p.code}


def _as_sides(event: Event, sides: tuple[Actor, Actor]) -> list[Event]:
    """One event per side, the sides' codes read at the words "both sides"."""
    field = "recipient" if _names_sides(event.recipient) else "actor"
    words = event.recipient if field == "recipient" else event.actor
    assert words is not None
    return [
        msgspec.structs.replace(
            event,
            **{field: msgspec.structs.replace(words, code=s.code, sector=s.sector, name=s.name)},
        )
        for s in sides
    ]


def _key(event: Event) -> tuple[object, ...]:
    return (
        event.event,
        event.trigger_spans,
        event.span,
        _party_key(event.actor),
        _party_key(event.recipient),
    )


def _party_key(actor: Actor | None) -> tuple[object, ...]:
    return (None,) if actor is None else (actor.span, actor.code, actor.sector)
