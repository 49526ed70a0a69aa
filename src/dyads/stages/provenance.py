"""Provenance: which source each event is reported by, and who confirms, denies or omits it.

An event is reported by the speaker of the statement that contains its trigger: a direct quote,
indirect speech ("the ministry announced …", "X said that …") or an "according to X" sentence, all
found by `QuoteFinder`. When statements are nested the innermost one, the attribution closest to
the event, wins. Failing that, a "citing X" in the same sentence names the source. Otherwise the
event is told in the journalist's own voice and `reported_by` stays None. The reporting verb
itself ("the ministry announced") lies outside the statement it introduces, so an event whose
trigger is that verb is not reported by its own subject. Sources that confirm, deny or pass over
an event are added to its `corroboration` (see `corroboration`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from msgspec.structs import replace
from spacy.tokens import Doc

from dyads.records import Actor, Event, Quote, Span
from dyads.stages.corroboration import corroborate
from dyads.stages.doc_utils import text_of
from dyads.stages.speakers import SpeakerResolver
from dyads.stages.statements import Statements

_CITING_LEMMA = "cite"
_OBJECT_DEPS = frozenset({"dobj", "obj"})


class ProvenanceResolver:
    """Sets `reported_by` and `corroboration` on each event from the article's statements."""

    def process(
        self,
        doc: Doc,
        events: Sequence[Event],
        actors: Sequence[Actor],
        quotes: Sequence[Quote],
    ) -> list[Event]:
        statements = Statements(doc)
        speakers = SpeakerResolver(doc, actors)
        citations = _citations(doc, speakers)
        attributed = [quote for quote in quotes if quote.speaker is not None]
        resolved: list[Event] = []
        for event in events:
            anchor = trigger_span(text_of(doc), event)
            source = _innermost_speaker(anchor, attributed) or _cited_source(
                anchor, citations, statements
            )
            resolved.append(replace(event, reported_by=source))
        return corroborate(doc, resolved, speakers)


def trigger_span(text: str, event: Event) -> Span:
    """Where the event's trigger words are in its evidence span (the whole span if not found).

    A trigger may name words that are apart in the text ("spoke phone" for "spoke by phone"):
    each word is looked for in turn after the previous one, and the anchor runs from the first
    word found to the last.
    """
    if event.trigger_spans:
        return (event.trigger_spans[0][0], event.trigger_spans[-1][1])
    start, end = event.span  # an event built without word positions: look for the words
    evidence = text[start:end]
    found: list[Span] = []
    position = 0
    for word in event.trigger.split():
        match = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE).search(
            evidence, position
        )
        if match is not None:
            found.append(match.span())
            position = match.end()
    if not found:
        return event.span
    return (start + found[0][0], start + found[-1][1])


def _innermost_speaker(anchor: Span, quotes: Sequence[Quote]) -> Actor | None:
    """The speaker of the smallest statement that contains the anchor."""
    containing = [q for q in quotes if q.span[0] <= anchor[0] and anchor[1] <= q.span[1]]
    if not containing:
        return None
    innermost = min(containing, key=lambda quote: quote.span[1] - quote.span[0])
    return innermost.speaker


def _citations(doc: Doc, speakers: SpeakerResolver) -> list[tuple[int, Actor]]:
    """Each 'citing X' whose object names a source, as (offset of 'citing', source)."""
    found: list[tuple[int, Actor]] = []
    for token in doc:
        if token.lemma_.lower() != _CITING_LEMMA or token.pos_ != "VERB":
            continue
        for child in token.children:
            if child.dep_ in _OBJECT_DEPS:
                source = speakers.resolve(child, strict=True)
                if source is not None:
                    found.append((token.idx, source))
    return found


def _cited_source(
    anchor: Span, citations: Sequence[tuple[int, Actor]], statements: Statements
) -> Actor | None:
    """The source cited closest to the anchor in the same sentence."""
    sentence = statements.index_at(anchor[0])
    if sentence is None:
        return None
    nearby = [
        (abs(offset - anchor[0]), source)
        for offset, source in citations
        if statements.index_at(offset) == sentence
    ]
    return min(nearby, key=lambda pair: pair[0])[1] if nearby else None
