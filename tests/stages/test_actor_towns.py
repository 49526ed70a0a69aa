"""Tests for towns placed in their state by the gazetteer (``actor_towns``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.actor_towns import (
    is_town_of,
    is_wide_land,
    names_after_locatives,
    names_after_place_nouns,
    names_before_police,
    names_with_division_words,
    state_of,
)

from .actor_helpers import OLD_WIRE, ActorCoder, coded, find, gaz_entry


def test_a_villages_name_that_a_large_town_is_also_known_by_means_the_town() -> None:
    entries = (gaz_entry("Lugansk", "KAZ", 1_700), gaz_entry("Luhansk", "UKR", 400_000))
    assert state_of(entries, "Lugansk") == "UKR"
    # A town of its own name keeps it, however large the other.
    entries = (gaz_entry("Canton", "USA", 25_000), gaz_entry("Guangzhou", "CHN", 16_000_000))
    assert state_of(entries, "Canton") == "USA"


def test_a_name_of_one_state_only_gives_that_state() -> None:
    assert state_of((gaz_entry("Tuzla", "BIH", 100_000),), "Tuzla") == "BIH"


def test_a_far_larger_namesake_decides() -> None:
    entries = (gaz_entry("Ambon", "FRA", 1_300), gaz_entry("Ambon", "IDN", 350_000))
    assert state_of(entries, "Ambon") == "IDN"


def test_namesakes_of_like_size_leave_it_open() -> None:
    entries = (gaz_entry("Paris", "FRA", 2_000_000), gaz_entry("Paris", "USA", 250_000))
    assert state_of(entries, "Paris") is None


def test_a_places_own_name_beats_anothers_alternate_name() -> None:
    entries = (gaz_entry("Quito", "ECU", 2_700_000), gaz_entry("Kuito", "AGO", 350_000))
    assert state_of(entries, "Kuito") == "AGO"


def test_countries_are_not_towns() -> None:
    assert state_of((gaz_entry("Chad", "TCD", 17_000_000, "country"),), "Chad") is None


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_a_town_places_a_faith_group_before_a_nearby_nationality(code: ActorCoder) -> None:
    actors = code("Swedish officials said Muslims in Srebrenica feared a new attack.", OLD_WIRE)
    assert coded(find(actors, "Muslims")) == ("BIH", "CVL")


def test_a_region_puts_its_state_in_focus(code: ActorCoder) -> None:
    actors = code("Floods swept through Chiapas, local officials said.", OLD_WIRE)
    assert coded(find(actors, "officials")) == ("MEX", "GOV")


def test_towns_are_never_actors_themselves(code: ActorCoder) -> None:
    actors = code("Swedish officials said Muslims in Srebrenica feared a new attack.", OLD_WIRE)
    assert all(a.text != "Srebrenica" for a in actors)


def test_a_province_the_dictionary_lacks_speaks_for_its_state(code: ActorCoder) -> None:
    actors = code("Quebec said it would challenge the federal law in court.")
    assert coded(find(actors, "Quebec")) == ("CAN", "GOV")


def test_a_province_as_a_place_stays_no_actor(code: ActorCoder) -> None:
    actors = code("Floods in Quebec forced hundreds from their homes.")
    assert not any("Quebec" in a.text for a in actors)


def test_a_compass_word_names_no_province(code: ActorCoder) -> None:
    actors = code("The North's state media carried the report.")
    assert not any(a.code == "CMR" for a in actors), actors


def test_a_name_after_mayor_of_is_a_place_whatever_the_tagger_says(code: ActorCoder) -> None:
    assert coded(find(code("The mayor of Lviv said refugees were arriving."), "mayor of Lviv")) == (
        "UKR",
        "GOV",
    )
    actors = code("The governor of Zamfara said the students had been freed.")
    assert coded(find(actors, "governor of Zamfara")) == ("NGA", "GOV")


def test_names_after_place_nouns(nlp: Language) -> None:
    doc = nlp("The people of Douma and the mayor of New Orleans spoke of Smith.")
    assert [doc[a:b].text for a, b in names_after_place_nouns(doc)] == ["Douma", "New Orleans"]


def test_a_province_named_by_a_generic_word_places_no_agent(code: ActorCoder) -> None:
    # Papua New Guinea's Gulf province and Tanzania's Coast region are so named.
    actors = code("The coast guard rescued six fishermen in the Gulf on Thursday.", OLD_WIRE)
    assert not [a for a in actors if a.code == "PNG"]
    actors = code("The police said the gunmen fled toward the Coast.", OLD_WIRE)
    assert not [a for a in actors if a.code == "TZA"]


def test_a_generic_province_name_with_its_region_word_places_agents(code: ActorCoder) -> None:
    actors = code("Militants blew up a pipeline in Delta state, police said.", OLD_WIRE)
    assert coded(find(actors, "Militants")) == ("NGA", "REB")


def test_a_town_after_in_places_a_body_though_the_tagger_reads_no_place(
    code: ActorCoder,
) -> None:
    # The tagger reads the town as an organisation here, and as a person before "overnight".
    actors = code("Officials in Nabatieh said the clinic was hit.")
    assert coded(find(actors, "Officials in Nabatieh")) == ("LBN", "GOV")
    actors = code("Rescuers in Sumy overnight freed a girl from the rubble.")
    assert coded(find(actors, "Rescuers in Sumy")) == ("UKR", "CVL")


def test_names_after_locatives_skip_tagged_places_and_people(nlp: Language) -> None:
    doc = nlp("Police in Sumy said Maria Lopez in Lima met Jonas Berg in Oslo.")
    found = [doc[a:b].text for a, b in names_after_locatives(doc)]
    assert "Sumy" in found
    assert "Lima" not in found and "Oslo" not in found  # tagged places: found otherwise


def test_a_small_namesake_after_in_is_no_town(code: ActorCoder) -> None:
    # "Smith" is also a hamlet of a thousand people: too small to outweigh a misread name.
    actors = code("Police in Smith said the road was shut.")
    assert not [a for a in actors if a.code == "USA"]


def test_names_before_police_skip_tagged_places_and_common_words(nlp: Language) -> None:
    doc = nlp("Winnipeg police said the riot police and Ottawa police were called.")
    found = [doc[a:b].text for a, b in names_before_police(doc)]
    assert "Winnipeg" in found  # the tagger reads it as a date here
    assert "riot" not in found and "Ottawa" not in found  # no name; a tagged place


def test_a_town_before_police_places_them_whatever_the_tagger_says(code: ActorCoder) -> None:
    actors = code("Winnipeg police arrested two teenagers after a string of car thefts.")
    assert coded(find(actors, "Winnipeg police")) == ("CAN", "COP")


def test_a_town_is_a_town_of_its_state_only() -> None:
    assert is_town_of("Saskatoon", "CAN")
    assert not is_town_of("Saskatoon", "USA")
    assert not is_town_of("Gulf", "PNG")  # a province so named, no town


def test_a_kind_of_police_force_is_no_town(code: ActorCoder) -> None:
    # Towns in Indonesia and Argentina are named Metro and Federal.
    for text in ("Metro Police arrested two men.", "Federal Police arrested two men."):
        assert not [a for a in code(text) if a.code in ("IDN", "ARG")], text


def test_a_continents_name_is_no_town() -> None:
    africa = (
        gaz_entry("Africa", "", 0, kind="continent"),
        gaz_entry("Africa", "TUN", 50_000),
    )
    assert is_wide_land(africa, "Africa")
    assert not is_wide_land((gaz_entry("Tigray", "ETH", 5_000_000, kind="admin1"),), "Tigray")


def test_a_proper_noun_before_a_divisions_word_is_a_division(nlp: Language) -> None:
    doc = nlp("Rivers State Governor Ada Obi visited Cebu Province on Monday.")
    assert names_with_division_words(doc) == [(0, 2), (6, 8)]


def test_a_divisions_name_before_a_levels_word_and_its_body_is_found(nlp: Language) -> None:
    doc = nlp(
        "The Oromia Regional Police and the Tigray Interim Administration met, while the Trump "
        "administration and the Federal Police watched."
    )
    found = [doc[a:b].text for a, b in names_before_police(doc)]
    assert "Oromia" in found and "Tigray" in found
    assert "Trump" not in found  # "administration" follows a place's name only after a level
    assert "Federal" not in found


def test_a_provinces_police_and_government_are_its_states(code: ActorCoder) -> None:
    actors = code("The Oromia Regional Police said gunmen had killed six people.")
    assert coded(find(actors, "Oromia Regional Police")) == ("ETH", "COP")
    actors = code("Victoria Police arrested two men after the riot in Melbourne.")
    assert coded(find(actors, "Victoria Police")) == ("AUS", "COP")
    actors = code("The Tigray Interim Administration accused soldiers of looting.")
    assert coded(find(actors, "Tigray Interim Administration")) == ("ETH", "GOV")
    actors = code("The Oromia regional police said gunmen had killed six people.")
    assert coded(find(actors, "Oromia regional police")) == ("ETH", "COP")
