"""Cutting article text into highlighted segments."""

from __future__ import annotations

import msgspec

from dyads.records import Actor, Event
from dyads.web.highlight import Mark, actor_note, article_marks, segments, trigger_spans

from .conftest import CALL, sample_articles


def test_segments_rebuild_the_text_exactly() -> None:
    for coded in sample_articles():
        pieces = segments(coded.article.text, article_marks(coded))
        assert "".join(piece.text for piece in pieces) == coded.article.text


def test_overlapping_marks_split_the_text_at_every_boundary() -> None:
    text = "abcdefghij"
    marks = [Mark("quote", 0, 6, "q"), Mark("actor", 2, 4, "A"), Mark("evidence", 3, 10, "e1")]
    pieces = segments(text, marks)
    assert [(p.text, p.kinds, p.events) for p in pieces] == [
        ("ab", ("quote",), ()),
        ("c", ("actor", "quote"), ()),
        ("d", ("actor", "quote"), ("e1",)),
        ("ef", ("quote",), ("e1",)),
        ("ghij", (), ("e1",)),
    ]
    assert pieces[1].notes == ("q", "A")


def test_unmarked_text_is_one_plain_segment() -> None:
    (piece,) = segments("plain words", [])
    assert (piece.text, piece.kinds, piece.events) == ("plain words", (), ())


def _event(trigger: str, span: tuple[int, int]) -> Event:
    return Event(
        id="e",
        event="CONSULT",
        mode=None,
        context=(),
        status="asserted",
        cameo=None,
        quad_class=1,
        actor=None,
        recipient=None,
        date=None,
        date_text=None,
        location=None,
        reported_by=None,
        trigger=trigger,
        span=span,
        confidence=1.0,
    )


def test_trigger_words_are_found_as_whole_words_inside_the_evidence() -> None:
    text = f"Phones rang. {CALL}"
    start = text.index(CALL)
    found = trigger_spans(text, _event("spoke phone", (start, len(text))))
    assert [text[s:e] for s, e in found] == ["spoke", "phone"]
    assert all(s >= start for s, _ in found)  # "Phones" before the evidence is not it
    assert trigger_spans(text, _event("absent", (start, len(text)))) == []


def test_trigger_positions_kept_by_the_event_win_over_a_search() -> None:
    text = f"Phones rang. {CALL}"
    start = text.index(CALL)
    phone = text.index("phone", start)
    event = msgspec.structs.replace(
        _event("spoke phone", (start, len(text))), trigger_spans=((phone, phone + 5),)
    )
    assert trigger_spans(text, event) == [(phone, phone + 5)]


def test_status_cues_and_the_date_are_marked_with_what_they_are() -> None:
    coded = sample_articles()[1]
    text = coded.article.text
    marks = [m for m in article_marks(coded) if m.kind in ("status", "date")]
    assert [(m.kind, text[m.start : m.end], m.note) for m in marks] == [
        ("status", "may", "hypothetical status of MOBILIZE"),
        ("date", "September", "MOBILIZE date: 2025-09"),
    ]
    may = next(p for p in segments(text, article_marks(coded)) if p.text == "may")
    assert may.kinds == ("status",) and may.events == ("art-2-e2",)


def test_an_event_date_over_a_time_mention_keeps_both_notes() -> None:
    coded = sample_articles()[0]
    tuesday = next(
        p for p in segments(coded.article.text, article_marks(coded)) if p.text == "Tuesday"
    )
    assert tuesday.kinds == ("time", "date")
    assert tuesday.notes == ("DATE 2025-08-12", "CONSULT date: 2025-08-12")


def test_marks_outside_the_text_are_dropped() -> None:
    coded = sample_articles()[0]
    bad = Actor(text="x", name="x", code=None, sector=None, span=(5, 10_000))
    broken = type(coded)(
        article=coded.article, mentions=type(coded.mentions)(actors=(bad,)), events=()
    )
    assert article_marks(broken) == []


def test_actor_note_names_code_and_sector() -> None:
    actor = Actor(text="Moscow", name="Russia", code="RUS", sector="GOV", span=(0, 6))
    assert actor_note(actor) == "Russia (RUS GOV)"
    bare = Actor(text="they", name="they", code=None, sector=None, span=(0, 4))
    assert actor_note(bare) == "they"
