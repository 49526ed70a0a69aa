"""Tests for states referred to by a common noun (``actor_anaphors``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.actor_anaphors import after_pair_word

from .actor_helpers import OLD_WIRE, ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_the_country_is_the_state_in_focus(code: ActorCoder) -> None:
    text = "Bolivia declared a state of siege. The country has had six governments in a year."
    assert coded(find(code(text, OLD_WIRE), "country")) == ("BOL", None)


def test_the_countrys_president_is_its_government(code: ActorCoder) -> None:
    text = "Gabon held an election on Sunday. The country's president was expected to win."
    actors = code(text, OLD_WIRE)
    assert [coded(a) for a in actors if "president" in a.text] == [("GAB", "GOV")]


def test_the_country_a_state_acts_on_is_the_other_state_named_before(code: ActorCoder) -> None:
    text = (
        "France backed Chad's request for more troops. Paris said it would send aid to the "
        "country within a week."
    )
    assert coded(find(code(text, OLD_WIRE), "country")) == ("TCD", None)
    # With no other state named, "the country" the state acts on stays unresolved.
    alone = code("Paris said it would send aid to the country within a week.", OLD_WIRE)
    assert not any("country" in a.text for a in alone)


def test_the_country_with_no_state_in_view_is_no_actor(code: ActorCoder) -> None:
    actors = code("The country has had six governments in a year.", OLD_WIRE)
    assert not any("country" in a.text for a in actors)


def test_the_country_after_two_joined_states_is_left_open(code: ActorCoder) -> None:
    text = "Chad and Niger closed the border. The country said the move was temporary."
    assert not any("country" in a.text for a in code(text, OLD_WIRE))


def test_country_as_a_modifier_or_before_of_is_no_anaphor(code: ActorCoder) -> None:
    text = "Hungary banned the festival. The country music star and the country of his birth wept."
    assert not any("country" in a.text for a in code(text, OLD_WIRE))


def test_the_two_countries_are_both_states_of_the_pair(code: ActorCoder) -> None:
    text = "Belize and Guatemala resumed border talks. The two countries disagree on the map."
    actors = [a for a in code(text, OLD_WIRE) if "two countries" in a.text]
    assert sorted(coded(a) for a in actors) == [("BLZ", None), ("GTM", None)]


def test_both_governments_are_the_pairs_governments(code: ActorCoder) -> None:
    text = "Laos and Thailand opened a new bridge. Both governments hailed the project."
    actors = [a for a in code(text, OLD_WIRE) if a.text == "Both governments"]
    assert sorted(coded(a) for a in actors) == [("LAO", "GOV"), ("THA", "GOV")]


def test_a_nearer_sentence_with_parties_of_two_states_leaves_the_pair_to_the_roles(
    code: ActorCoder,
) -> None:
    # The pair is Marcos's and Kishida's states, found by the event's roles, not the joined
    # states two sentences back.
    text = (
        "Japan and Australia expressed concern. Marcos met Kishida in Tokyo. "
        "The two countries signed an agreement."
    )
    assert not any("countries" in a.text for a in code(text, dt.date(2024, 6, 17)))
    text = "Belize and Guatemala resumed talks. Mexico stayed silent. The two countries disagree."
    actors = [a for a in code(text, OLD_WIRE) if "two countries" in a.text]
    assert sorted(coded(a) for a in actors) == [("BLZ", None), ("GTM", None)]


def test_the_two_countries_with_no_pair_in_view_is_no_actor(code: ActorCoder) -> None:
    text = "Oman hosted the summit. The two countries signed nothing."
    assert not any("countries" in a.text for a in code(text, OLD_WIRE))


def test_pair_words_are_read_after_both_or_the_two(nlp: Language) -> None:
    doc = nlp("Both sides met, and the two leaders spoke, as two aides did.")
    assert after_pair_word(doc, 1)
    assert after_pair_word(doc, 7)
    assert not after_pair_word(doc, 12)


def test_the_agency_or_the_alliance_is_the_body_named_before(code: ActorCoder) -> None:
    actors = code(
        "Iran met the IAEA chief in Vienna. Iran later halted cooperation with the agency."
    )
    assert [a.code for a in actors if a.text == "agency"] == ["IGOUNOIAE"]
    actors = code("NATO leaders met in The Hague. Russia warned the alliance against expansion.")
    assert [a.code for a in actors if a.text == "alliance"] == ["IGOWSTNAT"]
    actors = code("NATO warplanes struck Yugoslavia. Russia accused the alliance of aggression.")
    assert [a.code for a in actors if a.text == "alliance"] == ["IGOWSTNAT"]
    actors = code(
        "The IMF agreed to a loan for Indonesia. Seoul denied it sought help from the Fund."
    )
    assert [a.code for a in actors if a.text == "Fund"] == ["IGOBUSIMF"]  # by the body's name
    actors = code("The U.N. Security Council met on Friday. Russia urged the Council to act.")
    assert [a.code for a in actors if a.text == "Council"] == ["IGOUNO"]
    actors = code("The World Bank approved a loan to Kenya. The central bank welcomed it.")
    assert all(a.code != "IGOUNODEVWBK" for a in actors if "central" in a.text)
    # A body whose name does not fit the noun is not meant: a travel agency is no IGO.
    actors = code("Mercosur leaders met in Brasilia. The travel agency said flights resumed.")
    assert all(a.text != "agency" for a in actors)


def test_their_forces_after_two_joined_states_are_both_states_forces(code: ActorCoder) -> None:
    text = "Canada and the Netherlands said their frigates sank a pirate skiff."
    actors = [a for a in code(text, OLD_WIRE) if a.text == "frigates"]
    assert sorted(coded(a) for a in actors) == [("CAN", "MIL"), ("NLD", "MIL")]
    text = "Chile and Peru said their soldiers cleared the mines."
    actors = [a for a in code(text, OLD_WIRE) if a.text == "soldiers"]
    assert sorted(coded(a) for a in actors) == [("CHL", "MIL"), ("PER", "MIL")]


def test_their_forces_after_a_pair_and_another_state_are_not_the_pairs(
    code: ActorCoder,
) -> None:
    text = "Chile and Peru told Bolivia that their soldiers would clear the mines."
    actors = [a for a in code(text, OLD_WIRE) if a.text == "soldiers"]
    assert sorted(coded(a) for a in actors) != [("CHL", "MIL"), ("PER", "MIL")]


def test_the_country_after_a_dateline_is_the_state_the_text_names(code: ActorCoder) -> None:
    text = (
        "GENEVA (Reuters) - Envoys met on Sudan on Monday after the country's army rejected "
        "a truce."
    )
    assert [coded(a) for a in code(text, OLD_WIRE) if "country" in a.text] == [("SDN", "MIL")]


def test_the_country_after_a_dateline_alone_is_the_datelines_state(code: ActorCoder) -> None:
    text = "KABUL (Reuters) - The country's president demanded the exit of foreign troops."
    assert [coded(a) for a in code(text, OLD_WIRE) if "country" in a.text] == [("AFG", "GOV")]


def test_the_charity_or_the_rights_group_is_the_body_named_before(code: ActorCoder) -> None:
    text = "Oxfam said wells had dried up. The charity urged donors to act."
    assert coded(find(code(text, OLD_WIRE), "charity")) == ("NGOHLHOXF", None)
    rights = "Amnesty International said hundreds were held. The rights group urged their release."
    assert coded(find(code(rights, OLD_WIRE), "rights group")) == ("NGOHRIAMN", None)


def test_the_group_alone_is_no_charity(code: ActorCoder) -> None:
    text = "Oxfam said wells had dried up. The group urged donors to act."
    assert not any(a.text.endswith("group") for a in code(text, OLD_WIRE))


def test_the_country_is_the_state_named_not_the_datelines(code: ActorCoder) -> None:
    text = (
        "OSLO, May 3 (Wire) - The league expelled the club of Chad after the country's sports"
        " body objected."
    )
    assert next(a for a in code(text) if a.text == "country").code == "TCD"
    text = "OSLO, May 3 (Wire) - Officials said the country would host the games."
    assert next(a for a in code(text) if a.text == "country").code == "NOR"


def test_the_group_is_the_armed_group_named_last(code: ActorCoder) -> None:
    text = "Israeli jets struck Hezbollah targets after the group fired rockets at Haifa."
    group = find(code(text, dt.date(2024, 10, 14)), "group")
    assert (group.name, *coded(group)) == ("Hezbollah", "LBN", "REB")
    text = "Boko Haram attacked a village. The militant group said it held the road."
    group = find(code(text, dt.date(2024, 10, 14)), "militant group")
    assert coded(group) == ("NGA", "REB")


def test_the_group_after_another_body_or_as_a_modifier_is_left_open(code: ActorCoder) -> None:
    on = dt.date(2024, 10, 14)
    text = "Boko Haram attacked a village. Amnesty said the group killed 20 people."
    assert not any(a.text.endswith("group") for a in code(text, on))
    text = "Hezbollah fired rockets. A group of lawmakers met in Beirut."
    assert not any(a.text.endswith("group") for a in code(text, on))
