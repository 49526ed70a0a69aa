"""Tests for the heads of bodies the tables lack (``actor_named_bodies``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.actor_named_bodies import body_sector, names_another_body

from .actor_helpers import ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_the_last_word_of_the_name_gives_the_sector(nlp: Language) -> None:
    doc = nlp("Malawi Chess Society president Ruth Banda spoke.")
    assert body_sector(doc, 3) == "NGO"
    assert body_sector(nlp("Malawi Chess Board chairman spoke."), 3) is None


def test_an_agent_word_inside_is_the_agents_body(nlp: Language) -> None:
    doc = nlp("Nigerian Army spokesman Musa Bello spoke.")
    assert not names_another_body(doc, 1, 2, {1})


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "The night opened with a speech by Qatar Film Society president Noor Saleh.",
            "Qatar Film Society president Noor Saleh",
            ("QAT", "NGO"),
        ),
        (
            "Zambia Rugby Union chairman Peter Phiri stepped down.",
            "Zambia Rugby Union chairman Peter Phiri",
            ("ZMB", None),
        ),
    ],
)
def test_the_head_of_an_unlisted_body_holds_no_state_office(
    code: ActorCoder, text: str, name: str, expected: tuple[str, str | None]
) -> None:
    assert coded(find(code(text), name)) == expected


def test_a_levels_word_names_no_other_body(nlp: Language) -> None:
    # The tagger reads "The Oromia Regional Government" as one organisation: its government.
    doc = nlp("The Oromia Regional Government said the road was open.")
    assert not names_another_body(doc, 2, 3, set())


def test_a_regions_government_named_with_its_level_is_the_government(code: ActorCoder) -> None:
    actors = code("The Oromia Regional Government said the road was open.")
    assert coded(find(actors, "Oromia Regional Government")) == ("ETH", "GOV")
