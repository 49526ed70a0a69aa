"""Corroboration: which sources confirm, deny or pass over an event that others report.

A stance is a verb of confirming or denying with an object ("the agency confirmed the call",
"Moscow denied the report"), or a statement of silence ("it made no mention of the meeting",
"the paper did not mention the talks"). Its source is the verb's subject, resolved like a
speaker (so "it" is the last body that spoke). The object names the event:

- a report, claim or allegation stands for the events of the latest statement before it by
  another source ("Moscow denied the report");
- an event noun ("the call", "the Putin-Trump meeting") stands for the event of a matching
  type, preferring one whose actors the phrase names, then the nearest before the stance;
- an act denied by its doer ("Belarus denied sending troops", "denied that its jets bombed
  the market"), which the events stage codes as negated, stands for the latest earlier event
  of the same type by the same actor that another source asserts.
Events that repeat the chosen one (same type, mode, actors and date) take the stance too.

A doer's denial of an act another source reported answers that source: "According to a Polish
assessment, Belarusian troops were deployed ... Belarus denied sending troops" is REJECT BLR →
POL, where the sentence alone would leave the denier's own state as the implied recipient.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from msgspec.structs import replace
from spacy.tokens import Doc, Token

from dyads.records import Actor, Corroboration, Event, Stance
from dyads.stages.doc_utils import text_of
from dyads.stages.speakers import SpeakerResolver, subject_of

_CONFIRMING = frozenset({"acknowledge", "confirm", "corroborate", "verify"})
_DENYING = frozenset({"deny", "dispute", "refute"})
_MENTIONING = frozenset({"mention", "report"})  # "did not mention X": an omission
_CLAIM_NOUNS = frozenset(
    {"account", "accusation", "allegation", "assessment", "claim", "report", "rumor", "rumour"}
)
# Nouns that name a kind of event, with the PLOVER types (and mode) they stand for.
_EVENT_NOUNS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "call": (("CONSULT",), "phone"),
    "conversation": (("CONSULT",), None),
    "meeting": (("CONSULT",), None),
    "summit": (("CONSULT",), None),
    "talk": (("CONSULT",), None),
    "visit": (("CONSULT",), "visit"),
    "agreement": (("AGREE", "COOPERATE"), None),
    "deal": (("AGREE", "COOPERATE"), None),
    "deployment": (("MOBILIZE", "AID"), None),
    "attack": (("ASSAULT",), None),
    "strike": (("ASSAULT",), None),
    "sanction": (("SANCTION",), None),
    "protest": (("PROTEST",), None),
    "aid": (("AID",), None),
    "threat": (("THREATEN",), None),
}
_OBJECT_DEPS = frozenset({"dobj", "obj"})
# "denied sending troops", "denied that its jets bombed": the act denied, a clause.
_DENIED_ACT_DEPS = frozenset({"xcomp", "ccomp"})
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class _Stance:
    source_token: Token
    stance: Stance
    target: Token  # the head noun of what is confirmed, denied or passed over
    span: tuple[int, int]


def corroborate(doc: Doc, events: Sequence[Event], speakers: SpeakerResolver) -> list[Event]:
    """The events with every stance taken on them added to their `corroboration`."""
    added: dict[int, list[Corroboration]] = {}
    answering: dict[int, Actor] = {}  # a doer's denial -> the source of the claim it rejects
    for stance in _stances(doc):
        source = speakers.resolve(stance.source_token)
        if source is None:
            continue
        targets = _targets(stance, events)
        for index in targets:
            note = Corroboration(source=source, stance=stance.stance, span=stance.span)
            added.setdefault(index, []).append(note)
        claimant = events[targets[-1]].reported_by if targets else None
        denial = _own_state_denial(stance, events) if stance.target.pos_ == "VERB" else None
        if denial is not None and claimant is not None and claimant.code != source.code:
            answering[denial] = claimant
    result = []
    for index, event in enumerate(events):
        if index in added:
            event = replace(event, corroboration=event.corroboration + tuple(added[index]))
        if index in answering:
            event = replace(event, recipient=answering[index])
        result.append(event)
    return result


def _own_state_denial(stance: _Stance, events: Sequence[Event]) -> int | None:
    """The REJECT coded at the denying verb whose recipient is only its actor's own state."""
    at = stance.target.head.idx
    for index, event in enumerate(events):
        actor, recipient = event.actor, event.recipient
        if event.event != "REJECT" or actor is None or recipient is None:
            continue
        if actor.code == recipient.code and _has_trigger_at(event, at):
            return index
    return None


def _stances(doc: Doc) -> list[_Stance]:
    found = []
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        reading = _reading(verb)
        if reading is None:
            continue
        stance, target = reading
        subject = subject_of(verb)
        if subject is None:
            continue
        start = min(subject.left_edge.idx, verb.idx)
        end = target.right_edge.idx + len(target.right_edge.text)
        found.append(_Stance(subject, stance, target, (start, end)))
    return found


