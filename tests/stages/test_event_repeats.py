"""Event nouns that mention again an event already coded in the article."""

from __future__ import annotations

from dyads.api import code_text

ANNOUNCED = (
    "The Kenyan president will meet the Tanzanian president in Arusha on Friday, his office "
    "said on Monday. "
)


def _consultations(text: str) -> list[tuple[str | None, str | None]]:
    coded = code_text(text, "2026-03-02")
    return [
        (e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
        for e in coded.events
        if e.event == "CONSULT"
    ]


def test_the_meeting_mentioned_again_is_no_second_meeting() -> None:
    text = ANNOUNCED + "Officials said both sides hope to sign a trade deal during the meeting."
    assert _consultations(text) == [("KEN", "TZA")]


def test_a_definite_meeting_with_nothing_before_it_is_kept() -> None:
    text = "Officials said both sides hope to sign a trade deal during the meeting."
    assert _consultations(text) == [(None, None)]


def test_a_new_meeting_named_with_a_is_kept() -> None:
    text = ANNOUNCED + "Officials said the ministers would hold a meeting in Dodoma next month."
    assert len(_consultations(text)) == 2


def test_a_trip_described_by_a_possessive_is_the_visit_coded_before_it() -> None:
    text = (
        "Spain's foreign minister landed in Rabat for a three-day visit, his first trip to "
        "Africa this year."
    )
    assert _consultations(text) == [("ESP", "MAR")]


def test_a_possessive_event_noun_naming_its_own_recipient_is_kept() -> None:
    text = (
        "Spain's foreign minister landed in Rabat for a three-day visit, his first trip to "
        "Algeria follows in May."
    )
    assert ("ESP", "DZA") in _consultations(text)
