"""The armed group behind "the attack" of a sentence after the one that names its attack.

"Al Shabaab militants attacked a police camp on Monday. The assault left nine officers dead":
"the assault" is the militants' attack named again, and its toll is their act, not one of the
victims' state. A definite attack noun ("the attack", "the raids", "the ambush") with no party
of its own, that is the trigger or the subject of an assault, takes the armed group that did the
assault just before it (within the sentence before); a state's forces are left alone, as their
own acts name them. A state that did the assault before is its doer only where nothing names
one or only the place does ("Pakistan carried out air strikes inside Iran ... the strikes
targeted groups in Iran's province": Pakistan, not Iran, whose land the strikes only hit;
"Russian forces shelled Kharkiv. The attack killed five civilians"); an assault told by the
noun's own word ("air strikes" for "the strikes") outranks a later one told otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence

import msgspec
from spacy.tokens import Doc, Token

from dyads.records import Event
from dyads.stages.doc_utils import head_token

ATTACK_NOUNS = frozenset(
    {"attack", "assault", "raid", "ambush", "bombing", "offensive", "strike", "onslaught"}
)
# Sectors of armed groups that are no state's forces.
ARMED_GROUP_SECTORS = frozenset({"REB", "UAF", "CRM"})
# Determiners that point back to an act already told.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Modifiers that name a party of the noun's own ("the army's attack", "Israeli raids").
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# How far back the earlier assault may start: about a long sentence.
_WINDOW_CHARS = 400


def with_attack_doers(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """The events, an assault told again by a definite attack noun taking its armed doer."""
    done: list[Event] = []
    for event in events:
        noun = _attack_told_again(doc, event)
        doer = _earlier_armed_doer(doc, event, done, noun) if noun is not None else None
        if doer is not None:
            event = msgspec.structs.replace(event, actor=doer.actor)
        done.append(event)
    return done


def _earlier_armed_doer(
    doc: Doc, event: Event, earlier: Sequence[Event], noun: Token
) -> Event | None:
    near = [
        other
        for other in reversed(earlier)
        if other.event == "ASSAULT"
        and other.actor is not None
        and other.span[1] <= event.span[0]
        and event.span[0] - other.span[0] <= _WINDOW_CHARS
    ]
    if not near:
        return None
    latest = near[0]
    if latest.actor is not None and latest.actor.sector in ARMED_GROUP_SECTORS:
        return latest
    # "Pakistan carried out air strikes inside Iran. ... the strikes targeted groups in Iran's
    # province": a state named as the doer outranks the land the attack is only placed in, and
    # an assault told by the same word ("air strikes") outranks a later one by another.
    if event.actor is not None and not _placed_only(event):
        return None
    lemma = noun.lemma_.lower()
    alike = [other for other in near if lemma in _trigger_lemmas(doc, other)]
    other = alike[0] if alike else latest
    named = other.actor is not None and other.actor.code is not None and not _placed_only(other)
    return other if named else None


def _trigger_lemmas(doc: Doc, event: Event) -> set[str]:
    """The lemmas of an event's trigger words ("air strikes": air, strike)."""
    lemmas: set[str] = set()
    for span in event.trigger_spans:
        try:
            lemmas.add(head_token(doc, span).lemma_.lower())
        except ValueError:
            continue
    return lemmas


def _placed_only(event: Event) -> bool:
    """Whether an assault's actor is only the country it happens in, implied from its place."""
    actor, place = event.actor, event.location
    return actor is not None and place is not None and actor.span == place.span


def _attack_told_again(doc: Doc, event: Event) -> Token | None:
    """The definite attack noun an assault is told again by, as its trigger or the subject of
    its verb, else None."""
    if event.event != "ASSAULT" or not event.trigger_spans:
        return None
    if event.actor is not None and event.actor.sector in ARMED_GROUP_SECTORS:
        return None
    try:
        trigger = head_token(doc, event.trigger_spans[0])
    except ValueError:
        return None
    # "The attacks killed 14 soldiers": the verb's subject is the attack told again.
    nouns = [trigger] + [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next((n for n in nouns if _definite_attack_noun(n)), None)


def _definite_attack_noun(noun: Token) -> bool:
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ATTACK_NOUNS:
        return False
    return names_an_act_again(noun)


def names_an_act_again(noun: Token) -> bool:
    """Whether a noun of an act points back to one already told: definite ("the", "this"), with
    no party of its own ("the army's attack", "Israeli raids")."""
    definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)
    owned = any(c.dep_ in _OWNER_DEPS for c in noun.children)
    return definite and not owned
