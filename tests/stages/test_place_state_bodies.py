"""A name shared by a state and its city, before a noun for a court or a legislature, is the
state."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .place_helpers import by_text, places


@pytest.mark.parametrize(
    "sentence",
    [
        "A New York appeals court threw out the verdict.",
        "New York lawmakers passed the bill on Friday.",
        "A New York judge ordered the tenant to leave.",
    ],
)
def test_a_court_or_a_legislature_is_the_state_s(nlp: Language, sentence: str) -> None:
    assert by_text(places(nlp, sentence))["New York"].name == "New York"


@pytest.mark.parametrize(
    "sentence",
    [
        "New York police arrested two men on Sunday.",
        "The New York restaurant closed after forty years.",
    ],
)
def test_other_nouns_keep_the_city(nlp: Language, sentence: str) -> None:
    assert by_text(places(nlp, sentence))["New York"].name == "New York City"
