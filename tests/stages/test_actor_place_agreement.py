"""Tests for actors re-placed by the geoparser's towns (``actor_place_agreement``)."""

from __future__ import annotations

from dyads.records import Actor, Place
from dyads.stages.actor_place_agreement import agree_with_places


def _place(text: str, whole: str, country: str, nth: int = 0, name: str = "") -> Place:
    start = whole.index(text) if nth == 0 else whole.index(text, nth)
    return Place(
        text=text,
        name=name or text,
        country=country,
        admin1=None,
        lat=None,
        lon=None,
        geonameid=None,
        span=(start, start + len(text)),
    )


def _actor(words: str, whole: str, code: str, name: str = "") -> Actor:
    start = whole.index(words)
    return Actor(
        text=words, name=name or words, code=code, sector="COP", span=(start, start + len(words))
    )


TEXT = "Police in Hamilton, Ontario, charged a driver."


def test_a_town_placed_by_its_province_moves_the_actor() -> None:
    police = _actor("Police in Hamilton", TEXT, "NZL")
    places = [_place("Hamilton", TEXT, "CAN"), _place("Ontario", TEXT, "CAN")]
    (moved,) = agree_with_places(TEXT, [police], places)
    assert (moved.code, moved.sector, moved.text) == ("CAN", "COP", "Police in Hamilton")
    assert police.code == "NZL"  # records stay as they were: a new one is made


def test_a_body_named_by_its_state_alone_takes_the_new_name() -> None:
    police = _actor("Police in Hamilton", TEXT, "NZL", name="New Zealand")
    places = [_place("Hamilton", TEXT, "CAN"), _place("Ontario", TEXT, "CAN")]
    assert agree_with_places(TEXT, [police], places)[0].name == "Canada"


def test_without_evidence_the_actor_keeps_its_state() -> None:
    text = "Police in Hamilton charged a driver."
    police = _actor("Police in Hamilton", text, "NZL")
    assert agree_with_places(text, [police], [_place("Hamilton", text, "CAN")]) == [police]


def test_the_articles_places_are_evidence_unless_one_is_in_the_actors_state() -> None:
    text = "Police in Hamilton charged a driver. Roads near Toronto and Ottawa were shut."
    police = _actor("Police in Hamilton", text, "NZL")
    places = [
        _place("Hamilton", text, "CAN"),
        _place("Toronto", text, "CAN"),
        _place("Ottawa", text, "CAN"),
    ]
    assert agree_with_places(text, [police], places)[0].code == "CAN"
    with_home = [*places[:2], _place("Ottawa", text, "NZL")]
    assert agree_with_places(text, [police], with_home) == [police]


def test_a_capital_resolved_at_home_keeps_its_government() -> None:
    text = "Moscow said it would respond."
    moscow = Actor(text="Moscow", name="Russia", code="RUS", sector="GOV", span=(0, 6))
    assert agree_with_places(text, [moscow], [_place("Moscow", text, "RUS")]) == [moscow]


def test_a_whole_country_after_the_town_places_nothing() -> None:
    text = "Cuban troops left Angola, U.S. mediator Chester Crocker said."
    angola = _actor("Angola", text, "AGO", name="Angola")
    places = [_place("Angola", text, "USA"), _place("U.S.", text, "USA", name="United States")]
    assert agree_with_places(text, [angola], places) == [angola]


def test_the_town_named_again_is_no_evidence_of_its_state() -> None:
    text = "Angola agreed on a timetable. Troops will leave Angola by July, Washington said."
    angola = _actor("Angola", text, "AGO", name="Angola")
    places = [_place("Angola", text, "USA"), _place("Angola", text, "USA", nth=20)]
    places += [_place("Washington", text, "USA")]
    assert agree_with_places(text, [angola], places) == [angola]
