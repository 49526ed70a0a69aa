"""Tests for groups coded where the text places them (``actor_placement``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.records import Actor
from dyads.stages.actor_dictionary import Entry, Term
from dyads.stages.actor_patterns import Mention
from dyads.stages.actor_placement import is_location, located_states, place_groups

from .actor_helpers import OLD_WIRE, ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def codes(code: ActorCoder, text: str) -> dict[str, Actor]:
    return code.by_text(text, OLD_WIRE)


def test_a_people_takes_the_listed_state_named_in_its_sentence(code: ActorCoder) -> None:
    found = codes(code, "Kurdish rebels in northern Iraq freed two hostages.")
    assert (found["Kurdish rebels"].code, found["Kurdish rebels"].sector) == ("IRQ", "REB")
    found = codes(code, "Kurdish guerrillas killed three Turkish soldiers.")
    assert found["Kurdish guerrillas"].code == "TUR"


def test_a_state_not_listed_for_the_people_does_not_place_it(code: ActorCoder) -> None:
    found = codes(code, "Tamil rebels killed a British tourist.")
    assert found["Tamil rebels"].code == "LKA"  # the first listed, not Britain


def test_places_come_before_nationalities(code: ActorCoder) -> None:
    text = "Shiite militiamen clashed with Palestinian guerrillas in south Beirut."
    assert codes(code, text)["Shiite militiamen"].code == "LBN"


def test_an_earlier_sentence_places_the_group(code: ActorCoder) -> None:
    text = "Fighting spread across Algeria on Monday. Muslim militants killed 12 villagers."
    assert codes(code, text)["Muslim militants"].code == "DZA"


def test_a_faith_with_no_state_in_view_is_left_uncoded(code: ActorCoder) -> None:
    found = codes(code, "Muslim militants killed 12 villagers.")
    assert (found["Muslim militants"].code, found["Muslim militants"].sector) == (None, "REB")


def test_an_adjective_alone_is_no_actor(code: ActorCoder) -> None:
    found = codes(code, "The Kurdish town of Cizre was shelled.")
    assert not [t for t in found if "Kurdish" in t]


def test_a_given_name_is_not_a_people(code: ActorCoder) -> None:
    found = codes(code, "Senator Karen Bass criticised the plan.")
    assert "Karen" not in found


def test_a_demonym_before_a_people_names_its_state(code: ActorCoder) -> None:
    found = codes(code, "Iraqi Kurds fled to the mountains.")
    assert (found["Iraqi Kurds"].code, found["Iraqi Kurds"].sector) == ("IRQ", "CVL")


def test_peoples_leaders_are_elites(code: ActorCoder) -> None:
    found = codes(code, "A group of Yoruba leaders met in Nigeria.")
    assert (found["Yoruba leaders"].code, found["Yoruba leaders"].sector) == ("NGA", "ELI")


def test_shared_party_names_follow_the_country(code: ActorCoder) -> None:
    israel = codes(code, "Labour won the most seats in the Israeli Knesset.")
    assert (israel["Labour"].code, israel["Labour"].sector) == ("ISR", "PTY")
    britain = codes(code, "Labour attacked the government's spending cuts.")
    assert britain["Labour"].code == "GBR"  # the first listed
    norway = codes(code, "Norway's Labour Party won the election.")
    assert norway["Norway's Labour Party"].code == "NOR"


def test_is_location_tells_places_from_nationalities(nlp: Language) -> None:
    doc = nlp("Turkish soldiers crossed into Iraq.")
    turkish = Mention(0, 1, "Turkey", "country", "TUR", None)
    iraq = Mention(4, 5, "Iraq", "country", "IRQ", None)
    assert not is_location(doc, turkish)
    assert is_location(doc, iraq)


def test_place_groups_keeps_unplaced_mentions(nlp: Language) -> None:
    doc = nlp("Basque separatists bombed a bank in France.")
    basque = Entry("Basque", "group", (Term("ESP", None, None, None),))
    group = Mention(0, 2, "Basque", "agent", "ESP", "REB", basque)
    france = Mention(6, 7, "France", "country", "FRA", None)
    placed = place_groups(doc, [group, france], {"Basque": ("ESP", "FRA")})
    assert placed[0].code == "FRA"
    assert placed[1] == france
    unplaced = place_groups(doc, [group, france], {})
    assert unplaced[0].code == "ESP"


def test_located_states_needs_one_state(nlp: Language) -> None:
    doc = nlp("Rebels fought in Bamako and in Dakar.")
    mali = Mention(3, 4, "Mali", "capital", "MLI", "GOV")
    senegal = Mention(6, 7, "Senegal", "capital", "SEN", "GOV")
    assert located_states(doc, [mali]) == {0: "MLI"}
    assert located_states(doc, [mali, senegal]) == {0: None}


def test_a_state_that_acts_is_no_location(nlp: Language) -> None:
    doc = nlp("Rebels backed by Rwanda fought on.")
    rwanda = Mention(3, 4, "Rwanda", "country", "RWA", None)
    assert located_states(doc, [rwanda]) == {}


def test_armed_groups_coded_by_region_take_the_state_in_view(code: ActorCoder) -> None:
    text = "The Revolutionary United Front released hostages in Sierra Leone."
    actors = code(text, OLD_WIRE)
    assert coded(find(actors, "Revolutionary United Front")) == ("SLE", "REB")


def test_a_party_name_takes_any_state_the_text_places_it_in(code: ActorCoder) -> None:
    actors = code("Cairo police raided the offices of the Labour Party.", OLD_WIRE)
    assert coded(find(actors, "Labour Party")) == ("EGY", "PTY")


def test_a_party_name_with_no_state_in_view_takes_the_first_listed(code: ActorCoder) -> None:
    assert coded(find(code("Labour won the election.", OLD_WIRE), "Labour")) == ("GBR", "PTY")


def test_a_faiths_followers_are_civilians_of_the_state_they_are_in(code: ActorCoder) -> None:
    actors = code("Christians in Lebanon marked Easter under heavy guard.", OLD_WIRE)
    assert coded(find(actors, "Christians")) == ("LBN", "CVL")


def test_a_faith_adjective_alone_is_no_actor(code: ActorCoder) -> None:
    actors = code("A Muslim school in Lebanon was closed.", OLD_WIRE)
    assert all(a.text != "Muslim" for a in actors)


def test_a_state_that_acts_in_the_clause_does_not_place_the_group(code: ActorCoder) -> None:
    text = "Ankara vowed a new operation against Kurdish militants in northern Iraq."
    assert codes(code, text)["Kurdish militants"].code == "IRQ"
    text = "Rwanda denied arming Hutu militias in eastern Congo."
    assert codes(code, text)["Hutu militias"].code == "COD"


def test_a_state_that_acts_still_places_a_group_with_no_other_place(code: ActorCoder) -> None:
    found = codes(code, "Turkey shelled Kurdish militants on Sunday.")
    assert found["Kurdish militants"].code == "TUR"


def test_a_union_centre_named_alike_in_several_states_is_the_articles(code: ActorCoder) -> None:
    actors = code("The TUC accused ministers of attacking the right to strike.")
    assert coded(find(actors, "TUC")) == ("GBR", "LAB")
    actors = code("Nigeria's labour unions, the NLC and the TUC, called a general strike.")
    assert coded(find(actors, "TUC")) == ("NGA", "LAB")


def test_a_football_association_is_the_states_named_before_it(code: ActorCoder) -> None:
    actors = code("The Ghana Football Association sacked the national coach.")
    assert coded(find(actors, "Ghana Football Association")) == ("GHA", "NGO")
    actors = code("The Football Association fined the Nigerian striker.")
    assert coded(find(actors, "Football Association")) == ("GBR", "NGO")


def test_a_place_hyphened_to_based_places_no_group(code: ActorCoder) -> None:
    # "the London-based group said": the place says where the reporter sits, not where the
    # dissidents are.
    text = "Chinese police arrested two dissidents, the London-based group Asia Watch said."
    assert codes(code, text)["dissidents"].code != "GBR"
    placed = codes(code, "Police arrested two dissidents in London.")
    assert [a.code for t, a in placed.items() if "dissidents" in t] == ["GBR"]


def test_a_group_joined_to_a_party_of_its_state_is_of_that_state(code: ActorCoder) -> None:
    text = "Thailand took in refugees fleeing fighting between the Burmese army and Karen rebels."
    assert codes(code, text)["Karen rebels"].code == "MMR"  # not the first state named
    alone = "Thailand took in refugees fleeing fighting near the border with Karen rebels."
    assert codes(code, alone)["Karen rebels"].code == "THA"  # the sentence's state, as before


def test_a_group_of_any_state_joined_to_a_states_body_is_of_that_state(code: ActorCoder) -> None:
    text = "The Philippine government and Muslim rebels signed a peace accord in Jakarta."
    assert codes(code, text)["Muslim rebels"].code == "PHL"  # not where they signed
    # A state's own name joined to the group is no body of it: the place still decides.
    assert codes(code, "Israel and Muslim states met in Cairo.")["Muslim states"].code == "EGY"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Islamic Jihad kidnapped two Frenchmen in Beirut.", "LBN"),
        ("Islamic Jihad gunmen opened fire in Gaza.", "PSE"),
        ("Islamic Jihad vowed revenge.", "PSE"),  # none in view: the first listed
    ],
)
def test_a_name_several_states_armed_groups_bear_is_placed(
    code: ActorCoder, text: str, state: str
) -> None:
    # "Islamic Jihad" names Palestinian, Lebanese, Egyptian and Yemeni groups alike.
    found = [a for a in code(text, OLD_WIRE) if a.text.startswith("Islamic Jihad")]
    assert found and (found[0].code, found[0].sector) == (state, "REB")


@pytest.mark.parametrize(
    ("text", "surface", "state"),
    [
        (
            "Iran opened its borders to thousands of Kurdish refugees fleeing the Iraqi army.",
            "Kurdish refugees",
            "IRQ",
        ),
        ("Turkey took in Kurdish refugees who fled Iraq.", "Kurdish refugees", "IRQ"),
        ("Turkey shelled Kurdish rebels.", "Kurdish rebels", "TUR"),
    ],
)
def test_people_in_flight_are_of_the_state_they_flee(
    code: ActorCoder, text: str, surface: str, state: str
) -> None:
    # Not of the state that takes them in, which the sentence names first.
    assert codes(code, text)[surface].code == state


def test_an_untabled_leader_of_a_shared_party_is_placed_as_the_party(nlp: Language) -> None:
    coder = ActorCoder(nlp)
    text = "Sinn Fein leader Gerry Adams, speaking in Belfast, called for calm."
    actor = find(coder(text, dt.date(1997, 5, 20)), "Sinn Fein leader Gerry Adams")
    assert coded(actor) == ("GBR", "PTY")
    text = "Sinn Fein leader Mary Lou McDonald, speaking in Dublin, called for calm."
    actor = find(coder(text, dt.date(2023, 5, 1)), "Sinn Fein leader Mary Lou McDonald")
    assert coded(actor) == ("IRL", "PTY")


def test_refugees_are_not_of_the_state_they_shelter_in_when_another_is_named(
    code: ActorCoder,
) -> None:
    text = "Tamil refugees in India said Sri Lankan troops had bombed their villages."
    assert coded(find(code(text, OLD_WIRE), "Tamil refugees")) == ("LKA", "REF")
    text = "The Rwandan prime minister urged Hutu refugees in Zaire to come home."
    assert coded(find(code(text, dt.date(1994, 8, 18)), "Hutu refugees")) == ("RWA", "REF")


def test_refugees_with_no_other_state_named_stay_where_they_are(code: ActorCoder) -> None:
    text = "Hutu refugees in Goma were dying of cholera."
    assert find(code(text, dt.date(1994, 7, 25)), "Hutu refugees").code == "COD"


def test_refugees_from_a_state_are_its_own_wherever_they_go(code: ActorCoder) -> None:
    text = "Kurdish refugees from northern Iraq crossed into Iran."
    assert find(code(text, OLD_WIRE), "Kurdish refugees").code == "IRQ"


def test_names_several_states_parties_bear_are_placed(code: ActorCoder) -> None:
    text = "Vladimir Zhirinovsky's Liberal Democratic Party won a quarter of the vote in Russia."
    assert find(code(text, dt.date(1993, 12, 13)), "Liberal Democratic Party").code == "RUS"
    text = "Japan's Liberal Democratic Party chose a new leader."
    party = "Japan's Liberal Democratic Party"
    assert coded(find(code(text, dt.date(2001, 4, 24)), party)) == ("JPN", "PTY")
    # Placed in Japan, the party is dated by the governing-party table: out of power in 1994.
    assert coded(find(code(text, dt.date(1994, 1, 10)), party)) == ("JPN", "OPP")
    text = "Ethnic Albanian rebels of the National Liberation Army shelled Tetovo."
    assert coded(find(code(text, dt.date(2001, 3, 18)), "National Liberation Army")) == (
        "MKD",
        "REB",
    )
