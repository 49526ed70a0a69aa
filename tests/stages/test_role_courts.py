"""Tests for judgements placed in a court ("was charged in a Kuala Lumpur court")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.role_courts import trying_courts
from dyads.stages.roles import verb_roles

from .event_helpers import PartySpec, codes, token
from .role_helpers import index_of

_MINISTER = ("Malaysian minister", "MYS", "GOV")
_COURT = ("Kuala Lumpur court", "MYS", "JUD")


@pytest.mark.parametrize(
    ("text", "verb", "specs", "court"),
    [
        pytest.param(
            "The Malaysian minister was charged with corruption in a Kuala Lumpur court.",
            "charged",
            [_MINISTER, _COURT],
            ["MYS"],
            id="charged, the phrase on the charge",
        ),
        pytest.param(
            "The Malaysian minister was sentenced to six years in a Kuala Lumpur court.",
            "sentenced",
            [_MINISTER, _COURT],
            ["MYS"],
            id="sentenced",
        ),
        pytest.param(
            "The Malaysian minister was interviewed in a Kuala Lumpur court.",
            "interviewed",
            [_MINISTER, _COURT],
            [],
            id="no verb of judging",
        ),
        pytest.param(
            "The Malaysian minister was charged with corruption in the Kuala Lumpur suburbs.",
            "charged",
            [_MINISTER, ("Kuala Lumpur suburbs", "MYS", None)],
            [],
            id="no court",
        ),
    ],
)
def test_trying_courts(
    nlp: Language, text: str, verb: str, specs: list[PartySpec], court: list[str]
) -> None:
    doc = nlp(text)
    assert codes(trying_courts(token(doc, verb), index_of(doc, specs))) == court


def test_the_court_acts_on_the_passive_subject(nlp: Language) -> None:
    doc = nlp("The Malaysian minister was charged with corruption in a Kuala Lumpur court.")
    roles = verb_roles(token(doc, "charged"), index_of(doc, [_MINISTER, _COURT]))
    assert codes(roles.actors) == ["MYS"] and [a.sector for a in roles.actors] == ["JUD"]
    assert [a.sector for a in roles.recipients if a is not None] == ["GOV"]


def test_an_agent_comes_before_the_court(nlp: Language) -> None:
    doc = nlp("The Malaysian minister was charged by Singapore in a Kuala Lumpur court.")
    index = index_of(doc, [_MINISTER, ("Singapore", "SGP", None), _COURT])
    assert codes(verb_roles(token(doc, "charged"), index).actors) == ["SGP"]
