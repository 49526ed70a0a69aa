"""A state's or a country's name that is also a town beside a town of that town's region is the
town."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.gazetteer import GazEntry, Kind
from dyads.stages.place_resolution import Mention
from dyads.stages.place_state_towns import state_named_town

from .place_helpers import by_text, places


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("A crash closed the road between Columbus and Delaware on Friday.", "Delaware", "Ohio"),
        ("Schools in Grand Rapids and Wyoming stayed shut because of ice.", "Wyoming", "Michigan"),
        ("Lawmakers from Delaware and Maryland backed the bill.", "Delaware", "Delaware"),
        ("Biden flew from Washington to Delaware on Friday.", "Delaware", "Delaware"),
        ("Traffic was slow between Mason and Lebanon after the fair.", "Lebanon", "Ohio"),
    ],
)
def test_state_or_town(nlp: Language, text: str, name: str, admin1: str) -> None:
    assert by_text(places(nlp, text))[name].admin1 == admin1


def test_a_country_with_its_own_town_beside_stays_the_country(nlp: Language) -> None:
    text = "The Lebanese army said shells fell between Tyre and Lebanon's border."
    assert by_text(places(nlp, text))["Lebanon"].country == "LBN"


def _entry(kind: Kind, name: str, admin1: str, population: int) -> GazEntry:
    return GazEntry(kind, name, "USA", admin1, 1.0, 2.0, population, None)


STATE = _entry("admin1", "Delaware", "Delaware", 900_000)
TOWN = _entry("city", "Delaware", "Ohio", 38_000)
COLUMBUS = _entry("city", "Columbus", "Ohio", 900_000)
MARYLAND = _entry("admin1", "Maryland", "Maryland", 6_000_000)
NAME = Mention(3, 4, (STATE, TOWN), key="delaware")


def test_a_town_of_the_region_beside_makes_the_town() -> None:
    readings = [(Mention(1, 2, (COLUMBUS,), key="columbus"), COLUMBUS)]
    assert state_named_town(NAME, STATE, (0, 10), readings) == TOWN


def test_another_state_in_the_sentence_keeps_the_state() -> None:
    readings = [
        (Mention(1, 2, (COLUMBUS,), key="columbus"), COLUMBUS),
        (Mention(5, 6, (MARYLAND,), key="maryland"), MARYLAND),
    ]
    assert state_named_town(NAME, STATE, (0, 10), readings) is None


def test_a_town_in_another_sentence_is_no_evidence() -> None:
    readings = [(Mention(1, 2, (COLUMBUS,), key="columbus"), COLUMBUS)]
    assert state_named_town(NAME, STATE, (2, 10), readings) is None
