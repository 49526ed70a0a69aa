"""The DuckDB store of coded articles, its flattened tables, queries and exports."""

from dyads.store.duck import Store, open_store
from dyads.store.errors import QueryError, StoreError
from dyads.store.export import FORMATS, ExportFormat, export
from dyads.store.flatten import (
    ARTICLE_SCHEMA,
    EVENT_SCHEMA,
    QUOTE_SCHEMA,
    flatten_article,
    flatten_event,
    flatten_quote,
    unflatten_event,
)
from dyads.store.gdelt import GDELT_COLUMNS, gdelt_rows, write_gdelt
from dyads.store.goldstein import goldstein_weight
from dyads.store.parquet import write_events_parquet
from dyads.store.query import EventFilter

__all__ = [
    "ARTICLE_SCHEMA",
    "EVENT_SCHEMA",
    "FORMATS",
    "GDELT_COLUMNS",
    "QUOTE_SCHEMA",
    "EventFilter",
    "ExportFormat",
    "QueryError",
    "Store",
    "StoreError",
    "export",
    "flatten_article",
    "flatten_event",
    "flatten_quote",
    "gdelt_rows",
    "goldstein_weight",
    "open_store",
    "unflatten_event",
    "write_events_parquet",
    "write_gdelt",
]
