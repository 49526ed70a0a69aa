"""US states by their postal codes after a town and a comma: found only where the town has a
namesake in that state."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .place_helpers import by_text, places, toponyms


@pytest.mark.parametrize(
    ("text", "code", "state"),
    [
        (
            "Forms can be dropped off at 300 West Washington Street, Greensboro, NC.",
            "NC",
            "North Carolina",
        ),
        ("The fire in Boise, ID, destroyed two homes.", "ID", "Idaho"),
        ("He moved to Portland, ME last year.", "ME", "Maine"),
    ],
)
def test_a_postal_code_after_a_town_is_its_state(
    nlp: Language, text: str, code: str, state: str
) -> None:
    assert by_text(places(nlp, text))[code].admin1 == state


def test_the_code_picks_the_town_of_its_state(nlp: Language) -> None:
    found = by_text(places(nlp, "He moved to Portland, ME last year."))
    assert found["Portland"].admin1 == "Maine"


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in Paris, OR in London.",  # no Paris in Oregon: the word "or"
        "He said IN the end it did not matter.",  # no town before it
    ],
)
def test_a_code_without_a_town_of_its_state_is_no_place(nlp: Language, text: str) -> None:
    assert "OR" not in toponyms(nlp, text) and "IN" not in toponyms(nlp, text)
