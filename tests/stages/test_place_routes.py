"""Places joined by a hyphen before a word for the way between them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .place_helpers import by_text, places, toponyms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Traffic on the Kherson-Mykolaiv road was halted.", {"Kherson": "UKR", "Mykolaiv": "UKR"}),
        ("The Kabul-Jalalabad highway was closed.", {"Kabul": "AFG", "Jalalabad": "AFG"}),
        (
            "Oil flows through the Baku-Tbilisi-Ceyhan pipeline.",
            {"Baku": "AZE", "Tbilisi": "GEO", "Ceyhan": "TUR"},
        ),
    ],
)
def test_each_place_of_a_hyphenated_route_is_found(
    nlp: Language, text: str, expected: dict[str, str]
) -> None:
    found = by_text(places(nlp, text))
    assert {name: found[name].country for name in expected if name in found} == expected


@pytest.mark.parametrize(
    "text",
    [
        "She sang on the Smith-Jones line last night.",  # persons' names, small namesake towns
        "The Kherson - Mykolaiv road was halted.",  # spaced dashes join no pair
    ],
)
def test_no_pair_without_sizeable_places_joined_by_a_hyphen(nlp: Language, text: str) -> None:
    assert "Smith" not in toponyms(nlp, text)
    assert "Kherson" not in " ".join(toponyms(nlp, text)) or "Kherson - Mykolaiv" not in text
