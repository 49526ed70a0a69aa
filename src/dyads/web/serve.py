"""Running the web app with uvicorn: loopback by default, never exposed without a token."""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path

from dyads.errors import DyadsError
from dyads.web.app import DEFAULT_MAX_BODY, create_app
from dyads.web.auth import TOKEN_ENV

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


class ServeError(DyadsError):
    """The server cannot start as asked."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> None:
    """Refuse to listen beyond this machine unless writes are protected by a token."""
    if not is_loopback(host) and not token:
        raise ServeError(
            f"refusing to listen on {host} without a token: set {TOKEN_ENV}"
            f" or serve on {DEFAULT_HOST}"
        )


def serve(
    db: str | Path,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    token: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
) -> None:
    """Serve the store at `db` until interrupted; `token` defaults to `$DYADS_TOKEN`.

    A store that does not exist yet is created empty, so that coded articles can be posted.
    """
    import uvicorn

    token = token if token is not None else os.environ.get(TOKEN_ENV) or None
    check_bind(host, token)
    if not 1 <= port <= 65535:
        raise ServeError(f"port must be between 1 and 65535, not {port}")
    path = Path(db)
    if not path.parent.is_dir():
        raise ServeError(f"cannot serve {path}: no folder {path.parent}")
    app = create_app(path, token=token, max_body=max_body)
    app.state.dyads.access.ensure_exists()
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
