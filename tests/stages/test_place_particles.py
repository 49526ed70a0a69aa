"""Town names that join words with a lower-case particle, read whole."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .place_helpers import by_text, places, toponyms


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Navy boats patrolled the coast off Mocimboa da Praia after the raid.",
            "Mocimboa da Praia",
            "MOZ",
        ),
        ("Surfers crowded the beaches of Figueira da Foz all weekend.", "Figueira da Foz", "PRT"),
        (
            "Gas prices rose in Santa Cruz de la Sierra after the strike.",
            "Santa Cruz de la Sierra",
            "BOL",
        ),
        ("Shoe factories in São João da Madeira laid off workers.", "São João da Madeira", "PRT"),
        # English particles: the first word alone is a larger town abroad (Jamaica, Australia).
        ("Police in Kingston upon Thames arrested a man.", "Kingston upon Thames", "GBR"),
        ("Flooding hit Newcastle upon Tyne.", "Newcastle upon Tyne", "GBR"),
        # Hyphens inside: "Trent" alone was read as Trento.
        ("Fans travelled to Stoke-on-Trent by coach.", "Stoke-on-Trent", "GBR"),
        ("Ferries left Boulogne-sur-Mer late.", "Boulogne-sur-Mer", "FRA"),
        # A French contraction, the name untagged after a comma: "Port" alone was Réunion's.
        ("Rival gangs fought in Cité Soleil, Port-au-Prince.", "Port-au-Prince", "HTI"),
    ],
)
def test_the_whole_name_is_one_town(nlp: Language, text: str, name: str, country: str) -> None:
    found = by_text(places(nlp, text))
    assert name in found and found[name].country == country


def test_the_last_word_is_not_read_alone(nlp: Language) -> None:
    found = toponyms(nlp, "Displaced families reached Pemba from Mocimboa da Praia.")
    assert "Praia" not in found


def test_a_person_named_like_a_town_is_no_place(nlp: Language) -> None:
    assert toponyms(nlp, "The explorer Vasco da Gama reached India in 1498.") == ["India"]


def test_a_particle_joins_no_name_the_gazetteer_lacks(nlp: Language) -> None:
    found = by_text(places(nlp, "Paris on Monday was quiet."))
    assert list(found) == ["Paris"]
