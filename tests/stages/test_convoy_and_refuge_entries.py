"""Lexicon and dictionary entries for convoys, refuge, poisoning, retaliation and military
intelligence services, coded end to end."""

from __future__ import annotations

from dyads.api import code_text
from dyads.records import Event


def _events(text: str) -> list[Event]:
    return list(code_text(text, "2000-01-01").events)


def _top(text: str) -> Event:
    return max(_events(text), key=lambda e: e.confidence)


def test_letting_a_convoy_pass_into_a_land_is_access_to_it() -> None:
    top = _top("Egyptian border guards let an aid convoy pass into Gaza on Tuesday.")
    assert (top.event, top.cameo) == ("RETREAT", "0863")
    assert top.recipient is not None and top.recipient.code == "PSE"


def test_stopping_a_convoy_restricts_movement() -> None:
    top = _top("Serbian police stopped a Red Cross convoy at the border on Friday.")
    assert (top.event, top.mode) == ("COERCE", "restrict")


def test_a_poisoning_is_an_assault() -> None:
    assert any(
        e.event == "ASSAULT" for e in _events("The poisoning of the dissident shocked Kyiv.")
    )


def test_a_vow_to_retaliate_names_no_force() -> None:
    top = _top("Mexico vowed to retaliate against the new American duties on its tomatoes.")
    assert (top.event, top.mode) == ("THREATEN", None)


def test_military_intelligence_services_are_spies() -> None:
    top = _top("Germany accused Russia's GRU of hacking the parliament's computers.")
    assert top.recipient is not None
    assert (top.recipient.code, top.recipient.sector) == ("RUS", "SPY")
