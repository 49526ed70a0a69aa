"""Towns written in lower case after a preposition of place: found where the model tags them
as places or the whole sentence is in lower case, and only countries, regions and large towns."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .place_helpers import by_text, places, toponyms


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("honestly the traffic in karachi is the worst", "karachi", "PAK"),
        ("we spent a week near melbourne in the summer", "melbourne", "AUS"),
        ("my sister lives in rio de janeiro now", "rio de janeiro", "BRA"),
        ("he was born in ghana and studied abroad", "ghana", "GHA"),
    ],
)
def test_a_lower_case_town_in_a_lower_case_sentence_is_found(
    nlp: Language, text: str, name: str, country: str
) -> None:
    assert by_text(places(nlp, text))[name].country == country


@pytest.mark.parametrize(
    "text",
    [
        "Sales fell in march and rose in april.",  # months
        "She lost herself in reading for hours.",  # a verb's form, in edited text
        "The bank invests in mobile networks.",  # an adjective reading
        "we talked in general about the plans",  # an adjective, in lower-case text
        "i got lost in bath last night",  # a smaller town's name is too often a word
        "we spent the whole day in reading and writing",
    ],
)
def test_lower_case_words_that_name_no_town_are_no_places(nlp: Language, text: str) -> None:
    assert toponyms(nlp, text) == []


def test_a_lower_case_name_after_to_or_from_needs_the_models_tag(nlp: Language) -> None:
    assert toponyms(nlp, "i still need to talk to charlotte about the party") == []


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("breaking: water main break floods streets in downtown toronto", "toronto", "CAN"),
        ("i grew up in south london and moved to leeds when i was 18", "london", "GBR"),
        ("i grew up in south london and moved to leeds when i was 18", "leeds", "GBR"),
        ("we live in south sudan now", "south sudan", "SSD"),
    ],
)
def test_a_part_of_a_town_and_a_verb_of_motion_lead_to_a_lower_case_town(
    nlp: Language, text: str, name: str, country: str
) -> None:
    assert by_text(places(nlp, text))[name].country == country


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("we live in south london now", ["london"]),  # "south" is no region called South
        ("we live in south sudan now", ["south sudan"]),  # not Sudan as well
        ("i sent a text to leeds fans", []),  # "to" without a verb of motion
    ],
)
def test_lower_case_words_around_a_town_are_no_places(
    nlp: Language, text: str, found: list[str]
) -> None:
    assert toponyms(nlp, text) == found
