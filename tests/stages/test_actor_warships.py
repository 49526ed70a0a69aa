"""Tests for warships named with their navy's prefix (``actor_warships``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .actor_helpers import ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


@pytest.mark.parametrize(
    ("text", "ship", "state"),
    [
        ("The USS Vincennes shot down an airliner over the Gulf.", "USS Vincennes", "USA"),
        ("Suicide bombers attacked the USS Cole in Aden harbour.", "USS Cole", "USA"),
        ("Argentine jets struck HMS Sheffield.", "HMS Sheffield", "GBR"),
        ("HMAS Sydney docked in Darwin.", "HMAS Sydney", "AUS"),
    ],
)
def test_a_prefixed_ship_is_its_navys(code: ActorCoder, text: str, ship: str, state: str) -> None:
    assert coded(find(code(text), ship)) == (state, "MIL")


def test_a_prefix_with_no_name_after_it_names_no_ship(code: ActorCoder) -> None:
    actors = code("INS agents arrested 20 workers in Texas.")
    assert not [a for a in actors if a.text.startswith("INS")]
