"""Tests for towns the dictionary files as names of their state (``actor_town_names``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.actor_town_names import is_region_of, is_town_of, town_acts

from .actor_helpers import ActorCoder, coded, find, gaz_entry

ON = dt.date(2024, 6, 1)


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_a_town_of_the_state_is_a_town() -> None:
    assert is_town_of((gaz_entry("Tikrit", "IRQ", 160_000),), "IRQ")


def test_a_town_of_another_state_is_not_the_states_town() -> None:
    assert not is_town_of((gaz_entry("Tikrit", "IRQ", 160_000),), "SYR")


def test_a_name_a_state_bears_is_no_town() -> None:
    places = (
        gaz_entry("Djibouti", "DJI", 600_000, "country"),
        gaz_entry("Djibouti", "DJI", 600_000),
    )
    assert not is_town_of(places, "DJI")


def test_a_city_named_like_its_province_is_a_town() -> None:
    places = (gaz_entry("Basra", "IRQ", 4_500_000, "admin1"), gaz_entry("Basra", "IRQ", 1_300_000))
    assert is_town_of(places, "IRQ")


def test_a_village_named_like_a_nation_is_no_town() -> None:
    places = (gaz_entry("Wales", "GBR", 3_100_000, "admin1"), gaz_entry("Wales", "GBR", 6_000))
    assert not is_town_of(places, "GBR")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Heavy fighting in Rafah forced families to flee.", "Rafah"),
        ("Tanks pushed into Kandahar on Tuesday.", "Kandahar"),
        ("Shelling of Tikrit went on overnight.", "Tikrit"),
        ("Tartus would remain open to shipping, the ministry said.", "Tartus"),
    ],
)
def test_a_town_as_a_place_is_no_actor(code: ActorCoder, text: str, town: str) -> None:
    names = [a.text for a in code(text, ON)]
    assert not any(town in name for name in names), names


def test_a_town_as_the_speaker_stands_for_its_government(code: ActorCoder) -> None:
    assert coded(find(code("Teheran said it would respond.", ON), "Teheran")) == ("IRN", "GOV")


def test_the_people_of_a_town_are_its_states(code: ActorCoder) -> None:
    actors = code("Residents of Rafah said the night was the worst yet.", ON)
    assert coded(actors[0]) == ("PSE", "CVL")


def test_a_state_name_keeps_its_code_as_a_place(code: ActorCoder) -> None:
    assert coded(find(code("Fighting in Syria killed 40 people.", ON), "Syria")) == ("SYR", None)


def test_a_demonym_listed_among_a_states_names_stays_the_states(code: ActorCoder) -> None:
    assert coded(find(code("Thai troops crossed the border.", ON), "Thai troops")) == (
        "THA",
        "MIL",
    )


def test_only_the_subject_of_an_act_acts(nlp: Language) -> None:
    assert town_acts(nlp("Basra demanded more oil money."), 0, 1)
    assert not town_acts(nlp("Basra is hot in summer."), 0, 1)
    assert not town_acts(nlp("Troops entered Basra."), 2, 3)


def test_a_province_of_the_state_is_a_region_of_it() -> None:
    state = gaz_entry("Iraq", "IRQ", 40_000_000, "country")
    assert is_region_of((gaz_entry("Anbar", "IRQ", 1_700_000, "admin1"),), "IRQ", state)


def test_a_region_holding_much_of_its_state_stands_for_it() -> None:
    state = gaz_entry("Ruritania", "RUR", 3_000_000, "country")
    assert not is_region_of((gaz_entry("North", "RUR", 1_500_000, "admin1"),), "RUR", state)


def test_a_region_of_unknown_size_is_a_place() -> None:
    state = gaz_entry("Ruritania", "RUR", 3_000_000, "country")
    assert is_region_of((gaz_entry("Isle", "RUR", 0, "region"),), "RUR", state)


def test_the_territories_that_make_up_a_state_stay_the_state(code: ActorCoder) -> None:
    actors = code("Israeli soldiers stayed on guard across the West Bank.", ON)
    assert coded(find(actors, "West Bank")) == ("PSE", None)


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Iraqi forces cleared the last pockets of resistance in Anbar.", "Anbar"),
        ("Heavy rain flooded villages across Sichuan on Sunday.", "Sichuan"),
    ],
)
def test_a_province_as_a_place_is_no_actor(code: ActorCoder, text: str, province: str) -> None:
    assert not any(province in a.text for a in code(text, ON))


def test_a_province_as_the_speaker_stands_for_its_government(code: ActorCoder) -> None:
    assert coded(find(code("Sichuan announced new subsidies.", ON), "Sichuan")) == ("CHN", "GOV")


def test_a_provinces_official_is_the_states(code: ActorCoder) -> None:
    actors = code("Anbar's governor said the crossing would reopen.", ON)
    assert coded(find(actors, "Anbar's governor")) == ("IRQ", "GOV")


def test_a_name_written_down_as_a_states_stays_an_actor(code: ActorCoder) -> None:
    actors = code("Britain and Ireland signed an agreement for Northern Ireland.", ON)
    assert coded(find(actors, "Northern Ireland")) == ("GBR", None)
