"""Tests for agent nouns joined to the state or body that owns them (``actor_agent_owners``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from .actor_helpers import OLD_WIRE, ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_former_state_is_a_country(code: ActorCoder) -> None:
    text = "The official Czechoslovak news agency reported the visit."
    actor = find(code(text, dt.date(1985, 1, 1)), "Czechoslovak news agency")
    assert coded(actor) == ("CSK", "MED")


def test_party_adjective_before_government(code: ActorCoder) -> None:
    text = "Nicaragua's Sandinista government closed the newspaper."
    actor = find(code(text), "Nicaragua's Sandinista government")
    assert coded(actor) == ("NIC", "GOV")


def test_a_number_in_words_between_owner_and_agent_noun(code: ActorCoder) -> None:
    actors = code("Kenya's two biggest unions called a strike.", dt.date(2006, 4, 2))
    assert coded(find(actors, "Kenya's two biggest unions")) == ("KEN", "LAB")
    text = "Thailand's three main opposition parties boycotted the election."
    actors = code(text, dt.date(2006, 4, 2))
    assert coded(find(actors, "Thailand's three main opposition")) == ("THA", "OPP")


def test_demonym_with_agent_noun(code: ActorCoder) -> None:
    text = (
        "Russian forces shelled the town while Palestinian protesters marched and "
        "South Korean intelligence warned of DPRK troops."
    )
    actors = code(text)
    assert coded(find(actors, "Russian forces")) == ("RUS", "MIL")
    assert coded(find(actors, "Palestinian protesters")) == ("PSE", "CVL")
    assert coded(find(actors, "South Korean intelligence")) == ("KOR", "SPY")
    assert coded(find(actors, "DPRK troops")) == ("PRK", "MIL")


def test_leader_named_government(code: ActorCoder) -> None:
    actors = code("The Netanyahu government rejected the plan.")
    assert [(a.text, a.code, a.sector) for a in actors] == [("Netanyahu government", "ISR", "GOV")]


def test_compound_demonyms_give_one_actor_each(code: ActorCoder) -> None:
    text = "Senior Polish and Czech officials pledged on Monday to work together."
    actors = code(text)
    assert [coded(a) for a in actors] == [("POL", "GOV"), ("CZE", "GOV")]


def test_former_states_and_their_peoples(code: ActorCoder) -> None:
    text = "Soviet troops and Yugoslav officials met Zairean diplomats in Vienna."
    actors = code(text, OLD_WIRE)
    assert coded(find(actors, "Soviet troops")) == ("SUN", "MIL")
    # In 2000 "Yugoslav" is the Federal Republic, coded as Serbia, its continuing state.
    assert coded(find(actors, "Yugoslav officials")) == ("SRB", "GOV")
    assert coded(find(actors, "Zairean diplomats")) == ("COD", "GOV")


def test_yugoslavia_is_the_federation_until_it_broke_up(code: ActorCoder) -> None:
    text = "Yugoslav officials said Belgrade would not yield."
    before = code(text, dt.date(1991, 7, 1))
    assert [a.code for a in before] == ["YUG", "YUG"]
    after = code(text, dt.date(1999, 7, 1))
    assert [a.code for a in after] == ["SRB", "SRB"]


def test_officials_and_police_in_a_place_are_its_states(code: ActorCoder) -> None:
    police = code("Police in Karachi arrested five suspects.", OLD_WIRE)
    assert coded(find(police, "Police in Karachi")) == ("PAK", "COP")
    governor = code("The governor of Texas signed the order.", OLD_WIRE)
    assert coded(find(governor, "governor of Texas")) == ("USA", "GOV")
    gangs = code("Police battled gangs in Port-au-Prince.", OLD_WIRE)
    assert not [a for a in gangs if "Port-au-Prince" in a.text]


def test_party_leaders_are_the_partys(code: ActorCoder) -> None:
    text = "Labour leader Jo Example attacked the spending cuts."
    actors = code(text, OLD_WIRE)
    assert coded(find(actors, "Labour leader Jo Example")) == ("GBR", "PTY")


def test_a_states_fighters_are_its_military(code: ActorCoder) -> None:
    found = code("Soviet fighters shot down the airliner.", None)
    assert coded(find(found, "Soviet fighters")) == ("SUN", "MIL")
    found = code("Tunisian foreign fighters joined the group.")
    assert coded(find(found, "Tunisian foreign fighters")) == ("TUN", "UAF")
    found = code("Taliban fighters overran a district.", dt.date(2015, 1, 1))
    assert coded(find(found, "Taliban fighters")) == ("AFG", "REB")


def test_wire_era_media_and_militias(code: ActorCoder) -> None:
    on = dt.date(1985, 6, 1)
    found = code("Moscow radio said Amal militiamen had withdrawn.", on)
    assert coded(find(found, "Moscow radio")) == (
        "SUN",
        "MED",
    )  # Moscow spoke for the Soviet Union in 1985
    assert find(found, "Amal militiamen").code == "LBN"
    found = code("Amal Clooney said the trial was unfair.", on)
    assert all(a.code != "LBN" for a in found)  # a given name, not the militia


def test_a_participle_between_owner_and_agent(code: ActorCoder) -> None:
    actors = code("The envoy urged Lebanon's warring militias to spare civilians.", OLD_WIRE)
    assert coded(find(actors, "Lebanon's warring militias")) == ("LBN", "UAF")


def test_a_bodys_ally_is_of_the_state_it_is_placed_in(nlp: Language) -> None:
    text = "Gunmen attacked Syria's militia allies in northern Lebanon on Friday."
    actors = ActorCoder(nlp)(text, OLD_WIRE)
    assert coded(find(actors, "Syria's militia allies")) == ("LBN", "UAF")


def test_an_ally_with_no_place_keeps_its_owner(nlp: Language) -> None:
    actors = ActorCoder(nlp)("Gunmen attacked Syria's militia allies on Friday.", OLD_WIRE)
    assert coded(find(actors, "Syria's militia")) == ("SYR", "UAF")


def test_a_body_run_or_installed_by_an_owner_is_the_owners(code: ActorCoder) -> None:
    actors = code("Russian-installed authorities in the region announced a referendum.")
    assert coded(find(actors, "Russian-installed authorities")) == ("RUS", "GOV")
    actors = code("The Hamas-run interior ministry said the crossing was closed.")
    assert coded(find(actors, "Hamas-run interior ministry")) == ("PSE", "GOV")


def test_a_backer_is_not_an_owner(code: ActorCoder) -> None:
    actors = code("Iran-backed militias in Syria shelled the base.")
    assert all(a.code != "IRN" for a in actors if "militias" in a.text)


def test_aides_and_spokespeople_serve_the_principal_after_to_or_for(code: ActorCoder) -> None:
    actors = code("An adviser to Erdogan said Ankara would veto the bid.", dt.date(2023, 6, 1))
    assert coded(find(actors, "adviser")) == ("TUR", "GOV")
    assert coded(find(actors, "Erdogan")) == ("TUR", "GOV")  # the principal keeps his mention
    actors = code("A spokeswoman for the Nigerian army denied the report.")
    assert coded(find(actors, "spokeswoman")) == ("NGA", "MIL")
    actors = code("A spokesman for the WHO said the clinics had run out of fuel.")
    assert coded(find(actors, "spokesman")) == ("IGOUNOHLHWHO", None)


def test_a_spokesman_speaks_for_the_owned_body_that_possesses_him(code: ActorCoder) -> None:
    actors = code("The Turkish army's chief spokesman, Ali Demir, denied the report.")
    assert [coded(a) for a in actors] == [("TUR", "MIL")]  # title and name are one mention
    actors = code("The Turkish army's Kurdish-language spokesman, Ali Demir, denied it.")
    assert [coded(a) for a in actors] == [("TUR", "MIL")]


def test_clergy_in_a_place_are_its_states(code: ActorCoder) -> None:
    text = "Clerics in Qum criticised the new taxes."
    assert coded(find(code(text), "Clerics in Qum")) == ("IRN", "REL")


def test_a_member_of_a_states_body_is_the_states_with_his_own_sector(code: ActorCoder) -> None:
    actors = code("A lawmaker from Spain's ruling party resigned on Monday.")
    assert coded(find(actors, "lawmaker from Spain's ruling party")) == ("ESP", "LEG")
    actors = code("Reporters at a Turkish newspaper were detained.")
    assert coded(find(actors, "Reporters at a Turkish newspaper")) == ("TUR", "MED")


def test_state_media_in_a_state_are_its_own(code: ActorCoder) -> None:
    actors = code("The state broadcaster in Kenya said the vote was calm.")
    assert coded(find(actors, "state broadcaster in Kenya")) == ("KEN", "MED")


def test_one_person_in_a_place_is_the_places_only_as_the_subject(code: ActorCoder) -> None:
    actors = code("A Lutheran minister in Namibia led the prayers.")
    assert coded(find(actors, "Lutheran minister in Namibia")) == ("NAM", "REL")
    actors = code("Protesters stormed the parliament in Nairobi.")
    assert not any("Nairobi" in a.text for a in actors)


def test_a_hyphened_common_word_before_an_agent_is_a_modifier(code: ActorCoder) -> None:
    actors = code("Indian state-run companies won the tender.")
    assert coded(find(actors, "Indian state-run companies")) == ("IND", "BUS")


def test_a_party_adjective_names_no_owner_of_its_own(code: ActorCoder) -> None:
    actors = code("Democratic lawmakers in Ohio rejected the plan.")
    assert coded(find(actors, "lawmakers in Ohio")) == ("USA", "LEG")


def test_a_chief_executive_heads_a_company_unless_a_state_owns_the_title(
    code: ActorCoder,
) -> None:
    assert coded(find(code("Toyota's chief executive resigned."), "Toyota's chief executive")) == (
        "JPN",
        "BUS",
    )
    actors = code("Macau's chief executive announced new rules.")
    assert find(actors, "Macau's chief executive").sector == "GOV"


def test_a_state_after_a_town_and_comma_is_its_location(code: ActorCoder) -> None:
    actors = code("Voters in Savannah, Georgia, waited for hours.")
    assert not any(a.text == "Georgia" for a in actors)


def test_advocates_campaign_unless_titled_for_a_court(code: ActorCoder) -> None:
    actors = code("Kenyan rights advocates condemned the arrests.")
    assert coded(find(actors, "Kenyan rights advocates")) == ("KEN", "CVL")
    actors = code("Pakistani defence advocates walked out of the court.")
    assert coded(find(actors, "Pakistani defence advocates")) == ("PAK", "JUD")


def test_a_state_run_body_is_the_owner_before_it(code: ActorCoder) -> None:
    actors = code("Mongolia's state-run news agency said the talks had ended.")
    assert [coded(a) for a in actors] == [("MNG", "MED")]  # "state" itself is no agent here
    actors = code("Kenya's state-owned power company raised prices.")
    assert coded(find(actors, "Kenya's state-owned power company")) == ("KEN", "BUS")


def test_a_bare_member_of_a_body_takes_the_bodys_sector(code: ActorCoder) -> None:
    actors = code("A representative of Peru's embassy declined to comment.")
    assert coded(find(actors, "representative of Peru's embassy")) == ("PER", "GOV")


def test_people_in_places_of_two_states_are_no_one_states(code: ActorCoder) -> None:
    text = "The earthquake killed more than 5,000 people in Turkey and Syria."
    assert not [a for a in code(text) if "people" in a.text]
    one = code("Bombs killed 180 people in Mumbai.", OLD_WIRE)
    assert coded(find(one, "people in Mumbai")) == ("IND", "CVL")


def test_a_province_or_town_before_a_state_body_owns_it(code: ActorCoder) -> None:
    actors = code("Texas officials said the wildfire had destroyed 40 homes.", OLD_WIRE)
    assert coded(find(actors, "Texas officials")) == ("USA", "GOV")
    actors = code("New Mexico officials said the fire was contained.", OLD_WIRE)
    assert coded(find(actors, "New Mexico officials")) == ("USA", "GOV")
    # A sea is no province ("Gulf states"), and "Kaduna state" is the province's own name.
    assert [a.text for a in code("Gulf states cut ties with Qatar.", OLD_WIRE)] == ["Qatar"]
    actors = code("Bandits kidnapped more than 200 pupils in Kaduna state.", OLD_WIRE)
    assert coded(find(actors, "Bandits")) == ("NGA", "CRM")


def test_weapons_owned_by_a_state_are_its_military(code: ActorCoder) -> None:
    # "its drones" is the state's own force, not the state its target belongs to.
    actors = code("Ukraine said its drones struck a Russian refinery.")
    assert coded(find(actors, "drones")) == ("UKR", "MIL")
    actors = code("The Houthis said their missiles targeted a tanker.")
    assert coded(find(actors, "missiles"))[1] == "MIL"


def test_army_officers_acting_in_a_state_are_its_own(code: ActorCoder) -> None:
    assert coded(find(code("Army officers in Mali seized power."), "Army officers in Mali")) == (
        "MLI",
        "MIL",
    )
    # Troops in a state may be foreign: no owner from "in".
    assert all(a.sector != "MIL" for a in code("Troops in Syria came under fire."))


def test_a_town_read_as_a_location_owns_its_police(code: ActorCoder) -> None:
    actors = code("A Saskatoon police officer shot a man who charged at him with a knife.")
    assert coded(find(actors, "Saskatoon police officer")) == ("CAN", "COP")


def test_a_sea_read_as_a_location_owns_no_agent(code: ActorCoder) -> None:
    actors = code("Gulf states pledged money for the reconstruction.")
    assert not [a for a in actors if a.code == "PNG"]


def test_a_partys_armed_men_are_rebels(code: ActorCoder) -> None:
    text = "ANC guerrillas were blamed for a car bomb in Durban."
    assert coded(find(code(text, dt.date(1986, 6, 14)), "ANC guerrillas")) == ("ZAF", "REB")
    # Its leaders stay the party's.
    text = "ANC leaders called for a general strike."
    assert coded(find(code(text, dt.date(1986, 6, 14)), "ANC leaders")) == ("ZAF", "PTY")


def test_a_people_named_by_its_plural_only_qualifies_an_agent_noun(code: ActorCoder) -> None:
    actors = code("Rohingya refugees in Cox's Bazar refused to return.", dt.date(2018, 1, 15))
    assert coded(find(actors, "Rohingya refugees")) == ("MMR", "REF")
    alone = code("More than 300,000 Rohingya have fled Myanmar.", dt.date(2017, 9, 10))
    assert coded(find(alone, "Rohingya")) == ("MMR", "CVL")


def test_an_armed_groups_commander_is_of_the_groups_sector(code: ActorCoder) -> None:
    text = "The commander of Hamas's military wing said the truce was over."
    actors = code(text, dt.date(2012, 11, 15))
    assert coded(find(actors, "commander of Hamas's military wing")) == ("PSE", "REB")
    # A member of a state's body keeps his own sector.
    text = "A lawmaker from Japan's ruling party said the truce was over."
    assert coded(find(code(text), "lawmaker from Japan's ruling party")) == ("JPN", "LEG")


def test_fighters_of_an_armed_group_are_one_mention_of_the_group(code: ActorCoder) -> None:
    actors = code("Fighters of the ELN kidnapped two oil workers in Arauca.", dt.date(2017, 10, 1))
    assert coded(find(actors, "Fighters of the ELN")) == ("COL", "REB")
    assert all(a.text != "Fighters" for a in actors)


def test_a_companys_workforce_is_labour(code: ActorCoder) -> None:
    workers = find(code("Boeing factory workers voted to strike."), "Boeing factory workers")
    assert coded(workers) == ("USA", "LAB")
    assert coded(find(code("Samsung employees walked out."), "Samsung employees")) == (
        "KOR",
        "LAB",
    )


def test_foreign_people_are_not_of_the_place_they_come_from(code: ActorCoder) -> None:
    text = "The government expelled foreign journalists from Belgrade."
    assert all(a.code != "SRB" for a in code(text, dt.date(1999, 3, 24)) if "journalists" in a.text)
    text = "Journalists from Belgrade protested outside the parliament."
    assert coded(find(code(text, dt.date(1999, 3, 24)), "Journalists from Belgrade")) == (
        "SRB",
        "MED",
    )


def test_forces_of_an_armed_groups_leader_are_the_groups(code: ActorCoder) -> None:
    text = "A U.S. helicopter pilot was taken prisoner by Aidid's forces."
    assert coded(find(code(text, dt.date(1993, 10, 4)), "forces")) == ("SOM", "REB")
    # A head of state's or an army chief's forces stay the state's army.
    assert coded(
        find(code("Assad's forces shelled the town.", dt.date(2015, 10, 4)), "forces")
    ) == (
        "SYR",
        "MIL",
    )


def test_a_trade_representative_is_a_government_official(code: ActorCoder) -> None:
    text = "The U.S. trade representative accused the EU of subsidising Airbus."
    assert coded(find(code(text, dt.date(2019, 6, 18)), "U.S. trade representative")) == (
        "USA",
        "GOV",
    )


def test_a_possessive_state_before_modifiers_places_a_people_of_several_states(
    code: ActorCoder,
) -> None:
    # "Hutu" is Rwanda's, Burundi's or Congo's: the possessive before "first elected" decides,
    # also when the title stands before a name in apposition.
    text = "Soldiers killed Burundi's first elected Hutu president, Melchior Ndadaye, on Friday."
    actors = code(text, OLD_WIRE)
    assert find(actors, "Burundi's first elected Hutu president, Melchior Ndadaye").code == "BDI"
    actors = code("Rwanda's newly appointed Tutsi leader met Museveni.", OLD_WIRE)
    assert find(actors, "Rwanda's newly appointed Tutsi leader").code == "RWA"


def test_guerrillas_of_a_party_are_rebels_of_its_state(code: ActorCoder) -> None:
    text = "Guerrillas of the African National Congress planted a bomb in Johannesburg."
    actors = code(text, dt.date(1987, 1, 8))
    assert coded(find(actors, "Guerrillas of the African National Congress")) == ("ZAF", "REB")
    text = "Members of the African National Congress marched in Soweto."
    actors = code(text, dt.date(1991, 1, 8))
    assert not any(a.sector == "REB" for a in actors)
