"""Towns named through what is at them ("Dover port") and the words that make a misread name a
town's ("off Lampedusa", "flights to Erbil", "left without power", "rebels took Kidal")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.place_resolution import Mention
from dyads.stages.place_sites import (
    chain_hotel_mentions,
    left_without_supply,
    offshore,
    on_route,
    site_mentions,
    site_noun_after,
    taken_by_armed_group,
    town_of_building,
    under_bombardment,
)

from .place_helpers import by_text, places, shared_lookup, span_of, toponyms


def _sites(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    taken = [False] * len(doc)
    found = site_mentions(shared_lookup(), doc, [t.text for t in doc], taken)
    return [doc[m.start : m.end].text for m in found]


@pytest.mark.parametrize(
    ("text", "name", "noun"),
    [
        ("Ships left Odesa port at dawn.", "Odesa", "port"),
        ("Jets took off from the Lakenheath air base.", "Lakenheath", "base"),
        ("Workers repaired the Kakhovka hydroelectric dam.", "Kakhovka", "dam"),
    ],
)
def test_site_noun_after_a_name_past_modifiers(
    nlp: Language, text: str, name: str, noun: str
) -> None:
    doc = nlp(text)
    found = site_noun_after(doc, span_of(doc, name)[1])
    assert found is not None and doc[found].text == noun


def test_a_base_is_a_site_only_for_armed_forces(nlp: Language) -> None:
    doc = nlp("The senator courted the Boston base of the party.")
    assert site_noun_after(doc, span_of(doc, "Boston")[1]) is None


def test_a_town_misread_before_a_site_is_found(nlp: Language) -> None:
    assert "Zaporizhzhia" in _sites(nlp, "Engineers inspected the Zaporizhzhia nuclear plant.")


def test_a_company_before_works_is_no_town(nlp: Language) -> None:
    assert _sites(nlp, "A Toyota plant in Kentucky will add a shift.") == []


def test_a_site_named_after_a_person_is_an_unresolved_place(nlp: Language) -> None:
    found = by_text(places(nlp, "Flights were halted at Jomo Kenyatta airport."))
    assert "Jomo Kenyatta" in found and found["Jomo Kenyatta"].geonameid is None


def test_a_large_town_before_a_site_keeps_its_country(nlp: Language) -> None:
    # The article is about Ukraine; the station is the Polish town's.
    text = "Refugees from Kharkiv reached Przemysl station after two days on a train."
    assert by_text(places(nlp, text))["Przemysl"].country == "POL"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Divers searched the waters off Malta for the wreck.", "Malta", True),
        ("Investors wrote off Hastings after the results.", "Hastings", False),
    ],
)
def test_off_as_a_preposition_is_offshore(
    nlp: Language, text: str, name: str, expected: bool
) -> None:
    doc = nlp(text)
    assert offshore(doc, span_of(doc, name)[0]) is expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The airline cancelled all flights to Mosul.", "Mosul"),
        ("Soldiers guarded the highway to Herat.", "Herat"),
    ],
)
def test_a_way_to_a_name_is_a_route(nlp: Language, text: str, name: str) -> None:
    doc = nlp(text)
    assert on_route(doc, span_of(doc, name)[0])


def test_a_letter_to_a_name_is_no_route(nlp: Language) -> None:
    doc = nlp("She wrote a letter to Austin last year.")
    assert not on_route(doc, span_of(doc, "Austin")[0])


def test_a_town_left_without_power(nlp: Language) -> None:
    doc = nlp("Kramatorsk was left without electricity after the strike.")
    assert left_without_supply(doc, *span_of(doc, "Kramatorsk"))
    other = nlp("Kramatorsk was left without a coach after the defeat.")
    assert not left_without_supply(other, *span_of(other, "Kramatorsk"))


def test_a_town_that_has_been_without_power(nlp: Language) -> None:
    doc = nlp("Kramatorsk has been without power for two days.")
    assert left_without_supply(doc, *span_of(doc, "Kramatorsk"))
    other = nlp("Kramatorsk has been without a win for two months.")
    assert not left_without_supply(other, *span_of(other, "Kramatorsk"))


def test_a_town_taken_by_an_armed_group(nlp: Language) -> None:
    doc = nlp("Insurgents took Menaka after a short battle.")
    assert taken_by_armed_group(doc, *span_of(doc, "Menaka"))
    voters = nlp("Voters took Warren seriously after the debate.")
    assert not taken_by_armed_group(voters, *span_of(voters, "Warren"))


def test_a_town_that_falls_to_an_armed_group(nlp: Language) -> None:
    doc = nlp("Kidal fell to the rebels in 2012.")
    assert taken_by_armed_group(doc, *span_of(doc, "Kidal"))
    floor = nlp("Warren fell to the floor.")
    assert not taken_by_armed_group(floor, *span_of(floor, "Warren"))


@pytest.mark.parametrize(
    ("text", "airport", "country"),
    [
        ("Fog closed Birmingham Airport on Monday.", "Birmingham Airport", "GBR"),
        ("Snow shut Glasgow Airport for the day.", "Glasgow Airport", "GBR"),
    ],
)
def test_an_airport_named_after_a_town_is_placed_there(
    nlp: Language, text: str, airport: str, country: str
) -> None:
    found = by_text(places(nlp, text))
    assert found[airport].country == country
    assert found[airport].geonameid is not None  # the town's


def test_only_airports_are_placed_in_the_town_they_are_named_after(nlp: Language) -> None:
    doc = nlp("She studied at Washington University in St. Louis.")
    start, end = span_of(doc, "Washington University")
    unknown = Mention(start, end, ())
    assert town_of_building(shared_lookup(), doc, unknown) is unknown


def test_an_untagged_variant_after_the_coast_of_is_found(nlp: Language) -> None:
    found = by_text(places(nlp, "A drone boat exploded off the coast of Hudaida."))
    assert "Hudaida" in found and found["Hudaida"].country == "YEM"


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters entered Goma on Tuesday.",
        "Government troops recaptured Goma after a week.",
        "Soldiers encircled Goma overnight.",
    ],
)
def test_armed_groups_entering_or_retaking_a_town(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert taken_by_armed_group(doc, *span_of(doc, "Goma"))


def test_a_person_caught_by_troops_is_no_town_taken(nlp: Language) -> None:
    # "capture" takes persons as often as towns: it is no verb of taking ground here.
    doc = nlp("Troops captured Goma in a raid on his hideout.")
    assert not taken_by_armed_group(doc, *span_of(doc, "Goma"))


def test_a_town_under_bombardment(nlp: Language) -> None:
    doc = nlp("Mykolaiv came under heavy fire overnight.")
    assert under_bombardment(doc, *span_of(doc, "Mykolaiv"))
    shelled = nlp("Kharkiv came under shelling again on Tuesday.")
    assert under_bombardment(shelled, *span_of(shelled, "Kharkiv"))


def test_a_person_under_fire_for_words_is_no_town(nlp: Language) -> None:
    doc = nlp("Johnson came under fire for his remarks.")
    assert not under_bombardment(doc, *span_of(doc, "Johnson"))
    plain = nlp("Johnson came under fire from critics.")
    assert not under_bombardment(plain, *span_of(plain, "Johnson"))
    heavy = nlp("Johnson came under heavy fire from opposition lawmakers.")
    assert not under_bombardment(heavy, *span_of(heavy, "Johnson"))
    shelled = nlp("Kherson came under heavy fire from Russian forces.")
    assert under_bombardment(shelled, *span_of(shelled, "Kherson"))


def _chain_towns(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    taken = [False] * len(doc)
    found = chain_hotel_mentions(shared_lookup(), doc, [t.text for t in doc], taken)
    return [doc[m.start : m.end].text for m in found]


def test_a_town_after_a_hotel_chain(nlp: Language) -> None:
    assert _chain_towns(nlp, "Gunmen stormed the Radisson Blu Nairobi on Monday.") == ["Nairobi"]
    assert _chain_towns(nlp, "They met at the Sheraton Amman Hotel.") == ["Amman"]


def test_a_chain_before_a_longer_name_names_no_town(nlp: Language) -> None:
    # "the Hilton Paris Opera" names its quarter after the town: no town ends the name.
    assert _chain_towns(nlp, "She stayed at the Hilton Paris Opera last week.") == []
    assert _chain_towns(nlp, "Marriott said profits rose.") == []


def test_heavy_fire_over_a_decision_is_criticism(nlp: Language) -> None:
    doc = nlp("Johnson came under heavy fire over the decision.")
    assert not under_bombardment(doc, *span_of(doc, "Johnson"))


def test_a_local_court_is_placed_in_the_town_it_is_named_after(nlp: Language) -> None:
    found = by_text(places(nlp, "The suspect appeared before Tallaght District Court on Monday."))
    assert found["Tallaght District Court"].country == "IRL"
    assert found["Tallaght District Court"].geonameid is not None  # the town's


def test_the_supreme_court_is_no_place(nlp: Language) -> None:
    assert places(nlp, "The Supreme Court ruled on Monday that the law was void.") == []


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A Karachi court granted bail to the suspect.", "Karachi", "PAK"),
        ("A Lahore court sentenced him to death.", "Lahore", "PAK"),
    ],
)
def test_a_large_town_before_court_is_where_the_court_sits(
    nlp: Language, text: str, name: str, country: str
) -> None:
    assert by_text(places(nlp, text))[name].country == country


@pytest.mark.parametrize(
    "text",
    [
        "The Warren court expanded civil rights.",  # a judge's court
        "An Apple court filing showed losses.",  # a company's
    ],
)
def test_a_judge_or_a_company_before_court_is_no_place(nlp: Language, text: str) -> None:
    assert toponyms(nlp, text) == []
