"""Tests for the state a whole article gives bodies and people named without one
(``actor_article_states``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.actor_article_states import ArticleStates

from .actor_helpers import OLD_WIRE, ActorCoder, coded, find, mention


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_the_same_body_named_earlier_gives_its_state(nlp: Language) -> None:
    doc = nlp("The Chilean army moved north. Peru protested. The army said so.")
    army = mention(1, 3, "agent", "CHL", "MIL")
    peru = mention(6, 7, "country", "PER")
    states = ArticleStates(doc, [army, peru], frozenset())
    assert states.same_body(10, 11, "MIL") == "CHL"
    assert states.same_body(10, 11, "COP") is None  # no earlier police


def test_bodies_of_one_sector_in_two_states_leave_the_kind_open(nlp: Language) -> None:
    doc = nlp("Chilean troops and Peruvian soldiers met. The forces withdrew.")
    chile = mention(0, 2, "agent", "CHL", "MIL")
    peru = mention(3, 5, "agent", "PER", "MIL")
    assert ArticleStates(doc, [chile, peru], frozenset()).same_body(8, 9, "MIL") is None


def test_the_dateline_place_is_the_articles_state(nlp: Language) -> None:
    doc = nlp("LIMA (Reuters) - Storms hit the coast. Chile sent aid.")
    lima = mention(0, 1, "capital", "PER", "GOV")
    agency = mention(2, 3, "media", "GBR", "MED")
    chile = mention(11, 12, "country", "CHL")
    states = ArticleStates(doc, [lima, agency, chile], frozenset(range(5)))
    assert states.article_state(13) == "PER"


def test_a_dominant_state_is_named_twice_as_often_as_any_other(nlp: Language) -> None:
    doc = nlp("Peru voted. Peru counted. Chile watched. The army said so.")
    peru = [mention(0, 1, "country", "PER"), mention(3, 4, "country", "PER")]
    chile = mention(6, 7, "country", "CHL")
    assert ArticleStates(doc, [*peru, chile], frozenset()).article_state(10) == "PER"
    tie = [peru[0], chile]
    assert ArticleStates(doc, tie, frozenset()).article_state(10) is None


def test_a_state_named_after_a_body_in_its_sentence_is_not_its_owner(nlp: Language) -> None:
    doc = nlp("The ministry said the Canadian tariffs were unfair.")
    canadian = mention(4, 5, "country", "CAN")
    assert ArticleStates(doc, [canadian], frozenset()).article_state(1) is None


def test_a_body_takes_the_same_body_named_sentences_before(code: ActorCoder) -> None:
    text = (
        "The Sudanese army shelled positions near Omdurman on Sunday. Egypt called for "
        "restraint and offered to host talks. The army said its troops had repelled an attack."
    )
    army = [a for a in code(text, OLD_WIRE) if a.text == "army"]
    assert [coded(a) for a in army] == [("SDN", "MIL")]


def test_a_body_far_from_any_state_takes_the_dateline(code: ActorCoder) -> None:
    text = (
        "ABUJA (Reuters) - Gunmen abducted dozens of pupils overnight, a teacher said. "
        "Parents gathered at the gates. Some heard shooting for hours. "
        "The army said it had sent troops to search the forests."
    )
    assert coded(find(code(text, OLD_WIRE), "army")) == ("NGA", "MIL")


def test_officers_counted_or_named_as_agents_are_doers(code: ActorCoder) -> None:
    text = (
        "A teenager was shot by officers answering a burglary call in Phoenix, the "
        "city's police chief said."
    )
    assert coded(find(code(text, OLD_WIRE), "officers")) == ("USA", "COP")
    text = "Police in Denver were called. Talks failed. Hours passed. Four of the officers fired."
    assert coded(find(code(text, OLD_WIRE), "officers")) == ("USA", "COP")
