"""Names listed after a counted plural noun for things that are no places name those things."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .place_helpers import by_text, places


@pytest.mark.parametrize(
    "sentence",
    [
        "Three hurricanes hit the state that year: Harvey, Irma and Maria.",
        "Two new floor plans — Belmont and Ashford — will be offered next spring.",
    ],
)
def test_names_listed_after_counted_things_are_no_places(nlp: Language, sentence: str) -> None:
    assert places(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The tour will visit three cities: Paris, Lyon and Nice.", {"Paris", "Lyon", "Nice"}),
        ("It took two years before the Paris-Lyon line reopened.", {"Paris", "Lyon"}),
        ("The agency warned two states: Texas and Louisiana.", {"Texas", "Louisiana"}),
    ],
)
def test_places_counted_or_joined_by_a_hyphen_stay_places(
    nlp: Language, sentence: str, names: set[str]
) -> None:
    assert names <= set(by_text(places(nlp, sentence)))
