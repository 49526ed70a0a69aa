"""Cues that a town's name means the town: what only a town has, a journey bound for it, the
way out of it, an area named after it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.place_local_cues import (
    area_named_after,
    before_local_building,
    border_with,
    bound_for,
    came_under_attack,
    destined_for,
    local_cue,
    out_of,
    owned_by_town,
)

from .place_helpers import by_text, places, span_of


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Kherson's mayor ordered an evacuation.", "Kherson", True),
        ("Smith's mother ordered an evacuation.", "Smith", False),
        ("The bus left Lviv's outskirts at dawn.", "Lviv", True),
        ("Kherson's governor said two people were killed.", "Kherson", True),
    ],
)
def test_owned_by_town(nlp: Language, text: str, name: str, expected: bool) -> None:
    doc = nlp(text)
    assert owned_by_town(doc, *span_of(doc, name)) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("A Herat-bound bus overturned.", "Herat", True),
        ("A Herat - bound bus overturned.", "Herat", False),
        ("A Herat-based firm grew.", "Herat", False),
    ],
)
def test_bound_for(nlp: Language, text: str, name: str, expected: bool) -> None:
    doc = nlp(text)
    assert bound_for(doc, span_of(doc, name)[1]) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Families streamed out of Goma on Tuesday.", "Goma", True),
        ("He pulled it out of Jackson's car.", "Jackson", False),
        ("She came out of Goma's hospital.", "Goma", False),
    ],
)
def test_out_of(nlp: Language, text: str, name: str, expected: bool) -> None:
    doc = nlp(text)
    assert out_of(doc, span_of(doc, name)[0]) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Police said the Swat district was calm.", "Swat", True),
        ("Curfews were imposed in the Imphal area.", "Imphal", True),
        ("Swat district officials met.", "Swat", False),
        ("the Swat District Council met.", "Swat", False),
    ],
)
def test_area_named_after(nlp: Language, text: str, name: str, expected: bool) -> None:
    doc = nlp(text)
    assert area_named_after(doc, *span_of(doc, name)) is expected


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Sloviansk's mayor urged civilians to leave.", "Sloviansk", "UKR"),
        ("Tijuana's mayor asked for federal troops.", "Tijuana", "MEX"),
        ("A Gao-bound convoy was attacked on Monday.", "Gao", "MLI"),
        ("A Herat-bound bus overturned on the highway.", "Herat", "AFG"),
        ("Families streamed out of Khan Younis on foot.", "Khan Younis", "PSE"),
        ("Police said the Lakki Marwat district had seen three attacks.", "Lakki Marwat", "PAK"),
        ("The army said it retook Menaka after a week.", "Menaka", "MLI"),
    ],
)
def test_known_towns_beside_these_cues_are_places(
    nlp: Language, text: str, town: str, country: str
) -> None:
    found = by_text(places(nlp, text))
    assert town in found and found[town].country == country


@pytest.mark.parametrize(
    "text",
    [
        "Jackson's mother said the school was closed.",
        "She was hired out of Goldman Sachs last year.",
        "Parts of Johnson's plan were rejected.",
        "She disagreed with areas of Warren's platform.",
        "Fighters of al-Shabaab attacked a base.",
    ],
)
def test_persons_and_companies_beside_them_are_no_places(nlp: Language, text: str) -> None:
    assert places(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("A grain ship bound for Haifa was seized.", "Haifa", True),
        ("A convoy headed for Kadugli was looted.", "Kadugli", True),
        ("The money was meant for Jackson.", "Jackson", False),
        ("She voted for Jackson in the primary.", "Jackson", False),
    ],
)
def test_destined_for(nlp: Language, text: str, name: str, expected: bool) -> None:
    doc = nlp(text)
    assert destined_for(doc, span_of(doc, name)[0]) is expected


def test_a_large_town_a_ship_is_bound_for_is_a_place(nlp: Language) -> None:
    found = by_text(places(nlp, "A tanker bound for Rotterdam was diverted on Monday."))
    assert "Rotterdam" in found and found["Rotterdam"].country == "NLD"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Sarajevo came under heavy shelling on Tuesday.", "Sarajevo", True),
        ("Kramatorsk came under rocket fire overnight.", "Kramatorsk", True),
        ("Kharkiv came under a massive drone attack.", "Kharkiv", True),
        ("Jackson came under fire from his own party.", "Jackson", False),
        ("Jackson came under heavy fire from critics.", "Jackson", False),
        ("Smith came under attack from Republicans.", "Smith", False),
    ],
)
def test_came_under_attack(nlp: Language, text: str, name: str, expected: bool) -> None:
    doc = nlp(text)
    assert came_under_attack(doc, *span_of(doc, name)) is expected


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Kramatorsk came under rocket fire overnight.", "Kramatorsk", "UKR"),
        ("Drones struck Odesa's port overnight.", "Odesa", "UKR"),
        ("Floods swept through Derna after two dams burst.", "Derna", "LBY"),
        ("Soldiers patrolled Kismayo after the attack.", "Kismayo", "SOM"),
        ("Malawi's capital Lilongwe saw record rainfall.", "Malawi", "MWI"),
        ("Malawi's capital Lilongwe saw record rainfall.", "Lilongwe", "MWI"),
        ("Rioters attacked a mosque on the border with Tajikistan.", "Tajikistan", "TJK"),
        ("Incidents took place in the rural areas of Malawi.", "Malawi", "MWI"),
        ("An attack in al-Arish killed 22 people.", "al-Arish", "EGY"),
    ],
)
def test_more_cues_of_a_known_town(nlp: Language, text: str, town: str, country: str) -> None:
    found = by_text(places(nlp, text))
    assert town in found and found[town].country == country


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Rioters attacked a mosque on the border with Tajikistan.", "Tajikistan", True),
        ("Chad closed its frontier with Sudan.", "Sudan", True),
        ("The talks with Jackson broke down.", "Jackson", False),
    ],
)
def test_border_with(nlp: Language, text: str, name: str, expected: bool) -> None:
    doc = nlp(text)
    assert border_with(doc, span_of(doc, name)[0]) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("A gunman opened fire at a Karachi hotel on Sunday.", "Karachi", True),
        ("Firefighters battled a blaze at a Lancaster warehouse.", "Lancaster", True),
        ("He ate at a Jackson restaurant.", "Jackson", False),  # the model reads a person
        ("Karachi hotel prices rose.", "Karachi", False),  # no article before the name
    ],
)
def test_before_local_building(nlp: Language, text: str, name: str, expected: bool) -> None:
    doc = nlp(text)
    assert before_local_building(doc, *span_of(doc, name)) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Kherson's mayor ordered an evacuation.", "Kherson", True),
        ("A Herat-bound bus overturned.", "Herat", True),
        ("A gunman opened fire at a Karachi hotel.", "Karachi", True),
        ("Smith's mother ordered an evacuation.", "Smith", False),
    ],
)
def test_local_cue_is_any_of_them(nlp: Language, text: str, name: str, expected: bool) -> None:
    doc = nlp(text)
    assert local_cue(doc, *span_of(doc, name)) is expected
