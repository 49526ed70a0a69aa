"""Universities named by one word: the university in talk of study or beside another
university, the town elsewhere or where the article's places are."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.gazetteer import fold, load_gazetteer
from dyads.stages.place_universities import university_names, university_of

from .place_helpers import by_text, places


@pytest.mark.parametrize(
    ("text", "name", "country", "lat"),
    [
        ("The surgeon trained at Cambridge before moving to Lagos.", "Cambridge", "GBR", 52.2),
        ("A lecturer from Stanford was arrested at the rally in Lima.", "Stanford", "USA", 37.4),
        ("The senator studied at Princeton and Oxford.", "Princeton", "USA", 40.3),
        ("The senator studied at Princeton and Oxford.", "Oxford", "GBR", 51.8),
        ("He moved from Harvard to Yale after a row over funding.", "Harvard", "USA", 42.4),
    ],
)
def test_a_university_named_by_one_word_is_placed_at_the_university(
    nlp: Language, text: str, name: str, country: str, lat: float
) -> None:
    found = by_text(places(nlp, text))[name]
    assert found.country == country
    assert found.lat is not None and abs(found.lat - lat) < 1.0


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Tornadoes tore roofs off homes in Oxford and Tupelo.", "Oxford", "Mississippi"),
        ("The storm knocked out power in Halifax and Dartmouth.", "Dartmouth", "Nova Scotia"),
        (
            "Students from Tupelo enrolled at the college in Oxford, Mississippi.",
            "Oxford",
            "Mississippi",
        ),
    ],
)
def test_the_town_is_kept_where_the_article_is_about_it(
    nlp: Language, text: str, name: str, admin1: str
) -> None:
    assert by_text(places(nlp, text))[name].admin1 == admin1


def test_every_short_name_stands_for_a_listed_university() -> None:
    gazetteer = load_gazetteer()
    for short in university_names():
        site = university_of(gazetteer, short)
        assert site is not None and site.lat is not None, short
    assert university_of(gazetteer, fold("Leeds")) is None


def test_a_university_the_model_tags_as_an_organisation_is_placed_after_a_word_of_place(
    nlp: Language,
) -> None:
    found = by_text(places(nlp, "She taught at Yale for a decade before retiring."))
    assert found["Yale"].lat is not None and abs(found["Yale"].lat - 41.3) < 0.5


def test_a_university_before_a_noun_of_people_names_no_place(nlp: Language) -> None:
    assert places(nlp, "A Yale lecturer in economics chaired the panel.") == []
