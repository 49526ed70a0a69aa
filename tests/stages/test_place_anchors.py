"""Anchors: the places read without context that the article's small homonyms are read by
("Sydney" beside "Richmond and Windsor"), not each other's first readings."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.gazetteer import GazEntry
from dyads.stages.place_anchors import anchor_regions, is_anchor, sure_reading
from dyads.stages.place_resolution import Mention

from .place_helpers import by_text, places


def _town(name: str, country: str, admin1: str, population: int, capital: bool = False) -> GazEntry:
    return GazEntry("city", name, country, admin1, 0.0, 0.0, population, None, capital)


SYDNEY = _town("Sydney", "AUS", "New South Wales", 5_600_000)
SYDNEY_NS = _town("Sydney", "CAN", "Nova Scotia", 106_000)
KINGSTON = _town("Kingston", "JAM", "Kingston", 940_000, capital=True)
KINGSTON_ON = _town("Kingston", "CAN", "Ontario", 132_000)
TRIPOLI = _town("Tripoli", "LBY", "Tripoli", 1_100_000, capital=True)
TRIPOLI_LB = _town("Tripoli", "LBN", "North", 230_000)


def _mention(*candidates: GazEntry) -> Mention:
    return Mention(0, 1, candidates, key=candidates[0].name.lower())


def test_a_big_city_with_no_big_namesake_abroad_is_an_anchor() -> None:
    assert is_anchor(_mention(SYDNEY, SYDNEY_NS), SYDNEY)
    assert is_anchor(_mention(KINGSTON, KINGSTON_ON), KINGSTON)


def test_a_big_city_beside_a_namesake_of_a_fifth_its_size_or_more_is_none() -> None:
    assert not is_anchor(_mention(TRIPOLI, TRIPOLI_LB), TRIPOLI)


def test_a_small_town_read_first_is_no_anchor() -> None:
    assert not is_anchor(_mention(SYDNEY_NS, SYDNEY), SYDNEY_NS)
    assert not is_anchor(_mention(KINGSTON_ON, KINGSTON), KINGSTON_ON)


def test_a_town_of_one_country_is_sure_only_when_it_is_no_village() -> None:
    naas = _town("Naas", "IRL", "Leinster", 21_000)
    village = _town("English", "USA", "Indiana", 600)
    assert sure_reading(_mention(naas), naas)
    assert not sure_reading(_mention(village), village)


def test_areas_are_sure_and_a_facility_is_no_anchor() -> None:
    state = GazEntry("admin1", "Queensland", "AUS", None, -22.0, 144.0, 5_000_000, None)
    assert sure_reading(_mention(state), state)
    airport = Mention(0, 1, (SYDNEY, SYDNEY_NS), key="sydney", facility=True)
    assert not is_anchor(airport, SYDNEY)


def test_anchor_regions_are_the_regions_of_towns_and_the_regions_themselves() -> None:
    state = GazEntry("admin1", "Queensland", "AUS", None, -22.0, 144.0, 5_000_000, None)
    assert anchor_regions([SYDNEY, state, None]) == frozenset(
        {("AUS", "New South Wales"), ("AUS", "Queensland")}
    )


def test_a_dateline_anchors_the_small_towns_of_the_story(nlp: Language) -> None:
    text = "SYDNEY (Reuters) - Floodwaters cut off Windsor and Richmond on Monday."
    found = by_text(places(nlp, text))
    assert {found[name].country for name in ("SYDNEY", "Windsor", "Richmond")} == {"AUS"}
    assert found["Windsor"].admin1 == found["Richmond"].admin1 == "New South Wales"


def test_a_capital_abroad_is_not_drawn_to_a_village_in_an_anchors_region(
    nlp: Language,
) -> None:
    found = by_text(
        places(nlp, "The Texas governor met donors in Houston before he flew to London.")
    )
    assert found["London"].country == "GBR"


def test_a_county_of_one_name_anchors_its_state() -> None:
    county = GazEntry("admin2", "Kosciusko County", "USA", "Indiana", 41.2, -85.9, 80_000, None)
    assert sure_reading(_mention(county), county)
    assert anchor_regions([county]) == frozenset({("USA", "Indiana")})


def test_a_county_beside_a_county_anchor_is_read_in_its_state(nlp: Language) -> None:
    found = by_text(places(nlp, "Fulton County deputies and Kosciusko County officials met."))
    assert found["Fulton County"].admin1 == "Indiana"


def test_a_namesake_abroad_by_another_name_leaves_a_town_sure() -> None:
    mandi = _town("Mandi", "IND", "Himachal Pradesh", 28_000)
    known_so = _town("Fort Abbas", "PAK", "Punjab", 83_000)  # "Mandi" among its other names
    assert sure_reading(Mention(0, 1, (known_so, mandi), key="mandi"), mandi)


def test_a_town_beside_a_sure_one_is_read_in_its_region(nlp: Language) -> None:
    found = by_text(places(nlp, "Floods in Bilaspur and Mandi washed away bridges."))
    assert found["Bilaspur"].admin1 == found["Mandi"].admin1 == "Himāchal Pradesh"
