"""Tests for deadlines given to a party to act (``deadline_demands``): the giving is an
ultimatum, the act demanded is left open and the deadline does not date the giving."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.pipeline import Pipeline
from dyads.records import Article
from dyads.stages.deadline_demands import deadline_demand, deadline_giver


@pytest.mark.parametrize(
    ("text", "verb", "demand"),
    [
        ("The watchdog gave Iran until October 31 to prove its claims.", "gave", "prove"),
        ("The army gave the rebels two weeks to lay down their arms.", "gave", "lay"),
        ("The EU gave Belgrade a deadline of Friday to hand over the suspects.", "gave", "hand"),
        # No act to do in the time given, or no time given for the act.
        ("The coach gave his players a day off.", "gave", None),
        ("The president gave a speech on Monday to mark the anniversary.", "gave", None),
        # A penalty named makes the ultimatum of "or face", read elsewhere.
        ("ECOWAS gave the junta one week to restore the president or face force.", "gave", None),
    ],
)
def test_a_deadline_names_the_act_it_is_given_for(
    nlp: Language, text: str, verb: str, demand: str | None
) -> None:
    doc = nlp(text)
    giver = next(t for t in doc if t.text == verb)
    found = deadline_demand(giver)
    assert (found.text if found is not None else None) == demand
    if found is not None:
        assert deadline_giver(found) == giver


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def test_the_giving_is_an_ultimatum_to_the_party_given_the_time(pipeline: Pipeline) -> None:
    text = "The nuclear watchdog on Friday gave Iran until October 31 to prove its claims."
    coded = pipeline.code(Article(id="t", text=text, date="2003-09-13"))
    threat = next(e for e in coded.events if e.cameo == "139")
    assert threat.recipient is not None and threat.recipient.code == "IRN"
    assert threat.date == "2003-09-12"  # Friday, not the deadline


def test_the_acts_demanded_are_left_open_and_the_deadline_dates_no_giving(
    pipeline: Pipeline,
) -> None:
    text = (
        "The resolution gives the mission until December 31 to withdraw its peacekeepers "
        "and hand over its bases to Malian authorities."
    )
    coded = pipeline.code(Article(id="t", text=text, date="2023-07-01"))
    threat = next(e for e in coded.events if e.cameo == "139")
    assert threat.date == "2023-07-01" and threat.status == "asserted"
    handover = next(e for e in coded.events if "hand" in e.trigger)
    assert handover.status == "hypothetical"
