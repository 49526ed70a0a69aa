"""Typed records that flow from stage to stage and out as `dyads/2` JSON.

Every record is a frozen msgspec Struct: cheap to build, hashable, and encoded straight to
JSON with the field names of the schema (see docs/schema.md). Every `span` is a pair of
Python string offsets into `Article.text` exactly as it was read.
"""

from __future__ import annotations

from typing import Literal

import msgspec

SCHEMA = "dyads/2"

Span = tuple[int, int]
DateSource = Literal["metadata", "dateline", "text"]
Status = Literal["asserted", "future", "hypothetical", "negated", "historical"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind = Literal["direct", "indirect"]
Stance = Literal["confirms", "denies", "omits"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
STATUSES: tuple[Status, ...] = ("asserted", "future", "hypothetical", "negated", "historical")


class Record(msgspec.Struct, frozen=True, kw_only=True):
    """Base of every record: frozen, keyword-only."""


class Article(Record, frozen=True, kw_only=True):
    """One news article as read by an ingest reader."""

    id: str
    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    date: str | None = None  # YYYY-MM-DD
    date_source: DateSource | None = None


class Actor(Record, frozen=True, kw_only=True):
    """A mention of a political actor, resolved to a country/IGO code and a sector."""

    text: str  # the words in the article
    name: str  # canonical name ("Vladimir Putin", "Russia", "United Nations")
    code: str | None  # ISO-3166 alpha-3, or an IGO/NGO code such as "IGOUNO"
    sector: str | None  # PLOVER sector: GOV, MIL, REB, CVL, MED, ...
    span: Span


class Place(Record, frozen=True, kw_only=True):
    """A toponym resolved against the offline gazetteer."""

    text: str
    name: str
    country: str | None  # ISO alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    span: Span


class TimeRef(Record, frozen=True, kw_only=True):
    """A time expression with its TimeML/TIMEX3 value."""

    text: str
    value: str
    type: TimeType
    span: Span


class Quote(Record, frozen=True, kw_only=True):
    """Reported speech: who said what, directly or indirectly."""

    content: str
    span: Span
    speaker: Actor | None
    cue: str | None
    kind: QuoteKind


class Corroboration(Record, frozen=True, kw_only=True):
    """A source's stance on an event another source reports: it confirms, denies or omits it."""

    source: Actor
    stance: Stance
    span: Span  # the words that state the stance ("the agency confirmed the call")


class Event(Record, frozen=True, kw_only=True):
    """One coded event: who did what to whom, when, where, and who says so."""

    id: str
    event: str  # one of PLOVER_TYPES
    mode: str | None
    context: tuple[str, ...]
    status: Status
    cameo: str | None
    quad_class: int | None  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    actor: Actor | None
    recipient: Actor | None
    date: str | None  # YYYY-MM-DD, YYYY-MM or YYYY
    date_text: str | None
    location: Place | None
    reported_by: Actor | None
    trigger: str
    span: Span  # the sentence (or clause) that is the event's evidence
    confidence: float
    corroboration: tuple[Corroboration, ...] = ()  # dyads/2
    # Where each trigger word is, in text order; empty in records written before it was kept.
    trigger_spans: tuple[Span, ...] = ()
    # The words that decided `status`, in text order ("not", "will", "if"; the date's words
    # when the date decided it); empty for `asserted` and in records written before they were kept.
    status_spans: tuple[Span, ...] = ()
    # Where the words of `date_text` are; None when the article date was used, and in records
    # written before it was kept.
    date_span: Span | None = None


class Mentions(Record, frozen=True, kw_only=True):
    """Everything recognised in the article, whether or not an event uses it."""

    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[TimeRef, ...] = ()


class CodedArticle(Record, frozen=True, kw_only=True):
    """The `dyads/2` output for one article."""

    schema: str = SCHEMA
    article: Article
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    mentions: Mentions = Mentions()


class Rejected(Record, frozen=True, kw_only=True):
    """An input record that could not be read, with the reason."""

    source: str  # file name, or "-" for stdin
    line: int | None  # 1-based line (JSONL) or record number (WARC); None for whole files
    reason: str
    raw: str | None = None  # the raw record where there is one, for --rejects

    def location(self) -> str:
        return self.source if self.line is None else f"{self.source}:{self.line}"


_encoder = msgspec.json.Encoder()


def to_json(record: Record) -> bytes:
    """Encode a record as compact JSON."""
    return _encoder.encode(record)


def to_builtins(record: Record) -> dict[str, object]:
    """A record as plain dicts, lists and scalars (tuples become lists)."""
    result = msgspec.to_builtins(record)
    assert isinstance(result, dict)
    return result


def coded_article_from_json(data: bytes | str) -> CodedArticle:
    """Decode one `dyads/2` JSON line, validating every field (a `dyads/1` line reads too)."""
    return msgspec.json.decode(data, type=CodedArticle)
