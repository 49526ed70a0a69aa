"""Pydantic models of the HTTP API's bodies, mirroring the record schema (docs/schema.md).

They exist for the OpenAPI schema and for validating requests; responses are built from the
store's rows and `dyads.records` and checked against them.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from dyads.records import SCHEMA

Span = tuple[int, int]


class ActorOut(BaseModel):
    text: str
    name: str
    code: str | None
    sector: str | None
    span: Span


class PlaceOut(BaseModel):
    text: str
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    span: Span


class CorroborationOut(BaseModel):
    source: ActorOut
    stance: Literal["confirms", "denies", "omits"]
    span: Span


class EventOut(BaseModel):
    id: str
    event: str
    mode: str | None
    context: list[str]
    status: Literal["asserted", "future", "hypothetical", "negated", "historical"]
    cameo: str | None
    quad_class: int | None
    actor: ActorOut | None
    recipient: ActorOut | None
    date: str | None
    date_text: str | None
    location: PlaceOut | None
    reported_by: ActorOut | None
    trigger: str
    span: Span
    confidence: float
    corroboration: list[CorroborationOut] = []
    trigger_spans: list[Span] = Field(
        default=[], description="Where each trigger word is in the article text."
    )
    status_spans: list[Span] = Field(
        default=[],
        description="The words that decided the status (the date's words when the date did);"
        " empty for asserted events.",
    )
    date_span: Span | None = Field(
        default=None,
        description="Where the words of date_text are; null when the article date was used.",
    )


class StoredEventOut(EventOut):
    article_id: str


class EventsPage(BaseModel):
    events: list[StoredEventOut]
    total: int = Field(description="Matching events before paging.")


class ArticleOut(BaseModel):
    id: str
    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    date: str | None = None
    date_source: Literal["metadata", "dateline", "text"] | None = None


class QuoteOut(BaseModel):
    content: str
    span: Span
    speaker: ActorOut | None
    cue: str | None
    kind: Literal["direct", "indirect"]


class TimeRefOut(BaseModel):
    text: str
    value: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    span: Span


class MentionsOut(BaseModel):
    actors: list[ActorOut] = []
    places: list[PlaceOut] = []
    times: list[TimeRefOut] = []


class CodedArticleOut(BaseModel):
    model_config = {"populate_by_name": True}

    schema_: str = Field(default=SCHEMA, alias="schema")
    article: ArticleOut
    events: list[EventOut] = []
    quotes: list[QuoteOut] = []
    mentions: MentionsOut = MentionsOut()


class DirectionCounts(BaseModel):
    total: int
    events: dict[str, int] = Field(description="Counts by PLOVER event type.")
    quad_classes: dict[str, int] = Field(description="Counts by quad class (1-4; 0: none).")


class PeriodOut(BaseModel):
    period: str = Field(description="2025-08 (month), 2025-W33 (ISO week) or 2025-08-12 (day).")
    start: dt.date
    a_to_b: DirectionCounts
    b_to_a: DirectionCounts


class DyadOut(BaseModel):
    a: str
    b: str
    by: Literal["month", "week", "day"]
    periods: list[PeriodOut]
    total: int = Field(description="Every event between the two, in either direction.")
    undated: int = Field(description="Events without a date (in no period).")
    imprecise: int = Field(description="Events dated less precisely than one period.")


class CodeRequest(BaseModel):
    model_config = {"extra": "forbid"}

    text: str = Field(min_length=1, description="The article text.")
    date: dt.date | None = Field(default=None, description="The article's date (YYYY-MM-DD).")
    title: str | None = None

    @field_validator("text")
    @classmethod
    def _has_words(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("text is blank")
        if "\x00" in text:
            raise ValueError("text contains a NUL character")
        return text


class Problem(BaseModel):
    detail: str
