"""Cut an article's text into segments, each carrying the marks that cover it.

Mentions, quotes, triggers, status cues, event dates and event evidence overlap freely (a quote
holds actors, a sentence holds several events), so instead of nesting tags the text is split at
every span boundary: each segment knows its mark kinds, a tooltip, and the events whose evidence
covers it. The template escapes each segment's text, so an article can never inject markup.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable

from dyads.records import Actor, CodedArticle, Event

MARK_KINDS: tuple[str, ...] = (
    "actor",
    "place",
    "time",
    "quote",
    "trigger",
    "status",  # the words that decided an event's status ("not", "will", "if")
    "date",  # the words an event's date came from
)


@dataclasses.dataclass(frozen=True)
class Mark:
    kind: str  # one of MARK_KINDS, or "evidence"
    start: int
    end: int
    note: str  # what the mark means, for the tooltip; for evidence, the event id


@dataclasses.dataclass(frozen=True)
class Segment:
    text: str
    kinds: tuple[str, ...]  # mark kinds covering the segment, in MARK_KINDS order
    notes: tuple[str, ...]
    events: tuple[str, ...]  # ids of the events whose evidence covers the segment


def actor_note(actor: Actor) -> str:
    coded = " ".join(part for part in (actor.code, actor.sector) if part)
    return f"{actor.name} ({coded})" if coded else actor.name


def trigger_spans(text: str, event: Event) -> list[tuple[int, int]]:
    """Where the trigger's words occur in the event's evidence (first match of each word).

    A trigger may be several words that are not adjacent ("spoke phone"); each is found as a
    whole word inside the evidence span. Events coded with word positions use them.
    """
    if event.trigger_spans:
        return list(event.trigger_spans)
    start, end = event.span
    found: list[tuple[int, int]] = []
    for word in event.trigger.split():
        match = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE).search(text, start, end)
        if match:
            found.append(match.span())
    return found


def status_note(event: Event) -> str:
    """What a status cue means: "hypothetical status of MOBILIZE"."""
    return f"{event.status} status of {event.event}"


def date_note(event: Event) -> str:
    """What an event's date words mean: "CONSULT date: 2025-08-15"."""
    return f"{event.event} date: {event.date or 'no calendar date'}"


def article_marks(coded: CodedArticle) -> list[Mark]:
    """Every highlight of an article: mentions, quotes, event triggers and evidence."""
    text = coded.article.text
    marks = [Mark("actor", *a.span, actor_note(a)) for a in coded.mentions.actors]
    for place in coded.mentions.places:
        where = ", ".join(part for part in (place.name, place.admin1, place.country) if part)
        marks.append(Mark("place", *place.span, where))
    marks += [Mark("time", *t.span, f"{t.type} {t.value}") for t in coded.mentions.times]
    for quote in coded.quotes:
        speaker = actor_note(quote.speaker) if quote.speaker else "unknown speaker"
        marks.append(Mark("quote", *quote.span, f"{quote.kind} quote: {speaker}"))
    for event in coded.events:
        marks.append(Mark("evidence", *event.span, event.id))
        for start, end in trigger_spans(text, event):
            marks.append(Mark("trigger", start, end, f"{event.event} trigger"))
        marks += [Mark("status", *span, status_note(event)) for span in event.status_spans]
        if event.date_span is not None:
            marks.append(Mark("date", *event.date_span, date_note(event)))
    return [mark for mark in marks if 0 <= mark.start < mark.end <= len(text)]


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """The text split at every mark boundary, each piece with the marks covering it."""
    marks = list(marks)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    pieces: list[Segment] = []
    for start, end in itertools.pairwise(cuts):
        covering = [m for m in marks if m.start <= start and end <= m.end]
        kinds = {m.kind for m in covering}
        notes = dict.fromkeys(m.note for m in covering if m.kind != "evidence")
        pieces.append(
            Segment(
                text=text[start:end],
                kinds=tuple(kind for kind in MARK_KINDS if kind in kinds),
                notes=tuple(notes),
                events=tuple(dict.fromkeys(m.note for m in covering if m.kind == "evidence")),
            )
        )
    return pieces
