"""Plural names after "the" are regions or island groups, not towns of the same name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .place_helpers import by_text, places, toponyms


@pytest.mark.parametrize(
    ("text", "name", "country", "kind_of_place"),
    [
        ("Property prices in the Hamptons hit a record.", "Hamptons", "USA", "Hamptons"),
        (
            "Heavy snow blocked roads across the Highlands.",
            "Highlands",
            "GBR",
            "Scottish Highlands",
        ),
        ("A hurricane watch was issued for the Keys.", "Keys", "USA", "Florida Keys"),
        ("Tourists were stranded in the Canaries overnight.", "Canaries", "ESP", "Canarias"),
        (
            "An earthquake shook the Azores on Friday.",
            "Azores",
            "PRT",
            "Região Autónoma dos Açores",
        ),
    ],
)
def test_plural_after_the_is_the_region(
    nlp: Language, text: str, name: str, country: str, kind_of_place: str
) -> None:
    place = by_text(places(nlp, text))[name]
    assert (place.country, place.name) == (country, kind_of_place)


@pytest.mark.parametrize(
    "text",
    [
        "Miners once took canaries into the pits.",  # a common noun in lower case
        "Alicia Keys sang at the gala.",  # a person's name, no "the"
    ],
)
def test_no_region_for_a_common_noun_or_a_name_without_the(nlp: Language, text: str) -> None:
    found = " ".join(toponyms(nlp, text))
    assert "anaries" not in found and "Keys" not in found


def test_a_town_named_in_the_plural_without_the_stays_a_town(nlp: Language) -> None:
    place = by_text(places(nlp, "Police in Highlands, Texas, arrested two men."))["Highlands"]
    assert place.country == "USA"
