"""A GDELT-2.0-style events table: the 61 columns of GDELT's event export, tab-separated.

The column mapping, and where it departs from GDELT's own conventions, is in docs/gdelt.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from dyads.records import Actor, Article, CodedArticle, Event
from dyads.store.atomic import atomic_output
from dyads.store.flatten import date_bounds
from dyads.store.gdelt_geo import GEO_COLUMNS, action_geo
from dyads.store.goldstein import goldstein_weight

_ACTOR_COLUMNS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{name}" for name in _ACTOR_COLUMNS),
    *(f"Actor2{name}" for name in _ACTOR_COLUMNS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{name}" for name in GEO_COLUMNS),
    *(f"Actor2Geo_{name}" for name in GEO_COLUMNS),
    *(f"ActionGeo_{name}" for name in GEO_COLUMNS),
    "DATEADDED",
    "SOURCEURL",
)

# Actor codes that name a kind of organisation rather than a country (CAMEO convention).
GROUP_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC"})
# CAMEO root code -> GDELT QuadClass, used when an event carries no quad class of its own.
ROOT_QUAD_CLASS: dict[str, int] = {
    **dict.fromkeys(("01", "02", "03", "04", "05"), 1),
    **dict.fromkeys(("06", "07", "08", "09"), 2),
    **dict.fromkeys(("10", "11", "12", "13", "14"), 3),
    **dict.fromkeys(("15", "16", "17", "18", "19", "20"), 4),
}


def global_event_id(article_id: str, event_id: str) -> int:
    """A stable positive 63-bit number for an event (GDELT ids are integers)."""
    digest = hashlib.blake2b(f"{article_id}\x1f{event_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & 0x7FFF_FFFF_FFFF_FFFF


def _actor_columns(actor: Actor | None) -> list[str]:
    if actor is None:
        return [""] * len(_ACTOR_COLUMNS)
    code = actor.code or ""
    sector = actor.sector or ""
    is_group = code[:3] in GROUP_PREFIXES
    country = code if len(code) == 3 and code.isalpha() and not is_group else ""
    known_group = code[3:] if is_group else ""
    return [code + sector, actor.name.upper(), country, known_group, "", "", "", sector, "", ""]


def _event_day(event: Event, article: Article) -> dt.date | None:
    """The event's date (first day of a partial one), else the article's date."""
    for value in (event.date, article.date):
        first, _ = date_bounds(value)
        if first is not None:
            return first
    return None


def _is_root_event(event: Event, text: str) -> bool:
    """Whether the event's evidence starts in the lead: the text's first non-empty line."""
    lead_start = len(text) - len(text.lstrip())
    lead_end = text.find("\n", lead_start)
    lead_end = len(text) if lead_end < 0 else lead_end
    return bool(text) and event.span[0] < lead_end


def gdelt_row(coded: CodedArticle, event: Event) -> list[str]:
    """One event as the 61 GDELT column values, as text."""
    article = coded.article
    day = _event_day(event, article)
    if day is None:
        dates = ["", "", "", ""]
    else:
        year_days = 366 if (dt.date(day.year, 12, 31).timetuple().tm_yday == 366) else 365
        fraction = day.year + (day.timetuple().tm_yday - 1) / year_days
        dates = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]
    cameo = event.cameo or ""
    quad = event.quad_class or ROOT_QUAD_CLASS.get(cameo[:2])
    weight = goldstein_weight(cameo)
    added, _ = date_bounds(article.date)
    row = [
        str(global_event_id(article.id, event.id)),
        *dates,
        *_actor_columns(event.actor),
        *_actor_columns(event.recipient),
        "1" if _is_root_event(event, article.text) else "0",
        cameo,
        cameo[:3],
        cameo[:2],
        "" if quad is None else str(quad),
        "" if weight is None else f"{weight:.1f}",
        "1",
        "1",
        "1",
        "",
        *[""] * len(GEO_COLUMNS) * 2,  # dyads places events, not actors
        *action_geo(event.location),
        "" if added is None else added.strftime("%Y%m%d") + "000000",
        article.url or "",
    ]
    return [_clean(value) for value in row]


def _clean(value: str) -> str:
    """GDELT files have no quoting: tabs and line breaks inside a value become spaces."""
    return " ".join(value.split()) if any(c in value for c in "\t\r\n") else value


def gdelt_rows(coded: CodedArticle) -> Iterator[list[str]]:
    for event in coded.events:
        yield gdelt_row(coded, event)


def write_gdelt(coded: Iterable[CodedArticle], out: str | Path) -> int:
    """Write the events of `coded` as a tab-separated GDELT-style table with a header."""
    written = 0
    with atomic_output(out) as partial, partial.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\t".join(GDELT_COLUMNS) + "\n")
        for item in coded:
            for row in gdelt_rows(item):
                handle.write("\t".join(row) + "\n")
                written += 1
    return written
