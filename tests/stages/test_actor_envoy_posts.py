"""Tests for envoys posted to a state (``actor_envoy_posts``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.actor_envoy_posts import envoy_state, host_of, post_of

from .actor_helpers import ActorCoder, coded, find, mention
from .event_helpers import token


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_the_words_after_an_envoy_name_the_post(nlp: Language) -> None:
    doc = nlp("The envoy to the United Nations spoke first.")
    post = post_of(token(doc, "envoy"))
    assert post is not None and doc[post.start : post.stop].text == "the United Nations"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ambassador said the talks went well.", "ambassador"),
        ("The minister to Kenya spoke.", "minister"),
        ("The envoy of Peru arrived.", "envoy"),
    ],
)
def test_other_nouns_and_words_name_no_post(nlp: Language, text: str, word: str) -> None:
    assert post_of(token(nlp(text), word)) is None


def test_the_host_is_the_coded_mention_of_the_post(nlp: Language) -> None:
    doc = nlp("The ambassador to Chile said Peru would pay.")
    chile, peru = mention(3, 4, "country", "CHL"), mention(5, 6, "country", "PER")
    host = host_of(token(doc, "ambassador"), [chile, peru])
    assert host is chile
    assert envoy_state(token(doc, "ambassador"), chile, [chile, peru]) == "PER"


def test_two_other_states_leave_the_envoy_without_one(nlp: Language) -> None:
    doc = nlp("The ambassador to Chile said Peru and Bolivia would pay.")
    chile = mention(3, 4, "country", "CHL")
    others = [mention(5, 6, "country", "PER"), mention(7, 8, "country", "BOL")]
    assert envoy_state(token(doc, "ambassador"), chile, [chile, *others]) is None


def test_a_named_envoy_is_not_of_the_state_of_the_post(code: ActorCoder) -> None:
    actors = code("Kenji Mori, ambassador to Kenya, said Japan would fund the new port.")
    assert coded(find(actors, "Kenji Mori")) == ("JPN", "GOV")
    actors = code("Japan will pay for the road, said Kenji Mori, ambassador to Kenya.")
    assert coded(find(actors, "Kenji Mori")) == ("JPN", "GOV")


def test_a_bare_envoy_is_not_of_the_state_of_the_post(code: ActorCoder) -> None:
    actors = code("The ambassador to Kenya said Japan would fund the new port.")
    assert coded(find(actors, "ambassador")) == ("JPN", "GOV")
    actors = code("Kenya signed the loan on Monday. The ambassador to Kenya said Japan would pay.")
    assert coded(find(actors, "ambassador")) == ("JPN", "GOV")


def test_an_envoy_with_a_state_of_its_own_keeps_it(code: ActorCoder) -> None:
    actors = code("Kenya's ambassador to Japan met Japanese officials.")
    assert coded(find(actors, "Kenya's ambassador")) == ("KEN", "GOV")


def test_officials_serving_at_home_are_of_the_place_they_serve(nlp: Language) -> None:
    # "in" names a diplomat's post abroad, but a commissioner or representative "in" a place
    # serves there.
    doc = nlp("The police commissioner in Lagos said officers had made arrests.")
    assert post_of(token(doc, "commissioner")) is None
    doc = nlp("Kenya's ambassador in Rome met the minister.")
    post = post_of(token(doc, "ambassador"))
    assert post is not None and doc[post.start].text == "Rome"
