"""Readers that turn input files into `Article`s, naming every record they cannot read.

`read_inputs` takes what the command line names (files, directories, `-` for stdin) and yields
`Article`, `Rejected` and `ReadWarning` records in input order; nothing in the input makes it
raise.
"""

from dyads.ingest.base import ReadResult, ReadWarning, article_id
from dyads.ingest.dates import parse_date
from dyads.ingest.discover import KNOWN_EXTENSIONS, read_file, read_inputs, read_stdin
from dyads.ingest.html import html_article, read_html
from dyads.ingest.jsonl import read_jsonl
from dyads.ingest.text import read_text, split_title
from dyads.ingest.warc import read_warc

__all__ = [
    "KNOWN_EXTENSIONS",
    "ReadResult",
    "ReadWarning",
    "article_id",
    "html_article",
    "parse_date",
    "read_file",
    "read_html",
    "read_inputs",
    "read_jsonl",
    "read_stdin",
    "read_text",
    "read_warc",
    "split_title",
]
