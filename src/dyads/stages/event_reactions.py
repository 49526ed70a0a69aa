"""A reaction to an act told before it is aimed at whoever did that act.

"A Moscow court sentenced Evan Gershkovich to 16 years. The White House condemned the verdict":
"the verdict" is the court's act named again, so the condemnation is aimed at Russia, though its
sentence names no party. A condemnation, praise or rejection whose object is a definite noun of
an act, with no party of its own, and which names no recipient (the actor's own country implied
in its place counts as none), takes the actor of the most recent earlier event of that act's
kind (within about two sentences), when that actor is of another state than the reacting party;
"the vote" names again only an act told by the verb "vote" or below it ("The Security Council
voted to end the mission. Russia welcomed the vote": the council).
So does a demand for the end of such an act ("China demanded an immediate halt to the bombing"),
and a judgement of such an act named as its subject ("Iran said the resolution was unjust").
"""

from __future__ import annotations

from collections.abc import Sequence

import msgspec
from spacy.tokens import Doc, Token

from dyads.records import PLOVER_TYPES, Actor, Event
from dyads.stages.doc_utils import head_token
from dyads.stages.event_attack_doers import names_an_act_again

# Reactions whose object may be an act told before, and demands for its end.
REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST"})
# Nouns of the end of an act a demand asks for ("a halt to the bombing").
_ENDING_NOUNS = frozenset({"halt", "end", "stop", "cessation", "suspension"})
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
    # "Pakistan carried out a nuclear test ... China opposes the test": a show of force.
    **dict.fromkeys(("test", "launch", "deployment", "build-up"), frozenset({"MOBILIZE"})),
    **dict.fromkeys(("annexation", "occupation", "blockade"), frozenset({"ASSAULT", "COERCE"})),
    # "The General Assembly voted to demand ... Israel rejected the resolution": the body that
    # passed it, whether the resolution demands or imposes.
    "resolution": frozenset({"REQUEST", "SANCTION"}),
    **dict.fromkeys(("sanctions", "embargo", "sanction"), frozenset({"SANCTION"})),
    # "The Security Council voted to end the mission ... Russia welcomed the vote": the body
    # that voted, whatever its vote did; only an act told by the verb "vote" or under it.
    "vote": frozenset(PLOVER_TYPES),
    # "The United Nations welcomed the agreement": the parties that reached or signed it (an
    # agreement, or a signing: SUPPORT 057), not those who praised it since.
    **dict.fromkeys(
        ("agreement", "deal", "accord", "treaty", "pact"), frozenset({"AGREE", "SUPPORT/057"})
    ),
}
# Nouns that name again only an act told by their own verb: a vote may have done anything.
_SAME_WORD_ONLY = frozenset({"vote"})
_SIDE_CLAUSES = frozenset({"advcl", "relcl", "acl", "parataxis"})
# How far back the earlier act may start: about two sentences; an act told by the same word
# (the lead's "struck" for a later "the strikes") about a news story's first paragraphs.
_WINDOW_CHARS = 500
_SAME_WORD_WINDOW_CHARS = 1500


