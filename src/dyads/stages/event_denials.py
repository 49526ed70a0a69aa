"""A denial answers the accusation told just before it.

"Britain blames Moscow for the nerve agent attack ... Russia denies any involvement",
"Washington accuses Tehran of seeking nuclear weapons. Iran denies the charge": the denial names
nobody, but it is the accused party's answer to its accuser, so the accuser is its recipient
(not the denier's own country, which a denial naming nobody would otherwise imply). Only a
denial of a charge (no object, or a charge, accusation, allegation, claim, report, involvement,
role or responsibility), by a party an accusation within about two sentences before was aimed
at, and by an accuser of another state.
"""

from __future__ import annotations

from collections.abc import Sequence

import msgspec
from spacy.tokens import Doc, Token

from dyads.records import Event
from dyads.stages.doc_utils import head_token

# Verbs of denying a charge.
_DENYING = frozenset({"deny", "reject", "dismiss", "refute"})
# Nouns that name the charge denied.
_CHARGE_NOUNS = frozenset(
    {"charge", "accusation", "allegation", "claim", "report", "involvement", "role"}
    | {"responsibility", "wrongdoing", "blame"}
)
# How far back the accusation may start: about two sentences.
_WINDOW_CHARS = 400


def with_denied_accusers(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """The events, each denial of a charge naming nobody aimed at the accuser told before."""
    done: list[Event] = []
    for event in events:
        accuser = _accuser(event, done) if _denies_a_charge(doc, event) else None
        if accuser is not None:
            event = msgspec.structs.replace(event, recipient=accuser.actor)
        done.append(event)
    return done


def _denies_a_charge(doc: Doc, event: Event) -> bool:
    if event.event != "REJECT" or event.actor is None or not event.trigger_spans:
        return False
    if event.recipient is not None and event.recipient.span != event.actor.span:
        return False  # a recipient of its own, not the actor's own country implied
    try:
        verb = head_token(doc, event.trigger_spans[0])
    except ValueError:
        return False
    if verb.lemma_.lower() not in _DENYING:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return not objects or any(_names_charge(o) for o in objects)


def _names_charge(noun: Token) -> bool:
    return noun.lemma_.lower() in _CHARGE_NOUNS


def _accuser(event: Event, earlier: Sequence[Event]) -> Event | None:
    """The latest accusation before the denial, within the window, aimed at the denier's state
    by a party of another state."""
    assert event.actor is not None
    denier = event.actor.code
    for other in reversed(earlier):
        if other.event != "ACCUSE" or other.actor is None or other.recipient is None:
            continue
        if other.span[1] > event.span[0] or event.span[0] - other.span[0] > _WINDOW_CHARS:
            continue
        if other.recipient.code == denier and other.actor.code not in (None, denier):
            return other
    return None
