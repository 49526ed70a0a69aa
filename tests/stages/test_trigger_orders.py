"""Tests for whose forces an order to leave sends away (``trigger_orders``)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from dyads.stages.trigger_orders import orders_own_forces_out


def ordered(nlp: Language, text: str) -> list[Token]:
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "order")
    return [c for c in verb.children if c.dep_ == "dobj"]


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("The prime minister ordered the army to leave the city.", True),
        ("The general ordered his troops to leave the valley.", True),
        ("The junta ordered the French army to leave the country.", False),
        ("Mali ordered UN peacekeepers to leave.", False),
        ("The government ordered two reporters to leave.", False),
    ],
)
def test_own_forces_are_named_with_an_own_determiner_and_no_name(
    nlp: Language, text: str, own: bool
) -> None:
    assert orders_own_forces_out(ordered(nlp, text)) is own


def test_an_order_to_nobody_sends_no_forces_out() -> None:
    assert not orders_own_forces_out([])
