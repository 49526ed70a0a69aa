"""Tests for decisions placed in a chamber ("was rejected in the Philippine Senate")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.role_chambers import deciding_chambers
from dyads.stages.roles import verb_roles

from .event_helpers import PartySpec, codes, token
from .role_helpers import index_of

_OFFER = ("Peruvian", "PER", None)
_SENATE = ("Chilean Senate", "CHL", "LEG")


@pytest.mark.parametrize(
    ("text", "verb", "specs", "chamber"),
    [
        pytest.param(
            "The Peruvian offer was rejected in the Chilean Senate.",
            "rejected",
            [_OFFER, _SENATE],
            ["CHL"],
            id="rejected",
        ),
        pytest.param(
            "A loan for Peru was voted down in the Chilean Senate.",
            "voted",
            [("Peru", "PER", None), _SENATE],
            ["CHL"],
            id="voted down",
        ),
        pytest.param(
            "The Peruvian offer was discussed in the Chilean Senate.",
            "discussed",
            [_OFFER, _SENATE],
            [],
            id="no verb of deciding",
        ),
        pytest.param(
            "The Peruvian offer was rejected in the Chilean capital.",
            "rejected",
            [_OFFER, ("Chilean capital", "CHL", None)],
            [],
            id="no chamber",
        ),
    ],
)
def test_deciding_chambers(
    nlp: Language, text: str, verb: str, specs: list[PartySpec], chamber: list[str]
) -> None:
    doc = nlp(text)
    assert codes(deciding_chambers(token(doc, verb), index_of(doc, specs))) == chamber


def test_the_chamber_decides_on_the_passive_subject(nlp: Language) -> None:
    doc = nlp("The Peruvian offer was rejected in the Chilean Senate on Monday.")
    index = index_of(doc, [("Peruvian", "PER", None), ("Chilean Senate", "CHL", "LEG")])
    roles = verb_roles(token(doc, "rejected"), index)
    assert codes(roles.actors) == ["CHL"] and codes(roles.recipients) == ["PER"]


def test_an_agent_comes_before_the_chamber(nlp: Language) -> None:
    doc = nlp("The Peruvian offer was rejected by Bolivia in the Chilean Senate.")
    index = index_of(
        doc,
        [("Peruvian", "PER", None), ("Bolivia", "BOL", None), ("Chilean Senate", "CHL", "LEG")],
    )
    assert codes(verb_roles(token(doc, "rejected"), index).actors) == ["BOL"]
