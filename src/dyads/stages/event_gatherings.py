"""Events set at a gathering an earlier sentence placed: "Leaders met in Doha on Monday. During
the meeting, Qatar pledged aid to Sudan." The pledge names no place of its own, but "during the
meeting" (or "at the summit", "on the sidelines of the talks") refers back to a gathering whose
place and date the article gave: the event takes them (the date only where it had none of its
own words, the article's date standing in).
"""

from __future__ import annotations

from collections.abc import Sequence

import msgspec
from spacy.tokens import Doc, Token

from dyads.records import Event, Place, TimeRef
from dyads.stages import event_setting as setting
from dyads.stages.doc_utils import doc_words

# Nouns for a gathering an event can happen at or during.
GATHERING_NOUNS = frozenset(
    {
        *("meeting", "meetings", "summit", "talks", "conference", "gathering", "session"),
        *("negotiations", "consultations", "forum", "visit", "ceremony", "rally", "assembly"),
        *("encounter", "dinner", "luncheon", "sitting", "congress", "convention", "hearing"),
    }
)
# Verbs that hold a gathering: "met in Doha", "gathered in Geneva", "convened in Addis Ababa".
GATHERING_VERBS = frozenset({"meet", "gather", "convene", "assemble", "visit", "host"})
# Prepositions by which an event is set at a gathering named before.
REFERRING_PREPOSITIONS = frozenset({"during", "at", "in"})
# Nouns for the edge of a gathering: "on the sidelines of the summit".
EDGE_NOUNS = frozenset({"sidelines", "sideline", "margins", "margin", "side", "course", "end"})
# Words that point back to a gathering already named.
REFERRING_DETERMINERS = frozenset({"the", "that", "this", "those", "these"})


def at_named_gathering(
    doc: Doc,
    events: Sequence[Event],
    places: Sequence[tuple[Place, Token]],
    times: Sequence[tuple[TimeRef, Token]],
) -> list[Event]:
    """The events with no place of their own that are set at a gathering named back ("during
    the meeting"), with the place (and date) an earlier sentence gave that gathering."""
    if doc_words(doc).isdisjoint(GATHERING_NOUNS):
        return list(events)  # no gathering named: none can be named back
    settled: list[Event] = []
    for event in events:
        trigger = _trigger_token(doc, event)
        if event.location is not None or trigger is None or referred_gathering(trigger) is None:
            settled.append(event)
            continue
        setting_of = gathering_before(trigger.sent.start, places, times)
        if setting_of is None:
            settled.append(event)
            continue
        place, time = setting_of
        changes: dict[str, object] = {"location": place}
        if time is not None and event.date is not None and event.date_text is None:
            # The article's date stood in for the event's: the gathering's is closer.
            value = setting.event_date_value(time.value)
            if value is not None:
                changes.update(date=value, date_text=time.text, date_span=time.span)
        settled.append(msgspec.structs.replace(event, **changes))
    return settled


def referred_gathering(trigger: Token) -> Token | None:
    """The gathering noun of "during the meeting" (or "at the summit", "on the sidelines of
    the talks") in the clause of the trigger, when a determiner points back to it."""
    for token in setting.climb(trigger):
        for prep in token.children:
            if prep.dep_ != "prep":
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj":
                    continue
                gathering = _gathering_noun(prep, noun)
                if gathering is not None:
                    return gathering
    return None


def _gathering_noun(prep: Token, noun: Token) -> Token | None:
    if prep.lower_ in REFERRING_PREPOSITIONS and _refers_back(noun):
        return noun
    if prep.lower_ == "on" or noun.lower_ in EDGE_NOUNS:
        # "on the sidelines of the summit", "in the course of the talks"
        for of in noun.children:
            if of.dep_ == "prep" and of.lower_ == "of":
                inner = next((c for c in of.children if c.dep_ == "pobj"), None)
                if inner is not None and noun.lower_ in EDGE_NOUNS and _refers_back(inner):
                    return inner
    return None


def _refers_back(noun: Token) -> bool:
    return noun.lower_ in GATHERING_NOUNS and any(
        c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS for c in noun.children
    )


def gathering_before(
    sentence_start: int,
    places: Sequence[tuple[Place, Token]],
    times: Sequence[tuple[TimeRef, Token]],
) -> tuple[Place, TimeRef | None] | None:
    """The place, and the time if any, that the latest earlier sentence gives a gathering
    ("met in Doha on Monday", "a summit in Doha")."""
    earlier = [(p, s) for p, s in places if s.i < sentence_start]
    for place, start in sorted(earlier, key=lambda pair: -pair[1].i):
        path = setting.climb(start)
        if _gathering_on_path(path) is None:
            continue
        # The time of the same clause: "held talks in Ankara on Friday".
        clause = path[-1]
        time = next((t for t, head in times if setting.climb(head)[-1] == clause), None)
        return place, time
    return None


def _gathering_on_path(path: Sequence[Token]) -> Token | None:
    for token in path:
        if token.pos_ == "VERB" and token.lemma_.lower() in GATHERING_VERBS:
            return token
        if token.pos_ == "NOUN" and token.lower_ in GATHERING_NOUNS:
            return token
    return None


def _trigger_token(doc: Doc, event: Event) -> Token | None:
    if not event.trigger_spans:
        return None
    start, end = event.trigger_spans[0]
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None
