"""Errors the library raises; the CLI turns each into a one-line message."""


class DyadsError(Exception):
    """Base of every error meant for the user (shown without a traceback)."""


class ModelNotFoundError(DyadsError):
    """The requested spaCy model is not installed."""


class InputError(DyadsError):
    """An input file or record cannot be used at all."""
