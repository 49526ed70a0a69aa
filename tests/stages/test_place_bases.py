"""Bases no table lists, placed at the town they are named after."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.eval.geo import distance_km

from .place_helpers import by_text, places


@pytest.mark.parametrize(
    ("text", "name", "country", "point"),
    [
        (
            "Tankers refuelled at Geilenkirchen Air Base on Monday.",
            "Geilenkirchen",
            "DEU",
            (50.96, 6.12),
        ),
        ("A patrol plane left Naval Air Station Key West.", "Key West", "USA", (24.56, -81.78)),
        ("Crews at RAF Benson were put on standby.", "Benson", "GBR", (51.62, -1.10)),
        ("The army headquarters at Camp Zama will grow.", "Zama", "JPN", (35.49, 139.40)),
    ],
)
def test_a_base_is_placed_at_its_town(
    nlp: Language, text: str, name: str, country: str, point: tuple[float, float]
) -> None:
    found = [p for p in places(nlp, text) if name in p.text]
    assert found and found[0].country == country
    assert found[0].lat is not None and found[0].lon is not None
    assert distance_km(found[0].lat, found[0].lon, *point) < 50


def test_raf_takes_no_town_abroad(nlp: Language) -> None:
    # "Leeming" is in the table only as an Australian town: an RAF station is never there.
    found = [p for p in places(nlp, "Jets flew from RAF Leeming for the exercise.")]
    assert all(p.country != "AUS" for p in found)


def test_a_camp_named_like_a_small_town_is_not_placed_there(nlp: Language) -> None:
    # A camp is named after a person as often as after a town: only a sizeable town counts.
    found = by_text(places(nlp, "Recruits trained at Camp Benson last week."))
    assert all(p.geonameid is None for p in found.values())


@pytest.mark.parametrize(
    ("text", "name", "country", "point"),
    [
        # Another finder reads "Naval Station" or "Air Base" alone: widened over the town.
        ("Crews at Naval Station Everett loaded the ship.", "Everett", "USA", (47.98, -122.20)),
        ("Tankers flew from Ramstein Air Base on Friday.", "Ramstein", "DEU", (49.44, 7.60)),
    ],
)
def test_generic_base_words_are_widened_over_the_town(
    nlp: Language, text: str, name: str, country: str, point: tuple[float, float] | None
) -> None:
    found = [p for p in places(nlp, text) if name in p.text]
    assert found and found[0].country == country
    if point is not None:
        assert found[0].lat is not None and found[0].lon is not None
        assert distance_km(found[0].lat, found[0].lon, *point) < 50


def test_generic_base_words_beside_no_town_stay_as_they_were(nlp: Language) -> None:
    found = by_text(places(nlp, "Sailors at Naval Station Zxqwv were told to prepare."))
    assert not any("Zxqwv" in text and found[text].country for text in found)
