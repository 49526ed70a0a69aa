"""The parties a diplomatic mission names: an envoy's post, an embassy that shelters."""

from __future__ import annotations

from dyads.api import code_text


def _top(text: str, event: str) -> tuple[str | None, str | None]:
    coded = code_text(text, "2000-01-01")
    found = [e for e in coded.events if e.event == event]
    assert found, f"no {event} in {[e.event for e in coded.events]}"
    top = max(found, key=lambda e: e.confidence)
    return (top.actor.code if top.actor else None, top.recipient.code if top.recipient else None)


def test_a_recalled_envoy_names_the_state_of_his_post() -> None:
    text = "Peru recalled its ambassador to Mexico City after a row over the election."
    assert _top(text, "SANCTION") == ("PER", "MEX")


def test_an_envoy_recalled_from_where_he_serves_by_in() -> None:
    text = "Sweden has recalled its ambassador in Tehran, the government said."
    assert _top(text, "SANCTION") == ("SWE", "IRN")


def test_refuge_in_an_embassy_is_given_by_the_embassy_state() -> None:
    text = "A Venezuelan opposition leader took refuge in the Spanish embassy in Caracas."
    assert _top(text, "AID") == ("ESP", "VEN")


def test_refuge_in_a_church_names_no_state() -> None:
    text = "Hundreds of villagers took refuge in a church after the fighting."
    assert _top(text, "AID")[0] is None
