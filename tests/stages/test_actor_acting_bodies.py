"""Tests for state bodies named as the modifier of the act they carry out
(``actor_acting_bodies``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.actor_acting_bodies import names_its_act

from .actor_helpers import ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_a_body_before_its_act_is_the_state_in_focus(code: ActorCoder) -> None:
    text = (
        "Zimbabwe's president defended the security forces on Monday. Two miners were wounded "
        "in a police raid on a gold mine."
    )
    assert coded(find(code(text), "police")) == ("ZWE", "COP")


def test_only_nouns_of_acts_count(nlp: Language) -> None:
    doc = nlp("A police raid and a police officer.")
    assert names_its_act(doc, 1, 2)  # "police" before "raid"
    assert not names_its_act(doc, 5, 6)  # "police" before "officer"


def test_an_act_the_subject_launches_is_its_own(nlp: Language) -> None:
    doc = nlp("Iran threatened to launch a military offensive near the border.")
    assert doc[5].text == "military"
    assert not names_its_act(doc, 5, 6)
    doc = nlp("Villagers fled a military offensive near the border.")
    assert doc[3].text == "military"
    assert names_its_act(doc, 3, 4)
