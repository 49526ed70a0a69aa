"""The viewer's pages: event search, a dyad over time, an article with its evidence, API docs.

Pages are rendered on the server by Jinja2 with autoescaping on, so article text and every
value from the store reach the browser as text, never as markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from dyads.records import PLOVER_TYPES, STATUSES
from dyads.store import QueryError
from dyads.web.charts import QUAD_NAMES, network, timeline
from dyads.web.context import WebContext, context
from dyads.web.filters import FILTER_FIELDS, check_code, event_filter
from dyads.web.highlight import MARK_KINDS, article_marks, segments
from dyads.web.queries import PERIODS, Period, dyad_counts, pair_events, partners

PAGE_SIZE = 50
TEMPLATES = Path(__file__).with_name("templates")

router = APIRouter(include_in_schema=False)
Context = Annotated[WebContext, Depends(context)]
_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def render(name: str, status_code: int = 200, **values: Any) -> HTMLResponse:
    html = _env.get_template(name).render(
        plover_types=PLOVER_TYPES, statuses=STATUSES, quad_names=QUAD_NAMES, **values
    )
    return HTMLResponse(html, status_code=status_code)


def error_page(request: Request, status_code: int, message: str) -> HTMLResponse:
    return render("error.html", status_code, title="Error", status=status_code, message=message)


def _offset(request: Request) -> int:
    raw = request.query_params.get("offset", "") or "0"
    if not raw.isascii() or not raw.isdigit():
        raise QueryError(f"offset must be a whole number, not {raw!r}")
    return int(raw)


def _page_links(request: Request, offset: int, total: int, keep: tuple[str, ...]) -> dict[str, str]:
    """Links to the previous and next pages, keeping the filters that are set."""
    kept = {name: request.query_params[name] for name in keep if request.query_params.get(name)}
    links: dict[str, str] = {}
    if offset > 0:
        links["prev"] = "?" + urlencode({**kept, "offset": max(0, offset - PAGE_SIZE)})
    if offset + PAGE_SIZE < total:
        links["next"] = "?" + urlencode({**kept, "offset": offset + PAGE_SIZE})
    return links


@router.get("/", response_class=HTMLResponse)
def index(request: Request, ctx: Context) -> HTMLResponse:
    """Event search: the latest events, narrowed by the filters in the form."""
    form = {name: request.query_params.get(name, "") for name in FILTER_FIELDS}
    offset = _offset(request)
    where = event_filter(form, PAGE_SIZE, offset)
    with ctx.access.store() as store:
        rows, total = store.events(where, flat=True)
    return render(
        "index.html",
        title="Events",
        form=form,
        rows=rows,
        total=total,
        offset=offset,
        links=_page_links(request, offset, total, FILTER_FIELDS),
    )


@router.get("/dyad", response_class=HTMLResponse)
def dyad(request: Request, ctx: Context) -> HTMLResponse:
    """A pair of actors over time: a timeline, their other partners and their events."""
    params = request.query_params
    form = {name: params.get(name, "").strip() for name in ("a", "b", "by")}
    by_name = form["by"] or "month"
    if by_name not in PERIODS:
        raise QueryError(f"by must be one of {', '.join(PERIODS)}, not {by_name!r}")
    by: Period = by_name  # type: ignore[assignment]  # checked against PERIODS above
    if not (form["a"] and form["b"]):
        return render("dyad.html", title="Dyad", form=form, chosen=False)
    a, b = check_code("a", form["a"]), check_code("b", form["b"])
    offset = _offset(request)
    with ctx.access.connection() as con:
        counts = dyad_counts(con, a, b, by)
        rows, total = pair_events(con, a, b, PAGE_SIZE, offset)
        others = partners(con, a, b)
    return render(
        "dyad.html",
        title=f"{a} – {b}",
        form={**form, "a": a, "b": b, "by": by},
        chosen=True,
        counts=counts,
        chart=timeline(counts),
        net=network(a, b, counts.total, others),
        rows=rows,
        total=total,
        offset=offset,
        links=_page_links(request, offset, total, ("a", "b", "by")),
    )


@router.get("/article/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, ctx: Context, article_id: str) -> HTMLResponse:
    """The article's text with its mentions highlighted and its events beside it."""
    with ctx.access.store() as store:
        coded = store.get_article(article_id)
    if coded is None:
        return error_page(request, 404, f"no article {article_id!r} in this store")
    url = coded.article.url or ""
    return render(
        "article.html",
        title=coded.article.title or coded.article.id,
        coded=coded,
        pieces=segments(coded.article.text, article_marks(coded)),
        mark_kinds=MARK_KINDS,
        safe_url=url if url.startswith(("http://", "https://")) else None,
    )


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The API reference, rendered from the OpenAPI schema on the server (no CDN scripts)."""
    schema = request.app.openapi()
    return render(
        "docs.html", title="API", info=schema.get("info", {}), operations=operations(schema)
    )


def operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """Each operation of an OpenAPI schema as plain values for the docs page."""
    found = []
    for path, methods in schema.get("paths", {}).items():
        for method, operation in methods.items():
            parameters = [
                {
                    "name": parameter.get("name", ""),
                    "where": parameter.get("in", ""),
                    "required": bool(parameter.get("required")),
                    "description": parameter.get("description", ""),
                    "choices": parameter.get("schema", {}).get("enum", []),
                }
                for parameter in operation.get("parameters", [])
            ]
            found.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "text": operation.get("description") or operation.get("summary", ""),
                    "parameters": parameters,
                    "body": "requestBody" in operation,
                    "responses": [
                        (code, response.get("description", ""))
                        for code, response in operation.get("responses", {}).items()
                    ],
                }
            )
    return found
