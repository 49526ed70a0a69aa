"""Facilities and named sites as places: names ending with a facility's words, placed at the
town after "in" or a comma, or at the town their own name opens with."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.place_facilities import facility_mentions

from .place_helpers import by_text, places, toponyms


def _facilities(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    words = [t.text for t in doc]
    return [doc[m.start : m.end].text for m in facility_mentions(doc, words, [False] * len(doc))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Members of Oakmont Golf Club voted to sell the land.", "Oakmont Golf Club"),
        ("A fire broke out at Riverside Shopping Centre on Monday.", "Riverside Shopping Centre"),
        ("Two men escaped from Maple Creek Correctional Facility overnight.", "Maple Creek"),
        ("Fans queued outside Kingsmead Stadium for tickets.", "Kingsmead Stadium"),
        ("Crowds lined the fences at Hilltop Speedway for the opener.", "Hilltop Speedway"),
        ("The concert was held at Willow Park on Saturday.", "Willow Park"),
    ],
)
def test_a_name_ending_with_a_facilitys_words_is_a_facility(
    nlp: Language, text: str, name: str
) -> None:
    assert any(name in found for found in _facilities(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Willow Park fell after the results.",  # "Park" with no word of place before
        "Sneaker shop Stadium Goods opened a branch.",  # the name goes on past the word
        "The Stadium was full.",  # a facility's word alone
        "Mall operator Westgate Group raised rents.",
    ],
)
def test_names_that_only_share_a_facilitys_word_are_none(nlp: Language, text: str) -> None:
    assert _facilities(nlp, text) == []


def test_the_state_capitol_is_a_facility(nlp: Language) -> None:
    assert _facilities(nlp, "Teachers filled the state Capitol on Monday.") == ["Capitol"]


def test_a_facility_is_placed_at_the_town_after_in(nlp: Language) -> None:
    found = by_text(places(nlp, "A man was arrested at Greenfield Shopping Centre in Bulawayo."))
    centre, town = found["Greenfield Shopping Centre"], found["Bulawayo"]
    assert (centre.country, centre.lat, centre.lon) == ("ZWE", town.lat, town.lon)
    assert centre.geonameid is None  # the centre is no town of the gazetteer


def test_a_facility_is_placed_at_the_town_its_name_opens_with(nlp: Language) -> None:
    found = by_text(places(nlp, "The boy was treated at Royal Adelaide Hospital."))
    hospital = found["Royal Adelaide Hospital"]
    assert hospital.country == "AUS" and hospital.geonameid is None
    assert hospital.lat is not None and abs(hospital.lat + 34.93) < 1.0


def test_a_facility_is_not_placed_at_a_country_after_in(nlp: Language) -> None:
    found = by_text(places(nlp, "Police guarded the Oakwood Stadium in Kenya."))
    assert found["Oakwood Stadium"].lat is None or found["Oakwood Stadium"].country == "KEN"
    assert found["Oakwood Stadium"].name != "Kenya"


def test_companies_named_with_a_facilitys_word_are_no_places(nlp: Language) -> None:
    text = "Capitol Records and Arena Group both reported losses in Chicago."
    assert toponyms(nlp, text) == ["Chicago"]


def test_a_pair_that_names_a_facility_needs_no_word_of_place(nlp: Language) -> None:
    text = "Hillcrest Middle School was evacuated after a gas leak."
    assert _facilities(nlp, text) == ["Hillcrest Middle School"]


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("The Fort Worth Zoo welcomed a baby giraffe this week.", "Fort Worth Zoo", "Texas"),
        ("Crowds flocked to the San Diego Zoo on Sunday.", "San Diego Zoo", "California"),
    ],
)
def test_a_zoo_named_after_its_town_is_placed_there(
    nlp: Language, text: str, name: str, admin1: str
) -> None:
    assert by_text(places(nlp, text))[name].admin1 == admin1
