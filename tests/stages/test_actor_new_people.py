"""Tests for people the dictionary does not know (``actor_new_people``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.actor_new_people import new_people
from dyads.stages.actor_patterns import Mention

from .actor_helpers import ActorCoder, coded, find, mention


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_no_person_after_a_plural_agent(code: ActorCoder) -> None:
    actors = code("Ukrainian officials Tuesday said Russian troops Monday left.")
    assert [a.text for a in actors] == ["Ukrainian officials", "Russian troops"]


def test_name_recovered_from_title(code: ActorCoder) -> None:
    # The small model tags only part of this name as a person; the title gives all of it.
    text = "DPRK Vice Foreign Minister Ri Son Hui emphasized her country's commitment."
    actors = code(text)
    person = find(actors, "DPRK Vice Foreign Minister Ri Son Hui")
    assert (person.name, *coded(person)) == ("Ri Son Hui", "PRK", "GOV")
    assert find(actors, "her").name == "Ri Son Hui"


def test_names_after_a_title_are_people(nlp: Language) -> None:
    doc = nlp("Defence Minister Ana Ruiz spoke.")
    found = new_people(doc, [], {2: (0, "GOV")}, lambda token: False)
    assert found == [Mention(2, 4, "Ana Ruiz", "person", None, None)]
    taken = [mention(2, 4, "person", "CHL")]
    assert new_people(doc, taken, {2: (0, "GOV")}, lambda token: False) == []


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("US envoy to Ukraine Keith Kellogg met Zelensky.", "Keith Kellogg", "USA"),
        ("Kenya's envoy to the Middle East Ann Wairimu visited Riyadh.", "Ann Wairimu", "KEN"),
        ("Brazil's envoy to Peru Joana Prado was recalled.", "Joana Prado", "BRA"),
    ],
)
def test_a_name_after_a_title_and_its_post_is_a_person(
    code: ActorCoder, text: str, name: str, state: str
) -> None:
    actors = code(text)
    person = next(a for a in actors if a.text.endswith(name))
    assert (person.name, *coded(person)) == (name, state, "GOV")


def test_a_title_the_tagger_runs_into_a_name_is_left_out_of_it(code: ActorCoder) -> None:
    text = "Warlord Hussein Ali Dheere said his fighters controlled the road north of Mogadishu."
    actors = code(text, dt.date(2006, 2, 20))
    assert coded(find(actors, "Warlord Hussein Ali Dheere")) == ("SOM", "UAF")


def test_a_name_the_tagger_starts_inside_a_title_leaves_the_title_out(code: ActorCoder) -> None:
    # The tagger starts the name at "Ayatollah", inside the title "Grand Ayatollah".
    actors = code("Grand Ayatollah Mahmoud Rezaei, who teaches in Qom, rebuked the judiciary.")
    assert coded(find(actors, "Grand Ayatollah Mahmoud Rezaei")) == ("IRN", "REL")


def test_no_person_after_a_plural_agent_posted_to_a_place(code: ActorCoder) -> None:
    # "troops to Guyana" is no title of one person: "Border Post" names nobody, and Guyana
    # stays a party of its own.
    actors = code("Venezuela moved troops to Guyana Border Post 7")
    assert [a.text for a in actors] == ["Venezuela", "Guyana"]
