"""An unknown village is placed where the article is, not at a town abroad named beside it."""

from __future__ import annotations

from spacy.language import Language

from .place_helpers import by_text, places


def test_an_unknown_village_abroad_takes_the_articles_country(nlp: Language) -> None:
    text = (
        "LAGOS - The striker, who plays in Lyon, built a clinic in his home village of "
        "Umuoji Ezeagu."
    )
    assert by_text(places(nlp, text))["Umuoji Ezeagu"].country == "NGA"


def test_an_unknown_street_is_still_placed_at_the_town_beside_it(nlp: Language) -> None:
    text = "KAMPALA - The runner trained on Princes Street while living in Edinburgh."
    assert by_text(places(nlp, text))["Princes Street"].country == "GBR"
