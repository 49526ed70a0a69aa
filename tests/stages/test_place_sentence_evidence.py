"""Where the sentence's own towns outweigh the article's leading country, and cues of kind
("X town", "X province", "the La X region") choose among places named alike."""

from __future__ import annotations

from spacy.language import Language

from .place_helpers import by_text, places, shared_lookup

TWO_COUNTRY_STRIKE = (
    "Trains were cancelled in Paris, Rouen, Reims, Amiens and Lille on Monday. "
    "Unions in Bruges and Ghent joined the strike, and buses ran between Mons and Namur."
)


def test_a_towns_english_name_beside_towns_of_its_country_is_that_town(
    nlp: Language,
) -> None:
    # France leads the article; the sentence's other towns are Belgian.
    found = by_text(places(nlp, TWO_COUNTRY_STRIKE))
    assert found["Bruges"].country == "BEL"
    assert found["Mons"].country == "BEL"
    assert found["Lille"].country == "FRA"


def test_a_name_before_town_beside_regions_is_the_town(nlp: Language) -> None:
    found = by_text(places(nlp, "Counting was slow in Ogbomoso, Oyo town and Iseyin."))
    oyo = found["Oyo"]
    assert oyo.country == "NGA"
    assert oyo.lat is not None and abs(oyo.lat - 7.85) < 0.1  # the town, not the state's centre


def test_a_province_is_read_as_the_division_not_a_town_elsewhere(nlp: Language) -> None:
    found = places(nlp, "Floods swamped towns in Laguna province overnight.")
    province = next(p for p in found if p.text.startswith("Laguna"))
    assert province.country == "PHL"  # the province, not a Californian town's region


def test_a_region_whose_name_opens_with_an_article_is_read_whole(nlp: Language) -> None:
    doc = nlp("Miners protested in the La Libertad region on Tuesday.")
    name = next(t.i for t in doc if t.text == "Libertad")
    region = shared_lookup().region_phrase(doc, name, name + 1, name + 2)
    assert region is not None
    assert doc[region.start].text == "La"
    assert {e.country for e in region.candidates} == {"PER", "SLV"}


def test_a_mid_sized_town_abroad_in_a_country_never_named_is_a_local_name(
    nlp: Language,
) -> None:
    # Chala, Tanzania (about 22,000) is not the Peruvian fishing town the gazetteer lacks.
    text = "Fishermen in Camaná and Chala lost their boats, Peruvian officials in Arequipa said."
    found = by_text(places(nlp, text))
    assert found["Chala"].country == "PER"


def test_a_small_district_abroad_met_by_a_spelling_variant_is_a_local_name(
    nlp: Language,
) -> None:
    # The variant key meets Thyna, a Tunisian district of about 33,000, in no country named.
    text = "Aid groups in Nyala and Kutum said the militia had seized the town of Al-Tina."
    found = by_text(places(nlp, text))
    assert found["Al-Tina"].country == "SDN"
