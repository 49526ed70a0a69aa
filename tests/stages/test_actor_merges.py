"""Tests for neighbouring mentions merged into one actor (``actor_merges``)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from dyads.stages.actor_dictionary import Entry, Term
from dyads.stages.actor_merges import (
    demonym_bodies,
    merge_named_bodies,
    national_groups,
    national_subsidiaries,
    scope_to_owner,
)
from dyads.stages.actor_patterns import Mention

from .actor_helpers import ActorCoder, coded, find, mention


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_body_owned_by_a_country(code: ActorCoder) -> None:
    text = "South Korea's Joint Chiefs of Staff said a missile was fired."
    actor = find(code(text), "South Korea's Joint Chiefs of Staff")
    assert coded(actor) == ("KOR", "MIL")


def test_a_demonym_before_another_states_body_names_its_own(code: ActorCoder) -> None:
    text = "The Canadian House of Commons and the German Foreign Office backed the plan."
    actors = code(text)
    assert coded(find(actors, "Canadian House of Commons")) == ("CAN", "LEG")
    assert coded(find(actors, "German Foreign Office")) == ("DEU", "GOV")


def test_a_demonym_merges_only_into_an_adjacent_state_body(nlp: Language) -> None:
    doc = nlp("Canadian House of Commons")
    state = mention(0, 1, "country", "CAN")
    body = mention(1, 4, "org", "GBR", "LEG", name="UK Parliament")
    assert demonym_bodies(doc, [body, state]) == [
        replace(body, start=0, name="Canadian House of Commons", code="CAN")
    ]
    firm = mention(1, 4, "org", "GBR", "BUS")  # a company keeps its own state
    assert demonym_bodies(doc, [state, firm]) == [state, firm]
    own = mention(1, 4, "org", "CAN", "LEG")  # the same state's body needs no merge
    assert demonym_bodies(doc, [state, own]) == [state, own]
    apart = mention(2, 4, "org", "GBR", "LEG")
    assert demonym_bodies(doc, [state, apart]) == [state, apart]


def test_an_agent_phrase_and_the_body_it_names_are_one() -> None:
    agency = mention(0, 3, "agent", "PRK", "MED")
    body = mention(3, 4, "media", "PRK", "MED", name="KCNA")
    assert merge_named_bodies([body, agency]) == [replace(body, start=0)]
    other = mention(3, 4, "media", "GBR", "MED", name="Reuters")
    assert merge_named_bodies([agency, other]) == [agency, other]  # another state's body


def test_a_body_after_a_possessive_country_is_its(nlp: Language) -> None:
    doc = nlp("Ghana's army chief spoke.")
    ghana = mention(0, 1, "country", "GHA", name="Ghana")
    army = mention(2, 3, "agent", None, "MIL", name="army")
    assert scope_to_owner(doc, [army, ghana]) == [Mention(0, 3, "army", "agent", "GHA", "MIL")]
    un = mention(2, 3, "org", "IGOUNO", name="United Nations")
    assert scope_to_owner(doc, [ghana, un]) == [ghana, un]  # an IGO is no country's


def test_a_group_after_a_possessive_country_keeps_its_name(nlp: Language) -> None:
    doc = nlp("Spain's Socialist Party won.")
    spain = mention(0, 1, "country", "ESP", name="Spain")
    socialists = mention(2, 4, "group", None, "PTY", name="Socialists")
    merged = scope_to_owner(doc, [spain, socialists])
    assert [(m.name, m.code, m.start) for m in merged] == [("Socialists", "ESP", 0)]
    other = mention(2, 4, "org", "KEN", "PTY", name="Jubilee Party")
    assert scope_to_owner(doc, [spain, other])[0].name == "Socialist Party"  # the text's words


def test_a_state_before_a_placed_group_places_it() -> None:
    kurds = Entry("Kurds", "group", (Term("IRQ", "CVL", None, None),))
    iraqi = mention(0, 1, "country", "IRQ", name="Iraq")
    group = Mention(1, 2, "Kurds", "group", "TUR", "CVL", kurds)
    placed = national_groups([iraqi, group], {"Kurds": ("IRQ", "TUR")})
    assert placed == [Mention(0, 2, "Kurds", "group", "IRQ", "CVL")]
    assert national_groups([iraqi, group], {}) == [iraqi, group]  # not a placed group


def test_a_state_named_after_a_body_is_its_section(code: ActorCoder) -> None:
    actors = code("Amnesty International Kenya said two protesters were killed.")
    section = find(actors, "Amnesty International Kenya")
    assert section.code == "NGOHRIAMN"
    assert all(a.text != "Kenya" for a in actors)
    # Named apart, the state is a party of its own.
    actors = code("Amnesty International said Kenya must act.")
    assert find(actors, "Kenya").code == "KEN"


def test_a_state_named_after_a_company_names_its_subsidiary(nlp: Language) -> None:
    doc = nlp("Vodafone Egypt raised its prices.")
    company = mention(0, 1, "org", "GBR", "BUS", name="Vodafone")
    egypt = mention(1, 2, "country", "EGY", name="Egypt")
    merged = national_subsidiaries(doc, [egypt, company])
    assert [(m.start, m.end, m.code, m.sector) for m in merged] == [(0, 2, "EGY", "BUS")]


def test_a_state_after_of_names_a_subsidiary_but_not_before_a_possessive(nlp: Language) -> None:
    doc = nlp("Ford Motor of Canada hired staff.")
    company = mention(0, 2, "org", "USA", "BUS", name="Ford Motor")
    canada = mention(3, 4, "country", "CAN", name="Canada")
    assert [m.code for m in national_subsidiaries(doc, [company, canada])] == ["CAN"]
    doc = nlp("Tata of Britain's steelmaker spoke.")
    tata = mention(0, 1, "org", "IND", "BUS", name="Tata")
    britain = mention(2, 3, "country", "GBR", name="Britain")
    assert national_subsidiaries(doc, [tata, britain]) == [tata, britain]


def test_only_a_company_has_subsidiaries(nlp: Language) -> None:
    doc = nlp("NATO Poland exercises began.")
    nato = mention(0, 1, "org", "IGOWSTNAT", None, name="NATO")
    poland = mention(1, 2, "country", "POL", name="Poland")
    assert national_subsidiaries(doc, [nato, poland]) == [nato, poland]


def test_a_subsidiary_named_for_its_state_is_coded_in_the_text(code: ActorCoder) -> None:
    actor = find(code("Shell Nigeria blamed the leak on thieves."), "Shell Nigeria")
    assert coded(actor) == ("NGA", "BUS")
    actor = find(code("Shell blamed the leak in Nigeria on thieves."), "Shell")
    assert coded(actor) == ("GBR", "BUS")
