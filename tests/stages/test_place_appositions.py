"""A name whose appositive is a noun for a person's role is a person's: no town inside it is a
place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .place_helpers import by_text, places, shared_geoparser, tag_entity


def test_a_name_with_a_role_appositive_holds_no_town(nlp: Language) -> None:
    doc = nlp("Santiago Peña, Paraguay's president, met soy farmers in Concepción on Friday.")
    tag_entity(doc, "Santiago", "Peña", "ORG")  # as the model reads it
    found = by_text(shared_geoparser().process(doc, []))
    assert "Santiago" not in found
    assert found["Paraguay"].country == "PRY"


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        # A place named alone keeps its reading, role noun or not.
        ("Russia, a permanent member of the council, vetoed the resolution.", "Russia", "RUS"),
        # No role noun heads the appositive: the town inside the firm's name stays.
        ("Boston Dynamics, the robot maker, said it would cut jobs.", "Boston", "USA"),
    ],
)
def test_a_place_alone_or_without_a_role_keeps_its_reading(
    nlp: Language, sentence: str, name: str, country: str
) -> None:
    assert by_text(places(nlp, sentence))[name].country == country
