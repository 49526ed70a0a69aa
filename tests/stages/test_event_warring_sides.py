"""Tests for "both sides" read as the parties that fought (``event_warring_sides``)."""

from __future__ import annotations

from dyads.api import code_text


def _urged(text: str, date: str) -> set[str | None]:
    return {
        e.recipient.code if e.recipient else None
        for e in code_text(text, date).events
        if e.event == "REQUEST" and e.trigger == "urged"
    }


def test_both_sides_are_the_parties_that_fought_not_the_last_pair_named() -> None:
    text = (
        "Iraqi warplanes bombed Iranian airfields. Saudi Arabia and Kuwait called for restraint. "
        "The Soviet Union urged both sides to end the fighting."
    )
    assert _urged(text, "1980-09-22") == {"IRQ", "IRN"}


def test_both_sides_that_met_since_the_fighting_are_the_two_that_met() -> None:
    text = (
        "Israeli jets struck Gaza. Israeli and Egyptian officials met in Cairo. "
        "Both sides agreed to keep talking."
    )
    agreed = {
        e.actor.code for e in code_text(text, "2012-09-22").events if e.event == "AGREE" and e.actor
    }
    assert agreed == {"ISR", "EGY"}


def test_both_sides_the_actor_stage_left_open_are_the_pair_that_fought() -> None:
    text = "Indian jets struck a camp in Pakistan. China urged both sides to exercise restraint."
    assert _urged(text, "2019-02-27") == {"IND", "PAK"}
    # No fight told before: nobody is implied, not even the speaker's own country.
    assert _urged("China urged both sides to exercise restraint.", "2019-02-27") == {None}
