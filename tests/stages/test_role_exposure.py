"""Tests for the roles of an act its target comes under ("came under attack from")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.role_exposure import (
    exposure_roles,
    exposure_sources,
    exposure_verb,
    target_frame,
)

from .event_helpers import by_rule, codes, token
from .role_helpers import RolesOf, index_of, role_facts

EXPOSED: dict[str, tuple[str, RolesOf, dict[str, object]]] = {
    "the from phrase names who acts and the subject what is hit": (
        "The convoy came under attack from Somali militiamen.",
        RolesOf(
            "attack",
            [("convoy", "KEN", "MIL"), ("Somali militiamen", "SOM", "UAF")],
            noun=True,
        ),
        {"actors": ["SOM"], "recipient": "KEN"},
    ),
    "the noun's own modifier names who acts when no phrase does": (
        "Georgian villages came under Russian fire overnight.",
        RolesOf("fire", [("Georgian villages", "GEO", "CVL"), ("Russian", "RUS")], noun=True),
        {"actors": ["RUS"], "recipient": "GEO"},
    ),
    "a by phrase names who acts too": (
        "The ministry was under investigation by Kenyan prosecutors.",
        RolesOf(
            "investigation", [("ministry", "KEN"), ("Kenyan prosecutors", "KEN", "JUD")], noun=True
        ),
        {"actors": ["KEN"], "recipient": "KEN"},
    ),
    "who has been the target of an act undergoes it": (
        "The Tunisian premier has been the target of sharp criticism from Algeria.",
        RolesOf("criticism", [("Tunisian premier", "TUN", "GOV"), ("Algeria", "DZA")], noun=True),
        {"actors": ["DZA"], "recipient": "TUN"},
    ),
    "a source hung on the target noun still names who acts": (
        "Libyan oil fields were the target of drone strikes by Egypt.",
        RolesOf("strikes", [("Libyan oil fields", "LBY"), ("Egypt", "EGY")], noun=True),
        {"actors": ["EGY"], "recipient": "LBY"},
    ),
}


@pytest.mark.parametrize(("text", "how", "expected"), by_rule(EXPOSED))
def test_exposure_roles_of_an_event_noun(
    nlp: Language, text: str, how: RolesOf, expected: dict[str, object]
) -> None:
    assert role_facts(how.read(nlp, text), list(expected)) == expected


def test_only_a_noun_under_a_verb_of_coming_or_being_is_exposed(nlp: Language) -> None:
    doc = nlp("The troops withdrew under the agreement with Syria.")
    assert exposure_verb(token(doc, "agreement")) is None
    assert exposure_roles(token(doc, "agreement"), index_of(doc, [("Syria", "SYR")])) is None


def test_no_named_source_gives_no_exposure(nlp: Language) -> None:
    doc = nlp("The town came under heavy fire on Sunday.")
    index = index_of(doc, [("town", "UKR")])
    assert exposure_verb(token(doc, "fire")) is not None
    assert exposure_roles(token(doc, "fire"), index) is None


def test_a_verb_trigger_gets_only_the_source(nlp: Language) -> None:
    doc = nlp("Chad came under pressure from France to hold elections.")
    index = index_of(doc, [("Chad", "TCD"), ("France", "FRA")])
    assert codes(exposure_sources(token(doc, "came"), index)) == ["FRA"]


def test_an_act_drawn_from_a_party_is_that_partys(nlp: Language) -> None:
    doc = nlp("China's decision to sell missiles drew sharp criticism from Washington.")
    index = index_of(doc, [("China", "CHN", None)], places=[("Washington", "USA")])
    roles = exposure_roles(token(doc, "criticism"), index)
    assert roles is not None
    assert codes(roles[0]) == ["USA"] and codes(roles[1]) == ["CHN"]


def test_an_act_drawn_without_a_source_is_no_exposure(nlp: Language) -> None:
    doc = nlp("China's decision drew sharp criticism.")
    assert exposure_verb(token(doc, "criticism")) is None


def test_an_act_received_without_a_source_has_only_a_target(nlp: Language) -> None:
    doc = nlp("Volvo received harsh criticism over its recall last month.")
    roles = exposure_roles(token(doc, "criticism"), index_of(doc, [("Volvo", "SWE", "BUS")]))
    assert roles is not None
    assert codes(roles[0]) == [] and codes(roles[1]) == ["SWE"]


def test_an_act_received_from_a_party_is_that_partys(nlp: Language) -> None:
    doc = nlp("Volvo received harsh criticism from Swedish regulators.")
    index = index_of(doc, [("Volvo", "SWE", "BUS"), ("Swedish regulators", "SWE", "GOV")])
    roles = exposure_roles(token(doc, "criticism"), index)
    assert roles is not None
    assert [a.text for a in roles[0]] == ["Swedish regulators"]
    assert [a.text for a in roles[1]] == ["Volvo"]


def test_the_target_of_an_act_with_no_source_is_its_recipient(nlp: Language) -> None:
    doc = nlp("The Danish embassy became the focus of angry protests.")
    roles = exposure_roles(token(doc, "protests"), index_of(doc, [("Danish embassy", "DNK")]))
    assert roles is not None
    assert codes(roles[0]) == [] and codes(roles[1]) == ["DNK"]


def test_an_act_only_of_a_target_noun_after_another_verb_is_no_frame(nlp: Language) -> None:
    doc = nlp("Oman named the target of the inquiry.")
    assert target_frame(token(doc, "inquiry")) is None


def test_a_target_that_names_no_party_leaves_the_nouns_own_roles(nlp: Language) -> None:
    doc = nlp("Fishing rights were the subject of talks by Norway with Iceland.")
    index = index_of(doc, [("Norway", "NOR"), ("Iceland", "ISL")])
    assert exposure_roles(token(doc, "talks"), index) is None
