"""Tests for recipients named by prepositional phrases beyond a verb's own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.role_phrases import (
    conversation_partners,
    follows_reaction,
    grievance_targets,
    letter_addressees,
    missions_gathered_at,
    nested_partners,
    reaction_object_parties,
    reaction_targets,
)

from .event_helpers import PartySpec, codes, token
from .role_helpers import index_of


def test_a_letter_names_whom_a_written_act_is_addressed_to(nlp: Language) -> None:
    doc = nlp("Kenya complained in a letter to Uganda about the fishing ban.")
    index = index_of(doc, [("Kenya", "KEN"), ("Uganda", "UGA")])
    assert codes(letter_addressees(token(doc, "complained"), index)) == ["UGA"]


def test_only_a_letter_names_an_addressee(nlp: Language) -> None:
    doc = nlp("Kenya complained in a speech to Ugandan students about the fishing ban.")
    index = index_of(doc, [("Kenya", "KEN"), ("Ugandan students", "UGA", "EDU")])
    assert letter_addressees(token(doc, "complained"), index) == []


def test_an_act_stated_in_a_letter_is_addressed_when_framed(nlp: Language) -> None:
    text = "Chile said in a message to Bolivia that it was willing to discuss access to the sea."
    doc = nlp(text)
    index = index_of(doc, [("Chile", "CHL"), ("Bolivia", "BOL")])
    discuss = token(doc, "discuss")
    assert letter_addressees(discuss, index) == []
    assert codes(letter_addressees(discuss, index, framed=True)) == ["BOL"]


def test_the_writers_own_act_stated_in_a_letter_is_addressed(nlp: Language) -> None:
    doc = nlp("Iran warned in a letter to the IAEA that it would expel the inspectors.")
    iran = index_of(doc, [("Iran", "IRN"), ("IAEA", "IGOUNOIAE")])
    expel = token(doc, "expel")
    own = iran.actors_in(token(doc, "Iran"))
    assert codes(letter_addressees(expel, iran, tuple(own))) == ["IGOUNOIAE"]


def test_what_a_letter_reports_of_others_is_not_addressed(nlp: Language) -> None:
    text = "Syria said in a letter to the United Nations that Israeli jets had bombed a village."
    doc = nlp(text)
    specs: list[PartySpec] = [
        ("Syria", "SYR"),
        ("United Nations", "IGOUNO"),
        ("Israeli jets", "ISR", "MIL"),
    ]
    index = index_of(doc, specs)
    bombed = token(doc, "bombed")
    jets = index.actors_in(token(doc, "jets"))
    assert letter_addressees(bombed, index, tuple(jets)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Students rallied in front of the French embassy on Friday.",
        "Students rallied outside the French embassy on Friday.",
    ],
)
def test_a_crowd_at_a_foreign_mission_protests_against_its_state(nlp: Language, text: str) -> None:
    doc = nlp(text)
    index = index_of(doc, [("French", "FRA")])
    assert codes(missions_gathered_at(token(doc, "rallied"), index)) == ["FRA"]


def test_a_crowd_at_a_square_names_no_mission(nlp: Language) -> None:
    doc = nlp("Students rallied outside the French parliament.")
    index = index_of(doc, [("French parliament", "FRA", "LEG")])
    assert missions_gathered_at(token(doc, "rallied"), index) == []


def test_a_protest_over_an_act_is_aimed_at_its_doer(nlp: Language) -> None:
    doc = nlp("South Korea protested on Tuesday over a Japanese minister's remarks.")
    index = index_of(doc, [("South Korea", "KOR"), ("Japanese minister", "JPN", "GOV")])
    assert codes(grievance_targets(token(doc, "protested"), index)) == ["JPN"]


def test_only_a_protest_or_complaint_is_aimed_by_over(nlp: Language) -> None:
    doc = nlp("Russian jets flew over Georgia's villages on Friday.")
    index = index_of(doc, [("Russian jets", "RUS", "MIL"), ("Georgia", "GEO")])
    assert grievance_targets(token(doc, "flew"), index) == []


def test_parties_deeper_in_the_act_are_not_its_doer(nlp: Language) -> None:
    doc = nlp("China complained over the sale of fighter jets to Taiwan.")
    index = index_of(doc, [("China", "CHN"), ("Taiwan", "TWN")])
    assert grievance_targets(token(doc, "complained"), index) == []


def test_a_call_with_a_party_hung_on_the_subject_names_the_partner(nlp: Language) -> None:
    doc = nlp("Mubarak, in a telephone call with Barak, urged a return to negotiations.")
    index = index_of(doc, [("Mubarak", "EGY"), ("Barak", "ISR")])
    assert codes(conversation_partners(token(doc, "urged"), index)) == ["ISR"]


def test_a_call_about_a_party_names_no_partner(nlp: Language) -> None:
    doc = nlp("Mubarak, in a telephone call about Barak, urged a return to negotiations.")
    index = index_of(doc, [("Mubarak", "EGY"), ("Barak", "ISR")])
    assert conversation_partners(token(doc, "urged"), index) == []


def test_of_two_with_phrases_on_the_object_the_last_is_the_verbs(nlp: Language) -> None:
    # A noun takes one "with" phrase: "talks with Syria"; the second is the discussion's partner.
    doc = nlp("Peres discussed the stalled talks with Syria with Egyptian President Hosni Mubarak.")
    partners = nested_partners(token(doc, "discussed"))
    assert [t.text for t in partners] == ["Mubarak", "Syria"]
    one = nlp("The minister discussed North Korea's missile launches with her counterpart.")
    assert [t.text for t in nested_partners(token(one, "discussed"))] == ["counterpart"]


def test_the_victims_of_an_act_a_reaction_answers_are_not_its_target(nlp: Language) -> None:
    doc = nlp("Egypt recalled its envoy in protest at the massacre of Palestinians in Beirut.")
    index = index_of(doc, [("Egypt", "EGY"), ("Palestinians", "PSE"), ("Beirut", "LBN")])
    massacre = token(doc, "massacre")
    # The parser hangs "at the massacre" on the verb, right after the reaction phrase.
    assert follows_reaction(massacre)
    assert reaction_object_parties(massacre, index) == []
    assert reaction_targets(token(doc, "recalled"), index) == []


def test_the_doer_of_an_act_a_reaction_answers_is_its_target(nlp: Language) -> None:
    doc = nlp("Jordan recalled its envoy in protest at Israel's killing of three Jordanians.")
    index = index_of(doc, [("Jordan", "JOR"), ("Israel", "ISR"), ("Jordanians", "JOR", "CVL")])
    killing = token(doc, "killing")
    assert codes(reaction_object_parties(killing, index)) == ["ISR"]


def test_both_sides_of_a_conflict_between_two_parties_are_its_parties(nlp: Language) -> None:
    doc = nlp("Switzerland offered to mediate in the conflict between Eritrea and Ethiopia.")
    index = index_of(doc, [("Switzerland", "CHE"), ("Eritrea", "ERI"), ("Ethiopia", "ETH")])
    assert codes(reaction_targets(token(doc, "mediate"), index))[:1] == ["ERI"]
