"""Tests for whom a release is done to (``role_releases``)."""

from __future__ import annotations

from dyads.records import Actor
from dyads.stages.role_releases import is_go_between


def party(code: str | None) -> Actor:
    return Actor(text=code or "they", name=code or "they", code=code, sector=None, span=(0, 1))


def test_a_party_of_another_state_than_the_captives_only_takes_them_over() -> None:
    assert is_go_between(party("NGOHLHIRC"), [party("ISR")])
    assert is_go_between(party("OMN"), [party("FRA")])


def test_the_captives_own_side_is_no_go_between() -> None:
    assert not is_go_between(party("UKR"), [party("UKR")])


def test_captives_naming_no_party_leave_the_to_phrase_standing() -> None:
    assert not is_go_between(party("NGOHLHIRC"), [])
    assert not is_go_between(party("NGOHLHIRC"), [party(None)])
