"""The viewer and HTTP API over a dyads store (`dyads serve`)."""

from dyads.web.app import DEFAULT_MAX_BODY, create_app
from dyads.web.serve import DEFAULT_HOST, DEFAULT_PORT, ServeError, check_bind, serve

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_MAX_BODY",
    "DEFAULT_PORT",
    "ServeError",
    "check_bind",
    "create_app",
    "serve",
]
