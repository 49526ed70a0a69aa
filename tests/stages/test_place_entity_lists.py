"""Towns listed inside one entity of another label are each a place."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.place_entity_lists import split_listed_towns

from .place_helpers import shared_lookup


def test_a_list_of_towns_tagged_as_one_organisation_is_split(nlp: Language) -> None:
    text = "The ship calls at Split, Dubrovnik and Bari."
    doc = nlp(text)
    start = text.index("Split")
    ent = doc.char_span(start, text.index("."), label="ORG")
    assert ent is not None
    assert [s.text for s in split_listed_towns(shared_lookup(), doc, ent)] == [
        "Split",
        "Dubrovnik",
        "Bari",
    ]


def test_a_list_of_persons_stays_one_entity(nlp: Language) -> None:
    text = "The firm was founded by Smith, Jones and Harper."
    doc = nlp(text)
    ent = doc.char_span(text.index("Smith"), text.index("."), label="ORG")
    assert ent is not None
    assert split_listed_towns(shared_lookup(), doc, ent) == [ent]


def test_two_towns_joined_by_and_after_a_noun_for_people_from_are_split(nlp: Language) -> None:
    text = "Firefighters from Joplin and Carthage put out the blaze."
    doc = nlp(text)
    ent = doc.char_span(text.index("Joplin"), text.index(" put"), label="ORG")
    assert ent is not None
    assert [s.text for s in split_listed_towns(shared_lookup(), doc, ent)] == [
        "Joplin",
        "Carthage",
    ]


def test_two_names_joined_by_and_without_place_words_stay_one_entity(nlp: Language) -> None:
    text = "Shares of Joplin and Carthage rose sharply."
    doc = nlp(text)
    ent = doc.char_span(text.index("Joplin"), text.index(" rose"), label="ORG")
    assert ent is not None
    assert split_listed_towns(shared_lookup(), doc, ent) == [ent]


def test_small_towns_of_one_region_listed_in_one_entity_are_split(nlp: Language) -> None:
    text = "Fire crews from The Pas and Flin Flon were sent north."
    doc = nlp(text)
    ent = doc.char_span(text.index("The Pas"), text.index(" were"), label="ORG")
    assert ent is not None
    split = split_listed_towns(shared_lookup(), doc, ent)
    assert [s.text for s in split] == ["The Pas", "Flin Flon"]


def test_two_towns_of_the_region_the_sentence_names_are_split(nlp: Language) -> None:
    text = "Hailstorms lashed Goulburn and Yass in southern New South Wales."
    doc = nlp(text)
    ent = doc.char_span(text.index("Goulburn"), text.index(" in"), label="ORG")
    assert ent is not None
    assert [s.text for s in split_listed_towns(shared_lookup(), doc, ent)] == [
        "Goulburn",
        "Yass",
    ]


def test_a_pair_of_names_acting_stays_one_entity(nlp: Language) -> None:
    text = "Barnes and Noble opened a store in Vermont."
    doc = nlp(text)
    ent = doc.char_span(text.index("Barnes"), text.index(" opened"), label="ORG")
    assert ent is not None
    assert split_listed_towns(shared_lookup(), doc, ent) == [ent]
