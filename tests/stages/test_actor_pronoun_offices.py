"""The office holder of the pronoun's own sentence before a person named earlier."""

from __future__ import annotations

from dyads.api import code_text


def _actors(text: str, event: str, date: str) -> list[str | None]:
    coded = code_text(text, date)
    return [e.actor.code if e.actor else None for e in coded.events if e.event == event]


def test_his_government_is_the_titled_minister_of_its_own_sentence() -> None:
    text = (
        "Indian Prime Minister Narendra Modi spoke in New Delhi on Monday. "
        "Pakistan's foreign minister said his government rejected the Indian proposal."
    )
    assert _actors(text, "REJECT", "2023-04-03") == ["PAK"]


def test_his_government_without_a_titled_office_is_the_named_person() -> None:
    text = (
        "Indian Prime Minister Narendra Modi spoke in New Delhi on Monday. "
        "He said his government rejected the Pakistani proposal."
    )
    assert _actors(text, "REJECT", "2023-04-03") == ["IND"]
