"""Tests for the roles of event nouns."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.role_nouns import aimed_parties, charge_makers
from dyads.stages.roles import ActorIndex, noun_roles, verb_roles

from .event_helpers import actor, codes, token
from .role_helpers import index_of


def test_possessive_and_with_on_an_event_noun(nlp: Language) -> None:
    text = "Macron told reporters about his meeting with the German chancellor."
    doc = nlp(text)
    his = actor(text, "his", "FRA")
    index = ActorIndex(
        doc, [actor(text, "Macron", "FRA"), his, actor(text, "German chancellor", "DEU")]
    )
    roles = noun_roles(token(doc, "meeting"), index)
    assert roles.actors == (his,)
    assert roles.recipient is not None and roles.recipient.code == "DEU"


def test_a_withdrawal_is_from_the_party_it_leaves(nlp: Language) -> None:
    doc = nlp("Ethiopia's withdrawal from Somalia began on Monday.")
    index = index_of(doc, [("Ethiopia", "ETH", None), ("Somalia", "SOM", None)])
    roles = noun_roles(token(doc, "withdrawal"), index)
    assert codes(roles.actors) == ["ETH"] and codes(roles.recipients) == ["SOM"]


def test_a_withdrawal_from_a_place_is_from_its_country(nlp: Language) -> None:
    doc = nlp("Ethiopia's withdrawal from Mogadishu began on Monday.")
    index = index_of(doc, [("Ethiopia", "ETH", None)], places=[("Mogadishu", "SOM")])
    assert codes(noun_roles(token(doc, "withdrawal"), index).recipients) == ["SOM"]


def test_the_of_phrase_of_a_withdrawal_names_who_withdraws(nlp: Language) -> None:
    doc = nlp("The pullout of Cuban troops from Angola began on Monday.")
    index = index_of(doc, [("Cuban troops", "CUB", "MIL"), ("Angola", "AGO", None)])
    roles = noun_roles(token(doc, "pullout"), index)
    assert codes(roles.actors) == ["CUB"] and codes(roles.recipients) == ["AGO"]


def test_the_of_phrase_of_an_evacuation_names_who_is_moved(nlp: Language) -> None:
    doc = nlp("The evacuation of Cuban doctors from Angola began on Monday.")
    index = index_of(doc, [("Cuban doctors", "CUB", "CVL"), ("Angola", "AGO", None)])
    assert codes(noun_roles(token(doc, "evacuation"), index).actors) == []


def test_the_agent_of_a_participle_of_giving_gives_what_the_noun_names(nlp: Language) -> None:
    doc = nlp("Food aid donated by Japan was handed out in the camps.")
    index = index_of(doc, [("Japan", "JPN", None)])
    assert codes(noun_roles(token(doc, "aid"), index).actors) == ["JPN"]


def test_the_agent_of_a_participle_of_rejecting_does_not_make_the_offer(nlp: Language) -> None:
    doc = nlp("A peace offer rejected by Iran was discussed in the camps.")
    index = index_of(doc, [("Iran", "IRN", None)])
    assert codes(noun_roles(token(doc, "offer"), index).actors) == []


def test_from_is_no_recipient_of_other_event_nouns(nlp: Language) -> None:
    doc = nlp("Ethiopia's criticism from Addis Ababa was muted.")
    index = index_of(doc, [("Ethiopia", "ETH", None)], places=[("Addis Ababa", "ETH")])
    assert codes(noun_roles(token(doc, "criticism"), index).recipients) == []


def test_the_subject_of_a_verb_that_deepens_an_act_does_it(nlp: Language) -> None:
    doc = nlp("Kenya deepened trade cooperation with Ethiopia.")
    index = index_of(doc, [("Kenya", "KEN", None), ("Ethiopia", "ETH", None)])
    roles = noun_roles(token(doc, "cooperation"), index)
    assert codes(roles.actors) == ["KEN"] and codes(roles.recipients) == ["ETH"]


def test_a_place_an_attack_is_aimed_on_stands_for_its_country(nlp: Language) -> None:
    doc = nlp("Iraq's missile attack on Kuwait City caused no casualties.")
    index = index_of(doc, [("Iraq", "IRQ", None)], places=[("Kuwait City", "KWT")])
    roles = noun_roles(token(doc, "attack"), index)
    assert codes(roles.actors) == ["IRQ"] and codes(roles.recipients) == ["KWT"]


def test_a_place_named_by_another_preposition_is_no_target(nlp: Language) -> None:
    doc = nlp("Iraq's talks with Kuwait City officials resumed.")
    index = index_of(doc, [("Iraq", "IRQ", None)], places=[("Kuwait City", "KWT")])
    assert noun_roles(token(doc, "talks"), index).recipient is None


def test_a_place_a_visit_or_protest_goes_to_stands_for_its_country(nlp: Language) -> None:
    doc = nlp("Modi's visit to Moscow ended with a joint statement.")
    index = index_of(doc, [("Modi", "IND")], places=[("Moscow", "RUS")])
    assert codes(noun_roles(token(doc, "visit"), index).recipients) == ["RUS"]
    doc = nlp("Seoul's protest to Tokyo was delivered on Friday.")
    index = index_of(doc, [("Seoul", "KOR")], places=[("Tokyo", "JPN")])
    assert codes(noun_roles(token(doc, "protest"), index).recipients) == ["JPN"]


def test_where_an_event_noun_comes_from_acts(nlp: Language) -> None:
    doc = nlp("A call from the French president to the Russian leader lasted two hours.")
    index = index_of(doc, [("French president", "FRA"), ("Russian leader", "RUS")])
    roles = noun_roles(token(doc, "call"), index)
    assert codes(roles.actors) == ["FRA"] and codes(roles.recipients) == ["RUS"]


def test_a_meeting_with_a_party_whose_side_is_unnamed_is_the_reporters(nlp: Language) -> None:
    text = "Talks with Russia will start next week, the U.S. secretary of state said."
    doc = nlp(text)
    index = index_of(doc, [("Russia", "RUS", None), ("U.S. secretary of state", "USA")])
    roles = noun_roles(token(doc, "Talks"), index)
    assert codes(roles.actors) == ["USA"] and codes(roles.recipients) == ["RUS"]
    doc = nlp("Talks with Russia will start next week.")
    assert noun_roles(token(doc, "Talks"), index_of(doc, [("Russia", "RUS", None)])).actors == ()


def test_a_passive_verb_of_lodging_takes_its_nouns_roles(nlp: Language) -> None:
    text = "A Philippine complaint to Beijing was lodged on Monday."
    doc = nlp(text)
    index = index_of(doc, [("Philippine", "PHL", None)], places=[("Beijing", "CHN")])
    roles = verb_roles(token(doc, "lodged"), index)
    assert codes(roles.actors) == ["PHL"] and codes(roles.recipients) == ["CHN"]


def test_the_parties_an_act_named_by_a_noun_is_aimed_at(nlp: Language) -> None:
    doc = nlp("Israel's strikes on Gaza killed 40 people.")
    index = index_of(doc, [("Israel", "ISR")], places=[("Gaza", "PSE")])
    assert codes(aimed_parties(token(doc, "strikes"), index)) == ["PSE"]
    doc = nlp("Israel's talks with Egypt ended.")
    index = index_of(doc, [("Israel", "ISR"), ("Egypt", "EGY")])
    assert aimed_parties(token(doc, "talks"), index) == []


def test_a_meeting_in_a_phrase_of_a_verb_is_its_subjects(nlp: Language) -> None:
    text = "Yeltsin, speaking after talks with the German chancellor, said Moscow would wait."
    doc = nlp(text)
    index = index_of(doc, [("Yeltsin", "RUS"), ("German chancellor", "DEU"), ("Moscow", "RUS")])
    roles = noun_roles(token(doc, "talks"), index)
    assert codes(roles.actors) == ["RUS"] and codes(roles.recipients) == ["DEU"]


@pytest.mark.parametrize(
    "text",
    [
        "The Polish president arrived in Kiev for three days of talks with the Ukrainian leader.",
        "The Polish president flew home after two rounds of talks with the Ukrainian leader.",
    ],
)
def test_a_meeting_measured_in_a_phrase_of_a_verb_is_its_subjects(nlp: Language, text: str) -> None:
    doc = nlp(text)
    index = index_of(doc, [("Polish president", "POL"), ("Ukrainian leader", "UKR")])
    roles = noun_roles(token(doc, "talks"), index)
    assert codes(roles.actors) == ["POL"] and codes(roles.recipients) == ["UKR"]


def test_a_denied_charge_is_made_against_the_party_denying_it(nlp: Language) -> None:
    doc = nlp("Iran rejected accusations by the United States that it was arming militias.")
    index = index_of(doc, [("Iran", "IRN", "GOV"), ("United States", "USA", "GOV")])
    roles = noun_roles(token(doc, "accusations"), index)
    assert codes(roles.actors) == ["USA"] and codes(roles.recipients) == ["IRN"]


def test_a_denied_charge_is_made_by_the_party_its_adjective_names(nlp: Language) -> None:
    doc = nlp("Russia dismissed British allegations that it was behind the poisoning.")
    index = index_of(doc, [("Russia", "RUS", "GOV"), ("British", "GBR", None)])
    roles = noun_roles(token(doc, "allegations"), index)
    assert codes(roles.actors) == ["GBR"] and codes(roles.recipients) == ["RUS"]


def test_a_charge_made_is_not_read_as_denied(nlp: Language) -> None:
    doc = nlp("The United States made fresh accusations against Iran on Monday.")
    index = index_of(doc, [("United States", "USA", "GOV"), ("Iran", "IRN", "GOV")])
    roles = noun_roles(token(doc, "accusations"), index)
    assert codes(roles.actors) == ["USA"] and codes(roles.recipients) == ["IRN"]


def test_aid_received_from_a_party_is_given_by_it(nlp: Language) -> None:
    doc = nlp("Kenya has received emergency food aid from the World Food Programme.")
    index = index_of(doc, [("Kenya", "KEN", "GOV"), ("World Food Programme", "IGOUNOWFP", None)])
    roles = noun_roles(token(doc, "aid"), index)
    assert codes(roles.actors) == ["IGOUNOWFP"] and codes(roles.recipients) == ["KEN"]


def test_aid_received_inside_an_amount_is_given_by_the_verbs_from_party(nlp: Language) -> None:
    text = "Egypt will receive $1.3 billion in military assistance from the United States."
    doc = nlp(text)
    index = index_of(doc, [("Egypt", "EGY", "GOV"), ("United States", "USA", "GOV")])
    roles = noun_roles(token(doc, "assistance"), index)
    assert codes(roles.actors) == ["USA"] and codes(roles.recipients) == ["EGY"]


def test_aid_given_keeps_its_giver_as_actor(nlp: Language) -> None:
    doc = nlp("Japan's aid to Bangladesh arrived on Monday.")
    index = index_of(doc, [("Japan", "JPN", None), ("Bangladesh", "BGD", None)])
    roles = noun_roles(token(doc, "aid"), index)
    assert codes(roles.actors) == ["JPN"] and codes(roles.recipients) == ["BGD"]


def test_a_doer_hung_on_the_of_object_acts(nlp: Language) -> None:
    doc = nlp("The expulsion of Iraqi diplomats by Jordan followed the discovery of an arms cache.")
    index = index_of(doc, [("Iraqi diplomats", "IRQ"), ("Jordan", "JOR", None)])
    roles = noun_roles(token(doc, "expulsion"), index)
    assert codes(roles.actors) == ["JOR"] and codes(roles.recipients) == ["IRQ"]


def test_a_to_phrase_taken_for_the_light_verbs_dative_is_the_recipient(nlp: Language) -> None:
    doc = nlp("Israel made an offer to Syria on Monday to resume peace talks.")
    assert token(doc, "to").dep_ == "dative"  # the parse the rule is for
    index = index_of(doc, [("Israel", "ISR", None), ("Syria", "SYR", None)])
    roles = noun_roles(token(doc, "offer"), index)
    assert codes(roles.actors) == ["ISR"] and codes(roles.recipients) == ["SYR"]


def test_a_batch_noun_takes_the_parties_of_what_it_holds(nlp: Language) -> None:
    doc = nlp("The first shipment of French aid to Lebanon arrived at Beirut airport on Thursday.")
    index = index_of(doc, [("French", "FRA", None), ("Lebanon", "LBN", None)])
    roles = noun_roles(token(doc, "shipment"), index)
    assert codes(roles.actors) == ["FRA"] and codes(roles.recipients) == ["LBN"]


def test_a_batch_noun_with_its_own_party_keeps_it(nlp: Language) -> None:
    doc = nlp("Japan's shipment of rice to Bangladesh arrived on Thursday.")
    index = index_of(doc, [("Japan", "JPN", None), ("Bangladesh", "BGD", None)])
    roles = noun_roles(token(doc, "shipment"), index)
    assert codes(roles.actors) == ["JPN"] and codes(roles.recipients) == ["BGD"]


def test_the_object_a_passive_of_giving_keeps_goes_from_its_agent_to_its_subject(
    nlp: Language,
) -> None:
    doc = nlp("Kenya was handed a $1 billion loan by China to complete the railway.")
    index = index_of(doc, [("Kenya", "KEN", None), ("China", "CHN", None)])
    roles = noun_roles(token(doc, "loan"), index)
    assert codes(roles.actors) == ["CHN"] and codes(roles.recipients) == ["KEN"]


def test_an_active_verb_keeps_no_giver_from_its_agent(nlp: Language) -> None:
    doc = nlp("Kenya repaid a $1 billion loan to China on Monday.")
    index = index_of(doc, [("Kenya", "KEN", None), ("China", "CHN", None)])
    assert "CHN" not in codes(noun_roles(token(doc, "loan"), index).actors)


def test_a_place_an_attack_is_of_stands_for_its_country(nlp: Language) -> None:
    doc = nlp("The Russian bombardment of Kharkiv killed seven people on Sunday.")
    index = index_of(doc, [("Russian", "RUS", None)], places=[("Kharkiv", "UKR")])
    assert codes(aimed_parties(token(doc, "bombardment"), index)) == ["UKR"]


def test_aid_arrives_where_its_verb_of_arriving_says(nlp: Language) -> None:
    doc = nlp("Aid from Japan arrived in Jakarta on Sunday, five days after the tsunami.")
    index = index_of(doc, [("Japan", "JPN", None)], places=[("Jakarta", "IDN")])
    roles = noun_roles(token(doc, "Aid"), index)
    assert codes(roles.actors) == ["JPN"] and codes(roles.recipients) == ["IDN"]


def test_a_batch_of_aid_arrives_where_the_batch_reaches(nlp: Language) -> None:
    doc = nlp("A consignment of Indian wheat aid reached Kabul on Tuesday.")
    index = index_of(doc, [("Indian", "IND", None)], places=[("Kabul", "AFG")])
    roles = noun_roles(token(doc, "consignment"), index)
    assert codes(roles.actors) == ["IND"] and codes(roles.recipients) == ["AFG"]


def test_a_place_an_event_only_happens_in_is_no_arrival(nlp: Language) -> None:
    doc = nlp("Japanese aid was discussed in Jakarta on Sunday.")
    index = index_of(doc, [("Japanese", "JPN", None)], places=[("Jakarta", "IDN")])
    assert codes(noun_roles(token(doc, "aid"), index).recipients) == []


def test_the_subject_of_being_on_strike_strikes(nlp: Language) -> None:
    doc = nlp("Kenyan lecturers remained on strike on Tuesday.")
    index = index_of(doc, [("Kenyan lecturers", "KEN", "EDU")])
    assert codes(noun_roles(token(doc, "strike"), index).actors) == ["KEN"]


def test_being_in_a_span_of_time_of_a_strike_strikes(nlp: Language) -> None:
    doc = nlp("Nigerian doctors are in the third week of a strike over unpaid salaries.")
    index = index_of(doc, [("Nigerian doctors", "NGA", "HLH")])
    assert codes(noun_roles(token(doc, "strike"), index).actors) == ["NGA"]


def test_a_strike_only_spoken_of_has_no_such_subject(nlp: Language) -> None:
    doc = nlp("Kenyan lecturers spoke about the strike on Tuesday.")
    index = index_of(doc, [("Kenyan lecturers", "KEN", "EDU")])
    assert codes(noun_roles(token(doc, "strike"), index).actors) == []


def test_the_subject_of_a_cast_veto_acts(nlp: Language) -> None:
    text = "China cast its veto against the resolution."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "China", "CHN")])
    roles = noun_roles(token(doc, "veto"), index)
    assert codes(roles.actors) == ["CHN"]


def test_the_of_phrase_of_a_visit_names_the_visitor(nlp: Language) -> None:
    doc = nlp("The visit of the Chinese premier to Moscow ended with energy deals.")
    index = index_of(doc, [("Chinese premier", "CHN")], places=[("Moscow", "RUS")])
    roles = noun_roles(token(doc, "visit"), index)
    assert codes(roles.actors) == ["CHN"] and codes(roles.recipients) == ["RUS"]


def test_the_of_phrase_of_an_attack_names_its_victim(nlp: Language) -> None:
    doc = nlp("The shelling of Ukrainian positions began at dawn.")
    index = index_of(doc, [("Ukrainian", "UKR", "MIL")])
    roles = noun_roles(token(doc, "shelling"), index)
    assert codes(roles.actors) == [] and codes(roles.recipients) == ["UKR"]


@pytest.mark.parametrize(
    ("text", "makers"),
    [
        ("Kenya rejected Somali claims that it had closed the border.", ["SOM"]),
        ("Kenya rejected claims by Somalia that it had closed the border.", ["SOM"]),
        ("Kenya rejected claims that it had closed the border.", []),
    ],
)
def test_the_makers_of_a_denied_charge(nlp: Language, text: str, makers: list[str]) -> None:
    doc = nlp(text)
    named = [("Kenya", "KEN", "GOV"), ("Somalia", "SOM", "GOV"), ("Somali", "SOM", None)]
    index = index_of(doc, [n for n in named if n[0] in text.replace(".", " ").split()])
    kenya = index.actors_in(token(doc, "Kenya"))[0]
    assert codes(charge_makers(token(doc, "claims"), kenya, index)) == makers


def test_the_doer_of_an_act_a_party_is_placed_behind(nlp: Language) -> None:
    doc = nlp("The ministry said the rebels were behind the bombing in Goma.")
    index = index_of(doc, [("ministry", "COD"), ("rebels", "COD", "REB")])
    assert codes(noun_roles(token(doc, "bombing"), index).actors) == ["COD"]


def test_modifiers_joined_by_and_act_together(nlp: Language) -> None:
    # "Israeli and US strikes": both strike; neither is the other's target.
    text = "The attack came after Israeli and US strikes on Iranian nuclear sites."
    doc = nlp(text)
    index = ActorIndex(
        doc,
        [actor(text, "Israeli", "ISR"), actor(text, "US", "USA"), actor(text, "Iranian", "IRN")],
    )
    roles = noun_roles(token(doc, "strikes"), index)
    assert {a.code for a in roles.actors} == {"ISR", "USA"}
    assert roles.recipient is not None and roles.recipient.code == "IRN"


def test_what_an_act_leaves_in_a_state_is_its_recipient(nlp: Language) -> None:
    doc = nlp("American sanctions have left Venezuela short of refinery parts.")
    index = index_of(doc, [("American", "USA", None), ("Venezuela", "VEN", None)])
    roles = noun_roles(token(doc, "sanctions"), index)
    assert codes(roles.actors) == ["USA"] and codes(roles.recipients) == ["VEN"]
    doc = nlp("A blockade by Serbia left Pristina without fuel for a week.")
    index = index_of(doc, [("Serbia", "SRB", None)], places=[("Pristina", "XKX")])
    assert codes(noun_roles(token(doc, "blockade"), index).recipients) == ["XKX"]


def test_the_source_of_a_passive_order_did_the_act_the_noun_names(nlp: Language) -> None:
    doc = nlp("The missile attack on Erbil was ordered from Damascus, officials said.")
    index = index_of(doc, [("Damascus", "SYR", None), ("Erbil", "IRQ", None)])
    roles = noun_roles(token(doc, "attack"), index)
    assert codes(roles.actors) == ["SYR"]
    assert roles.recipient is not None and roles.recipient.code == "IRQ"


def test_a_condemned_act_keeps_its_own_doer_not_the_condemner(nlp: Language) -> None:
    doc = nlp("The Moroccan closure of the border was condemned by Algeria.")
    index = index_of(doc, [("Moroccan", "MAR"), ("Algeria", "DZA")])
    assert codes(noun_roles(token(doc, "closure"), index).actors) == ["MAR"]
    doc = nlp("The offensive was launched by Algeria on Monday.")
    index = index_of(doc, [("Algeria", "DZA")])
    assert codes(noun_roles(token(doc, "offensive"), index).actors) == ["DZA"]


def test_the_subject_of_inking_or_sealing_a_deal_makes_it(nlp: Language) -> None:
    doc = nlp("Siemens inked a deal with the Egyptian government to build three power plants.")
    index = index_of(doc, [("Siemens", "DEU", "BUS"), ("Egyptian government", "EGY", "GOV")])
    roles = noun_roles(token(doc, "deal"), index)
    assert codes(roles.actors) == ["DEU"] and codes(roles.recipients) == ["EGY"]


def test_a_place_as_the_passive_subject_stands_for_its_country(nlp: Language) -> None:
    doc = nlp("Idlib was besieged by government forces for months.")
    index = index_of(doc, [("government forces", "SYR", "MIL")], places=[("Idlib", "SYR")])
    roles = verb_roles(token(doc, "besieged"), index)
    assert codes(roles.actors) == ["SYR"] and codes(roles.recipients) == ["SYR"]
    assert [r.text for r in roles.recipients if r is not None] == ["Idlib"]


def test_the_adjective_of_the_goods_names_the_giver_of_a_transfer(nlp: Language) -> None:
    doc = nlp("The delivery of Swedish tanks to Poland began on Monday.")
    index = index_of(doc, [("Swedish", "SWE", None), ("Poland", "POL", None)])
    roles = noun_roles(token(doc, "delivery"), index)
    assert codes(roles.actors) == ["SWE"] and codes(roles.recipients) == ["POL"]


def test_a_place_aid_is_for_stands_for_its_country(nlp: Language) -> None:
    doc = nlp("Japan's aid package for Haiti includes tents.")
    index = index_of(doc, [("Japan", "JPN", None)], places=[("Haiti", "HTI")])
    roles = noun_roles(token(doc, "package"), index)
    assert codes(roles.actors) == ["JPN"] and codes(roles.recipients) == ["HTI"]
    # A noun of no aid keeps "for" as no place it goes to.
    talks = nlp("Japan's plan for Haiti includes tents.")
    plan_index = index_of(talks, [("Japan", "JPN", None)], places=[("Haiti", "HTI")])
    assert codes(noun_roles(token(talks, "plan"), plan_index).recipients) == []


def test_a_passive_light_verb_addresses_its_subjects_event(nlp: Language) -> None:
    doc = nlp("Charges of graft were levelled against the Chilean navy by Argentina.")
    index = index_of(doc, [("Chilean navy", "CHL", "MIL"), ("Argentina", "ARG", None)])
    roles = noun_roles(token(doc, "Charges"), index)
    assert codes(roles.actors) == ["ARG"] and codes(roles.recipients) == ["CHL"]


def test_a_passive_light_verb_gives_the_party_a_complaint_is_made_to(nlp: Language) -> None:
    doc = nlp("A complaint was made to the Serbian embassy by the Croatian ministry.")
    index = index_of(doc, [("Serbian embassy", "SRB", "GOV"), ("Croatian ministry", "HRV", "GOV")])
    roles = noun_roles(token(doc, "complaint"), index)
    assert codes(roles.actors) == ["HRV"] and codes(roles.recipients) == ["SRB"]


def test_a_passive_verb_of_no_light_kind_names_no_recipient_of_its_subject(
    nlp: Language,
) -> None:
    # "discussed" only talks about the charges: its "with" phrase is no party they are aimed at.
    doc = nlp("The charges were discussed with Chilean officials on Monday.")
    index = index_of(doc, [("Chilean officials", "CHL", "GOV")])
    assert codes(noun_roles(token(doc, "charges"), index).recipients) == []


def test_the_doer_of_the_act_done_in_protest_protests(nlp: Language) -> None:
    doc = nlp("Dutch farmers sprayed manure on the road near the ministry in protest over quotas.")
    index = index_of(doc, [("Dutch farmers", "NLD", "AGR")])
    assert codes(noun_roles(token(doc, "protest"), index).actors) == ["NLD"]


def test_a_protest_of_its_own_owner_is_not_the_doer_s(nlp: Language) -> None:
    doc = nlp("Dutch farmers drove tractors to the ministry in the students' protest.")
    index = index_of(doc, [("Dutch farmers", "NLD", "AGR")])
    assert noun_roles(token(doc, "protest"), index).actors == ()


def test_a_feeling_at_another_partys_act_is_aimed_at_its_doer(nlp: Language) -> None:
    doc = nlp("Lebanon's exasperation at Syria's border closure grew on Tuesday.")
    index = index_of(doc, [("Lebanon", "LBN", None), ("Syria", "SYR", None)])
    roles = noun_roles(token(doc, "exasperation"), index)
    assert codes(roles.actors) == ["LBN"]
    assert roles.recipient is not None and roles.recipient.code == "SYR"


def test_a_feeling_at_an_act_of_nobody_named_has_no_recipient(nlp: Language) -> None:
    doc = nlp("Lebanon's exasperation at the border closure grew on Tuesday.")
    roles = noun_roles(token(doc, "exasperation"), index_of(doc, [("Lebanon", "LBN", None)]))
    assert roles.recipient is None


def test_sides_between_which_fighting_rages_act_though_one_is_uncoded(nlp: Language) -> None:
    doc = nlp("Fighting between government troops and the rebels raged in the capital.")
    roles = noun_roles(token(doc, "Fighting"), index_of(doc, [("rebels", "RWA", "REB")]))
    assert (codes(roles.actors), roles.recipient) == (["RWA"], None)
    talks = nlp("Norway brokered talks between the rebels and the government.")
    index = index_of(talks, [("Norway", "NOR", None), ("rebels", "LKA", "REB")])
    roles = noun_roles(token(talks, "talks"), index)
    assert codes(roles.actors) == ["NOR"]
    assert roles.recipient is not None and roles.recipient.code == "LKA"


def test_a_reaction_an_act_drew_is_aimed_at_its_doer(nlp: Language) -> None:
    doc = nlp("Pakistan carried out a nuclear test, prompting protests from Japan.")
    index = index_of(doc, [("Pakistan", "PAK", None), ("Japan", "JPN", None)])
    roles = noun_roles(token(doc, "protests"), index)
    assert codes(roles.actors) == ["JPN"]
    assert roles.recipient is not None and roles.recipient.code == "PAK"
    # A reaction no participle of drawing ties to the act keeps no such target.
    doc = nlp("Pakistan carried out a nuclear test. Japan lodged protests on Monday.")
    index = index_of(doc, [("Pakistan", "PAK", None), ("Japan", "JPN", None)])
    assert noun_roles(token(doc, "protests"), index).recipient is None


def test_a_recall_is_from_the_place_its_envoy_leaves(nlp: Language) -> None:
    # The parser hangs "from Khartoum" on the ambassador recalled, not on the recall.
    doc = nlp("Washington announced the recall of its ambassador from Khartoum.")
    index = index_of(doc, [("Washington", "USA")], places=[("Khartoum", "SDN")])
    assert codes(noun_roles(token(doc, "recall"), index).recipients) == ["SDN"]


def test_aid_that_reaches_a_state_is_aid_to_it(nlp: Language) -> None:
    doc = nlp("Emergency food aid from the European Union reached drought-stricken Ethiopia.")
    index = index_of(doc, [("European Union", "IGOEUREEC"), ("Ethiopia", "ETH")])
    assert codes(noun_roles(token(doc, "aid"), index).recipients) == ["ETH"]


def test_work_in_collaboration_with_a_party_is_the_passive_agents(nlp: Language) -> None:
    doc = nlp("The bridge was built by Laotian engineers in collaboration with Thailand.")
    index = index_of(doc, [("Laotian engineers", "LAO", None), ("Thailand", "THA", None)])
    roles = noun_roles(token(doc, "collaboration"), index)
    assert codes(roles.actors) == ["LAO"] and codes(roles.recipients) == ["THA"]


@pytest.mark.parametrize(
    "text",
    [
        "The imposition by Ottawa of tariffs on Chinese steel angered Beijing.",
        "Canada's announcement of an embargo on Iranian oil came on Monday.",
    ],
)
def test_an_event_noun_a_noun_of_stating_names_is_done_by_its_stater(
    nlp: Language, text: str
) -> None:
    doc = nlp(text)
    index = index_of(doc, [("Ottawa" if "Ottawa" in text else "Canada", "CAN", None)])
    noun = next(t for t in doc if t.lower_ in ("tariffs", "embargo"))
    assert codes(noun_roles(noun, index).actors) == ["CAN"]


def test_an_inquiry_looks_into_the_doer_of_the_act(nlp: Language) -> None:
    # The "into" phrase hung on the verb after a time phrase, the victim named before the doer.
    doc = nlp("Sweden began an investigation on Friday into the sinking of a boat by Russia.")
    index = index_of(doc, [("Sweden", "SWE", None), ("Russia", "RUS", None)])
    roles = noun_roles(token(doc, "investigation"), index)
    assert codes(roles.actors) == ["SWE"] and codes(roles.recipients) == ["RUS"]
    text = "Japan opened an inquiry into the seizure of a Chinese trawler by the Russian navy."
    doc = nlp(text)
    pairs = [
        ("Japan", "JPN", None),
        ("Chinese trawler", "CHN", None),
        ("Russian navy", "RUS", None),
    ]
    roles = noun_roles(token(doc, "inquiry"), index_of(doc, pairs))
    assert codes(roles.recipients) == ["RUS"]
