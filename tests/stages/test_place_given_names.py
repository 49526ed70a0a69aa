"""Places' names given to persons (after a kin noun, as nicknames) and to storms are no places;
the places beside them still are."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .place_helpers import by_text, places, toponyms


@pytest.mark.parametrize(
    ("text", "persons", "place"),
    [
        ("She is survived by her sons Denver and Austin of Ohio.", ("Denver", "Austin"), "Ohio"),
        (
            "He flew to Lima with his daughters Victoria and Adelaide.",
            ("Victoria", "Adelaide"),
            "Lima",
        ),
        ("His widow, and a son, Phoenix, live in Dundee.", ("Phoenix",), "Dundee"),
        ("The man, known as Houston to police, was held in Cardiff.", ("Houston",), "Cardiff"),
        ("Kamau, alias Mombasa, was arrested in Nakuru.", ("Mombasa",), "Nakuru"),
    ],
)
def test_persons_named_like_places_are_no_places(
    nlp: Language, text: str, persons: tuple[str, ...], place: str
) -> None:
    found = toponyms(nlp, text)
    assert place in found
    assert not set(persons) & set(found)


def test_a_storm_keeps_its_name_through_the_article(nlp: Language) -> None:
    text = "Hurricane Florence stalled over the coast. Florence dropped rain in Florence, Italy."
    found = places(nlp, text)
    assert [p.text for p in found if p.text == "Florence"] == ["Florence"]  # the town only
    assert by_text(found)["Florence"].country == "ITA"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("They toured the area known as Little Havana in Miami.", "Miami"),
        ("China is its biggest trading partner China said.", "China"),
        ("The storm hit Jamaica on Monday.", "Jamaica"),
        ("Boston's sister city Strasbourg sent a delegation.", "Strasbourg"),
    ],
)
def test_places_beside_those_words_stay(nlp: Language, text: str, place: str) -> None:
    assert place in toponyms(nlp, text)


def test_a_country_after_partner_stays(nlp: Language) -> None:
    assert "Japan" in toponyms(nlp, "The deal was signed with its partner Japan in May.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighting reached the city known as Raqqa on Monday.", "Raqqa"),
        ("They ate at a little-known Texas diner on Route 66.", "Texas"),
        ("They crossed into the region known as Kurdistan.", "Kurdistan"),
    ],
)
def test_a_place_known_by_a_name_stays_a_place(nlp: Language, text: str, place: str) -> None:
    assert place in toponyms(nlp, text)
