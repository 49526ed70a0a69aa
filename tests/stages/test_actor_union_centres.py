"""Tests for "the Centre" of Indian news (``actor_union_centres``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .actor_helpers import ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_the_centre_of_a_story_about_india_is_its_government(code: ActorCoder) -> None:
    actors = code("Indian farmers marched on Delhi. The Centre said it would buy more grain.")
    assert coded(find(actors, "Centre")) == ("IND", "GOV")


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers in Leeds crowded the Centre on Saturday.",
        "Indian economists at the Centre for Budget Studies criticised the plan.",
        "Indian officials opened the Centre Point mall.",
    ],
)
def test_no_other_centre_is_a_government(code: ActorCoder, text: str) -> None:
    assert not [a for a in code(text) if a.text == "Centre"]
