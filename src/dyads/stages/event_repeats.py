"""Event nouns that mention again an event already coded in the article.

"The Indian prime minister will meet the Brazilian president in Geneva on Friday. Officials
said the two governments will sign an agreement during the meeting": "the meeting" is the
meeting of the first sentence, not a second one. A definite event noun ("the meeting", "this
visit", "the talks") that names no party of its own, after an event of the same type that has
parties, is that event mentioned again; kept, it would be a second event with no parties. So
is a noun whose only party is a possessive pronoun ("for a two-day visit, his first trip
abroad") after an event of the same type and actor that names a recipient.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dyads.records import Event
from dyads.stages.doc_utils import head_token

# Determiners that point back to something the reader already knows.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Possessive determiners that make an event noun its earlier doer's ("his first trip").
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})


def drop_repeated_mentions(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """The events without those that mention an earlier coded event again."""
    kept: list[Event] = []
    for event in events:
        if not _is_repeat(doc, event, events):
            kept.append(event)
    return kept


def _is_repeat(doc: Doc, event: Event, events: Sequence[Event]) -> bool:
    if event.recipient is None and _is_pronoun_own(event):
        return _describes_earlier(doc, event, events)
    if event.actor is not None or event.recipient is not None or not event.trigger_spans:
        return False
    noun = _trigger_noun(doc, event)
    if noun is None or not _is_definite(noun):
        return False
    return any(
        other.span[1] <= event.span[0]
        and other.event == event.event
        and (other.actor is not None or other.recipient is not None)
        for other in events
    )


def _is_pronoun_own(event: Event) -> bool:
    return event.actor is not None and event.actor.text.lower() in _POSSESSIVE_PRONOUNS


def _describes_earlier(doc: Doc, event: Event, events: Sequence[Event]) -> bool:
    """ "landed in Rabat for a two-day visit, his first trip abroad": a noun whose only party
    is a possessive pronoun, naming no recipient, describes an event of the same type and
    actor that the sentence coded before it with a recipient."""
    if not event.trigger_spans or _trigger_noun(doc, event) is None:
        return False
    actor = event.actor
    start = event.trigger_spans[0][0]
    return actor is not None and any(
        other.span == event.span
        and other.trigger_spans
        and other.trigger_spans[-1][1] <= start
        and other.event == event.event
        and other.recipient is not None
        and other.actor is not None
        and other.actor.code == actor.code
        for other in events
    )


def _trigger_noun(doc: Doc, event: Event) -> Token | None:
    try:
        token = head_token(doc, event.trigger_spans[0])
    except ValueError:
        return None
    return token if token.pos_ == "NOUN" else None


def _is_definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)
