"""Reading written event probes and checking coded events against them."""

from __future__ import annotations

from pathlib import Path

from dyads.eval.event_probes import (
    EventProbe,
    found_party,
    read_event_probes,
    record_right,
    top_event,
)
from dyads.records import Actor, Event

TEXT = "India and Pakistan traded fire across the border."


def _actor(code: str) -> Actor:
    code, _, sector = code.partition(" ")
    return Actor(text=code, name=code, code=code, sector=sector or None, span=(0, 5))


def _event(actor: str, recipient: str | None, confidence: float, trigger: str = "traded") -> Event:
    return Event(
        id=f"e-{actor}-{trigger}",
        event="ASSAULT",
        mode=None,
        context=(),
        status="asserted",
        cameo="190",
        quad_class=4,
        actor=_actor(actor),
        recipient=_actor(recipient) if recipient else None,
        date=None,
        date_text=None,
        location=None,
        reported_by=None,
        trigger=trigger,
        span=(0, len(TEXT)),
        confidence=confidence,
    )


def test_reader_skips_comments_and_the_header(tmp_path: Path) -> None:
    path = tmp_path / "probes.tsv"
    path.write_text(
        f"# a comment\ntype\tmode\tactor\trecipient\tsentence\n\nASSAULT\t\tIND,PAK\t*\t{TEXT}\n",
        encoding="utf-8",
    )
    assert read_event_probes(path) == [EventProbe("ASSAULT", "", "IND,PAK", "*", TEXT)]


def test_a_set_of_codes_is_read_over_the_compound_siblings_of_the_top_event() -> None:
    events = [_event("IND", "PAK", 0.9), _event("PAK", "IND", 0.8), _event("CHN", None, 0.95, "x")]
    top = top_event(events)
    assert top is not None and top.actor is not None and top.actor.code == "CHN"
    indian = events[0]
    assert found_party("IND,PAK", events, indian, "actor") == "IND,PAK"
    assert found_party("IND", events, indian, "actor") == "IND"
    assert found_party("-", events, top, "recipient") == "-"


def test_a_sector_is_compared_only_where_the_expectation_names_one() -> None:
    events = [_event("PER COP", "PER", 0.9), _event("PER OPP", None, 0.5, "x")]
    top = top_event(events)
    assert top is not None
    assert found_party("PER", events, top, "actor") == "PER"
    assert found_party("PER COP", events, top, "actor") == "PER COP"
    assert found_party("PER -", events, top, "recipient") == "PER -"
    assert record_right(EventProbe("ASSAULT", "", "PER COP", "PER -", TEXT), events)
    assert not record_right(EventProbe("ASSAULT", "", "PER GOV", "*", TEXT), events)


def test_a_record_is_right_only_when_type_and_every_checked_party_are() -> None:
    events = [_event("IND", "PAK", 0.9)]
    assert record_right(EventProbe("ASSAULT", "", "IND", "*", TEXT), events)
    assert not record_right(EventProbe("ASSAULT", "", "IND", "CHN", TEXT), events)
    assert not record_right(EventProbe("PROTEST", "", "*", "*", TEXT), events)
    assert not record_right(EventProbe("ASSAULT", "", "*", "*", TEXT), [])


def test_a_date_line_dates_the_rows_after_it(tmp_path: Path) -> None:
    path = tmp_path / "probes.tsv"
    path.write_text(
        f"ASSAULT\t\tIND\t*\t{TEXT}\n# date: 1995-06-01\nASSAULT\t\tPAK\t*\t{TEXT}\n",
        encoding="utf-8",
    )
    first, second = read_event_probes(path)
    assert first.date == "2025-08-12"
    assert second.date == "1995-06-01"
