"""The places stage: toponyms found, resolved in context, with exact spans."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyads.records import Actor, Place
from dyads.stages.places import Geoparser, _part_of_longer_name


@pytest.fixture(scope="module")
def geoparser() -> Geoparser:
    return Geoparser()


def places(nlp: Language, geoparser: Geoparser, text: str, *actors: Actor) -> list[Place]:
    return geoparser.process(nlp(text), list(actors))


def by_text(found: list[Place]) -> dict[str, Place]:
    return {place.text: place for place in found}


def test_spans_are_exact(nlp: Language, geoparser: Geoparser) -> None:
    text = "Ministers met in Wonsan and later flew to the Kursk region in western Russia."
    found = places(nlp, geoparser, text)
    assert found
    for place in found:
        assert text[place.span[0] : place.span[1]] == place.text


def test_country_wins_over_homonymous_town(nlp: Language, geoparser: Geoparser) -> None:
    found = by_text(places(nlp, geoparser, "Protesters gathered outside parliament in Jordan."))
    assert found["Jordan"].country == "JOR"
    assert found["Jordan"].name == "Jordan"


def test_city_cue_selects_the_city(nlp: Language, geoparser: Geoparser) -> None:
    found = by_text(places(nlp, geoparser, "The city of Kuwait was quiet on Sunday."))
    assert found["Kuwait"].name == "Kuwait City"


def test_capital_wins_over_small_homonyms(nlp: Language, geoparser: Geoparser) -> None:
    found = by_text(places(nlp, geoparser, "Officials in Moscow rejected the proposal."))
    assert found["Moscow"].country == "RUS"


def test_us_actors_do_not_move_moscow_to_idaho(nlp: Language, geoparser: Geoparser) -> None:
    text = "The US envoy travelled to Moscow for talks."
    us = Actor(text="US", name="United States", code="USA", sector="GOV", span=(4, 6))
    found = by_text(places(nlp, geoparser, text, us))
    assert found["Moscow"].country == "RUS"


def test_qualifier_after_comma_decides(nlp: Language, geoparser: Geoparser) -> None:
    found = by_text(places(nlp, geoparser, "A storm hit Moscow, Idaho, on Monday night."))
    assert found["Moscow"].country == "USA"
    assert found["Moscow"].admin1 == "Idaho"


def test_region_named_elsewhere_is_evidence(nlp: Language, geoparser: Geoparser) -> None:
    text = "Students in Idaho held a rally. Police in Moscow said it was peaceful."
    found = by_text(places(nlp, geoparser, text))
    assert found["Moscow"].admin1 == "Idaho"


def test_other_places_give_the_country(nlp: Language, geoparser: Geoparser) -> None:
    text = "The Atlanta mayor said Georgia would vote in November."
    found = by_text(places(nlp, geoparser, text))
    assert found["Georgia"].country == "USA"
    alone = by_text(places(nlp, geoparser, "Georgia's president met the envoy in Tbilisi."))
    assert alone["Georgia"].country == "GEO"


def test_accented_and_plain_spellings(nlp: Language, geoparser: Geoparser) -> None:
    plain = by_text(places(nlp, geoparser, "He moved to Montreal last year."))
    accented = by_text(places(nlp, geoparser, "He moved to Montréal last year."))
    assert plain["Montreal"].country == accented["Montréal"].country == "CAN"
    assert plain["Montreal"].geonameid == accented["Montréal"].geonameid


def test_abbreviations(nlp: Language, geoparser: Geoparser) -> None:
    text = "Officials in the U.S. and the UK spoke with the UAE about B.C. exports."
    found = by_text(places(nlp, geoparser, text))
    assert found["U.S."].country == "USA"
    assert found["UK"].country == "GBR"
    assert found["UAE"].country == "ARE"
    assert found["B.C."].name == "British Columbia"


def test_region_phrases(nlp: Language, geoparser: Geoparser) -> None:
    text = "Troops entered the Donetsk region, and shelling hit southern Lebanon."
    found = by_text(places(nlp, geoparser, text))
    assert found["Donetsk region"].name == "Donetsk Oblast"
    assert found["Donetsk region"].country == "UKR"
    assert found["Donetsk region"].geonameid is None
    assert found["southern Lebanon"].country == "LBN"
    assert found["southern Lebanon"].name == "Lebanon"


def test_named_regions(nlp: Language, geoparser: Geoparser) -> None:
    text = "Fighting continued in the Gaza Strip and the West Bank, and drones hit Crimea."
    found = by_text(places(nlp, geoparser, text))
    assert found["Gaza Strip"].country == "PSE"
    assert found["West Bank"].country == "PSE"
    assert found["Crimea"].country == "UKR"


def test_person_and_organisation_names_are_not_places(nlp: Language, geoparser: Geoparser) -> None:
    text = "The Washington Post said Jordan Peterson would speak on Monday."
    assert places(nlp, geoparser, text) == []


def test_demonyms_and_adjectives_are_not_places(nlp: Language, geoparser: Geoparser) -> None:
    text = "Russian officials criticised Western sanctions."
    assert places(nlp, geoparser, text) == []


def test_seed_article(nlp: Language, geoparser: Geoparser, shared_data: Path) -> None:
    text = (shared_data / "seed" / "article.txt").read_text(encoding="utf-8")
    body = text.split("\n", 1)[1]
    found = by_text(places(nlp, geoparser, body))
    assert found["Alaska"].country == "USA" and found["Alaska"].admin1 == "Alaska"
    assert found["Wonsan"].country == "PRK"
    assert found["Kursk region"].country == "RUS"
    assert found["Kursk region"].admin1 == "Kursk Oblast"
    assert found["Moscow"].country == "RUS"
    assert found["western Russia"].country == "RUS"


def test_continents_have_coordinates_but_no_country(nlp: Language, geoparser: Geoparser) -> None:
    found = by_text(places(nlp, geoparser, "Leaders from Africa arrived in Brussels."))
    assert found["Africa"].country is None
    assert found["Africa"].lat is not None


def test_unknown_names_are_kept_only_when_they_name_a_kind_of_place(
    nlp: Language, geoparser: Geoparser
) -> None:
    found = by_text(places(nlp, geoparser, "Debris washed up on the shores of the Indian Ocean."))
    assert found["Indian Ocean"].country is None
    assert found["Indian Ocean"].lat is None


def test_a_proper_noun_next_to_a_match_makes_it_part_of_a_longer_name(nlp: Language) -> None:
    words = ["She", "met", "Ankara", "Kebab", "House", "staff", "in", "Ankara", "."]
    pos = ["PRON", "VERB", "PROPN", "PROPN", "PROPN", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, pos=pos)
    assert _part_of_longer_name(doc, 2, 3)
    assert not _part_of_longer_name(doc, 7, 8)


def test_region_word_outweighs_a_wrong_entity_label(nlp: Language, geoparser: Geoparser) -> None:
    text = "Drones struck the Belgorod region and the Kherson region overnight."
    found = by_text(places(nlp, geoparser, text))
    assert found["Belgorod region"].name == "Belgorod Oblast"
    assert found["Kherson region"].country == "UKR"


def test_a_region_named_like_a_state_is_that_state(nlp: Language, geoparser: Geoparser) -> None:
    text = "Officials in Washington state and New York state disagreed."
    found = by_text(places(nlp, geoparser, text))
    assert found["Washington state"].name == "Washington"
    assert found["Washington state"].admin1 == "Washington"
    assert found["New York state"].name == "New York"


def test_regions_without_the_arabic_article(nlp: Language, geoparser: Geoparser) -> None:
    text = "Fighting raged in the Anbar province of western Iraq."
    found = by_text(places(nlp, geoparser, text))
    assert found["Anbar province"].country == "IRQ"
    assert found["western Iraq"].name == "Iraq"


def test_news_agency_state_abbreviations_qualify_towns(nlp: Language, geoparser: Geoparser) -> None:
    found = by_text(places(nlp, geoparser, "A fire broke out in Paris, Tex., on Sunday."))
    assert found["Paris"].country == "USA" and found["Paris"].admin1 == "Texas"
    assert found["Tex."].name == "Texas"


def test_country_names_longer_than_the_entity(nlp: Language, geoparser: Geoparser) -> None:
    found = by_text(places(nlp, geoparser, "Officials from Trinidad and Tobago met on Monday."))
    assert found["Trinidad and Tobago"].country == "TTO"


def test_no_places_in_text_without_toponyms(nlp: Language, geoparser: Geoparser) -> None:
    un = Actor(text="UN", name="United Nations", code="IGOUNO", sector=None, span=(0, 2))
    assert places(nlp, geoparser, "") == []
    assert places(nlp, geoparser, "UN staff said the talks went well.", un) == []
