"""Bearer-token checks for the API's writes: no token configured means no writes at all."""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request, status

TOKEN_ENV = "DYADS_TOKEN"


def require_writer(request: Request, token: str | None) -> None:
    """Raise 403 when writes are disabled or the token is wrong, 401 when none is given."""
    if not token:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            f"writes are disabled: start the server with {TOKEN_ENV} set to allow them",
        )
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "this needs the header Authorization: Bearer <token>",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "the token is not valid")
