"""What every route needs: the store, the write token and the coder, kept on `app.state`."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from fastapi import Request

from dyads.records import CodedArticle
from dyads.web.store_access import StoreAccess

# Codes one text: (text, date as YYYY-MM-DD or None, title or None) -> the coded article.
Coder = Callable[[str, str | None, str | None], CodedArticle]


def code_with_pipeline(text: str, date: str | None, title: str | None) -> CodedArticle:
    """The default coder: the full pipeline, loaded once per process on first use."""
    from dyads.api import code_text

    return code_text(text, date, title=title)


@dataclasses.dataclass(frozen=True)
class WebContext:
    access: StoreAccess
    token: str | None  # None: writes are disabled
    coder: Coder


def context(request: Request) -> WebContext:
    found = request.app.state.dyads
    assert isinstance(found, WebContext)
    return found
