"""Tests for bodies named by the adjective of a state's province (``actor_regional_demonyms``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.actor_regional_demonyms import province_state

from .actor_helpers import ActorCoder, coded, find

ON = dt.date(2024, 6, 1)


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_a_provinces_adjective_names_its_state() -> None:
    assert province_state("Bavarian") == "DEU"
    assert province_state("Sicilian") == "ITA"
    assert province_state("Sindhi") == "PAK"
    assert province_state("Ontarian") == "CAN"
    assert province_state("Queenslander") == "AUS"
    assert province_state("Saxon") == "DEU"  # Saxony
    assert province_state("Tuscan") == "ITA"  # Tuscany


def test_words_no_province_is_named_from_name_no_state() -> None:
    for word in ("Christian", "Republican", "Western", "Socialist", "European"):
        assert province_state(word) is None, word


def test_a_region_several_states_share_names_none() -> None:
    assert province_state("Kashmiri", {"Kashmir"}) is None


def test_a_provinces_body_is_its_states(code: ActorCoder) -> None:
    actors = code("The Bavarian state government approved a new police law.", ON)
    assert coded(find(actors, "Bavarian state government")) == ("DEU", "GOV")
    actors = code("The Andalusian government declared a drought emergency.", ON)
    assert coded(find(actors, "Andalusian government")) == ("ESP", "GOV")


def test_the_adjective_alone_is_no_actor(code: ActorCoder) -> None:
    actors = code("Tourists crowded a Bavarian village on Sunday.", ON)
    assert not [a for a in actors if a.code == "DEU"]
