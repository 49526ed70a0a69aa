"""Tests for the parties a direct object names."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.role_objects import (
    antecedent_objects,
    misplaced_doers,
    misread_objects,
    object_actors,
    object_doer_noun,
    participle_objects,
    phrase_act_doers,
    shared_objects,
)

from .event_helpers import codes, token
from .role_helpers import index_of


def test_the_doer_a_relative_clause_on_the_object_names(nlp: Language) -> None:
    doc = nlp("Officials in Tokyo condemned the rocket that North Korea launched on Sunday.")
    index = index_of(doc, [("Officials in Tokyo", "JPN"), ("North Korea", "PRK")])
    assert codes(object_actors(token(doc, "rocket"), index)) == ["PRK"]


def test_the_parties_a_described_act_is_done_between_are_its_doers(nlp: Language) -> None:
    doc = nlp("The AU welcomed the peace agreement signed between Congo and Rwanda in Washington.")
    index = index_of(doc, [("AU", "IGOAFRAFU"), ("Congo", "COD"), ("Rwanda", "RWA")])
    assert sorted(str(c) for c in codes(object_actors(token(doc, "agreement"), index))) == [
        "COD",
        "RWA",
    ]


def test_the_border_forces_were_deployed_along_names_a_party(nlp: Language) -> None:
    doc = nlp("Serbia pulled back the troops it deployed along the border with Kosovo.")
    index = index_of(doc, [("Serbia", "SRB"), ("Kosovo", "XKX")])
    assert codes(object_actors(token(doc, "troops"), index)) == ["XKX"]


def test_a_clause_object_comes_before_the_clause_subject(nlp: Language) -> None:
    doc = nlp("Britain lifted the sanctions that the European Union imposed on Burma.")
    index = index_of(doc, [("Britain", "GBR"), ("European Union", "IGOEU"), ("Burma", "MMR")])
    assert codes(object_actors(token(doc, "sanctions"), index)) == ["MMR", "IGOEU"]


def test_a_by_phrase_after_the_object_hung_on_the_verb_names_the_doer(nlp: Language) -> None:
    text = "The Arab League condemned the air strikes on Iraq by the United States and Britain."
    doc = nlp(text)
    specs = [
        ("Arab League", "IGOARL"),
        ("Iraq", "IRQ"),
        ("United States", "USA"),
        ("Britain", "GBR"),
    ]
    index = index_of(doc, specs)
    by = next(t for t in doc if t.text == "by")
    assert by.head.text == "condemned"  # the parse this rule reads
    assert codes(misplaced_doers(token(doc, "condemned"), index)) == ["USA", "GBR"]


def test_a_by_phrase_of_means_names_no_doer(nlp: Language) -> None:
    doc = nlp("Israel answered the attack by shelling Lebanese villages.")
    index = index_of(doc, [("Israel", "ISR"), ("Lebanese villages", "LBN", "CVL")])
    assert misplaced_doers(token(doc, "answered"), index) == []


def test_a_relative_clause_read_as_a_clause_of_the_noun_names_its_doer(nlp: Language) -> None:
    doc = nlp("France praised the plan that Germany presented to its partners.")
    index = index_of(doc, [("France", "FRA"), ("Germany", "DEU")])
    plan = token(doc, "plan")
    assert [c.dep_ for c in plan.children if c.text == "presented"] == ["acl"]  # the parse read
    assert codes(object_actors(plan, index)) == ["DEU"]


def test_a_pronoun_object_of_a_conjoined_verb_is_the_first_verbs_object(nlp: Language) -> None:
    doc = nlp("Jordan arrested two Syrians and charged them with smuggling.")
    index = index_of(doc, [("Jordan", "JOR"), ("Syrians", "SYR", "CVL")])
    assert codes(antecedent_objects(token(doc, "charged"), index)) == ["SYR"]
    assert antecedent_objects(token(doc, "arrested"), index) == []


def test_a_told_pronoun_is_the_party_met_before(nlp: Language) -> None:
    doc = nlp("The Chinese premier met his Indian counterpart and told him about the plan.")
    index = index_of(doc, [("Chinese premier", "CHN"), ("Indian counterpart", "IND")])
    assert codes(antecedent_objects(token(doc, "told"), index)) == ["IND"]


def test_an_object_read_as_a_clause_subject_is_the_object(nlp: Language) -> None:
    doc = nlp("Iran freed a British diplomat's wife arrested in Tehran last month.")
    assert token(doc, "arrested").dep_ == "ccomp"  # the parse the rule is for
    assert [t.text for t in misread_objects(token(doc, "freed"))] == ["wife"]


def test_a_verb_of_saying_keeps_its_clause(nlp: Language) -> None:
    doc = nlp("Iran said a British diplomat's wife arrested in Tehran was a spy.")
    assert misread_objects(token(doc, "said")) == []


def test_a_verb_with_its_own_object_has_no_misread_one(nlp: Language) -> None:
    doc = nlp("Iran freed the sailors on Friday, officials said.")
    assert misread_objects(token(doc, "freed")) == []


def test_people_a_participle_after_the_verb_describes_are_its_object(nlp: Language) -> None:
    doc = nlp("The president urged visiting Chinese leaders on Monday to press North Korea.")
    assert [t.text for t in participle_objects(token(doc, "urged"))] == ["leaders"]


def test_a_verb_with_its_own_object_keeps_it(nlp: Language) -> None:
    doc = nlp("The president urged China to press North Korea.")
    assert participle_objects(token(doc, "urged")) == []


def test_a_verb_joined_straight_to_another_shares_its_object(nlp: Language) -> None:
    doc = nlp("Chile condemned and rejected the Bolivian claim to the coast.")
    assert [t.text for t in shared_objects(token(doc, "condemned"))] == ["claim"]


def test_a_verb_with_its_own_object_shares_none(nlp: Language) -> None:
    doc = nlp("Chile condemned the vote and rejected the Bolivian claim to the coast.")
    assert shared_objects(token(doc, "condemned")) == []


def test_a_party_in_a_list_doing_what_the_object_names_fills_the_object(nlp: Language) -> None:
    doc = nlp("Kenya praised the steps taken by several states, including Uganda and Rwanda.")
    assert object_doer_noun(token(doc, "Rwanda")).text == "steps"
    assert object_doer_noun(token(doc, "Kenya")).text == "Kenya"


def test_the_parties_of_a_denied_charge_s_act_are_not_the_object_s(nlp: Language) -> None:
    doc = nlp("Belarus denied accusations that it supplied weapons to Russia.")
    index = index_of(doc, [("Belarus", "BLR"), ("Russia", "RUS")])
    assert object_actors(token(doc, "accusations"), index) == []


def test_the_accuser_of_a_denied_charge_is_the_object_s(nlp: Language) -> None:
    doc = nlp("Belarus denied accusations by Poland that it supplied weapons to Russia.")
    index = index_of(doc, [("Belarus", "BLR"), ("Poland", "POL"), ("Russia", "RUS")])
    assert codes(object_actors(token(doc, "accusations"), index)) == ["POL"]


def test_the_parties_of_a_confirmed_report_are_the_object_s(nlp: Language) -> None:
    doc = nlp("Belarus welcomed reports that Poland had sent aid to Russia.")
    index = index_of(doc, [("Belarus", "BLR"), ("Poland", "POL"), ("Russia", "RUS")])
    assert codes(object_actors(token(doc, "reports"), index)) == ["RUS", "POL"]


def test_the_name_a_call_is_made_to_is_its_object(nlp: Language) -> None:
    doc = nlp("Macron called Scholz on Monday.")
    assert [t.text for t in misread_objects(doc[1])] == ["Scholz"]
    assert misread_objects(nlp("The virus hid in a program called Backoff.")[6]) == []


def test_the_host_of_talks_the_subject_holds_is_no_party_to_them(nlp: Language) -> None:
    doc = nlp("Serbia and Albania held talks in Vienna hosted by Austria.")
    index = index_of(doc, [("Serbia", "SRB"), ("Albania", "ALB"), ("Austria", "AUT")])
    assert codes(object_actors(token(doc, "talks"), index)) == []


def test_the_agent_of_a_hosting_participle_stays_a_party_of_other_verbs(nlp: Language) -> None:
    doc = nlp("Iran condemned the talks hosted by Bahrain.")
    index = index_of(doc, [("Iran", "IRN"), ("Bahrain", "BHR")])
    assert codes(object_actors(token(doc, "talks"), index)) == ["BHR"]


def test_whom_a_complaint_is_against_comes_before_the_body_it_is_lodged_with(
    nlp: Language,
) -> None:
    doc = nlp("Peru filed a complaint with the World Trade Organization against Chilean duties.")
    index = index_of(
        doc, [("Peru", "PER"), ("World Trade Organization", "IGOWTO"), ("Chilean", "CHL")]
    )
    assert codes(object_actors(token(doc, "complaint"), index))[0] == "CHL"


def test_the_doers_of_an_act_the_objects_phrase_names_come_first(nlp: Language) -> None:
    text = "Japan expressed support for the military strikes launched by the United States."
    doc = nlp(text)
    index = index_of(doc, [("military", "JPN", "MIL"), ("United States", "USA")])
    assert codes(object_actors(token(doc, "support"), index))[0] == "USA"


def test_the_authors_of_a_plan_come_first_when_the_parser_hangs_them_on_its_phrase(
    nlp: Language,
) -> None:
    text = "Baku rejected a peace plan for Nagorno-Karabakh drafted by the OSCE's Minsk Group."
    doc = nlp(text)
    index = index_of(
        doc, [("Baku", "AZE"), ("OSCE", "IGOEUROSC")], places=[("Nagorno-Karabakh", "AZE")]
    )
    assert codes(object_actors(token(doc, "plan"), index))[0] == "IGOEUROSC"


def test_the_victims_of_an_act_in_the_objects_phrase_are_not_its_doers(nlp: Language) -> None:
    # Only participles of doing name a doer: "wounded by" names who harmed, not whom it is for.
    doc = nlp("Japan sent aid for the villagers wounded by Israeli troops.")
    index = index_of(doc, [("Israeli troops", "ISR", "MIL")])
    assert phrase_act_doers(token(doc, "villagers"), index) == []


def test_who_says_what_the_object_does_only_reports_on_it(nlp: Language) -> None:
    doc = nlp("Missiles destroyed a factory in Khartoum that Washington said was making arms.")
    index = index_of(doc, [("Washington", "USA", "GOV")], places=[("Khartoum", "SDN")])
    assert "USA" not in codes(object_actors(token(doc, "factory"), index))
    # The reported clause's own subject is still the doer the relative clause names.
    doc = nlp("Japan condemned the test that North Korea said it had carried out.")
    index = index_of(doc, [("Japan", "JPN"), ("North Korea", "PRK"), ("it", "PRK")])
    assert codes(object_actors(token(doc, "test"), index)) == ["PRK"]


def test_what_a_naming_clause_names_is_struck_not_whoever_names_it(nlp: Language) -> None:
    doc = nlp("Indian warplanes struck what New Delhi called a militant camp in Pakistan.")
    found = [t.text for t in misread_objects(token(doc, "struck"))]
    assert "Delhi" not in found
    assert {"camp", "Pakistan"} <= set(found)


def test_the_captors_of_a_release_come_before_the_captives(nlp: Language) -> None:
    doc = nlp("Bonn demanded the release of two German aid workers kidnapped by Chechen gunmen.")
    index = index_of(doc, [("German aid workers", "DEU"), ("Chechen gunmen", "RUS")])
    assert codes(object_actors(token(doc, "release"), index))[0] == "RUS"
    doc = nlp("Bonn demanded the release of two German aid workers.")
    index = index_of(doc, [("German aid workers", "DEU")])
    assert codes(object_actors(token(doc, "release"), index)) == ["DEU"]
