"""Tests for reported violations, which a speaker's statement makes accusations."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.eval.plover import top_prediction
from dyads.pipeline import Pipeline
from dyads.records import Article
from dyads.stages.reported_wrongs import violation_clause


@pytest.mark.parametrize(
    ("text", "word", "clause"),
    [
        ("Chile said Peru had violated the treaty.", "violated", "violated"),
        ("Chile said the Peruvian quotas were a violation of the treaty.", "violation", "were"),
        ("Chile said Peru had flouted the rules of the bloc.", "flouted", "flouted"),
        ("Chile said the quotas did not violate the treaty.", "violate", None),
        ("The report counted every violation of the truce.", "violation", None),
        ("Chile said Peru had signed the treaty.", "signed", None),
        ("Chile said the closure constituted a breach of the treaty.", "breach", "constituted"),
        ("Chile said the delay amounted to disobedience of it.", "disobedience", "amounted"),
        ("Chile said the quotas amounted to nothing.", "nothing", None),
        # Other wrongs charge only after a verb of judging, and an act of one is one.
        ("Chile said the decree amounted to a coup.", "coup", "amounted"),
        ("Chile said the seizure constituted an act of piracy.", "piracy", "constituted"),
        ("Chile said the film was about a coup.", "coup", None),
        ("Chile said it was a coup.", "coup", None),
    ],
)
def test_violation_clause(nlp: Language, text: str, word: str, clause: str | None) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    found = violation_clause(token)
    assert (found.text if found is not None else None) == clause


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # The wrong's own "by" phrase names the doer.
        ("Ecuador said the raid amounted to an act of aggression by Colombia.", "COL"),
        # A party named only in the subject's own clause.
        ("Bolivia said the tolls imposed by Chile amounted to a breach of the treaty.", "CHL"),
    ],
)
def test_the_party_a_judged_wrong_is_laid_on(pipeline: Pipeline, text: str, accused: str) -> None:
    coded = pipeline.code(Article(id="w", text=text, date="2000-01-01", date_source="metadata"))
    top = top_prediction(coded.events)
    assert top.event == "ACCUSE"
    assert top.recipients == frozenset({accused})