def with_reaction_targets(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """The events, each reaction to an act told again aimed at that act's doer."""
    done: list[Event] = []
    for event in events:
        noun, kinds = _act_told_again(doc, event)
        doer = _earlier_doer(doc, event, done, noun, kinds) if kinds else None
        if doer is not None:
            event = msgspec.structs.replace(event, recipient=doer)
        done.append(event)
    return done


def _act_told_again(doc: Doc, event: Event) -> tuple[str, frozenset[str]]:
    """The lemma of the noun a reaction's object names an act again by, and the event types of
    that act, or no types."""
    if event.event not in REACTION_TYPES | {"ASSAULT"} or event.actor is None:
        return "", frozenset()
    if event.recipient is not None and event.recipient.span != event.actor.span:
        return "", frozenset()  # a recipient of its own, not the actor's own country implied
    if not event.trigger_spans:
        return "", frozenset()
    try:
        trigger = head_token(doc, event.trigger_spans[0])
    except ValueError:
        return "", frozenset()
    if event.event == "ASSAULT":
        # "Indian troops returned fire": at whoever fired on them.
        fire = any(c.dep_ == "dobj" and c.lower_ == "fire" for c in trigger.children)
        returned = trigger.lemma_.lower() == "return" and fire
        return ("fire", frozenset({"ASSAULT"})) if returned else ("", frozenset())
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    if trigger.dep_ == "acomp":
        # "Iran said the resolution was unjust": the act judged is the copula's subject.
        objects = [c for c in trigger.head.children if c.dep_ == "nsubj"]
    if event.event == "REQUEST":
        # "demanded an immediate halt to the bombing": the act whose end is demanded.
        objects = [
            act
            for noun in objects
            if noun.lemma_.lower() in _ENDING_NOUNS
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ in ("to", "of")
            for act in prep.children
            if act.dep_ == "pobj"
        ]
    for noun in objects:
        kinds = ACT_NOUN_TYPES.get(noun.lemma_.lower()) or ACT_NOUN_TYPES.get(noun.lower_)
        if kinds and _definite_unowned(noun):
            return noun.lemma_.lower(), kinds
    return "", frozenset()


def _definite_unowned(noun: Token) -> bool:
    phrased = any(c.dep_ == "prep" for c in noun.children)  # "the attack on the embassy"
    return names_an_act_again(noun) and not phrased


def _earlier_doer(
    doc: Doc, event: Event, earlier: Sequence[Event], noun: str, kinds: frozenset[str]
) -> Actor | None:
    """The doer of the act the reaction names again: the latest earlier act told by the same
    word ("NATO warplanes struck ... Yeltsin condemned the strikes") within the article's
    first paragraphs, else the act of its kind the lead sentence tells (what the story is
    about, before claims about it told later: "Azerbaijani forces shelled Armenian villages ...
    Azerbaijan said Armenia had fired first ... France condemned the attack"), else the
    latest of its kind within about two sentences."""
    reactor = event.actor.code if event.actor is not None else None
    before = [
        other
        for other in earlier
        if other.span[1] <= event.span[0] and other.actor is not None and other.actor.code
    ]
    same_word = [
        other
        for other in before
        if event.span[0] - other.span[0] <= _SAME_WORD_WINDOW_CHARS
        and _of_kind(other, kinds)
        and _told_by(doc, other, noun)
    ]
    near = [
        other
        for other in before
        if event.span[0] - other.span[0] <= _WINDOW_CHARS and _of_kind(other, kinds)
    ]
    lead_end = _lead_end(doc, earlier)
    lead = [
        other
        for other in before
        if other.span[0] < lead_end
        and event.span[0] - other.span[0] <= _SAME_WORD_WINDOW_CHARS
        and _of_kind(other, kinds)
    ]
    found = same_word if noun in _SAME_WORD_ONLY else same_word or lead[:1] or near
    if not found:
        return None
    doer = found[-1].actor
    return doer if doer is not None and doer.code != reactor else None


def _lead_end(doc: Doc, events: Sequence[Event]) -> int:
    """Where the sentence of the article's first event ends (its lead), or 0 with none."""
    if not events:
        return 0
    start = min(e.span[0] for e in events)
    words = doc.char_span(start, start + 1, alignment_mode="expand")
    return words.sent.end_char if words is not None else 0


def _told_by(doc: Doc, event: Event, lemma: str) -> bool:
    """Whether an event's trigger is the word whose lemma is given ("struck" for "strikes"),
    or, for a vote, lies below the verb "vote" ("voted to end the mission")."""
    if not event.trigger_spans:
        return False
    try:
        trigger = head_token(doc, event.trigger_spans[0])
    except ValueError:
        return False
    if trigger.lemma_.lower() == lemma:
        return True
    if lemma not in _SAME_WORD_ONLY:
        return False
    # Up through what the vote decided ("voted to end", "voted for sanctions"), not through a
    # clause that only tells when or why ("voted after the junta demanded").
    current = trigger
    for _ in range(6):
        if current.dep_ in _SIDE_CLAUSES or current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() == lemma:
            return True
    return False


def _of_kind(event: Event, kinds: frozenset[str]) -> bool:
    """Whether an event is of one of the kinds: a type, or a type and a CAMEO prefix
    ("SUPPORT/057", a signing)."""
    if event.event in kinds:
        return True
    prefixes = [k.split("/", 1) for k in kinds if "/" in k]
    return any(event.event == t and (event.cameo or "").startswith(p) for t, p in prefixes)
