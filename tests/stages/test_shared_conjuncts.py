"""Tests for verbs that share the auxiliaries and governors of the first verb of their
coordination (``shared_conjuncts``) and the statuses they give."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.shared_conjuncts import leading_conjunct
from dyads.stages.status import event_status

ANCHOR = dt.date(2025, 8, 12)


@pytest.mark.parametrize(
    ("text", "verb", "lead"),
    [
        ("Russia would expel the diplomats and close the consulate.", "close", "expel"),
        ("The rebels may attack the town and kill its mayor.", "kill", "attack"),
        # A subject or auxiliary of its own makes a clause of its own.
        ("Russia will expel them and the US has closed its consulate.", "closed", None),
        ("Russia will expel them and will close the consulate.", "close", None),
        # A past tense after an infinitive is no conjunct of it, however it is parsed.
        ("Iran agreed to hold talks and released two sailors.", "released", None),
        # An active verb with an object joined to a passive is a clause of its own.
        (
            "Hunt warned of consequences if the tanker was not released and summoned the envoy.",
            "summoned",
            None,
        ),
    ],
)
def test_a_later_conjunct_leads_back_to_the_first_only_when_it_shares_its_clause(
    nlp: Language, text: str, verb: str, lead: str | None
) -> None:
    doc = nlp(text)
    found = leading_conjunct(next(t for t in doc if t.text == verb))
    assert (found.text if found is not None else None) == lead


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Russia said it would expel 60 diplomats and close the consulate.",
            "close",
            "future",  # "would" that a past verb of saying reports is "will" told in the past
        ),
        ("The rebels may attack the town and kill its mayor.", "kill", "hypothetical"),
        (
            "The board demanded that Tehran suspend enrichment and allow inspectors in.",
            "allow",
            "hypothetical",
        ),
        (
            "If Israel attacks the reactor and kills scientists, Iran will respond.",
            "kills",
            "hypothetical",
        ),
        ("The two leaders will meet in Geneva and sign the accord.", "sign", "future"),
        # The first conjunct's own verb is no cue of the second.
        ("The army failed to take the town and withdrew on Sunday.", "withdrew", "asserted"),
        ("Iran agreed to hold talks and released two sailors on Monday.", "released", "asserted"),
        ("Police arrested five men on Friday and charged them with murder.", "charged", "asserted"),
    ],
)
def test_a_conjunct_takes_the_status_of_the_verb_it_shares_its_auxiliary_with(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    assert event_status(token, None, ANCHOR) == expected
