"""Town names a relative "who" or a parallel kin noun after them makes persons'."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .place_helpers import by_text, places


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The award went to Marion, who thanked her parents.", "Marion"),
        ("The prize went first to Marion, then to her brother Luke.", "Marion"),
    ],
)
def test_a_name_before_who_or_beside_a_kin_noun_is_a_person(
    nlp: Language, sentence: str, name: str
) -> None:
    assert name not in by_text(places(nlp, sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("He drove to Austin, then to his brother's farm near Waco.", "Austin"),
        ("Refugees reached Mosul, who had walked for days.", "Mosul"),
        ("Residents of Marion, who lost power, waited for crews.", "Marion"),
    ],
)
def test_a_place_before_who_or_a_kins_possession_stays(
    nlp: Language, sentence: str, name: str
) -> None:
    assert name in by_text(places(nlp, sentence))


def test_a_town_before_a_comma_and_a_kin_noun_stays(nlp: Language) -> None:
    text = "The pharmacist came up from Pensacola, and her husband drove down later."
    assert "Pensacola" in by_text(places(nlp, text))
