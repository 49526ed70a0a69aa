"""Tests for the names of states as news writes them (``state_names``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.actor_dictionary import ActorDictionary
from dyads.stages.state_names import state_name

from .actor_helpers import ActorCoder, find


def test_a_state_known_by_its_code_alone_is_named_as_news_names_it() -> None:
    assert state_name("KEN") == "Kenya"
    assert state_name("RUS") == "Russia"  # not ISO's "Russian Federation"
    assert state_name("COD") == "Democratic Republic of the Congo"
    assert state_name("XKX") == "XKX"  # no ISO entry: the code itself


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("palestinian territories", "Palestine"),
        ("palestinians", "Palestine"),
        ("burma", "Myanmar"),
        ("hong kong", "Hong Kong"),
        ("russia", "Russia"),
    ],
)
def test_the_dictionary_names_a_state_as_news_does(phrase: str, name: str) -> None:
    entry = ActorDictionary().entry(phrase)
    assert entry is not None and entry.name == state_name(entry.terms[0].code or "") == name


def test_a_former_state_keeps_its_own_name() -> None:
    entry = ActorDictionary().entry("soviet union")
    assert entry is not None and entry.name == "Soviet Union"


def test_a_state_is_named_alike_whether_the_text_names_it_or_implies_it(nlp: Language) -> None:
    code = ActorCoder(nlp)
    actors = code(
        "Palestinian negotiators met Egyptian mediators. The Palestinian Territories agreed."
    )
    assert find(actors, "Palestinian Territories").name == "Palestine"
