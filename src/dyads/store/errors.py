"""Errors of the store, each a one-line message for the CLI and the HTTP API."""

from dyads.errors import DyadsError


class StoreError(DyadsError):
    """The store cannot be opened, created or written."""


class QueryError(DyadsError):
    """A query or filter is not valid (bad date, negative limit, a write in read-only SQL)."""


def first_line(exc: BaseException) -> str:
    """The first line of an error's message (DuckDB adds the SQL and a caret below it)."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
