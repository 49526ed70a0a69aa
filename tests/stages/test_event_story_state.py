"""Tests for aiming a foreign state's untargeted words at the story's state
(``event_story_state``)."""

from __future__ import annotations

from dyads.api import code_text

STORY = (
    "BISSAU, November 26, 2026 (Example Wire) - Army officers in Guinea-Bissau said they had "
    "taken control of the country and closed the borders of Guinea-Bissau.\n\n"
    "Portugal urged a swift return to constitutional order."
)


def _portugal_request(text: str) -> tuple[str | None, str | None]:
    coded = code_text(text)
    found = [e for e in coded.events if e.event == "REQUEST" and e.actor and e.actor.code == "PRT"]
    assert found, [e.event for e in coded.events]
    recipient = found[0].recipient
    return found[0].actor.code if found[0].actor else None, recipient.code if recipient else None


def test_a_foreign_state_s_untargeted_demand_is_aimed_at_the_story_s_state() -> None:
    assert _portugal_request(STORY) == ("PRT", "GNB")


def test_without_a_dateline_the_sentence_keeps_its_own_reading() -> None:
    # Coded alone, as the PLOVER gold codes it: the actor's own country.
    text = "Portugal urged a swift return to constitutional order."
    assert _portugal_request(text) == ("PRT", "PRT")
