"""Finding toponyms: spans found, before any resolution."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.gazetteer import load_gazetteer
from dyads.stages.place_finders import ToponymFinder


@pytest.fixture(scope="module")
def finder() -> ToponymFinder:
    return ToponymFinder(load_gazetteer())


def found(nlp: Language, finder: ToponymFinder, text: str) -> list[str]:
    doc = nlp(text)
    return [doc[m.start : m.end].text for m in finder.find(doc)]


def test_toponyms_come_in_text_order(nlp: Language, finder: ToponymFinder) -> None:
    text = "A US-based firm opened offices in Kenya and the Kursk region."
    assert found(nlp, finder, text) == ["US", "Kenya", "Kursk region"]


def test_names_of_persons_and_newspapers_are_not_toponyms(
    nlp: Language, finder: ToponymFinder
) -> None:
    assert found(nlp, finder, "The Washington Post said Jordan Peterson would speak.") == []


@pytest.mark.parametrize(
    ("text", "toponym"),
    [
        ("A cyclist was hurt in a crash on the A120 near the village.", "A120"),
        ("Prisoners rioted at Evin prison on Saturday.", "Evin prison"),
        ("Trucks queued at the Torkham border crossing for days.", "Torkham border crossing"),
        ("He survived the shooting at Marjory Stoneman Douglas High School.", "Douglas"),
        ("Wildfire Forces Evacuations Near Flagstaff, Arizona", "Flagstaff"),
        ("Two Killed in Shooting at Memphis Gas Station", "Memphis"),
        ("Floods hit Emilia-Romagna on Sunday.", "Emilia-Romagna"),
        ("Boys train in the home village of Nagrig every week.", "Nagrig"),
        ("Divers recovered a body from the Danube on Monday.", "Danube"),
        ("Thousands of residents fled from Kharkiv overnight.", "Kharkiv"),
        ("Police searched the shore of Lake Kivu for survivors.", "Lake Kivu"),
    ],
)
def test_kinds_of_toponyms_the_model_misses(
    nlp: Language, finder: ToponymFinder, text: str, toponym: str
) -> None:
    assert any(toponym in name for name in found(nlp, finder, text))


def test_a_place_before_a_lower_case_feature_word_keeps_its_own_name(
    nlp: Language, finder: ToponymFinder
) -> None:
    names = found(nlp, finder, "Rescuers searched the coast near Brighton and at Hackney beach.")
    assert "Hackney" in names


def test_a_direction_word_before_a_qualified_town_is_part_of_its_name(
    nlp: Language, finder: ToponymFinder
) -> None:
    doc = nlp("A chemical spill forced evacuations in East Palestine, Ohio.")
    mentions = {doc[m.start : m.end].text: m for m in finder.find(doc)}
    assert not mentions["East Palestine"].area_only


def test_churches_as_bodies_and_sums_are_no_places(nlp: Language, finder: ToponymFinder) -> None:
    text = "The Catholic Church sold the hall at N60 million, the Anglican Church said."
    assert found(nlp, finder, text) == []


def test_towns_between_and_along_are_places(nlp: Language, finder: ToponymFinder) -> None:
    names = found(nlp, finder, "Buses run between Tralee and Killarney every hour.")
    assert names == ["Tralee", "Killarney"]
    assert "Severn" in found(nlp, finder, "Barges moved slowly along the Severn past Worcester.")


@pytest.mark.parametrize(
    ("text", "toponym"),
    [
        ("Officials said Kasese, a town on the border, had been cut off.", "Kasese"),
        ("Rescuers reached Tenom, a small farming town, by boat.", "Tenom"),
        ("Flooding destroyed homes at Umuokpara, Nigeria, on Monday.", "Umuokpara"),
    ],
)
def test_a_name_described_or_qualified_as_a_place(
    nlp: Language, finder: ToponymFinder, text: str, toponym: str
) -> None:
    assert toponym in found(nlp, finder, text)


def test_a_line_in_capitals_yields_its_countries(nlp: Language, finder: ToponymFinder) -> None:
    assert "ITALY" in found(nlp, finder, "FLOODS HIT NORTHERN ITALY AS RIVERS BURST THEIR BANKS")
    assert "SPAIN" in found(nlp, finder, "HEATWAVE GRIPS SPAIN AS TEMPERATURES SOAR")


def test_a_continent_adjective_before_a_thing_names_the_continent(
    nlp: Language, finder: ToponymFinder
) -> None:
    assert found(nlp, finder, "Passenger numbers at European airports rose sharply.") == [
        "European"
    ]


def test_a_continent_adjective_before_a_people_names_no_place(
    nlp: Language, finder: ToponymFinder
) -> None:
    assert found(nlp, finder, "African leaders met on Sunday.") == []


@pytest.mark.parametrize(
    ("text", "toponyms"),
    [
        ("Police closed Oak and Elm streets after the crash.", ["Oak", "Elm"]),
        ("Floods hit Hunan and Jiangxi provinces.", ["Hunan", "Jiangxi"]),
    ],
)
def test_names_joined_before_a_plural_feature_noun_are_each_a_place(
    nlp: Language, finder: ToponymFinder, text: str, toponyms: list[str]
) -> None:
    assert found(nlp, finder, text) == toponyms


def test_streets_joined_by_and_are_not_looked_up_as_towns(
    nlp: Language, finder: ToponymFinder
) -> None:
    doc = nlp("Police closed Oak and Elm streets after the crash.")
    oak = next(m for m in finder.find(doc) if doc[m.start].text == "Oak")
    assert oak.candidates == ()


def test_a_venue_after_at_and_before_in_a_town_is_a_place(
    nlp: Language, finder: ToponymFinder
) -> None:
    assert found(nlp, finder, "She performed at Afrika Shrine in Lagos on Friday.") == [
        "Afrika Shrine",
        "Lagos",
    ]


def test_a_region_named_before_a_noun_keeps_its_article(
    nlp: Language, finder: ToponymFinder
) -> None:
    assert found(nlp, finder, "The Ontario government announced new rent rules.") == ["Ontario"]
    # ... but "the Centre" said alone is a government, not a place.
    assert found(nlp, finder, "Farmers blamed the Centre for the price of seed.") == []


def test_a_building_before_in_and_a_place_is_a_place_whatever_the_verb(
    nlp: Language, finder: ToponymFinder
) -> None:
    text = "Lawyers filed an appeal with the Lahore High Court in Pakistan on Monday."
    assert found(nlp, finder, text) == ["Lahore High Court", "Pakistan"]


def test_a_continent_adjective_hyphened_to_a_region_name(
    nlp: Language, finder: ToponymFinder
) -> None:
    assert "Asian" in found(nlp, finder, "China wants a bigger role in the Asian-Pacific region.")
    assert found(nlp, finder, "African-American voters turned out in force.") == []
