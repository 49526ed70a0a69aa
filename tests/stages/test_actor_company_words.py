"""Tests for companies named by a word that is also a common word or a place
(``actor_company_words``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .actor_helpers import ActorCoder, shared_recognizer


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def codes(code: ActorCoder, text: str, word: str) -> list[tuple[str | None, str | None]]:
    return [(a.code, a.sector) for a in code(text) if word in a.text]


def test_every_listed_word_names_a_company() -> None:
    words = shared_recognizer().dictionary.company_words
    assert {"Amazon", "Meta"} <= set(words)
    assert all(e.code_on(None)[1] == "BUS" for e in words.values())


@pytest.mark.parametrize(
    ("text", "word", "state"),
    [
        ("Amazon opened a warehouse near Leeds.", "Amazon", "USA"),
        ("Amazon's drivers in Madrid went on strike.", "Amazon", "USA"),
        ("Meta said it would appeal the ruling in Dublin.", "Meta", "USA"),
        ("Santander agreed to buy a Polish lender.", "Santander", "ESP"),
    ],
)
def test_a_company_word_that_acts_is_the_company(
    code: ActorCoder, text: str, word: str, state: str
) -> None:
    assert codes(code, text, word)[:1] == [(state, "BUS")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Fires spread across the Amazon as loggers moved in.", "Amazon"),
        ("Brazil's Amazon lost forest the size of Wales.", "Amazon"),
        ("The Peruvian Amazon is home to dozens of tribes.", "Amazon"),
        ("Rebels attacked a village in Meta department.", "Meta"),
        ("Fighting in Meta displaced 2,000 people.", "Meta"),
        ("Santander was hit by floods.", "Santander"),
    ],
)
def test_a_company_word_that_names_a_place_is_no_company(
    code: ActorCoder, text: str, word: str
) -> None:
    assert all(sector != "BUS" for _, sector in codes(code, text, word))
