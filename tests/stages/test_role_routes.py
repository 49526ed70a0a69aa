"""Tests for the ends of a route an act blocks (``role_routes``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.role_routes import route_ends
from dyads.stages.roles import verb_roles

from .event_helpers import codes, token
from .role_helpers import index_of


@pytest.mark.parametrize(
    ("text", "places", "ends"),
    [
        (
            "Dairy farmers blocked the bridge from Austria to Italy on Tuesday.",
            [("Austria", "AUT"), ("Italy", "ITA")],
            ["AUT", "ITA"],
        ),
        (
            "Truckers blocked the border crossing between Romania and Moldova.",
            [("Romania", "ROU"), ("Moldova", "MDA")],
            ["ROU", "MDA"],
        ),
        (
            "Miners blocked the bridge spanning the Danube from Serbia to Croatia.",
            [("Serbia", "SRB"), ("Croatia", "HRV")],
            ["SRB", "HRV"],
        ),
        (
            "Students blocked the main road from Lyon to Grenoble for an hour.",
            [("Lyon", "FRA"), ("Grenoble", "FRA")],
            [],
        ),
        (
            "Dairy farmers blocked the entrance of the ministry in Vienna.",
            [("Vienna", "AUT")],
            [],
        ),
        (
            "Dairy farmers praised the bridge from Austria to Italy on Tuesday.",
            [("Austria", "AUT"), ("Italy", "ITA")],
            [],
        ),
    ],
)
def test_a_route_between_two_states_is_shut_to_both(
    nlp: Language, text: str, places: list[tuple[str, str]], ends: list[str]
) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.pos_ == "VERB" and t.dep_ == "ROOT")
    assert codes(route_ends(verb, index_of(doc, [], places))) == ends


def test_the_route_ends_are_the_recipients_of_the_blockade(nlp: Language) -> None:
    text = "Dairy farmers blocked the bridge from Austria to Italy on Tuesday."
    doc = nlp(text)
    index = index_of(doc, [("Dairy farmers", "AUT", "AGR")], [("Austria", "AUT"), ("Italy", "ITA")])
    roles = verb_roles(token(doc, "blocked"), index)
    assert codes(roles.recipients) == ["AUT", "ITA"]
