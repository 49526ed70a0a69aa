"""Tests for what a verb of naming calls its object (``naming_predicates``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.naming_predicates import as_predicate, small_clause_predicate, trailing_adjective

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "verb", "predicate"),
    [
        ("The court declared the former mayor a fugitive.", "declared", "fugitive"),
        ("The council labelled the rival candidate an enemy of the people.", "labelled", "enemy"),
        # No name: an object described between commas, or no object at all.
        ("Police questioned the driver, a local farmer, on Friday.", "questioned", None),
        ("The king declared a day of mourning.", "declared", None),
    ],
)
def test_small_clause_predicate(nlp: Language, text: str, verb: str, predicate: str | None) -> None:
    found = small_clause_predicate(token(nlp(text), verb))
    assert (found.text if found is not None else None) == predicate


def test_a_name_after_the_object_says_who_it_is(nlp: Language) -> None:
    doc = nlp("The chancellor called her Danish counterpart Mette Frederiksen on Friday.")
    assert small_clause_predicate(token(doc, "called")) is None


@pytest.mark.parametrize(
    ("text", "verb", "predicate"),
    [
        ("Chile described the landing as a breach of its waters.", "described", "breach"),
        (
            "The senator characterised the deal as a victory for farmers.",
            "characterised",
            "victory",
        ),
        # "as" without an object named, or an "as" of another kind, names nothing.
        ("She served as ambassador to Peru.", "served", None),
        ("The envoy spoke as the talks opened.", "spoke", None),
    ],
)
def test_as_predicate(nlp: Language, text: str, verb: str, predicate: str | None) -> None:
    found = as_predicate(token(nlp(text), verb))
    assert (found.text if found is not None else None) == predicate


@pytest.mark.parametrize(
    ("text", "verb", "predicate"),
    [
        (
            "Chile described Peru's building of a dam as a breach of the treaty.",
            "described",
            "breach",
        ),
        (
            "Britain described North Korea's third nuclear test as reckless.",
            "described",
            "reckless",
        ),
    ],
)
def test_an_as_hung_on_the_object_still_names_it(
    nlp: Language, text: str, verb: str, predicate: str
) -> None:
    found = as_predicate(token(nlp(text), verb))
    assert found is not None and found.text == predicate


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        (
            "Austria called Hungary's treatment of refugees at the border unacceptable.",
            "unacceptable",
        ),
        ("Japan called China's test of an anti-satellite weapon dangerous.", "dangerous"),
        ("Chile called the talks with Peru on Monday.", None),
        ("Chile called its ambassador in Peru.", None),
    ],
)
def test_trailing_adjective(nlp: Language, text: str, predicate: str | None) -> None:
    found = trailing_adjective(token(nlp(text), "called"))
    assert (found.text if found is not None else None) == predicate
