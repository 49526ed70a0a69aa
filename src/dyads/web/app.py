"""The web application: the `/v1` API, the viewer's pages and their local static files."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dyads import __version__
from dyads.store import QueryError, StoreError
from dyads.web import api, pages
from dyads.web.context import Coder, WebContext, code_with_pipeline
from dyads.web.store_access import StoreAccess

DEFAULT_MAX_BODY = 2 * 1024 * 1024
STATIC = Path(__file__).with_name("static")

# Everything the pages load comes from this server; inline scripts and styles are refused.
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
        b" object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
)


class SecurityHeaders:
    """Adds `SECURITY_HEADERS` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *SECURITY_HEADERS]}
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    coder: Coder = code_with_pipeline,
) -> FastAPI:
    """The app serving the store at `db`; `token` enables writes (None: no writes)."""
    app = FastAPI(
        title="dyads",
        version=__version__,
        summary="Source-attributed political event data: search, read the evidence, code text.",
        docs_url=None,  # the stock docs page loads its scripts from a CDN; pages.py serves /docs
        redoc_url=None,
        max_body_size=max_body,
    )
    app.state.dyads = WebContext(access=StoreAccess(Path(db)), token=token or None, coder=coder)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders)
    app.add_exception_handler(QueryError, _query_error)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    return app


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/v1/") and request.url.path != "/openapi.json"


async def _query_error(request: Request, exc: Exception) -> Response:
    if _wants_html(request):
        return pages.error_page(request, 400, str(exc))
    return JSONResponse({"detail": str(exc)}, status_code=400)


async def _store_error(request: Request, exc: Exception) -> Response:
    if _wants_html(request):
        return pages.error_page(request, 503, str(exc))
    return JSONResponse({"detail": str(exc)}, status_code=503)


async def _validation_error(request: Request, exc: Exception) -> Response:
    """The API keeps FastAPI's documented 422 body; pages say what is wrong in words."""
    assert isinstance(exc, RequestValidationError)
    if not _wants_html(request):
        return await request_validation_exception_handler(request, exc)
    problems = [
        f"{' '.join(str(part) for part in error.get('loc', ())[1:])}: {error.get('msg', '')}"
        for error in exc.errors()
    ]
    return pages.error_page(request, 422, "; ".join(problems) or "the request is not valid")
