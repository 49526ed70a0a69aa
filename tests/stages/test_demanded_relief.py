"""Tests for demands to lift, ease or end a restraint (``demanded_relief``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.pipeline import Pipeline
from dyads.records import Article
from dyads.stages.demanded_relief import demanded_relief, demanding_verb

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "verb", "cameo"),
    [
        ("Peru called for the lifting of the trade embargo.", "called", "1054"),
        ("Laos called for the tariffs to be lifted.", "called", "1054"),
        ("Bolivia demanded that the sanctions be eased.", "demanded", "1054"),
        ("Nepal urged the easing of the curfew.", "urged", "1051"),
        ("Chad pressed for an end to the state of emergency.", "pressed", "1051"),
        ("Togo sought the release of the detained sailors.", "sought", "1053"),
        ("Benin called for the kidnapped engineers to be freed.", "called", "1053"),
        ("Gabon appealed for an end to the shelling.", "appealed", "1056"),
        ("The opposition called for the budget law to be scrapped.", "called", "1042"),
        ("The governor called for the looters to be punished.", "called", "100"),
    ],
)
def test_demanded_relief_codes_by_what_is_ended(
    nlp: Language, text: str, verb: str, cameo: str
) -> None:
    found = demanded_relief(token(nlp(text), verb))
    assert found is not None
    assert found.cameo == cameo


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # A call to impose sanctions is no call to lift them.
        ("Estonia called for new sanctions on the regime.", "called"),
        # "call" demands only with "for": naming something is no demand.
        ("Ghana called the vote a fraud.", "called"),
        # An easing that is no restraint is left to the lexicon.
        ("Fiji demanded the removal of the statue.", "demanded"),
        ("Malta lifted the ban on hunting.", "lifted"),
    ],
)
def test_no_demanded_relief(nlp: Language, text: str, verb: str) -> None:
    assert demanded_relief(token(nlp(text), verb)) is None


def test_the_demanded_words_are_the_relief_and_the_restraint(nlp: Language) -> None:
    doc = nlp("Peru called for the lifting of the trade embargo.")
    found = demanded_relief(token(doc, "called"))
    assert found is not None
    assert {doc[i].text for i in found.words} == {"lifting", "embargo"}


@pytest.mark.parametrize(
    ("text", "clause", "demanding"),
    [
        ("Bolivia demanded that the sanctions be eased.", "eased", "demanded"),
        ("Laos called for the tariffs to be lifted.", "lifted", "called"),
        ("Bolivia said that the sanctions were eased.", "eased", None),
        ("Bolivia asked whether the sanctions were eased.", "eased", None),
        ("The EU urged Serbia to resume talks.", "resume", "urged"),
        ("Biden called Netanyahu to discuss the war.", "discuss", None),
        ("The opposition pushed to win the vote.", "win", None),
    ],
)
def test_demanding_verb(nlp: Language, text: str, clause: str, demanding: str | None) -> None:
    found = demanding_verb(token(nlp(text), clause))
    assert (found.text if found is not None else None) == demanding


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, str, str]]:
    article = Article(id="t", text=text, date="2025-08-12", date_source="metadata")
    return [
        (
            e.event,
            e.actor.code or "?" if e.actor else "-",
            e.recipient.code or "?" if e.recipient else "-",
            e.status,
        )
        for e in pipeline.code(article).events
    ]


def test_a_call_for_sanctions_to_be_lifted_is_the_demand_alone(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Peru called for the sanctions to be lifted.") == [
        ("REQUEST", "PER", "-", "asserted")
    ]


def test_a_demand_to_ease_sanctions_names_no_own_country_recipient(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Bolivia demanded that the sanctions be eased.")
    assert events[0] == ("REQUEST", "BOL", "-", "asserted")
    assert all(status != "asserted" for event, *_, status in events if event != "REQUEST")


def test_a_demand_names_whoever_must_act(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Cuba demanded that the United States end its embargo.")
    assert ("REQUEST", "CUB", "USA", "asserted") in events
