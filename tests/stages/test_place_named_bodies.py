"""Universities and clubs named after a place are placed at that place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .place_helpers import places


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("She teaches at Boise State University.", "Boise", "USA"),
        ("He studied at the University of Nairobi last year.", "Nairobi", "KEN"),
        ("He studied at the University of Ghana last year.", "Ghana", "GHA"),
        ("The fans travelled to Leicester City on Saturday.", "Leicester", "GBR"),
    ],
)
def test_a_body_named_after_a_place_is_placed_there(
    nlp: Language, text: str, name: str, country: str
) -> None:
    found = [p for p in places(nlp, text) if p.name == name]
    assert found and found[0].country == country


def test_a_state_university_is_placed_at_the_state_not_a_town(nlp: Language) -> None:
    found = places(nlp, "She was admitted to Georgia Southern University in 2019.")
    assert [(p.name, p.country) for p in found] == [("Georgia", "USA")]


def test_a_university_named_after_a_person_gets_no_small_town(nlp: Language) -> None:
    found = places(nlp, "He was a professor at Cornell University for a decade.")
    assert all(p.name != "Cornell" for p in found)
