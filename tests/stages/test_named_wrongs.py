"""Tests for acts named only as a rule broken or a crime charged (``named_wrongs``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.pipeline import Pipeline
from dyads.records import Article
from dyads.stages.named_wrongs import is_named_wrong


@pytest.mark.parametrize(
    ("text", "noun", "named"),
    [
        ("Rebels shelled the town in violation of a ceasefire.", "ceasefire", True),
        ("The ship carried oil in breach of European Union sanctions.", "sanctions", True),
        ("Troops crossed the line in defiance of a ban.", "ban", True),
        ("He was extradited to face charges of murder and kidnapping.", "kidnapping", True),
        ("The court convicted him of genocide.", "genocide", True),
        ("The soldiers were found guilty of the killing.", "killing", True),
        # A truce or a ban that is itself the news.
        ("The government declared a ceasefire on Monday.", "ceasefire", False),
        ("The talks ended with a ceasefire.", "ceasefire", False),
        ("The killing of the mayor shocked the town.", "killing", False),
    ],
)
def test_a_rule_broken_or_a_crime_charged_is_named_not_done(
    nlp: Language, text: str, noun: str, named: bool
) -> None:
    doc = nlp(text)
    assert is_named_wrong(next(t for t in doc if t.text == noun)) is named


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Rebels shelled the town on Monday in violation of a ceasefire.", "ceasefire"),
        ("Mexico asked the United States to extradite him to face charges of murder.", "murder"),
    ],
)
def test_the_named_wrong_is_no_event_of_its_own(pipeline: Pipeline, text: str, absent: str) -> None:
    coded = pipeline.code(Article(id="t", text=text, date="2010-06-15"))
    assert coded.events
    assert all(absent not in e.trigger for e in coded.events)
