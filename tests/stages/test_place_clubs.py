"""Clubs named after their town are no places."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .place_helpers import by_text, places


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Real Madrid celebrated late into the night.", "Madrid"),
        ("Fans of Inter Milan waited outside the hotel.", "Milan"),
        ("Paris Saint-Germain paid a record fee on Tuesday.", "Paris"),
        ("The Chicago Bulls lost again on Sunday night.", "Chicago"),
        ("A forward of the Toronto Raptors was injured.", "Toronto"),
        ("Borussia Dortmund sacked its coach.", "Dortmund"),
    ],
)
def test_a_town_inside_a_clubs_name_is_no_place(nlp: Language, text: str, town: str) -> None:
    assert not any(town in name for name in by_text(places(nlp, text)))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tourists flocked to the Canary Islands this summer.", "Canary Islands"),
        ("Israel annexed the Golan Heights in 1981.", "Golan"),
        ("Gaza Palestinians queued for flour on Monday.", "Gaza"),
        ("The Texas Rangers arrested two men near Austin.", "Austin"),
    ],
)
def test_places_before_plurals_stay_places(nlp: Language, text: str, place: str) -> None:
    assert any(place in name for name in by_text(places(nlp, text)))
