"""Toponyms found by the recall rules: a country's initials after its full name
(`place_initials`), parts of a town in the plural before "of", and landforms named by an
adjective ("the Crimean peninsula")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.records import Place
from dyads.stages.place_initials import initials_of
from dyads.stages.places import Geoparser


@pytest.fixture(scope="module")
def geoparser() -> Geoparser:
    return Geoparser()


def _countries(nlp: Language, geoparser: Geoparser, text: str) -> dict[str, str | None]:
    found: list[Place] = geoparser.process(nlp(text), [])
    return {place.text: place.country for place in found}


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("Papua New Guinea", "PNG"),
        ("the Democratic Republic of the Congo", "DRC"),
        ("United Arab Emirates", "UAE"),
        ("Trinidad and Tobago", "TT"),
        ("France", ""),
        ("the Gambia", ""),
    ],
)
def test_initials_of_a_country_name(name: str, initials: str) -> None:
    assert initials_of(name) == initials


def test_initials_after_the_full_name_are_the_country(nlp: Language, geoparser: Geoparser) -> None:
    text = "Mining output fell in South Africa last year. Power cuts in SA hit the smelters."
    assert _countries(nlp, geoparser, text).get("SA") == "ZAF"


def test_initials_before_the_full_name_are_no_place(nlp: Language, geoparser: Geoparser) -> None:
    text = "Power cuts in SA hit the smelters. Mining output fell in South Africa last year."
    assert "SA" not in _countries(nlp, geoparser, text)


def test_initials_inside_a_company_name_are_no_place(nlp: Language, geoparser: Geoparser) -> None:
    text = "South Africa bought trains from Alstom, and Siemens SA won the signalling work."
    assert "SA" not in _countries(nlp, geoparser, text)


def test_initials_of_a_country_never_named_are_no_place(
    nlp: Language, geoparser: Geoparser
) -> None:
    text = "Aid workers in CAR said the convoy was stopped twice."
    assert "CAR" not in _countries(nlp, geoparser, text)


def test_a_town_after_districts_of_is_a_place(nlp: Language, geoparser: Geoparser) -> None:
    text = "Water shortages hit several districts of Karachi this week."
    assert _countries(nlp, geoparser, text).get("Karachi") == "PAK"


def test_an_adjective_before_a_landform_names_the_territory(
    nlp: Language, geoparser: Geoparser
) -> None:
    text = "Smugglers crossed the Syrian desert at night."
    assert _countries(nlp, geoparser, text).get("Syrian") == "SYR"


def test_initials_after_a_demonym_are_the_country(nlp: Language, geoparser: Geoparser) -> None:
    text = "Many South Africans lost their jobs. Unemployment in SA rose again in June."
    assert _countries(nlp, geoparser, text).get("SA") == "ZAF"


def test_a_known_town_after_present_day_is_a_place(nlp: Language, geoparser: Geoparser) -> None:
    text = "The first clinic was built in 1910 in present-day Mbarara."
    assert _countries(nlp, geoparser, text).get("Mbarara") == "UGA"


def test_a_company_after_present_day_is_no_place(nlp: Language, geoparser: Geoparser) -> None:
    text = "Present-day Microsoft sells far more cloud services than software."
    assert "Microsoft" not in _countries(nlp, geoparser, text)
