"""Numbered roads: found by their form, placed at the town beside them, else only in the region
or country the sentence names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.place_roads import road_name_end

from .place_helpers import by_text, places, toponyms


@pytest.mark.parametrize(
    ("text", "name", "end_word"),
    [
        ("A cyclist was hurt on the A120 on Monday.", "A120", "A120"),
        ("Traffic backed up along Interstate 35 near Austin.", "Interstate", "35"),
        ("A truck overturned on the I-95 overnight.", "I-95", "I-95"),
        ("Snow shut Highway 17 for a day.", "Highway", "17"),
        ("Deputies shut State Route 41 after a crash.", "State", "41"),
        ("Protesters blocked the N1 highway with tyres.", "N1", "highway"),
        ("Police closed the A9 after a collision.", "A9", "A9"),
    ],
)
def test_numbered_roads(nlp: Language, text: str, name: str, end_word: str) -> None:
    doc = nlp(text)
    words = [t.text for t in doc]
    end = road_name_end(doc, words.index(name))
    assert end is not None and words[end - 1] == end_word


def test_a_sum_a_vitamin_or_a_level_is_no_road(nlp: Language) -> None:
    doc = nlp("The hall was sold at N60 million, B12 was added and pupils must reach B2 level.")
    words = [t.text for t in doc]
    for code in ("N60", "B12", "B2"):
        assert road_name_end(doc, words.index(code)) is None


def test_interstate_alone_opens_the_road_not_a_prefix(nlp: Language) -> None:
    assert "Interstate 80" in toponyms(nlp, "Two people died in a crash on Interstate 80 at dawn.")


def test_a_road_beside_a_town_is_placed_at_the_town(nlp: Language) -> None:
    found = by_text(places(nlp, "Police closed the A9 near Inverness after a collision."))
    road, town = found["A9"], found["Inverness"]
    assert (road.country, road.lat, road.lon) == ("GBR", town.lat, town.lon)


def test_a_road_beside_a_state_alone_has_its_country_and_no_point(nlp: Language) -> None:
    road = by_text(places(nlp, "Deputies in Ohio shut State Route 41 after a bus slid."))
    found = road["State Route 41"]
    assert (found.country, found.admin1, found.lat, found.lon) == ("USA", "Ohio", None, None)
