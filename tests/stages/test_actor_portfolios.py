"""Tests for titles that name a portfolio after "for" before a name (``actor_portfolios``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.actor_portfolios import holds_portfolio, name_after_portfolio, portfolio_start

from .actor_helpers import ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_the_name_starts_after_the_portfolio(nlp: Language) -> None:
    doc = nlp("Commissioner for Works and Housing Ada Obi spoke.")
    assert name_after_portfolio(doc, 1, set()) == (5, 7)
    assert portfolio_start(doc, 5, {1}) == 1
    assert portfolio_start(doc, 5, set()) is None  # no title before "for"
    assert holds_portfolio(doc, 0, 7)
    assert not holds_portfolio(doc, 0, 6)  # the span must end with the name


def test_a_portfolio_alone_names_nobody(nlp: Language) -> None:
    doc = nlp("Minister for Foreign Affairs said the talks went well.")
    assert name_after_portfolio(doc, 1, set()) is None
    doc = nlp("Commissioner for Lagos Island said the market would reopen.")
    assert name_after_portfolio(doc, 1, set()) is None  # no word that ends a portfolio
    doc = nlp("Minister for Health Ana Ruiz spoke.")
    assert name_after_portfolio(doc, 0, set()) is None  # the title must end at "for"


def test_a_portfolio_holder_serves_the_state_in_focus(code: ActorCoder) -> None:
    text = "Ghana's cabinet met in Accra. Commissioner for Energy Yaw Boateng said power was back."
    person = find(code(text), "Commissioner for Energy Yaw Boateng")
    assert coded(person) == ("GHA", "GOV")
