"""Tests for appeals carried by nouns of hope, wish, call and demand (``appeal_nouns``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.pipeline import Pipeline
from dyads.records import Article
from dyads.stages.appeal_nouns import appealed_clause, is_appealed_content

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "noun", "clause"),
    [
        ("It is our firm hope that Azerbaijan will release the prisoners.", "hope", "release"),
        ("Our wish is that Colombia hands over the suspects.", "wish", "hands"),
        ("The call by Senegal for Mali to reopen its border went unanswered.", "call", "reopen"),
        ("Jordan repeated its demand that Israel halt the construction.", "demand", "halt"),
        # The parser hangs the "for" infinitive on the verb that voices the demand.
        ("Britain issued a demand on Monday for Argentina to withdraw.", "demand", "withdraw"),
        ("The president voiced hope that China would respect the ruling.", "hope", "respect"),
        ("There was a call for calm in the capital.", "call", None),
        ("Chile made a phone call to Peru on Monday.", "call", None),
        ("The demand that Kyiv made was rejected.", "demand", None),
    ],
)
def test_appealed_clause(nlp: Language, text: str, noun: str, clause: str | None) -> None:
    found = appealed_clause(token(nlp(text), noun))
    assert (found.text if found is not None else None) == clause


def test_what_is_hoped_for_is_only_the_content(nlp: Language) -> None:
    doc = nlp("It is our hope that Iran will allow the inspectors back, the minister said.")
    assert is_appealed_content(token(doc, "allow"))
    assert not is_appealed_content(token(doc, "said"))
    doc = nlp("Britain issued a demand on Monday for Argentina to withdraw its troops.")
    assert is_appealed_content(token(doc, "withdraw"))


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "It is our firm hope that Azerbaijan will release the prisoners of war, Armenia's "
            "prime minister said on Tuesday.",
            "ARM",
            "AZE",
        ),
        (
            "Mexico's demand that the United States return the weapons was raised again.",
            "MEX",
            "USA",
        ),
        ("The Filipino president voiced hope that China would respect the ruling.", "PHL", "CHN"),
        ("The call by Senegal for Mali to reopen its border has gone unanswered.", "SEN", "MLI"),
        (
            "Britain issued a demand on Monday for Argentina to withdraw its troops from the "
            "islands.",
            "GBR",
            "ARG",
        ),
    ],
)
def test_the_appeal_is_the_top_event(
    pipeline: Pipeline, text: str, actor: str, recipient: str
) -> None:
    coded = pipeline.code(Article(id="t", text=text, date="2000-01-01"))
    top = max(coded.events, key=lambda e: e.confidence)
    assert top.event == "REQUEST"
    assert top.actor is not None and top.actor.code == actor
    assert top.recipient is not None and top.recipient.code == recipient


def test_a_hope_without_a_party_asked_is_no_appeal(pipeline: Pipeline) -> None:
    text = "There is hope that the weather will improve before the harvest, the minister said."
    coded = pipeline.code(Article(id="t", text=text, date="2000-01-01"))
    assert not any(e.event == "REQUEST" for e in coded.events)


def test_an_appeal_to_no_one_named_implies_no_recipient(pipeline: Pipeline) -> None:
    text = (
        'The Kenyan archbishop tweeted: "It is my earnest hope that all possible steps will be '
        'taken to free the hostages."'
    )
    coded = pipeline.code(Article(id="t", text=text, date="2000-01-01"))
    appeals = [e for e in coded.events if e.trigger == "hope"]
    assert appeals and appeals[0].event == "REQUEST"
    assert appeals[0].actor is not None and appeals[0].actor.code == "KEN"
    assert appeals[0].recipient is None


@pytest.mark.parametrize(
    "text",
    [
        "The ombudsman made a recommendation that the prison governor be suspended.",
        "The review panel's recommendation that Spain reopen the tender was not binding.",
    ],
)
def test_a_recommendation_by_a_body_of_no_coded_party_still_requests(
    pipeline: Pipeline, text: str
) -> None:
    coded = pipeline.code(Article(id="t", text=text, date="2000-01-01"))
    top = max(coded.events, key=lambda e: e.confidence)
    assert top.event == "REQUEST"


def test_a_hope_of_no_coded_party_is_still_no_appeal(pipeline: Pipeline) -> None:
    text = "The villagers' hope that the rains will come early was dashed."
    coded = pipeline.code(Article(id="t", text=text, date="2000-01-01"))
    assert not any(e.event == "REQUEST" for e in coded.events)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt expressed hope that the peace treaty would be maintained.",
        "The Turkish leader voiced the hope that the water accord would be honoured.",
    ],
)
def test_a_hope_that_a_thing_be_kept_is_no_appeal(pipeline: Pipeline, text: str) -> None:
    coded = pipeline.code(Article(id="t", text=text, date="2000-01-01"))
    assert not any(e.event == "REQUEST" for e in coded.events)


def test_a_verb_of_hope_with_no_other_party_to_act_is_no_appeal(pipeline: Pipeline) -> None:
    coded = pipeline.code(
        Article(id="t", text="Japan said it hoped the ceasefire would hold.", date="2000-01-01")
    )
    assert not any(e.event == "REQUEST" for e in coded.events)
    coded = pipeline.code(
        Article(id="t", text="Chile hopes Peru will sign the accord.", date="2000-01-01")
    )
    assert any(e.event == "REQUEST" and e.recipient is not None for e in coded.events)
