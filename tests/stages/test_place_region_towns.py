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
