"""Tests for what a criticism calls its object (``charge_predicates``)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dyads.stages.charge_predicates import names_a_charge

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "noun", "charge"),
    [
        pytest.param(
            "Havana condemned the new tariffs as an attack on Cuban farmers.",
            "attack",
            True,
            id="as after the object",
        ),
        pytest.param(
            "Caracas denounced the measures as unjust and an attack on its people.",
            "attack",
            True,
            id="listed after an adjective",
        ),
        pytest.param(
            "Tehran denounced the blockade as aggression against the nation.",
            "aggression",
            True,
            id="as after the verb",
        ),
        pytest.param(
            "The union branded the closures an assault on working families.",
            "assault",
            True,
            id="second object",
        ),
        pytest.param(
            "Police condemned the attack on the mosque.", "attack", False, id="the object"
        ),
        pytest.param(
            "Rebels launched an attack on an army base.", "attack", False, id="no judging verb"
        ),
    ],
)
def test_names_a_charge(nlp: Language, text: str, noun: str, charge: bool) -> None:
    assert names_a_charge(token(nlp(text), noun)) is charge


def test_small_clause_predicate_is_a_charge() -> None:
    # "Ministers called [the raid a massacre]": the parser may read the object and its name as a
    # small clause, whose noun hangs on the verb as `ccomp`; built by hand, as the model's
    # reading varies from sentence to sentence.
    rows = [
        ("Ministers", 1, "nsubj", "NOUN", "minister"),
        ("called", 1, "ROOT", "VERB", "call"),
        ("the", 3, "det", "DET", "the"),
        ("raid", 5, "nsubj", "NOUN", "raid"),
        ("a", 5, "det", "DET", "a"),
        ("massacre", 1, "ccomp", "NOUN", "massacre"),
    ]
    doc = Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
    )
    assert names_a_charge(doc[5])
    assert not names_a_charge(doc[3])
