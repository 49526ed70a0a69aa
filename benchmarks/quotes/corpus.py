"""The article texts the quote annotations point into, rebuilt the same way every time.

The texts stay in `../shared/data/`; the annotation files hold only article identifiers and
character offsets into the texts built here:

- MEANTIME (`timex/meantime_en/`, CC BY 4.0): the tokens are joined as `dyads.eval.timex` joins
  them (`rebuild_text`); the title and the dateline keep a line each, and the body sentences are
  joined by one space into one paragraph (the tokens say nothing of paragraphs, and a line per
  sentence would cut quotes that run over sentences).
- GeoWebNews (`geo/GWN.xml`, GPL-3.0): the `<text>` of the `<article>` whose `file` attribute is
  the identifier, exactly as in the XML.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Literal

from dyads.eval.timex import rebuild_text

Source = Literal["meantime", "gwn"]

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
MEANTIME = Path("timex") / "meantime_en"
GWN = Path("geo") / "GWN.xml"
_HEADER_LINES = 2  # title and dateline


def meantime_text(path: Path) -> str:
    """A MEANTIME document's text: title, dateline, then the body as one paragraph."""
    root = ET.parse(path).getroot()
    sentences: dict[int, list[str]] = {}
    for token in root.iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    text, _ = rebuild_text([sentences[key] for key in sorted(sentences)])
    lines = text.split("\n")
    return "\n".join([*lines[:_HEADER_LINES], " ".join(lines[_HEADER_LINES:])])


def gwn_texts(path: Path) -> dict[str, str]:
    """Every GeoWebNews article's text by its `file` identifier."""
    return {
        article.get("file", ""): article.findtext("text") or ""
        for article in ET.parse(path).getroot().iter("article")
    }


class Corpus:
    """Looks up article texts by (source, identifier), reading each corpus once."""

    def __init__(self, data: Path = DATA) -> None:
        self.data = data
        self._gwn: dict[str, str] | None = None

    def text(self, source: Source, identifier: str) -> str:
        if source == "meantime":
            return meantime_text(self.data / MEANTIME / identifier)
        if self._gwn is None:
            self._gwn = gwn_texts(self.data / GWN)
        return self._gwn[identifier]


def fingerprint(text: str) -> str:
    """A short hash of a text, stored with the annotations to catch a changed rebuild."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
