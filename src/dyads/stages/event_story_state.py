"""The state a story is about, as the target of a foreign state's words that name nobody.

A state's statement on another state's crisis often names no party: "Portugal urged a swift
return to constitutional order", in a story filed from Bissau about a coup there. A sentence
coded alone aims such an act at its actor's own country (the PLOVER gold's domestic reading of
an act with no target: `implied_recipient`). In an article filed from the state it is mostly
about, a foreign state's demand, accusation, rejection or threat that names nobody is aimed at
that state instead. The story's state is the dateline's, when the article's places name that
state more than any other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import msgspec
from spacy.tokens import Doc

from dyads.records import Actor, Event, Place
from dyads.stages.datelines import dateline_spans
from dyads.stages.state_names import state_name

# Verbal acts a state addresses to another: the ones a story's state may be the target of.
ADDRESSED_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})


def aimed_at_story_state(doc: Doc, events: Sequence[Event], places: Sequence[Place]) -> list[Event]:
    """The events, with a foreign state's verbal act aimed at its own country by default (see
    the module) aimed at the story's state instead."""
    story = _story_place(doc, places)
    if story is None or story.country is None:
        return list(events)
    target = Actor(
        text=story.text,
        name=state_name(story.country),
        code=story.country,
        sector="GOV",
        span=story.span,
    )
    return [_aimed(event, target) for event in events]


def _aimed(event: Event, story: Actor) -> Event:
    actor, recipient = event.actor, event.recipient
    if event.event not in ADDRESSED_TYPES or actor is None or recipient is None:
        return event
    own_default = recipient.code == actor.code and recipient.span == actor.span
    if not own_default or actor.code == story.code or len(actor.code or "") != 3:
        return event
    return msgspec.structs.replace(event, recipient=story)


def _story_place(doc: Doc, places: Sequence[Place]) -> Place | None:
    """The dateline's place, when its state is the one the article's places name most."""
    spans = dateline_spans(doc)
    if not spans:
        return None
    filed = [
        place
        for place in places
        if place.country is not None
        and any(doc[s].idx <= place.span[0] < doc[e - 1].idx + len(doc[e - 1]) for s, e in spans)
    ]
    if not filed or len({p.country for p in filed}) != 1:
        return None
    counts = Counter(p.country for p in places if p.country is not None).most_common(2)
    leader = counts[0]
    if leader[0] != filed[0].country or (len(counts) > 1 and counts[1][1] == leader[1]):
        return None
    return filed[0]
