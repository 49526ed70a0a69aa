"""Tests for the party a quote or letter addresses (``actor_vocatives``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.records import Actor

from .actor_helpers import ActorCoder

ON = dt.date(2024, 5, 10)


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def _you(actors: list[Actor]) -> list[str | None]:
    return [a.code for a in actors if a.text.lower() in ("you", "your")]


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ('"President Lukashenko, we demand that you stop," the Polish minister said.', "BLR"),
        ('"Dear Chancellor Scholz, we ask you to send tanks," Ukrainian writers wrote.', "DEU"),
        ('The mayor tweeted: "@NATO, you should close the sky over the city."', "IGOWSTNAT"),
        ('"@WHO, you must publish your report," the British minister wrote.', "IGOUNOHLHWHO"),
    ],
)
def test_you_stands_for_the_vocative(code: ActorCoder, text: str, addressee: str) -> None:
    found = _you(code(text, ON))
    assert found and set(found) == {addressee}


def test_a_handle_the_dictionary_knows_is_an_actor(code: ActorCoder) -> None:
    actors = code('Farmers tweeted: "@NATO, you should act now."', ON)
    assert [a.code for a in actors if a.text == "@NATO"] == ["IGOWSTNAT"]


def test_an_unknown_handle_is_no_actor(code: ActorCoder) -> None:
    actors = code('Farmers tweeted: "@SomeBakery12, you should open earlier."', ON)
    assert not any(a.text.startswith("@") for a in actors)
    assert not _you(actors)


def test_a_name_inside_a_sentence_is_no_vocative(code: ActorCoder) -> None:
    text = "Poland told Belarus on Friday that you cannot push migrants across a border."
    assert not _you(code(text, ON))


def test_you_after_the_quote_ends_is_not_the_addressee(code: ActorCoder) -> None:
    text = '"President Lukashenko, stop this," the minister said. Do you agree with him?'
    assert not _you(code(text, ON))


def test_a_handle_between_commas_inside_a_post_is_addressed(code: ActorCoder) -> None:
    text = 'Farmers tweeted: "If you care about us, @NATO, then you should act now."'
    assert set(_you(code(text, ON))) == {"IGOWSTNAT"}
