"""The land a peacekeeping mission serves receives the peacekeepers sent (``role_peace_hosts``)."""

from __future__ import annotations

from dyads.api import code_text


def _top(text: str) -> tuple[str, str | None, str | None]:
    coded = code_text(text, "2000-01-01")
    assert coded.events, "no event"
    top = max(coded.events, key=lambda e: e.confidence)
    return (
        top.event,
        top.actor.code if top.actor else None,
        top.recipient.code if top.recipient else None,
    )


def test_the_land_of_the_mission_is_the_recipient() -> None:
    text = "Peru sent 200 soldiers to join the U.N. peacekeeping force in Cyprus."
    assert _top(text) == ("AID", "PER", "CYP")


def test_a_mission_an_international_body_runs_serves_its_land() -> None:
    text = "Ethiopia sent soldiers for the African Union mission in Somalia."
    assert _top(text) == ("AID", "ETH", "SOM")


def test_troops_sent_to_fight_stay_a_deployment() -> None:
    text = "Fiji sent troops to Iraq to fight alongside American forces."
    assert _top(text) == ("MOBILIZE", "FJI", "IRQ")


def test_a_mission_with_no_land_serves_the_land_the_forces_arrive_in() -> None:
    text = "Jordanian troops arrived in Haiti on Saturday to join the U.N. peacekeeping mission."
    assert _top(text) == ("AID", "JOR", "HTI")
