"""Names in modifiers that are no actor, "-bound" destinations and bodies "backed" by another."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from dyads.stages.actor_modifiers import bound_for, in_water_name, names_no_party

from .actor_helpers import ActorCoder, coded, find


def test_a_land_in_a_seas_name_is_no_party(nlp: Language) -> None:
    doc = nlp("Tankers were attacked in the Gulf of Oman near the Taiwan Strait.")
    oman = next(t.i for t in doc if t.text == "Oman")
    taiwan = next(t.i for t in doc if t.text == "Taiwan")
    assert in_water_name(doc, oman, oman + 1)
    assert in_water_name(doc, taiwan, taiwan + 1)
    assert not in_water_name(doc, 0, 1)


def test_origins_and_stances_name_no_party(nlp: Language) -> None:
    doc = nlp("Russia fired Iranian-made drones as pro-Russian separatists advanced.")
    iranian = next(t.i for t in doc if t.text == "Iranian")
    russian = next(t.i for t in doc if t.text == "Russian")
    assert names_no_party(doc, iranian, iranian + 1)
    assert names_no_party(doc, russian, russian + 1)
    assert not names_no_party(doc, 0, 1)


def test_a_region_of_a_continent_names_no_state(nlp: Language) -> None:
    doc = nlp("Central American and Latin American leaders met American envoys.")
    central, latin, envoys = (i for i, t in enumerate(doc) if t.text == "American")
    assert names_no_party(doc, central, central + 1)
    assert names_no_party(doc, latin, latin + 1)
    assert not names_no_party(doc, envoys, envoys + 1)


def test_bound_destination_is_a_party_without_sector(nlp: Language) -> None:
    code = ActorCoder(nlp)
    doc = nlp("Israeli commandos stormed a Gaza-bound flotilla.")
    gaza = next(t.i for t in doc if t.text == "Gaza")
    assert bound_for(doc, gaza, gaza + 1)
    actors = code("Israeli commandos stormed a Gaza-bound flotilla.", dt.date(2010, 5, 31))
    assert coded(find(actors, "Gaza")) == ("PSE", None)
    ship = code("Houthi fighters fired at a U.S.-bound cargo ship.", dt.date(2024, 1, 12))
    assert ("USA", None) in {coded(a) for a in ship}


def test_seas_and_made_in_are_not_actors(nlp: Language) -> None:
    code = ActorCoder(nlp)
    texts = {a.text for a in code("Chinese warships patrolled the Gulf of Guinea.")}
    assert "Guinea" not in texts
    texts = {a.text for a in code("Iraqi troops fired Soviet-made missiles.", dt.date(1991, 2, 1))}
    assert "Soviet" not in texts


def test_backed_body_is_its_own_states(nlp: Language) -> None:
    code = ActorCoder(nlp)
    actors = code("Libya's U.N.-backed government moved to Tripoli.", dt.date(2016, 4, 5))
    assert coded(find(actors, "government")) == ("LBY", "GOV")
    actors = code("The Hamas-led government in Gaza denied it.", dt.date(2012, 6, 10))
    assert coded(find(actors, "government")) == ("PSE", "GOV")
    actors = code(
        "Russian-backed separatists in eastern Ukraine took the town.", dt.date(2014, 8, 30)
    )
    assert coded(find(actors, "separatists")) == ("UKR", "REB")


def test_a_led_coalition_stays_the_leaders(nlp: Language) -> None:
    actors = ActorCoder(nlp)("The Saudi-led coalition said its jets struck.", dt.date(2015, 6, 1))
    assert all(a.code in (None, "SAU") for a in actors)


def test_a_dropped_name_is_not_read_as_a_town(nlp: Language) -> None:
    # "Russia" in "pro-Russia" is no actor, and no town of that name either ("Russia, Ohio").
    actors = ActorCoder(nlp)("The pro-Russia rebels held a referendum.", dt.date(2015, 1, 1))
    assert all(a.code != "USA" for a in actors)


def test_a_backed_body_with_no_place_takes_the_state_in_focus(nlp: Language) -> None:
    text = "Syrian soldiers retreated, while the US-backed rebels advanced."
    actors = ActorCoder(nlp)(text, dt.date(2016, 1, 1))
    assert coded(find(actors, "rebels")) == ("SYR", "REB")
