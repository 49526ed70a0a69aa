"""Tests for bodies and people named without their state (``actor_implied_states``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.actor_implied_states import counted_people, definite_agents
from dyads.stages.actor_patterns import Mention

from .actor_helpers import OLD_WIRE, ActorCoder, coded, find, mention


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_the_government_is_that_of_the_country_in_focus(code: ActorCoder) -> None:
    text = (
        "Kenya signed a border deal with Uganda on Monday. The government said talks would "
        "resume, and the police said the ceremony was calm."
    )
    actors = code(text)
    assert coded(find(actors, "government")) == ("KEN", "GOV")
    assert coded(find(actors, "police")) == ("KEN", "COP")


def test_the_government_after_two_joined_states_is_left_open(code: ActorCoder) -> None:
    text = "Kenya and Uganda signed a border deal. The government said talks would resume."
    assert all(a.text != "government" for a in code(text))


def test_a_person_puts_their_state_in_focus(code: ActorCoder) -> None:
    text = (
        "Chilean Foreign Minister Ana Torres said there was no threat from Peru, "
        "the government said."
    )
    assert coded(find(code(text), "government")) == ("CHL", "GOV")


def test_the_army_without_a_country_in_view_acts_uncoded(code: ActorCoder) -> None:
    actors = code("The army said five soldiers were killed.")
    assert [coded(a) for a in actors if a.text == "army"] == [(None, "MIL")]
    assert not [a for a in actors if a.text == "soldiers"]  # not the doer of its clause


def test_the_agent_noun_must_head_its_phrase(code: ActorCoder) -> None:
    text = "Rebels in Lebanon killed the deputy chief of a militia."
    assert all(a.text != "deputy" for a in code(text))


def test_titled_person_without_a_nationality_serves_the_state_in_focus(code: ActorCoder) -> None:
    text = (
        "France will send 2,000 soldiers to a mission in Chad, Defence Minister "
        "Paul Marchand told reporters on Friday."
    )
    minister = find(code(text, dt.date(1990, 1, 1)), "Defence Minister Paul Marchand")
    assert coded(minister) == ("FRA", "GOV")


def test_titled_person_with_no_state_in_view_is_left_out(code: ActorCoder) -> None:
    actors = code("Defence Minister Pierre Valmorel said the troops were ready.")
    assert not [a for a in actors if "Valmorel" in a.text]


def test_us_legislative_titles_with_no_state_in_view(code: ActorCoder) -> None:
    actors = code("Republican Senator Jo Example criticised the plan.")
    assert coded(find(actors, "Republican Senator Jo Example")) == ("USA", "LEG")
    actors = code("In Nigeria, Senator Jo Example criticised the plan.")
    assert find(actors, "Senator Jo Example").code == "NGA"  # a state in view comes first


def test_rebels_with_no_state_of_their_own_are_where_their_sentence_is(code: ActorCoder) -> None:
    rebels = code("Rebels seized two towns in northern Mali.", OLD_WIRE)
    assert coded(find(rebels, "Rebels")) == ("MLI", "REB")
    text = "Protesters marched from Paris to Berlin."
    assert [coded(a) for a in code(text, OLD_WIRE) if a.text == "Protesters"] == [(None, "CVL")]


def test_the_government_is_the_earlier_states(nlp: Language) -> None:
    doc = nlp("Kenya signed a deal. The government said talks would resume.")
    kenya = mention(0, 1, "country", "KEN", name="Kenya")
    agents = {7: (6, "GOV")}
    assert definite_agents(doc, [kenya], agents) == [Mention(6, 7, "Kenya", "agent", "KEN", "GOV")]
    # No state in view: the subject still acts, with its sector and no state.
    assert definite_agents(doc, [], agents) == [Mention(6, 7, "government", "agent", None, "GOV")]


def test_a_bare_plural_body_is_that_of_the_state_in_focus(code: ActorCoder) -> None:
    text = "Riots spread across Nigeria. Police fired tear gas, and government troops moved in."
    actors = code(text, OLD_WIRE)
    assert coded(find(actors, "Police")) == ("NGA", "COP")
    assert coded(find(actors, "government troops")) == ("NGA", "MIL")


def test_a_bare_plural_object_of_its_own_state_adds_no_party(code: ActorCoder) -> None:
    actors = code("Poland sent 5,000 soldiers to the border.", OLD_WIRE)
    assert all(a.text != "soldiers" for a in actors)


def test_a_capital_named_as_the_place_puts_its_state_in_focus(code: ActorCoder) -> None:
    text = "Crowds marched through Nairobi on Friday. Police fired tear gas."
    assert coded(find(code(text, OLD_WIRE), "Police")) == ("KEN", "COP")


def test_the_rebels_with_no_place_are_those_of_the_state_in_focus(code: ActorCoder) -> None:
    text = "Russian jets bombed the hills again. The rebels said they had shot down a jet."
    assert coded(find(code(text, OLD_WIRE), "rebels")) == ("RUS", "REB")


def test_groups_with_no_state_in_view_still_do_their_acts(code: ActorCoder) -> None:
    actors = code("Rebels and government soldiers shelled villages. The militants fired back.")
    assert coded(find(actors, "Rebels")) == (None, "REB")
    assert coded(find(actors, "militants")) in ((None, "REB"), (None, "UAF"))
    assert coded(find(code("Protesters blocked the main road."), "Protesters")) == (None, "CVL")
    # Those who suffer the act are no doers: no uncoded party for them.
    assert not [a for a in code("Police fired on protesters.") if a.text == "protesters"]


def test_a_body_with_no_state_before_it_is_of_its_own_sentences_place(code: ActorCoder) -> None:
    # The state named only in a later sentence is not where the soldiers were.
    text = "Soldiers seized power in Niger on Wednesday. France condemned the coup."
    assert coded(find(code(text), "Soldiers")) == ("NER", "MIL")


def test_rebels_a_government_negotiates_with_are_its_own(code: ActorCoder) -> None:
    text = "Sudan's government signed a ceasefire with the rebels on Monday in Nairobi."
    assert coded(find(code(text, OLD_WIRE), "rebels")) == ("SDN", "REB")
    # Officials of a state that talks with rebels abroad are no such government.
    text = "U.S. officials held talks with the rebels on Monday in Nairobi."
    assert coded(find(code(text, OLD_WIRE), "rebels"))[0] != "USA"


def test_a_group_is_of_the_place_its_own_phrase_puts_it_in(code: ActorCoder) -> None:
    text = (
        "Italy demanded the release of two Italian oil workers kidnapped by leftist guerrillas in"
        " northern Colombia, the foreign ministry said in Rome."
    )
    assert coded(find(code(text, OLD_WIRE), "guerrillas")) == ("COL", "REB")


def test_a_group_based_in_a_state_is_that_states(code: ActorCoder) -> None:
    # Another state named in the sentence does not make the group's base ambiguous.
    text = "Militants based in Lebanon fired rockets into northern Israel on Monday."
    assert coded(find(code(text, OLD_WIRE), "Militants")) == ("LBN", "REB")
    # Hackers are of no state the places they hit name, but of the one they are based in.
    text = "Hackers based in Russia attacked the websites of Estonian ministries on Friday."
    assert coded(find(code(text, OLD_WIRE), "Hackers")) == ("RUS", "CRM")
    text = "Hackers attacked the websites of Estonian ministries on Friday."
    assert coded(find(code(text, OLD_WIRE), "Hackers")) == (None, "CRM")


def test_a_state_backing_rebels_is_not_where_they_are(code: ActorCoder) -> None:
    text = "Zaire's army retreated. The government said the rebels were backed by Rwanda."
    assert coded(find(code(text, OLD_WIRE), "rebels")) == ("COD", "REB")


def test_of_before_a_charge_does_not_tie_the_body_to_another_state(code: ActorCoder) -> None:
    text = "In Zambia, the opposition accused the ruling party of rigging the vote."
    actors = code(text, OLD_WIRE)
    assert coded(find(actors, "ruling party")) == ("ZMB", "GOV")
    assert coded(find(actors, "opposition")) == ("ZMB", "OPP")


def test_a_national_party_puts_its_state_in_focus(code: ActorCoder) -> None:
    text = "Egypt's Labour Party accused the government of fraud."
    assert coded(find(code(text, OLD_WIRE), "government")) == ("EGY", "GOV")


def test_police_are_those_of_where_the_story_is(code: ActorCoder) -> None:
    text = "Protesters stoned the British embassy in Lima. Police made no arrests."
    assert coded(find(code(text, OLD_WIRE), "Police")) == ("PER", "COP")


def test_police_with_no_place_are_those_of_the_state_in_focus(code: ActorCoder) -> None:
    text = "Kenya deported two Britons. The police said they had overstayed their visas."
    assert coded(find(code(text, OLD_WIRE), "police")) == ("KEN", "COP")


def test_gangs_are_placed_where_their_sentence_is(code: ActorCoder) -> None:
    assert coded(find(code("Gangs looted warehouses in Kingston."), "Gangs")) == ("JAM", "CRM")


def test_the_soldiers_an_armed_group_attacks_are_the_states(code: ActorCoder) -> None:
    actors = code("Malian jihadists ambushed soldiers near the border.")
    assert coded(find(actors, "soldiers")) == ("MLI", "MIL")
    actors = code("Somali gunmen clashed with federal police in the market.")
    assert coded(find(actors, "federal police")) == ("SOM", "COP")


def test_soldiers_attacked_by_placed_rebels_are_the_states_of_the_place(code: ActorCoder) -> None:
    actors = code("Rebels freed twelve soldiers in eastern Congo.")
    assert coded(find(actors, "soldiers")) == ("COD", "MIL")
    assert not [
        a for a in code("Poland sent 5,000 soldiers to the border.") if a.text == "soldiers"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan hosted the delegation, and the two leaders signed a trade pact.",
        "Macron met the prime minister in Paris. The two leaders called for calm.",
        "Pakistan's army chief met his counterpart; both generals discussed the border.",
    ],
)
def test_pair_words_are_never_one_state(code: ActorCoder, text: str) -> None:
    assert not any(a.text in ("leaders", "generals") for a in code(text))


def test_a_bare_plural_speaker_with_no_state_in_view_keeps_its_sector(
    code: ActorCoder,
) -> None:
    assert coded(find(code("Officials said they would reopen the crossing."), "Officials")) == (
        None,
        "GOV",
    )


def test_a_bare_plural_speaker_takes_the_state_in_focus(code: ActorCoder) -> None:
    text = "Floods swept through northern Pakistan. Officials said they feared more rain."
    assert coded(find(code(text), "Officials")) == ("PAK", "GOV")


def test_a_count_of_people_is_not_the_state_in_focus(code: ActorCoder) -> None:
    text = "Pakistani jets pounded militant hideouts overnight, killing 60 people."
    assert not [a for a in code(text, OLD_WIRE) if "people" in a.text]
    text = "French police said dozens of people were wounded."
    assert not [a for a in code(text, OLD_WIRE) if "people" in a.text]


def test_counted_people(nlp: Language) -> None:
    doc = nlp("It killed eight people and dozens of people fled; the people rose.")
    assert counted_people(doc, 3, 4)
    assert counted_people(doc, 7, 8)
    assert not counted_people(doc, 11, 12)


def test_a_lone_subject_looks_ahead_in_its_sentence(code: ActorCoder) -> None:
    text = "The prosecutor told the Nigerian court that the accused had fled."
    assert coded(find(code(text, OLD_WIRE), "prosecutor")) == ("NGA", "JUD")
    text = "Counsel for the defence asked the Kenyan court to dismiss the charges."
    assert coded(find(code(text, OLD_WIRE), "Counsel")) == ("KEN", "JUD")


def test_a_body_named_with_the_people_who_fill_it_is_the_states(code: ActorCoder) -> None:
    text = "Rwanda's president spoke in Kigali. The Hutu-dominated army closed the border."
    assert coded(find(code(text, OLD_WIRE), "Hutu-dominated army")) == ("RWA", "MIL")
    text = "Rwanda's president spoke in Kigali. The Hutu-led rebels closed the border."
    assert all(a.text != "Hutu-led rebels" for a in code(text, OLD_WIRE))  # not a filling word


def test_a_lone_official_is_not_of_the_state_others_come_from(code: ActorCoder) -> None:
    text = "The minister received a delegation from China."
    assert coded(find(code(text, OLD_WIRE), "minister")) == (None, "GOV")
    text = "The minister met officials from China on Monday."
    assert coded(find(code(text, OLD_WIRE), "minister")) == (None, "GOV")


def test_a_company_ahead_gives_a_lone_official_no_state(code: ActorCoder) -> None:
    text = "An adviser to the investor urged the board to sell Volvo."
    adviser = find(code(text, OLD_WIRE), "adviser")
    assert coded(adviser) == (None, "GOV")


def test_a_state_in_view_before_wins_over_one_ahead(code: ActorCoder) -> None:
    text = "Kenya expelled two diplomats. The foreign minister told the Ugandan envoy to leave."
    assert coded(find(code(text, OLD_WIRE), "foreign minister")) == ("KEN", "GOV")


def test_bare_plural_bodies_do_not_look_ahead(code: ActorCoder) -> None:
    text = "Soldiers fired on Palestinian protesters near the fence."
    assert [a.code for a in code(text, OLD_WIRE) if a.text == "Soldiers"] in ([], [None])


def test_suspects_are_not_placed_by_where_they_trained(code: ActorCoder) -> None:
    actors = code("French police said the suspects had trained in Yemen.", OLD_WIRE)
    assert not [a for a in actors if a.text == "suspects"]
    assert coded(find(actors, "French police")) == ("FRA", "COP")


def test_a_rebel_leader_without_a_state_leads_where_his_sentence_is(code: ActorCoder) -> None:
    on = dt.date(1998, 4, 2)
    text = "Rebel leader Samuel Okello said his fighters had taken two towns in northern Uganda."
    assert coded(find(code(text, on), "Rebel leader Samuel Okello")) == ("UGA", "REB")
    text = "Militia commander Hassan Dahir Ali said his men controlled the port of Kismayo."
    assert coded(find(code(text, on), "Militia commander Hassan Dahir Ali")) == ("SOM", "UAF")


def test_a_rebel_title_in_apposition_is_placed_too(code: ActorCoder) -> None:
    text = "Moses Kolleh, a rebel commander, told reporters in Liberia that they would stay."
    assert coded(find(code(text, dt.date(2003, 7, 25)), "Moses Kolleh")) == ("LBR", "REB")


def test_a_rebel_leader_with_no_state_in_view_is_left_out(code: ActorCoder) -> None:
    actors = code("Rebel leader Samuel Okello said his fighters would fight on.", OLD_WIRE)
    assert all(a.text != "Rebel leader Samuel Okello" for a in actors)


def test_civilians_take_the_place_not_the_attacker_in_focus(nlp: Language) -> None:
    coder = ActorCoder(nlp)
    placed = coder("Russian missiles killed four civilians in Kharkiv.")
    assert coded(find(placed, "civilians in Kharkiv")) == ("UKR", "CVL")
    unplaced = coder("Russian drones killed civilians overnight.")
    assert all(a.code != "RUS" or a.sector != "CVL" for a in unplaced)


def test_civilians_beside_a_nationals_noun_share_its_state(nlp: Language) -> None:
    actors = ActorCoder(nlp)("The dead were Nepalese soldiers and civilians, he said.")
    assert ("NPL", "CVL") in {coded(a) for a in actors}


def test_a_lone_ministry_does_not_borrow_an_envoys_or_a_foreign_acts_state(
    code: ActorCoder,
) -> None:
    text = "The Foreign Ministry told the Japanese ambassador that the quotas broke the treaty."
    assert coded(find(code(text, OLD_WIRE), "Foreign Ministry")) == (None, "GOV")
    text = "The Ministry of Finance said the Canadian tariffs on steel would cost billions."
    assert coded(find(code(text, OLD_WIRE), "Ministry of Finance")) == (None, "GOV")
    text = "The Argentine Foreign Ministry summoned the British ambassador."
    assert coded(find(code(text, OLD_WIRE), "Argentine Foreign Ministry")) == ("ARG", "GOV")


def test_a_county_sheriffs_office_is_american_police(code: ActorCoder) -> None:
    text = "The Walker County (Ga.) Sheriff's Office asked the public for help."
    assert coded(find(code(text, OLD_WIRE), "Walker County (Ga.) Sheriff's Office")) == (
        "USA",
        "COP",
    )


def test_south_asian_bare_army_is_the_state_in_focus(code: ActorCoder) -> None:
    text = "Pakistan's army chief toured the district. He said army would support the inquiry."
    assert coded(find(code(text, OLD_WIRE), "army")) == ("PAK", "MIL")


def test_a_party_or_tenure_word_may_stand_between_the_and_a_body(code: ActorCoder) -> None:
    text = "Oregon Governor Kate Brown spoke on Wednesday. The Democratic governor said no."
    assert coded(find(code(text), "Democratic governor")) == ("USA", "GOV")
    text = "Italy's parliament approved a cabinet. The new government said it would stay."
    assert coded(find(code(text), "new government")) == ("ITA", "GOV")


def test_a_word_that_is_no_party_or_tenure_keeps_the_body_out(code: ActorCoder) -> None:
    text = "Oregon Governor Kate Brown spoke on Wednesday. The angry governor said no."
    assert all(a.text != "angry governor" for a in code(text))


def test_an_indefinite_body_that_acts_is_of_the_state_in_focus(code: ActorCoder) -> None:
    text = "Brazil's environment ministry fined the company. A federal court upheld the fine."
    assert coded(find(code(text), "federal court")) == ("BRA", "JUD")


def test_an_indefinite_envoy_or_victim_is_left_open(code: ActorCoder) -> None:
    text = "Pakistan's foreign ministry summoned the envoy. A diplomat said the talks went badly."
    assert all(a.text != "diplomat" for a in code(text))
    text = "Nigeria's army repelled an attack on a base. A soldier was killed in the fighting."
    assert all(a.text != "soldier" for a in code(text))


def test_rebels_with_no_state_before_fight_the_state_their_clause_acts_on(
    code: ActorCoder,
) -> None:
    actors = code("The rebel chief accused the Sierra Leone government of lying.", OLD_WIRE)
    assert coded(find(actors, "rebel chief")) == ("SLE", "REB")


def test_rebels_acting_on_two_states_take_neither(code: ActorCoder) -> None:
    text = "The rebels accused the Ugandan army and the Rwandan government of looting."
    actors = code(text, OLD_WIRE)
    assert [coded(a) for a in actors if a.text == "rebels"] == [(None, "REB")]


def test_bare_authorities_take_the_state_of_a_town_their_sentence_names(
    code: ActorCoder,
) -> None:
    actors = code("Authorities imposed a curfew on Ambon after a week of clashes.", OLD_WIRE)
    assert coded(find(actors, "Authorities")) == ("IDN", "GOV")


def test_bare_authorities_with_no_town_in_view_stay_uncoded(code: ActorCoder) -> None:
    actors = code("Authorities imposed a curfew after a week of clashes.", OLD_WIRE)
    assert all(a.code is None for a in actors if a.text == "Authorities")


def test_officials_after_a_foreign_private_person_are_of_where_the_story_happens(
    code: ActorCoder,
) -> None:
    text = "A British tourist was robbed in Mombasa on Sunday. Officials said patrols would grow."
    assert coded(find(code(text, OLD_WIRE), "Officials")) == ("KEN", "GOV")


def test_the_dateline_outranks_a_private_persons_nationality(code: ActorCoder) -> None:
    text = "ROME (Reuters) - A Nigerian migrant was stabbed on Saturday. Authorities said men fled."
    assert coded(find(code(text, OLD_WIRE), "Authorities")) == ("ITA", "GOV")


def test_a_place_someone_comes_from_is_not_where_the_story_happens(code: ActorCoder) -> None:
    text = (
        "A Nigerian migrant was stabbed outside a bar in Rome on Saturday. The man, who had "
        "arrived from Lagos last year, died in hospital. Authorities said two suspects had fled."
    )
    assert coded(find(code(text, OLD_WIRE), "Authorities")) == ("ITA", "GOV")


def test_a_state_official_in_focus_still_owns_bare_officials(code: ActorCoder) -> None:
    text = "Chilean Foreign Minister Ana Torres arrived in Lima. Officials said talks would go on."
    assert coded(find(code(text, OLD_WIRE), "Officials")) == ("CHL", "GOV")


def test_a_body_in_a_town_of_one_state_takes_that_state(code: ActorCoder) -> None:
    actors = code("The army in Jaffna said it had repelled a rebel attack.", OLD_WIRE)
    assert coded(find(actors, "army in Jaffna")) == ("LKA", "MIL")


def test_delegates_meeting_in_a_town_are_not_of_its_state(code: ActorCoder) -> None:
    actors = code("Delegates gathered in Kisumu for the talks.", OLD_WIRE)
    assert all(a.code is None for a in actors)


def test_a_town_folded_into_another_party_places_posted_bodies(code: ActorCoder) -> None:
    actors = code("Police opened fire on rioters in Ambon.", OLD_WIRE)
    assert coded(find(actors, "Police")) == ("IDN", "COP")
    assert coded(find(actors, "rioters in Ambon")) == ("IDN", "CVL")
    # Without the folded towns, no state is in view.
    doc = code.nlp("Police opened fire on rioters in Ambon.")
    agents = {1: (0, "COP")}
    rioters = Mention(4, 7, "Ambon", "agent", "IDN", "CVL")
    ambon = Mention(6, 7, "Ambon", "place", "IDN", None)
    alone = definite_agents(doc, [rioters], agents)
    assert [(m.start, m.code) for m in alone] == [(0, None)]
    placed = definite_agents(doc, [rioters], agents, folded_towns=(ambon,))
    assert [(m.start, m.code) for m in placed] == [(0, "IDN")]


def test_a_body_seated_in_a_capital_takes_its_state(code: ActorCoder) -> None:
    actors = code("A court in Tunis jailed the editor.")
    assert coded(find(actors, "court in Tunis")) == ("TUN", "JUD")
    actors = code("The government in Khartoum rejected the plan.", OLD_WIRE)
    assert coded(find(actors, "government in Khartoum")) == ("SDN", "GOV")


def test_posted_troops_take_the_state_of_a_region_named_after_in(code: ActorCoder) -> None:
    actors = code("Government troops clashed with rebels in Chechnya.", OLD_WIRE)
    assert coded(find(actors, "Government troops")) == ("RUS", "MIL")


def test_plainclothes_police_are_the_local_police(code: ActorCoder) -> None:
    actors = code("Plainclothes police detained ten people in central Cairo.")
    assert coded(find(actors, "police")) == ("EGY", "COP")


def test_a_lone_ministry_does_not_own_the_arms_it_reports_on(code: ActorCoder) -> None:
    # Arms of a named state that a ministry speaks of are another state's, like its acts.
    actors = code("The defence ministry said the Pakistani missiles had been intercepted.")
    assert find(actors, "defence ministry").code is None
    assert coded(find(actors, "Pakistani missiles")) == ("PAK", "MIL")


def test_a_lone_visitor_is_not_of_the_land_it_visits(code: ActorCoder) -> None:
    # With no state named before it, the capital a minister travels to is not his state.
    assert find(code("The minister visited Kyiv in early July."), "minister").code is None
    assert find(code("The foreign minister arrived in Moscow."), "foreign minister").code is None
    # Police work where they are, and a state already in view is the body's own.
    assert coded(find(code("Police arrived in Nairobi to disperse the crowd."), "Police")) == (
        "KEN",
        "COP",
    )
    actors = code("Ukraine is at war. The minister returned to Kyiv on Monday.")
    assert coded(find(actors, "minister")) == ("UKR", "GOV")


def test_an_indefinite_body_as_a_passive_agent_is_a_doer(code: ActorCoder) -> None:
    # As "A court in Cairo sentenced the activist": the court of the town its sentence names.
    actors = code("The activist was sentenced to five years in prison by a court in Cairo.")
    assert coded(find(actors, "court in Cairo")) == ("EGY", "JUD")
    # A victim is no doer.
    assert all(a.text != "soldier" for a in code("A soldier was killed in Cairo."))


def test_a_seat_joined_to_a_body_places_the_people_of_its_sentence(code: ActorCoder) -> None:
    # "Cairo" inside "a Cairo court" still says where the sentence happens.
    actors = code("The activist was sentenced to five years in prison by a Cairo court.")
    assert coded(find(actors, "activist")) == ("EGY", "CVL")
    assert coded(find(code("The protesters were dispersed by Kabul police."), "protesters")) == (
        "AFG",
        "CVL",
    )


def test_a_lone_sender_is_not_of_the_state_it_sends_to(code: ActorCoder) -> None:
    # A state named as the goal of sending is another state than the sender's.
    assert find(code("The government sent aid to Haiti."), "government").code is None
    assert find(code("The navy sent two ships to Haiti."), "navy").code is None
    # A body sends to its own towns, and troops deployed "in" a state may be at home.
    assert coded(find(code("The army deployed troops in Mali."), "army")) == ("MLI", "MIL")
    # A state already in view is the sender's own.
    actors = code("France said on Monday the navy would send two ships to Haiti.")
    assert coded(find(actors, "navy")) == ("FRA", "MIL")


def test_an_envoy_a_state_acts_on_is_not_its_own(code: ActorCoder) -> None:
    # States summon, expel and hand notes to other states' envoys; their own is "its envoy".
    actors = code("Turkey summoned the ambassador on Monday.")
    assert all(a.text != "ambassador" or a.code != "TUR" for a in actors)
    actors = code("Egypt handed a protest note to the ambassador.")
    assert all(a.text != "ambassador" or a.code != "EGY" for a in actors)
    # A bare envoy who speaks is still read in the state in focus.
    assert find(code("The ambassador said Turkey would respond."), "ambassador").code == "TUR"


def test_a_local_office_holder_serves_the_state_of_the_places_his_sentence_names(
    code: ActorCoder,
) -> None:
    # Not the attacker named first: the governor of the place hit.
    text = "Russian shelling hit Kharkiv, the regional governor, Oleh Synehubov, said."
    person = [a for a in code(text) if "Synehubov" in a.text]
    assert person and coded(person[0]) == ("UKR", "GOV")


def test_a_local_office_holder_is_placed_by_a_town_joined_to_another_mention(
    code: ActorCoder,
) -> None:
    # "people in Odesa" is one mention; its town still places the governor, not Russia.
    text = "Russian drones killed four people in Odesa overnight, Governor Taras Bondar said."
    person = [a for a in code(text) if "Bondar" in a.text]
    assert person and coded(person[0]) == ("UKR", "GOV")


def test_a_body_placed_by_a_group_in_focus_is_named_for_its_state(code: ActorCoder) -> None:
    actors = code("The Rapid Support Forces accused the army of bombing Khartoum.")
    army = find(actors, "army")
    assert (army.code, army.name) == ("SDN", "Sudan")


def test_an_unarmed_group_with_no_state_in_view_is_of_the_dateline_s_state(
    code: ActorCoder,
) -> None:
    text = (
        "BELGRADE, Serbia (Example Wire) - Thousands marched on Saturday.\n\n"
        "Opposition leaders urged the government to free those arrested."
    )
    assert coded(find(code(text), "Opposition leaders")) == ("SRB", "OPP")


def test_victims_of_a_gerund_clause_of_an_armed_groups_attack_are_the_states(
    code: ActorCoder,
) -> None:
    text = "Insurgents raided a checkpoint in Kandahar, killing seven policemen."
    assert coded(find(code(text, OLD_WIRE), "policemen")) == ("AFG", "COP")


def test_an_envoy_named_before_gives_no_state_to_the_government(code: ActorCoder) -> None:
    text = (
        "Niger expelled the Belgian ambassador on Friday. The government said the envoy had lied."
    )
    actors = code(text, OLD_WIRE)
    assert coded(find(actors, "government")) == ("NER", "GOV")
    # Another envoy is the one named before.
    assert coded(find(actors, "envoy")) == ("BEL", "GOV")


def test_a_dateline_gives_way_to_the_state_where_the_sentence_happens(code: ActorCoder) -> None:
    text = "NEW YORK (Example Wire) - Government envoys met rebel leaders in Bamako on Friday."
    assert coded(find(code(text, OLD_WIRE), "envoys")) == ("MLI", "GOV")


def test_a_dateline_still_gives_its_state_to_a_body_with_no_scene(code: ActorCoder) -> None:
    text = "ABUJA (Example Wire) - The army said on Friday that the road was open."
    assert coded(find(code(text, OLD_WIRE), "army")) == ("NGA", "MIL")


def test_exiles_are_not_of_the_state_where_they_meet(code: ActorCoder) -> None:
    text = "Exiles met in Lisbon on Sunday to plan a campaign."
    assert all(a.code != "PRT" for a in code(text, OLD_WIRE))
    text = "Dissidents rallied in Lisbon on Sunday."
    assert coded(find(code(text, OLD_WIRE), "Dissidents"))[0] == "PRT"


def test_a_body_that_owns_a_thing_is_a_party_of_its_own(code: ActorCoder) -> None:
    actors = code("The Kerala government challenged the governor's decision in court.")
    assert coded(find(actors, "governor")) == ("IND", "GOV")
    actors = code("Sudan's government said the army's plan would fail.")
    assert coded(find(actors, "army")) == ("SDN", "MIL")


def test_a_body_that_owns_an_agent_leaves_the_agent_to_speak_for_it(nlp: Language) -> None:
    # "the ministry's spokesman": the spokesman serves the ministry, no second party.
    doc = nlp("Sudan's army said the ministry's spokesman had lied.")
    sudan = mention(0, 1, "country", "SDN", None)
    agents = {3: (2, "MIL"), 6: (5, "GOV"), 8: (7, "GOV")}
    served = mention(0, 3, "agent", "SDN", "MIL")
    found = definite_agents(doc, [served], agents, [sudan, served])
    assert not [m for m in found if (m.start, m.end) == (5, 6)]


def test_a_group_conjoined_with_a_states_body_is_of_that_state(code: ActorCoder) -> None:
    text = "Liberia's government and two rebel movements agreed in Accra to form a new government."
    assert coded(find(code(text, OLD_WIRE), "rebel movements")) == ("LBR", "REB")
    # Alone, rebels are still of the state whose places their sentence names.
    assert coded(find(code("Rebels attacked a town in Chad.", OLD_WIRE), "Rebels")) == (
        "TCD",
        "REB",
    )


def test_weapons_an_armed_group_fires_are_its_own(code: ActorCoder) -> None:
    on = dt.date(2024, 10, 14)
    assert not any(a.text == "rockets" for a in code("Hezbollah fired rockets at Haifa.", on))
    # "shot down" warplanes stay the other side's (no state named: none)
    downed = find(code("Rebels shot down two warplanes near Aleppo.", on), "warplanes")
    assert coded(downed) == (None, "MIL")
    text = "A drone launched by Hezbollah hit an army base near Binyamina."
    assert not any(a.text == "drone" for a in code(text, on))


def test_an_armed_group_in_focus_yields_to_the_body_named_before(code: ActorCoder) -> None:
    text = (
        "The Israeli military said its jets struck Beirut. A drone launched by Hezbollah hit"
        " a base, according to the military."
    )
    military = [a for a in code(text, dt.date(2024, 10, 14)) if a.text == "military"]
    assert [coded(a) for a in military] == [("ISR", "MIL")]


def test_a_weapon_naming_the_means_of_an_act_is_no_party(code: ActorCoder) -> None:
    text = "Russia launched a massive missile and drone attack on Ukraine's energy grid."
    assert not any(a.text == "drone" for a in code(text, dt.date(2024, 11, 26)))


def test_a_later_bare_junta_is_the_one_the_story_coded(code: ActorCoder) -> None:
    text = (
        "BAMAKO (Reuters) - The junta expelled the French ambassador. France recalled its "
        "troops. The junta said it would hold elections."
    )
    assert [coded(a) for a in code(text) if a.text == "junta"] == [("MLI", "GOV")] * 2


def test_a_later_bare_government_still_follows_the_state_in_focus(code: ActorCoder) -> None:
    # Every state has a government: the one coded earlier says nothing of a later one.
    text = (
        "NAIROBI (Reuters) - The government raised fuel prices. In neighbouring Uganda, "
        "opposition leader Bobi Wine was arrested. The government denied that he was beaten."
    )
    assert [coded(a) for a in code(text) if a.text == "government"] == [
        ("KEN", "GOV"),
        ("UGA", "GOV"),
    ]


def test_a_tribunal_or_magistrate_in_a_town_is_that_states(code: ActorCoder) -> None:
    actors = code("A military tribunal in Port Harcourt sentenced nine activists.", OLD_WIRE)
    assert find(actors, "military tribunal in Port Harcourt").code == "NGA"
    actors = code("A tribunal in Lahore convicted three men of blasphemy.", OLD_WIRE)
    assert find(actors, "tribunal in Lahore").code == "PAK"
