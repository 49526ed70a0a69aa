"""The HTTP API under `/v1`: event search, articles, dyad counts, coding and storing text.

Every read opens the store read-only for the request and passes values as bound parameters.
"""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response, status

from dyads.errors import InputError
from dyads.records import CodedArticle, to_json
from dyads.web.auth import require_writer
from dyads.web.context import WebContext, context
from dyads.web.filters import MAX_LIMIT, MAX_OFFSET, MAX_TEXT, check_code, event_filter
from dyads.web.queries import DyadCounts, dyad_counts, period_label
from dyads.web.schemas import (
    CodedArticleOut,
    CodeRequest,
    DirectionCounts,
    DyadOut,
    EventsPage,
    PeriodOut,
    Problem,
)

router = APIRouter(prefix="/v1", tags=["v1"])
Context = Annotated[WebContext, Depends(context)]
CODE_PATTERN = "^[A-Za-z0-9]+$"
Code = Annotated[
    str | None,
    Query(max_length=32, pattern=CODE_PATTERN, description="A code such as RUS or IGOUNO."),
]
_PROBLEMS: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "A parameter is not valid"},
    503: {"model": Problem, "description": "The store cannot be opened right now"},
}
_ARTICLE: dict[int | str, dict[str, Any]] = {
    200: {"model": CodedArticleOut, "description": "The coded article (docs/schema.md)"}
}


def _json(coded: CodedArticle, status_code: int = 200) -> Response:
    return Response(to_json(coded), status_code=status_code, media_type="application/json")


@router.get("/events", response_model=EventsPage, responses=_PROBLEMS)
def list_events(
    ctx: Context,
    actor: Code = None,
    recipient: Code = None,
    event: Annotated[str | None, Query(max_length=16, description="PLOVER type.")] = None,
    status: Annotated[str | None, Query(max_length=16, description="Event status.")] = None,
    country: Annotated[
        str | None,
        Query(max_length=32, pattern=CODE_PATTERN, description="Country (ISO-3) of the place."),
    ] = None,
    since: Annotated[
        str | None, Query(max_length=10, description="On or after: YYYY-MM-DD, YYYY-MM or YYYY.")
    ] = None,
    until: Annotated[
        str | None, Query(max_length=10, description="On or before: YYYY-MM-DD, YYYY-MM or YYYY.")
    ] = None,
    q: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="Words in the evidence sentence.")
    ] = None,
    dyadic: Annotated[
        bool, Query(description="Only events with both actor and recipient coded.")
    ] = False,
    limit: Annotated[int, Query(ge=0, le=MAX_LIMIT, description="At most this many events.")] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Skip this many first.")] = 0,
) -> dict[str, Any]:
    """Events matching every filter given, latest first, with the number of matches."""
    values = {
        "actor": actor,
        "recipient": recipient,
        "event": event,
        "status": status,
        "country": country,
        "since": since,
        "until": until,
        "q": q,
        "dyadic": "1" if dyadic else None,
    }
    where = event_filter(values, limit, offset)
    with ctx.access.store() as store:
        events, total = store.events(where)
    return {"events": events, "total": total}


@router.get(
    "/articles/{article_id:path}",
    response_class=Response,
    responses={**_ARTICLE, 404: {"model": Problem, "description": "No such article"}},
)
def get_article(
    ctx: Context, article_id: Annotated[str, Path(min_length=1, max_length=200)]
) -> Response:
    """The coded article as stored."""
    with ctx.access.store() as store:
        coded = store.get_article(article_id)
    if coded is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no article {article_id!r}")
    return _json(coded)


@router.get("/dyads", response_model=DyadOut, responses=_PROBLEMS)
def get_dyad(
    ctx: Context,
    a: Annotated[str, Query(max_length=32, pattern=CODE_PATTERN, description="One side: RUS")],
    b: Annotated[str, Query(max_length=32, pattern=CODE_PATTERN, description="The other: PRK")],
    by: Literal["month", "week", "day"] = "month",
) -> DyadOut:
    """Events between `a` and `b` counted per period, by direction, event type and quad class."""
    a, b = check_code("a", a), check_code("b", b)
    with ctx.access.connection() as con:
        counts = dyad_counts(con, a, b, by)
    return dyad_out(counts)


def dyad_out(counts: DyadCounts) -> DyadOut:
    """The API shape of a pair's counts: one entry per period with events."""
    tallies: dict[Any, dict[str, tuple[Counter[str], Counter[str]]]] = {}
    for count in counts.counts:
        per_direction = tallies.setdefault(
            count.start, {"a_to_b": (Counter(), Counter()), "b_to_a": (Counter(), Counter())}
        )
        events, quads = per_direction[count.direction]
        events[count.event] += count.count
        quads[str(count.quad_class or 0)] += count.count

    def direction(pair: tuple[Counter[str], Counter[str]]) -> DirectionCounts:
        events, quads = pair
        return DirectionCounts(total=sum(events.values()), events=events, quad_classes=quads)

    periods = [
        PeriodOut(
            period=period_label(start, counts.by),
            start=start,
            a_to_b=direction(sides["a_to_b"]),
            b_to_a=direction(sides["b_to_a"]),
        )
        for start, sides in sorted(tallies.items())
    ]
    return DyadOut(
        a=counts.a,
        b=counts.b,
        by=counts.by,
        periods=periods,
        total=counts.total,
        undated=counts.undated,
        imprecise=counts.imprecise,
    )


@router.post(
    "/code",
    response_class=Response,
    responses={**_ARTICLE, 413: {"model": Problem, "description": "The body is too large"}},
)
def code(ctx: Context, body: CodeRequest) -> Response:
    """Code the posted text and return the coded article, without storing it."""
    return _json(_code(ctx, body))


def writer(request: Request, ctx: Context) -> None:
    """Let the request through only with the configured bearer token."""
    require_writer(request, ctx.token)


@router.post(
    "/articles",
    response_class=Response,
    status_code=status.HTTP_201_CREATED,
    dependencies=[Depends(writer)],
    responses={
        201: {"model": CodedArticleOut, "description": "The article, coded and stored"},
        401: {"model": Problem, "description": "No bearer token given"},
        403: {"model": Problem, "description": "Wrong token, or writes are disabled"},
        413: {"model": Problem, "description": "The body is too large"},
    },
)
def store_article(ctx: Context, body: CodeRequest) -> Response:
    """Code the posted text and store it (needs `Authorization: Bearer $DYADS_TOKEN`)."""
    coded = _code(ctx, body)
    ctx.access.upsert([coded])
    return _json(coded, status.HTTP_201_CREATED)


def _code(ctx: WebContext, body: CodeRequest) -> CodedArticle:
    date = body.date.isoformat() if body.date else None
    try:
        return ctx.coder(body.text, date, body.title)
    except InputError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from exc
