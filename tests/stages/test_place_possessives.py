"""Sites named after their town's possessive, placed at the town."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.eval.geo import distance_km

from .place_helpers import by_text, places, toponyms

NEAR_KM = 161.0


@pytest.mark.parametrize(
    ("text", "site", "country", "point"),
    [
        # A site of the sites table that the model reads as a person.
        ("Strikers picketed Paris's Orly on Friday.", "Orly", "FRA", (48.73, 2.37)),
        (
            "Flights were held at London's Gatwick after a drone was seen.",
            "Gatwick",
            "GBR",
            (51.15, -0.18),
        ),
        # Sites the gazetteer lacks, named with a word for a building or a square.
        (
            "Toronto's Sunnybrook Hospital said two were critical.",
            "Sunnybrook Hospital",
            "CAN",
            (43.65, -79.38),
        ),
        (
            "Thousands rallied in Istanbul's Taksim Square on Sunday.",
            "Taksim Square",
            "TUR",
            (41.01, 28.98),
        ),
        # A name followed by a lower-case word for a site.
        (
            "Fans packed Rio de Janeiro's Maracana stadium for the final.",
            "Maracana",
            "BRA",
            (-22.91, -43.17),
        ),
    ],
)
def test_site_after_a_towns_possessive_is_placed_at_the_town(
    nlp: Language, text: str, site: str, country: str, point: tuple[float, float]
) -> None:
    place = by_text(places(nlp, text))[site]
    assert place.country == country
    assert place.lat is not None and place.lon is not None
    assert distance_km(place.lat, place.lon, *point) <= NEAR_KM


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("London's Sadiq Khan said the buses would run.", "Sadiq Khan"),  # a person: no site word
        ("Harvard's Kennedy School published the survey.", "Kennedy School"),  # no town of size
    ],
)
def test_no_site_after_a_possessive_without_a_site_word_or_a_town(
    nlp: Language, text: str, name: str
) -> None:
    assert name not in toponyms(nlp, text)


@pytest.mark.parametrize(
    ("text", "building", "town"),
    [
        (
            "Police in Leeds said a woman was taken to St James's Hospital.",
            "St James's Hospital",
            "Leeds",
        ),
        (
            "The wounded were taken to St Thomas' Hospital in London.",
            "St Thomas' Hospital",
            "London",
        ),
        ("Worshippers gathered at St Peter's Church in Cairo.", "St Peter's Church", "Cairo"),
    ],
)
def test_a_building_named_with_a_possessive_is_placed_at_its_town(
    nlp: Language, text: str, building: str, town: str
) -> None:
    found = by_text(places(nlp, text))
    assert (found[building].lat, found[building].lon) == (found[town].lat, found[town].lon)


def test_a_firms_possessive_before_a_shop_is_no_building(nlp: Language) -> None:
    text = "McDonald's Restaurant staff walked out in Chicago."
    assert "McDonald's Restaurant" not in toponyms(nlp, text)


def test_a_town_after_its_country_s_possessive_is_placed_there(nlp: Language) -> None:
    # The model reads "El Fasher" as an organisation; after "in Sudan's" it is Sudan's town.
    found = by_text(places(nlp, "Fighting raged in Sudan's El Fasher on Sunday."))
    assert found["El Fasher"].country == "SDN"


def test_a_name_after_a_country_s_possessive_outside_a_place_phrase_is_left_alone(
    nlp: Language,
) -> None:
    # A firm named like a town of its country, as the subject: no place.
    assert "Toyota" not in toponyms(nlp, "Japan's Toyota said its sales rose.")
    # A town of another country is not taken on the possessive's word.
    assert "Kursk" not in by_text(places(nlp, "Crowds gathered in Ukraine's Kursk Street."))
