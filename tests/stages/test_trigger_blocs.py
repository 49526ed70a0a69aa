"""Tests for blocs named by their acronym (``trigger_blocs``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.trigger_blocs import BLOC_WORD, bloc_words, mark_international_bodies

from .event_helpers import actor, token


def _bloc_word(nlp: Language, text: str, head: str, body: str, code: str) -> str | None:
    """The word that stands for a bloc among the arguments of `head`, with `body` coded."""
    doc = nlp(text)
    mark_international_bodies(doc, [actor(text, body, code, None)])
    leaving = token(doc, head)
    found = bloc_words(leaving, list(leaving.subtree))
    return doc[found[BLOC_WORD]].text if found else None


@pytest.mark.parametrize(
    ("text", "head", "body"),
    [
        ("Gabon quit CEMAC last year.", "quit", "CEMAC"),
        ("Togo withdrew from ECOWAS in protest.", "withdrew", "ECOWAS"),
        ("Peru was pulling out of the OAS.", "pulling", "OAS"),
        ("Its exit from SADC was approved.", "exit", "SADC"),
    ],
)
def test_a_body_left_counts_as_a_bloc(nlp: Language, text: str, head: str, body: str) -> None:
    assert _bloc_word(nlp, text, head, body, "IGOXXX") == body


@pytest.mark.parametrize(
    ("text", "head", "body", "code"),
    [
        # Troops withdrawn from a place are no bloc left.
        ("Chad withdrew its troops from the OAS base.", "withdrew", "OAS", "IGOXXX"),
        # The bloc whose troops withdraw is not left: "from" names the place.
        ("The withdrawal of ECOWAS troops from Gambia began.", "withdrawal", "ECOWAS", "IGOXXX"),
        # A body of a state is no intergovernmental one.
        ("Gabon quit CEMAC last year.", "quit", "CEMAC", "GAB"),
    ],
)
def test_other_bodies_are_no_bloc_left(
    nlp: Language, text: str, head: str, body: str, code: str
) -> None:
    assert _bloc_word(nlp, text, head, body, code) is None


def test_unmarked_docs_have_no_blocs(nlp: Language) -> None:
    doc = nlp("Gabon quit CEMAC last year.")
    verb = token(doc, "quit")
    assert bloc_words(verb, list(verb.subtree)) == {}


def test_a_person_leaving_a_body_changes_jobs(nlp: Language) -> None:
    assert _bloc_word(nlp, "She said she would leave NATO soon.", "leave", "NATO", "IGOX") is None
