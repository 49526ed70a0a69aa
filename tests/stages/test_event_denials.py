"""Denials answering the accusation told before them (``event_denials``)."""

from __future__ import annotations

from dyads.api import code_text


def _denials(text: str) -> list[str | None]:
    coded = code_text(text, "2018-03-30")
    return [e.recipient.code if e.recipient else None for e in coded.events if e.event == "REJECT"]


def test_a_denial_naming_nobody_answers_the_accuser_told_before() -> None:
    text = "Britain blames Moscow for the nerve agent attack. Russia denies any involvement."
    assert _denials(text) == ["GBR"]
    charged = "Washington accuses Tehran of seeking nuclear weapons. Iran denies the charge."
    assert _denials(charged) == ["USA"]


def test_a_rejection_of_something_else_keeps_its_own_recipient() -> None:
    text = (
        "The United States accused Iran of attacking the tanker. "
        "Iran rejected a U.N. proposal on Yemen."
    )
    assert _denials(text) == ["IGOUNO"]


def test_a_denial_with_no_accusation_before_it_is_left() -> None:
    assert _denials("Russia denies any involvement in the attack.") != ["GBR"]
