"""Event nouns that mention again an event already coded in the article.

"The Indian prime minister will meet the Brazilian president in Geneva on Friday. Officials
said the two governments will sign an agreement during the meeting": "the meeting" is the
meeting of the first sentence, not a second one. A definite event noun ("the meeting", "this
visit", "the talks") that names no party of its own, after an event of the same type that has
parties, is that event mentioned again; kept, it would be a second event with no parties.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dyads.records import Event
from dyads.stages.doc_utils import head_token

# Determiners that point back to something the reader already knows.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def drop_repeated_mentions(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """The events without those that mention an earlier coded event again."""
    kept: list[Event] = []
    for event in events:
        if not _is_repeat(doc, event, events):
            kept.append(event)
    return kept


def _is_repeat(doc: Doc, event: Event, events: Sequence[Event]) -> bool:
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


def _trigger_noun(doc: Doc, event: Event) -> Token | None:
    try:
        token = head_token(doc, event.trigger_spans[0])
    except ValueError:
        return None
    return token if token.pos_ == "NOUN" else None


def _is_definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)