def _reading(verb: Token) -> tuple[Stance, Token] | None:
    """(stance, object head) for a verb that takes a stance on something, else None."""
    lemma = verb.lemma_.lower()
    negated = any(child.dep_ == "neg" for child in verb.children)
    target = next((child for child in verb.children if child.dep_ in _OBJECT_DEPS), None)
    if target is None and lemma in _DENYING and not negated:
        act = next((c for c in verb.children if c.dep_ in _DENIED_ACT_DEPS), None)
        return ("denies", act) if act is not None and act.pos_ == "VERB" else None
    if target is None:
        return None
    if lemma in _CONFIRMING:
        return ("omits" if negated else "confirms"), target
    if lemma in _DENYING:
        return None if negated else ("denies", target)
    if lemma in _MENTIONING and negated:
        return "omits", target
    if lemma == "make" and target.lemma_.lower() == "mention" and _has_no(target):
        about = _of_object(target)  # "made no mention of X"
        return ("omits", about) if about is not None else None
    return None


def _has_no(noun: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ == "no" for child in noun.children)


def _of_object(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((grand for grand in child.children if grand.dep_ == "pobj"), None)
    return None


def _targets(stance: _Stance, events: Sequence[Event]) -> list[int]:
    """Indices of the events a stance is about."""
    if stance.target.pos_ == "VERB":
        return _denied_act(stance, events)
    head = stance.target.lemma_.lower()
    if head in _CLAIM_NOUNS:
        return _latest_reported(stance, events)
    kind = _EVENT_NOUNS.get(head)
    if kind is None:
        return []
    types, mode = kind
    words = {w.casefold() for w in _WORD.findall(_phrase(stance.target))}
    candidates = [(i, e) for i, e in enumerate(events) if e.event in types]
    if not candidates:
        return []
    position = stance.span[0]

    def rank(pair: tuple[int, Event]) -> tuple[int, int, int]:
        _, event = pair
        named = len(words & _actor_words(event))
        same_mode = int(mode is not None and event.mode == mode)
        distance = position - event.span[0] if event.span[0] <= position else 10**9
        return (named, same_mode, -distance)

    best = max(candidates, key=rank)[1]
    return [i for i, e in candidates if _same_happening(e, best)]


def _denied_act(stance: _Stance, events: Sequence[Event]) -> list[int]:
    """The earlier events an act denied by its doer stands for: the negated event coded at the
    denied verb gives the type and the actor; the latest earlier event with both that is not
    itself negated, and the events repeating it."""
    at = stance.target.idx
    denied = [e for e in events if e.status == "negated" and _has_trigger_at(e, at)]
    for act in denied:
        code = act.actor.code if act.actor is not None else None
        if code is None:
            continue
        earlier = [
            (i, e)
            for i, e in enumerate(events)
            if e.span[1] <= stance.span[0]
            and e.event == act.event
            and e.status != "negated"
            and e.actor is not None
            and e.actor.code == code
        ]
        if earlier:
            latest = max(earlier, key=lambda pair: pair[1].span[0])[1]
            return [i for i, e in earlier if _same_happening(e, latest)]
    return []


def _has_trigger_at(event: Event, offset: int) -> bool:
    if event.trigger_spans:
        return any(start == offset for start, _ in event.trigger_spans)
    return event.span[0] <= offset < event.span[1]


def _latest_reported(stance: _Stance, events: Sequence[Event]) -> list[int]:
    """The events of the latest earlier statement whose source is not the stance's."""
    earlier = [
        (i, e)
        for i, e in enumerate(events)
        if e.span[1] <= stance.span[0] and e.reported_by is not None
    ]
    if not earlier:
        return []
    latest = max(earlier, key=lambda pair: pair[1].span[0])[1]
    return [i for i, e in earlier if e.span == latest.span and e.reported_by == latest.reported_by]


def _phrase(noun: Token) -> str:
    return text_of(noun.doc)[noun.left_edge.idx : noun.right_edge.idx + len(noun.right_edge.text)]


def _actor_words(event: Event) -> set[str]:
    names = [a.name for a in (event.actor, event.recipient) if a is not None]
    names += [a.text for a in (event.actor, event.recipient) if a is not None]
    return {w.casefold() for name in names for w in _WORD.findall(name)}


def _same_happening(first: Event, second: Event) -> bool:
    def key(event: Event) -> tuple[object, ...]:
        codes = sorted((a.code or a.name) for a in (event.actor, event.recipient) if a is not None)
        return (event.event, event.mode, tuple(codes), event.date)

    return key(first) == key(second)
