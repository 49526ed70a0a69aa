"""Universities named after a first-level region are placed at their campus town."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.eval.geo import distance_km
from dyads.stages.gazetteer import load_gazetteer
from dyads.stages.place_region_universities import region_universities

from .place_helpers import by_text, places


@pytest.mark.parametrize(
    ("sentence", "name", "point"),
    [
        ("She teaches at Kansas State University.", "Kansas State University", (39.18, -96.57)),
        ("He did his doctorate at the University of Iowa.", "University of Iowa", (41.66, -91.53)),
        (
            "A team from the University of Queensland found the wreck.",
            "University of Queensland",
            (-27.47, 153.03),
        ),
    ],
)
def test_a_region_s_university_is_at_its_campus_town(
    nlp: Language, sentence: str, name: str, point: tuple[float, float]
) -> None:
    place = by_text(places(nlp, sentence))[name]
    assert place.lat is not None and place.lon is not None
    assert distance_km(place.lat, place.lon, *point) < 30


def test_the_university_says_which_region_the_article_is_about(nlp: Language) -> None:
    found = by_text(places(nlp, "Fans in Athens cheered the University of Georgia team."))
    assert found["Athens"].country == "USA"


def test_every_listed_campus_town_is_in_the_gazetteer() -> None:
    gazetteer = load_gazetteer()
    for town, region in set(region_universities().values()):
        assert any(e.kind == "city" and e.admin1 == region for e in gazetteer.lookup(town)), town
