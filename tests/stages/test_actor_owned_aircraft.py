"""Tests for aircraft a state owns and strikes with (``actor_owned_aircraft``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .actor_helpers import ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


@pytest.mark.parametrize(
    ("text", "words", "state"),
    [
        ("Norway said its aircraft struck a radar site in the north on Friday.", "aircraft", "NOR"),
        ("Chile said its planes bombed a rebel camp near the border.", "planes", "CHL"),
        ("Saudi officials said their aircraft hit a rebel depot overnight.", "aircraft", "SAU"),
    ],
)
def test_aircraft_a_state_owns_that_strike_are_its_forces(
    code: ActorCoder, text: str, words: str, state: str
) -> None:
    assert coded(find(code(text), words)) == (state, "MIL")


@pytest.mark.parametrize(
    "text",
    [
        "Norway said its aircraft landed safely in Oslo on Friday.",  # no act of force
        "The airline said its aircraft hit severe turbulence over the Alps.",  # no state owns it
        "Norway said the aircraft struck a radar site in the north.",  # no owner named
    ],
)
def test_other_aircraft_are_no_party(code: ActorCoder, text: str) -> None:
    assert not any(a.text.endswith("aircraft") for a in code(text))


@pytest.mark.parametrize(
    ("text", "words", "state"),
    [
        ("Iraq said its anti-aircraft guns fired on two jets.", "anti-aircraft guns", "IRQ"),
        ("Syria said its artillery shelled rebel positions near Aleppo.", "artillery", "SYR"),
    ],
)
def test_guns_a_state_owns_that_fire_are_its_forces(
    code: ActorCoder, text: str, words: str, state: str
) -> None:
    assert coded(find(code(text), words)) == (state, "MIL")


def test_guns_that_fire_no_shot_are_no_party(code: ActorCoder) -> None:
    assert not any(a.text.endswith("guns") for a in code("Iraq said its guns were old."))
