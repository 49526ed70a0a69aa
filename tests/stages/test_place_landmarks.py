"""Famous sites the landmarks table lists, however the model reads them; a seat of power named
in one word is a place only after a word of place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.gazetteer import fold, load_gazetteer
from dyads.stages.place_landmarks import is_landmark, landmark_names

from .place_helpers import by_text, places, toponyms


@pytest.mark.parametrize(
    ("text", "name", "country", "lat"),
    [
        (
            "Riot police cleared the crowds from Taksim Square overnight.",
            "Taksim Square",
            "TUR",
            41.0,
        ),
        ("A stunt climber scaled the Petronas Towers at dawn.", "Petronas Towers", "MYS", 3.2),
        ("The envoy was received at Planalto Palace on Tuesday.", "Planalto Palace", "BRA", -15.8),
        (
            "Researchers at Cornell University tested the vaccine.",
            "Cornell University",
            "USA",
            42.5,
        ),
    ],
)
def test_a_listed_landmark_is_placed_where_it_stands(
    nlp: Language, text: str, name: str, country: str, lat: float
) -> None:
    site = by_text(places(nlp, text))[name]
    assert site.country == country
    assert site.lat is not None and abs(site.lat - lat) < 1.0


def test_a_site_the_model_tags_as_a_law_is_found(nlp: Language) -> None:
    found = by_text(places(nlp, "Fireworks were launched from the Burj Khalifa at midnight."))
    assert found["Burj Khalifa"].country == "ARE"


def test_a_university_without_a_place_in_its_name_is_not_placed_by_a_town_beside_it(
    nlp: Language,
) -> None:
    found = by_text(places(nlp, "She left Leeds for Princeton University in 2015."))
    assert found["Princeton University"].country == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin denied the report on Friday.",
        "The claim was rejected by the Pentagon.",
    ],
)
def test_a_seat_of_power_named_in_one_word_stands_for_its_occupants(
    nlp: Language, text: str
) -> None:
    assert toponyms(nlp, text) == []


def test_a_seat_of_power_after_a_word_of_place_is_a_place(nlp: Language) -> None:
    found = by_text(places(nlp, "Hundreds protested outside the Pentagon on Sunday."))
    assert found["Pentagon"].country == "USA"


def test_the_landmark_names_hold_every_other_name() -> None:
    names = landmark_names()
    assert {fold("Kremlin"), fold("Tour Eiffel"), fold("Ayers Rock")} <= names


@pytest.mark.parametrize(
    ("text", "name", "country", "lat"),
    [
        ("The new water ride at Everland broke down twice.", "Everland", "KOR", 37.3),
        ("Marshals waved the red flag at the Hungaroring.", "Hungaroring", "HUN", 47.6),
        (
            "Two cars touched at Watkins Glen International.",
            "Watkins Glen International",
            "USA",
            42.3,
        ),
    ],
)
def test_a_theme_park_or_circuit_is_placed_where_it_stands(
    nlp: Language, text: str, name: str, country: str, lat: float
) -> None:
    site = by_text(places(nlp, text))[name]
    assert site.country == country
    assert site.lat is not None and abs(site.lat - lat) < 1.0


def test_a_landmark_in_the_sentence_does_not_draw_a_large_town_to_a_small_namesake(
    nlp: Language,
) -> None:
    found = by_text(places(nlp, "They spent a weekend at Epcot before flying home to Sheffield."))
    assert found["Sheffield"].country == "GBR"


def test_a_landmark_is_told_from_a_town_and_a_region() -> None:
    gazetteer = load_gazetteer()
    assert is_landmark(gazetteer.lookup("Epcot")[0])
    assert not any(is_landmark(entry) for entry in gazetteer.lookup("Orlando"))
    assert not any(is_landmark(entry) for entry in gazetteer.lookup("New England"))


def test_a_landmark_the_tagger_reads_as_a_noun_is_found_after_a_word_of_place(
    nlp: Language,
) -> None:
    found = by_text(places(nlp, "Rain fell for hours outside the Nurburgring on Saturday."))
    assert found["Nurburgring"].country == "DEU"


def test_a_station_the_model_tags_as_a_person_is_found_where_it_is_closed(
    nlp: Language,
) -> None:
    found = by_text(places(nlp, "Police closed St Pancras after a suspicious bag was found."))
    assert found["St Pancras"].country == "GBR"
    assert places(nlp, "The pope praised St Francis for his humility.") == []


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Liverpool were held 1-1 at Anfield by a late equaliser.", "Anfield", "GBR"),
        ("England will play India at Edgbaston in July.", "Edgbaston", "GBR"),
        ("The Adelaide Oval will host the day-night Test.", "Adelaide Oval", "AUS"),
        ("McIlroy won by three shots at Royal Portrush on Sunday.", "Royal Portrush", "GBR"),
        ("Tourists queued at the Fontana di Trevi.", "Fontana di Trevi", "ITA"),
    ],
)
def test_grounds_courses_and_sites_named_alone_are_found(
    nlp: Language, text: str, name: str, country: str
) -> None:
    assert by_text(places(nlp, text))[name].country == country
