"""Tests for a nation's people living in a state, coded as its civilians (``actor_residents``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.actor_patterns import Mention
from dyads.stages.actor_residents import residents

from .actor_helpers import ActorCoder, coded, find, mention


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_residents_of_a_state_are_its_civilians(code: ActorCoder) -> None:
    text = (
        "The Serbs of northern Kosovo blocked roads. Ethnic Hungarians in Slovakia protested. "
        "Americans in Iraq were told to leave."
    )
    actors = code(text)
    assert coded(find(actors, "Serbs of northern Kosovo")) == ("XKX", "CVL")
    assert coded(find(actors, "Hungarians in Slovakia")) == ("SVK", "CVL")
    assert find(actors, "Americans").code == "USA"  # not "ethnic", not "of": still nationals


def test_a_plural_demonym_of_a_state_is_one_civilian_mention(nlp: Language) -> None:
    doc = nlp("The Serbs of Kosovo marched.")
    serbs = mention(1, 2, "country", "SRB", name="Serbia")
    kosovo = mention(3, 4, "country", "XKX", name="Kosovo")
    assert residents(doc, [serbs, kosovo]) == [Mention(1, 4, "Kosovo", "agent", "XKX", "CVL")]
    assert residents(doc, [serbs]) == [serbs]  # no state after "of"


def test_an_ethnic_minority_is_of_the_other_state_in_view(code: ActorCoder) -> None:
    actors = code("Bulgaria's authorities restricted the rights of ethnic Turks.")
    assert coded(find(actors, "ethnic Turks")) == ("BGR", "CVL")
    actors = code("Ethnic Albanian leaders in Macedonia demanded more rights.")
    assert find(actors, "Ethnic Albanian leaders").code == "MKD"
    actors = code("Ethnic Serbs protested.")  # no other state: the people's own
    assert find(actors, "Serbs").code == "SRB"


def test_a_person_named_as_of_an_ethnic_minority_is_of_the_state_in_view(
    code: ActorCoder,
) -> None:
    text = "Milosevic agreed to meet the ethnic Albanian leader Ibrahim Rugova on Kosovo's future."
    rugova = find(code(text, dt.date(1998, 10, 10)), "ethnic Albanian leader Ibrahim Rugova")
    assert coded(rugova) == ("XKX", None)  # not Albania's, nor its government
