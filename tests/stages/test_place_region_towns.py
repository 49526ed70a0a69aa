"""Towns the model labels as persons or organisations, kept where a place beside them holds a
town of that name."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dyads.stages.gazetteer import load_gazetteer
from dyads.stages.place_region_towns import towns_in_named_region


def _tagged(nlp: Language, text: str, labels: dict[str, str]) -> Doc:
    """The text parsed, with the entities set as the small model often tags them."""
    doc = nlp(text)
    spans = []
    for name, label in labels.items():
        start = text.index(name)
        span = doc.char_span(start, start + len(name), label=label)
        assert span is not None
        spans.append(span)
    doc.ents = spans
    return doc


def _towns(doc: Doc, name: str) -> list[tuple[str | None, str | None]]:
    span = next(ent for ent in doc.ents if ent.text == name)
    gazetteer = load_gazetteer()
    found = towns_in_named_region(gazetteer, doc, span.start, span.end, gazetteer.lookup(span.text))
    return [(e.country, e.admin1) for e in found]


def test_a_town_before_in_and_its_region_is_kept(nlp: Language) -> None:
    doc = _tagged(
        nlp,
        "Medics drove from Kutum in North Darfur overnight.",
        {"Kutum": "PERSON", "North Darfur": "GPE"},
    )
    assert _towns(doc, "Kutum") == [("SDN", "North Darfur")]


def test_a_town_listed_with_a_tagged_town_of_its_country_is_kept(nlp: Language) -> None:
    doc = _tagged(
        nlp, "Gunmen now hold Kadugli and Dilling.", {"Kadugli": "GPE", "Dilling": "PERSON"}
    )
    assert _towns(doc, "Dilling") == [("SDN", "South Kordofan")]


def test_a_town_after_a_preposition_in_a_sentence_naming_its_region(nlp: Language) -> None:
    doc = _tagged(
        nlp,
        "Manitoba flew the patients from Norway House on Friday.",
        {"Manitoba": "GPE", "Norway House": "ORG"},
    )
    assert _towns(doc, "Norway House") == [("CAN", "Manitoba")]


def test_a_name_with_a_title_stays_a_person(nlp: Language) -> None:
    doc = _tagged(
        nlp,
        "Mr Dilling in South Kordofan said the road was open.",
        {"Dilling": "PERSON", "South Kordofan": "GPE"},
    )
    assert _towns(doc, "Dilling") == []


def test_a_town_in_no_named_region_is_not_kept(nlp: Language) -> None:
    doc = _tagged(nlp, "A letter from Dilling reached the office.", {"Dilling": "PERSON"})
    assert _towns(doc, "Dilling") == []


def test_a_person_listed_with_a_region_is_not_a_town(nlp: Language) -> None:
    doc = _tagged(
        nlp, "Warren and Ohio officials toured the plant.", {"Warren": "PERSON", "Ohio": "GPE"}
    )
    assert _towns(doc, "Warren") == []


def test_a_town_after_a_preposition_in_the_datelines_region(nlp: Language) -> None:
    doc = _tagged(
        nlp,
        "BRANDON, Manitoba - Crews worked through the night. Forty families were driven to "
        "Steinbach on Friday.",
        {"BRANDON": "GPE", "Manitoba": "GPE", "Steinbach": "PERSON"},
    )
    assert _towns(doc, "Steinbach") == [("CAN", "Manitoba")]


def test_a_dateline_region_does_not_reach_a_name_after_no_preposition(nlp: Language) -> None:
    doc = _tagged(
        nlp,
        "BRANDON, Manitoba - Crews worked through the night. Steinbach thanked the volunteers.",
        {"BRANDON": "GPE", "Manitoba": "GPE", "Steinbach": "PERSON"},
    )
    assert _towns(doc, "Steinbach") == []


def test_two_neighbouring_towns_joined_by_and_in_a_sentence_naming_their_region(
    nlp: Language,
) -> None:
    doc = _tagged(
        nlp,
        "Goulburn and Yass lost power as storms swept New South Wales.",
        {"Goulburn": "ORG", "Yass": "PERSON", "New South Wales": "LOC"},
    )
    assert _towns(doc, "Goulburn") == [("AUS", "New South Wales")]
    assert _towns(doc, "Yass") == [("AUS", "New South Wales")]


def test_a_pair_in_a_sentence_naming_a_town_of_their_region(nlp: Language) -> None:
    # Tipperary is known as a town only: its region, Munster, holds both.
    doc = _tagged(
        nlp,
        "Floods hit Clonmel and Cahir after the river burst its banks in Tipperary.",
        {"Clonmel": "ORG", "Cahir": "PERSON", "Tipperary": "GPE"},
    )
    assert _towns(doc, "Cahir") == [("IRL", "Munster")]


def test_a_pair_of_persons_who_act_stays_persons(nlp: Language) -> None:
    doc = _tagged(
        nlp,
        "Lincoln and Douglas debated in Illinois in 1858.",
        {"Lincoln": "ORG", "Douglas": "PERSON", "Illinois": "GPE"},
    )
    assert _towns(doc, "Douglas") == []


def test_a_pair_of_persons_backed_by_voters_stays_persons(nlp: Language) -> None:
    doc = _tagged(
        nlp,
        "Voters backed Jackson and Clinton in the Mississippi primary.",
        {"Jackson": "PERSON", "Clinton": "PERSON", "Mississippi": "LOC"},
    )
    assert _towns(doc, "Clinton") == []


def test_a_pair_whose_towns_lie_far_apart_stays_persons(nlp: Language) -> None:
    # Warren and Franklin, Ohio, lie some 340 km apart: no neighbours named together.
    doc = _tagged(
        nlp,
        "Posters of Warren and Franklin hung in every hall across Ohio.",
        {"Warren": "PERSON", "Franklin": "PERSON", "Ohio": "GPE"},
    )
    assert _towns(doc, "Franklin") == []
