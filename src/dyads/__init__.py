"""dyads: source-attributed political event data from news text, offline."""

from dyads.api import code_articles, code_text, open_store
from dyads.errors import DyadsError
from dyads.records import (
    SCHEMA,
    Actor,
    Article,
    CodedArticle,
    Corroboration,
    Event,
    Place,
    Quote,
    TimeRef,
)

__version__ = "0.1.0"
__all__ = [
    "SCHEMA",
    "Actor",
    "Article",
    "CodedArticle",
    "Corroboration",
    "DyadsError",
    "Event",
    "Place",
    "Quote",
    "TimeRef",
    "__version__",
    "code_articles",
    "code_text",
    "open_store",
]
