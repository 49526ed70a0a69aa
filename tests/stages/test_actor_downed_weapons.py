"""Tests for weapons brought down over a place (``actor_downed_weapons``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.actor_downed_weapons import downed_weapon, downs_weapons

from .actor_helpers import ActorCoder
from .event_helpers import token


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("Officials in Kherson said four drones were shot down.", "drones"),
        ("Air defences intercepted six missiles near Lutsk.", "missiles"),
        ("A rocket was downed over the harbour.", "rocket"),
    ],
)
def test_weapons_brought_down_are_found(nlp: Language, text: str, weapon: str) -> None:
    assert downed_weapon(token(nlp(text), weapon))


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("Four drones struck a depot near Kherson.", "drones"),
        ("The army said its drones were shot down.", "drones"),
        ("Troops shot four soldiers near the border.", "soldiers"),
    ],
)
def test_other_weapons_are_not(nlp: Language, text: str, weapon: str) -> None:
    assert not downed_weapon(token(nlp(text), weapon))


def test_the_town_does_not_own_drones_shot_down_over_it(code: ActorCoder) -> None:
    actors = code.by_text("Police in Kherson said four drones were shot down overnight.")
    assert (actors["drones"].code, actors["drones"].sector) == (None, "MIL")
    actors = code.by_text("Russian drones were shot down over Kherson, officials said.")
    assert actors["Russian drones"].code == "RUS"


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Ukraine's air force said it shot down 102 of the 127 missiles.", "shot", True),
        ("Israeli air defences intercepted two drones over Eilat.", "intercepted", True),
        ("Police shot a man in Lagos.", "shot", False),
        ("The army shot down a proposal for talks.", "shot", False),
    ],
)
def test_downing_weapons_is_told_from_other_shooting(
    nlp: Language, text: str, verb: str, expected: bool
) -> None:
    assert downs_weapons(token(nlp(text), verb)) is expected
