"""Tests for state bodies read through the armed group they fight (``actor_armed_opponents``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.actor_armed_opponents import opposing_group_state

from .actor_helpers import ActorCoder, coded, find, mention


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


@pytest.mark.parametrize(
    ("text", "body", "expected"),
    [
        ("Fighting between the army and the RSF spread to Omdurman.", "army", ("SDN", "MIL")),
        ("The army clashed with the Houthis near the port.", "army", ("YEM", "MIL")),
        ("The army said it had killed 20 Boko Haram fighters.", "army", ("NGA", "MIL")),
    ],
)
def test_a_body_with_no_state_in_view_is_the_state_of_the_group_it_fights(
    code: ActorCoder, text: str, body: str, expected: tuple[str, str]
) -> None:
    assert coded(find(code(text), body)) == expected


def test_a_state_in_view_still_decides(code: ActorCoder) -> None:
    text = "Israel sent more troops north. The army clashed with Hezbollah near the border."
    assert coded(find(code(text), "army")) == ("ISR", "MIL")


def test_groups_of_two_states_leave_the_body_open(nlp: Language) -> None:
    doc = nlp("The army fought the RSF and Hezbollah.")
    rsf = mention(4, 5, "group", "SDN", "REB")
    hezbollah = mention(6, 7, "group", "LBN", "REB")
    assert opposing_group_state(doc, [rsf], 1, 2) == "SDN"
    assert opposing_group_state(doc, [rsf, hezbollah], 1, 2) is None


def test_a_group_not_joined_to_the_body_says_nothing(nlp: Language) -> None:
    doc = nlp("The army said the RSF had fled. Officials met in Cairo.")
    rsf = mention(4, 5, "group", "SDN", "REB")
    assert opposing_group_state(doc, [rsf], 1, 2) is None
