"""A reaction to an act told before it is aimed at whoever did that act.

"A Moscow court sentenced Evan Gershkovich to 16 years. The White House condemned the verdict":
"the verdict" is the court's act named again, so the condemnation is aimed at Russia, though its
sentence names no party. A condemnation, praise or rejection whose object is a definite noun of
an act, with no party of its own, and which names no recipient (the actor's own country implied
in its place counts as none), takes the actor of the most recent earlier event of that act's
kind (within about two sentences), when that actor is of another state than the reacting party.
"""

from __future__ import annotations

from collections.abc import Sequence

import msgspec
from spacy.tokens import Doc, Token

from dyads.records import Actor, Event
from dyads.stages.doc_utils import head_token
from dyads.stages.event_attack_doers import names_an_act_again

# Reactions whose object may be an act told before.
REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
# Nouns of an act, and the event types that tell that act ("the verdict" tells a conviction).
ACT_NOUN_TYPES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("verdict", "sentence", "ruling", "conviction"), frozenset({"SANCTION"})),
    **dict.fromkeys(
        (
            *("attack", "strike", "raid", "bombing", "shelling", "killing", "assault"),
            *("massacre", "invasion", "incursion", "offensive", "ambush"),
        ),
        frozenset({"ASSAULT"}),
    ),
    **dict.fromkeys(("arrest", "detention", "crackdown", "expulsion"), frozenset({"COERCE"})),
    **dict.fromkeys(("sanctions", "embargo", "sanction"), frozenset({"SANCTION"})),
    # "The United Nations welcomed the agreement": the parties that reached or signed it (an
    # agreement, or a signing: SUPPORT 057), not those who praised it since.
    **dict.fromkeys(
        ("agreement", "deal", "accord", "treaty", "pact"), frozenset({"AGREE", "SUPPORT/057"})
    ),
}
# How far back the earlier act may start: about two sentences.
_WINDOW_CHARS = 500


def with_reaction_targets(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """The events, each reaction to an act told again aimed at that act's doer."""
    done: list[Event] = []
    for event in events:
        kinds = _act_told_again(doc, event)
        doer = _earlier_doer(event, done, kinds) if kinds else None
        if doer is not None:
            event = msgspec.structs.replace(event, recipient=doer)
        done.append(event)
    return done


def _act_told_again(doc: Doc, event: Event) -> frozenset[str]:
    """The event types of the act a reaction's object names again, or none."""
    if event.event not in REACTION_TYPES or event.actor is None:
        return frozenset()
    if event.recipient is not None and event.recipient.span != event.actor.span:
        return frozenset()  # a recipient of its own, not the actor's own country implied
    if not event.trigger_spans:
        return frozenset()
    try:
        trigger = head_token(doc, event.trigger_spans[0])
    except ValueError:
        return frozenset()
    for noun in (c for c in trigger.children if c.dep_ == "dobj"):
        kinds = ACT_NOUN_TYPES.get(noun.lemma_.lower()) or ACT_NOUN_TYPES.get(noun.lower_)
        if kinds and _definite_unowned(noun):
            return kinds
    return frozenset()


def _definite_unowned(noun: Token) -> bool:
    phrased = any(c.dep_ == "prep" for c in noun.children)  # "the attack on the embassy"
    return names_an_act_again(noun) and not phrased


def _earlier_doer(event: Event, earlier: Sequence[Event], kinds: frozenset[str]) -> Actor | None:
    reactor = event.actor.code if event.actor is not None else None
    for other in reversed(earlier):
        if other.span[1] > event.span[0] or event.span[0] - other.span[0] > _WINDOW_CHARS:
            continue
        if _of_kind(other, kinds) and other.actor is not None and other.actor.code:
            return other.actor if other.actor.code != reactor else None
    return None


def _of_kind(event: Event, kinds: frozenset[str]) -> bool:
    """Whether an event is of one of the kinds: a type, or a type and a CAMEO prefix
    ("SUPPORT/057", a signing)."""
    if event.event in kinds:
        return True
    prefixes = [k.split("/", 1) for k in kinds if "/" in k]
    return any(event.event == t and (event.cameo or "").startswith(p) for t, p in prefixes)
