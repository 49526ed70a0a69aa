"""Three towns or more of one sentence, read in the one region holding a town of each name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .place_helpers import by_text, places


@pytest.mark.parametrize(
    "text",
    [
        "Storm damage was worst in Hillsboro and Wilmington, south of Dayton.",
        "Crews from Xenia, Wilmington and Hillsboro cleared trees on Saturday.",
    ],
)
def test_small_towns_named_together_share_their_region(nlp: Language, text: str) -> None:
    found = by_text(places(nlp, text))
    assert {found[name].admin1 for name in ("Hillsboro", "Wilmington")} == {"Ohio"}


def test_a_capital_among_them_keeps_its_reading(nlp: Language) -> None:
    found = by_text(places(nlp, "Flights from Paris to Lyon and Dallas were cancelled."))
    assert (found["Paris"].country, found["Dallas"].country) == ("FRA", "USA")
