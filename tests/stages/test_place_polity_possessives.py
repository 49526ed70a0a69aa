"""A country's one-word name before its possessive and a noun for what a state has is the
country, whatever the model's label ("Bermuda's premier" read as a person)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.actors import ActorRecognizer
from dyads.stages.gazetteer import fold
from dyads.stages.place_polity_possessives import country_before_state_noun
from dyads.stages.place_resolution import Mention

from .place_helpers import by_text, places, shared_lookup


@pytest.mark.parametrize(
    "sentence",
    ["Bermuda's premier resigned.", "Bermuda's economy shrank last year."],
)
def test_a_territory_read_as_a_person_is_found(nlp: Language, sentence: str) -> None:
    assert by_text(places(nlp, sentence))["Bermuda"].country == "BMU"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bermuda's premier resigned.", True),
        ("Chad's president resigned.", True),
        ("Jordan's coach praised the team.", False),  # a person's: no state noun
        ("Bermuda premier resigned.", False),  # no possessive
        ("Hamilton's government resigned.", False),  # a town's name, no country's
    ],
)
def test_only_a_country_before_a_state_noun(nlp: Language, sentence: str, expected: bool) -> None:
    doc = nlp(sentence)
    name = doc[0].text
    mention = Mention(0, 1, shared_lookup().gazetteer.lookup(name), key=fold(name))
    assert country_before_state_noun(doc, 1, mention) is expected


def test_a_capital_after_a_verb_s_in_beside_its_country(nlp: Language) -> None:
    # "Hamilton" is also a surname the actor stage finds; after a verb's "in", beside
    # Bermuda, it is Bermuda's capital, not the larger namesakes abroad.
    text = "Bermuda's premier spoke to reporters in Hamilton after presenting the budget."
    doc = nlp(text)
    found = by_text(places(nlp, text, *ActorRecognizer().process(doc, None)))
    assert found["Hamilton"].country == "BMU"


def test_a_large_lake_places_its_shore_town(nlp: Language) -> None:
    text = "Tourists strolled the colonial streets of Granada on the shores of Lake Nicaragua."
    found = by_text(places(nlp, text))
    assert found["Lake Nicaragua"].country == "NIC"
    assert found["Granada"].country == "NIC"
