"""Tests for titles set off by commas beside a name (``actor_appositions``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.actor_agent_nouns import AgentNouns
from dyads.stages.actor_appositions import apposition_code, self_titled, title_after
from dyads.stages.actor_name_matcher import NameMatcher

from .actor_helpers import ActorCoder, coded, find, mention, shared_recognizer


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_unknown_person_from_apposition(code: ActorCoder) -> None:
    text = "Tomas Edvardsen, Norway's foreign minister, arrived in Oslo."
    person = find(code(text), "Tomas Edvardsen, Norway's foreign minister")
    assert coded(person) == ("NOR", "GOV")


def test_unknown_person_from_title_of_country_apposition(code: ActorCoder) -> None:
    text = "Lars Ekdahl, the deputy foreign minister of Sweden, arrived on Monday."
    actors = code(text)
    assert [(a.text, a.name, *coded(a)) for a in actors] == [
        ("Lars Ekdahl, the deputy foreign minister of Sweden", "Lars Ekdahl", "SWE", "GOV")
    ]


def test_title_in_apposition_joins_the_name(code: ActorCoder) -> None:
    before = "Iran's foreign minister, Abbas Araghchi, said talks could resume."
    after = "Abbas Araghchi, Iran's foreign minister, said talks could resume."
    for text, words in ((before, before[:39]), (after, after[:39])):
        actors = code(text)
        assert [(a.text, a.name, *coded(a)) for a in actors] == [
            (words, "Abbas Araghchi", "IRN", "GOV")
        ]


def test_a_title_before_or_after_a_name_set_off_by_commas(nlp: Language) -> None:
    before = nlp("Iran's foreign minister, Ana Ruiz, said.")
    title = mention(0, 4, "agent", "IRN", "GOV")
    person = mention(5, 7, "person", None, name="Ana Ruiz")
    assert self_titled(before, person, {4: title})
    assert not self_titled(before, person, {})
    after = nlp("Ana Ruiz, Iran's foreign minister, said.")
    title = mention(3, 7, "agent", "IRN", "GOV")
    assert title_after(after, mention(0, 2, "person", None), {3: title}) == title
    assert title_after(after, mention(0, 2, "person", None), {}) is None


def test_apposition_code_reads_the_words(nlp: Language) -> None:
    dictionary = shared_recognizer().dictionary
    names, agent_nouns = NameMatcher(dictionary), AgentNouns(dictionary)
    person = mention(0, 2, "person", None)
    for text in (
        "Ana Ruiz, Iran's deputy foreign minister, said.",
        "Ana Ruiz, the foreign minister of Iran, said.",
    ):
        assert apposition_code(nlp(text), person, names, agent_nouns) == ("IRN", "GOV"), text
    doc = nlp("Ana Ruiz, who met Iran's foreign minister, said.")
    assert apposition_code(doc, person, names, agent_nouns) == (None, None)  # no apposition


def test_an_office_held_for_a_leader_serves_the_leaders_state(code: ActorCoder) -> None:
    on = dt.date(2025, 8, 1)
    actors = code("Ivan Petrov, Putin's special envoy, flew to Riyadh.", on)
    assert coded(find(actors, "Ivan Petrov")) == ("RUS", "GOV")
    actors = code("Trump's envoy for trade, Jane Roe, met Chinese officials.", on)
    assert coded(find(actors, "Jane Roe")) == ("USA", "GOV")
    # A leader out of office on the date gives no state office.
    actors = code("Jane Roe, Trump's envoy for trade, met Chinese officials.", dt.date(2022, 8, 1))
    assert all(a.sector != "GOV" for a in actors if a.text == "Jane Roe")


def test_a_title_naming_no_state_after_a_name_decides_its_sector(code: ActorCoder) -> None:
    text = "Nigeria's Ahmed Bello, the army chief of staff, said the troops would stay."
    assert coded(find(code(text), "Nigeria's Ahmed Bello")) == ("NGA", "MIL")
    # Set off by spaced dashes as by commas; a hyphen inside a word opens nothing.
    text = "Kenya's Ahmed Bello - the army chief of staff - said the troops would stay."
    assert coded(find(code(text), "Kenya's Ahmed Bello")) == ("KEN", "MIL")


def test_a_hyphened_head_of_a_body_after_a_name_is_a_title(code: ActorCoder) -> None:
    text = "Min Aung Hlaing, commander-in-chief of the armed forces, visited Moscow."
    assert coded(find(code(text), "Min Aung Hlaing")) == ("MMR", "MIL")


def test_an_indefinite_title_after_a_name_is_no_office(nlp: Language) -> None:
    person = mention(0, 2, "person", None, name="Ahmed Bello")
    doc = nlp("Ahmed Bello, a police officer, said the road was closed.")
    assert title_after(doc, person, {}, {6: (4, "COP")}) is None  # one of many officers
    doc = nlp("Ahmed Bello, the police chief, said the road was closed.")
    title = title_after(doc, person, {}, {6: (4, "COP")})
    assert title is not None and (title.start, title.end, title.sector) == (4, 6, "COP")
    assert title_after(doc, person, {}) is None  # without the agent nouns, mentions only


def test_a_conjunct_after_a_named_title_is_no_apposition(code: ActorCoder) -> None:
    # "NAME, and his Azerbaijani counterpart,": a second party, not the first one's title.
    text = (
        "Armenia's foreign minister, Vardan Oskanian, and his Azerbaijani counterpart, "
        "Elmar Mammadyarov, agreed to meet."
    )
    actors = code(text, dt.date(2004, 12, 15))
    first = find(actors, "Armenia's foreign minister, Vardan Oskanian")
    assert coded(first) == ("ARM", "GOV")
    assert "Azerbaijani" not in first.text
    assert coded(find(actors, "Azerbaijani counterpart, Elmar Mammadyarov")) == ("AZE", "GOV")
