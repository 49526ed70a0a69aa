"""Tests for acts ruled out: refused (REJECT, the act negated), or left open when "not ruled
out" (``ruled_out``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.eval.event_probes import party_code
from dyads.pipeline import Pipeline
from dyads.records import Article
from dyads.stages.ruled_out import rules_out, ruling_out

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "act", "ruler"),
    [
        ("Chile ruled out holding a new referendum.", "holding", "ruled"),
        ("The Bolivian president ruled out sending troops to the border.", "sending", "ruled"),
        ("Chile ruled in favour of holding a new referendum.", "holding", None),
    ],
)
def test_the_rule_out_that_governs_an_act(
    nlp: Language, text: str, act: str, ruler: str | None
) -> None:
    found = ruling_out(token(nlp(text), act))
    assert (found.text if found is not None else None) == ruler


def test_not_ruling_out_refuses_nothing(nlp: Language) -> None:
    doc = nlp("Chile has not ruled out holding a new referendum.")
    assert not rules_out(token(doc, "ruled"))
    assert rules_out(token(doc, "ruled"), negated=True)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _records(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    article = Article(id="ruled", text=text, date="2025-08-12", date_source="metadata")
    events = pipeline.code(article).events
    return {(e.event, party_code(e, "actor"), e.status) for e in events}


def test_an_act_ruled_out_is_refused_and_negated(pipeline: Pipeline) -> None:
    found = _records(pipeline, "The Bolivian president ruled out sending troops to the border.")
    assert ("REJECT", "BOL", "asserted") in found
    assert ("MOBILIZE", "BOL", "negated") in found


def test_an_act_not_ruled_out_is_left_open(pipeline: Pipeline) -> None:
    found = _records(pipeline, "Bolivia did not rule out sending troops to the border.")
    assert ("MOBILIZE", "BOL", "hypothetical") in found
    assert not any(event == "REJECT" for event, _, _ in found)
