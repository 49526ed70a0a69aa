"""Tests for a sentence-opening "It" that stands for the body or state before it
(``actor_body_pronouns``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .actor_helpers import OLD_WIRE, ActorCoder, coded


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def _it(code: ActorCoder, text: str) -> list[tuple[str | None, str | None]]:
    return [coded(a) for a in code(text, OLD_WIRE) if a.text == "It"]


def test_it_is_the_body_that_was_the_subject_of_the_sentence_before(code: ActorCoder) -> None:
    text = "The Ghanaian foreign ministry recalled its envoy. It accused Togo of bad faith."
    assert _it(code, text) == [("GHA", "GOV")]


def test_it_is_a_state_that_was_the_subject_before(code: ActorCoder) -> None:
    text = "Uruguay closed its consulate in the city. It said the move was temporary."
    assert _it(code, text) == [("URY", None)]


def test_it_before_a_verb_of_being_or_emerging_stands_for_nothing(code: ActorCoder) -> None:
    text = "The Ghanaian foreign ministry recalled its envoy. It was unclear why."
    assert _it(code, text) == []
    later = "The Ghanaian foreign ministry recalled its envoy. It emerged that talks had failed."
    assert _it(code, later) == []


def test_it_never_stands_for_a_person_or_for_many(code: ActorCoder) -> None:
    person = "President Nana Akufo-Addo met the envoy. It accused Togo of bad faith."
    assert _it(code, person) == []
    many = "Ghanaian officials met the envoy. It accused Togo of bad faith."
    assert _it(code, many) == []


def _inner_it(code: ActorCoder, text: str) -> list[tuple[str | None, str | None]]:
    return [coded(a) for a in code(text, OLD_WIRE) if a.text == "it"]


def test_it_in_a_relative_clause_is_the_subject_of_the_verb_it_hangs_on(code: ActorCoder) -> None:
    text = "The Bolivian navy released a statement in which it blamed Chile for the collision."
    assert _inner_it(code, text) == [("BOL", "MIL")]


def test_it_in_an_adverbial_clause_is_the_subject_before(code: ActorCoder) -> None:
    text = "Egypt's foreign ministry summoned the Danish ambassador after it condemned the raid."
    assert _inner_it(code, text) == [("EGY", "GOV")]


def test_it_after_a_thing_named_as_object_is_left_alone(code: ActorCoder) -> None:
    text = "The Peruvian government sold the mine after it flooded twice."
    assert _inner_it(code, text) == []


def test_it_in_a_clause_never_stands_for_a_person(code: ActorCoder) -> None:
    text = "President Luis Arce gave a speech in which it criticised Chile."
    assert _inner_it(code, text) == []
