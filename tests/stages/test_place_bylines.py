"""The town of a byline ("From Ahmed Musa, Kano.") is a place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .place_helpers import by_text, places, toponyms


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("From Musa Garba, Sokoto. The emir has called for calm.", "Sokoto"),
        ("From Emeka Nwosu, Owerri. Police have arrested three suspects.", "Owerri"),
    ],
)
def test_a_bylines_town_is_a_place(nlp: Language, text: str, town: str) -> None:
    assert by_text(places(nlp, text))[town].country == "NGA"


def test_a_person_and_a_name_after_a_comma_mid_sentence_is_no_byline(nlp: Language) -> None:
    assert "Oxford" not in toponyms(nlp, "He thanked Mary Jones, Oxford graduate, for the help.")


def test_an_article_opening_with_a_name_and_a_town_names_the_town(nlp: Language) -> None:
    text = "Aliyu Bello, Kano. Schools were closed after the attack."
    assert by_text(places(nlp, text))["Kano"].country == "NGA"
