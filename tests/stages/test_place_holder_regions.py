"""A first-level region named only before a noun for people or bodies is no evidence of where
the article's towns are ("the Texas governor ... to Paris")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.gazetteer import GazEntry, load_gazetteer
from dyads.stages.place_holder_regions import names_holders_only

from .place_helpers import by_text, places, span_of


def _state(name: str, country: str = "USA") -> GazEntry:
    return next(
        e for e in load_gazetteer().lookup(name) if e.kind == "admin1" and e.country == country
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Texas governor will fly to Rome next week.", "Texas"),
        ("Ohio lawmakers met bankers in Frankfurt on Monday.", "Ohio"),
        ("Two Arizona executives were named to the board.", "Arizona"),
    ],
)
def test_a_region_before_people_names_whose_they_are(
    nlp: Language, sentence: str, name: str
) -> None:
    doc = nlp(sentence)
    start, end = span_of(doc, name)
    assert names_holders_only(doc, start, end, _state(name))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Snow closed schools in Moscow, the small Idaho college town.", "Idaho"),
        ("Texas police found the truck near the courthouse.", "Texas"),
        ("Ohio farmers fear another dry summer.", "Ohio"),
        ("Officials in Texas said the roads were closed.", "Texas"),
    ],
)
def test_a_region_before_a_place_its_people_or_its_services_says_where(
    nlp: Language, sentence: str, name: str
) -> None:
    doc = nlp(sentence)
    start, end = span_of(doc, name)
    assert not names_holders_only(doc, start, end, _state(name))


def test_a_town_before_people_is_left_to_other_rules(nlp: Language) -> None:
    doc = nlp("Houston executives flew to Tokyo.")
    town = next(e for e in load_gazetteer().lookup("Houston") if e.kind == "city")
    start, end = span_of(doc, "Houston")
    assert not names_holders_only(doc, start, end, town)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Texas governor will travel to Paris next month to meet investors.", "FRA"),
        ("Texas lawmakers flew to Paris for the air show, a spokesman said.", "FRA"),
        ("A tornado damaged the courthouse in Paris, in northeast Texas, on Sunday.", "USA"),
    ],
)
def test_a_capital_beside_a_region_named_only_before_people(
    nlp: Language, text: str, country: str
) -> None:
    assert by_text(places(nlp, text))["Paris"].country == country
