"""The error of batch runs, one-line messages for the CLI."""

from dyads.errors import DyadsError


class BatchError(DyadsError):
    """A batch cannot run: bad options, a changed input, or a directory in use."""
