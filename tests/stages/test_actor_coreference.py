"""Tests for later mentions of a person (``actor_coreference``)."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.actor_coreference import (
    consistent_people,
    named_later,
    pronouns,
    surnames,
    with_gender,
)
from dyads.stages.actor_patterns import Mention


def person(start: int, end: int, name: str, code: str | None, sector: str | None) -> Mention:
    return Mention(start, end, name, "person", code, sector)


def test_a_lone_name_takes_the_one_full_name_after_it(nlp: Language) -> None:
    doc = nlp("Kim met envoys . Later , North Korean leader Kim Jong Un and Kim Yo Jong spoke .")
    kim = person(0, 1, "Kim", "PRK", None)
    full = person(10, 13, "Kim Jong Un", "PRK", "GOV")
    assert named_later(doc, [kim, full])[0].sector == "GOV"
    other_state = person(0, 1, "Kim", "KOR", None)
    assert named_later(doc, [other_state, full])[0].sector is None  # the states disagree
    two = [kim, full, person(14, 17, "Kim Yo Jong", "PRK", "GOV")]
    assert named_later(doc, two)[0].name == "Kim"  # two full names: no choice


def test_a_full_name_later_overrides_a_surname_resolved_by_date(nlp: Language) -> None:
    doc = nlp("Castro spoke . Later , Raul Castro said more .")
    guess = Mention(0, 1, "Fidel Castro", "person", "CUB", "ELI", by_surname=True)
    full = person(6, 8, "Raul Castro", "CUB", "GOV")
    first = named_later(doc, [guess, full])[0]
    assert (first.name, first.sector, first.by_surname) == ("Raul Castro", "GOV", False)


def test_a_bare_later_mention_keeps_the_first_coding(nlp: Language) -> None:
    doc = nlp("Former Prime Minister Ana Ruiz spoke. Ana Ruiz said more.")
    first = person(0, 5, "Ana Ruiz", "CHL", "ELI")
    later = person(7, 9, "Ana Ruiz", "CHL", "GOV")
    assert consistent_people(doc, [first, later])[1].sector == "ELI"


def test_surnames_resolve_to_the_full_name_before(nlp: Language) -> None:
    doc = nlp("Ana Ruiz arrived. Ruiz said the talks went well.")
    found = surnames(doc, [person(0, 2, "Ana Ruiz", "CHL", "GOV")], lambda word: False)
    assert [(m.start, m.name, m.code) for m in found] == [(4, "Ana Ruiz", "CHL")]


def test_gender_from_an_honorific_or_a_given_name(nlp: Language) -> None:
    doc = nlp("Mrs Ruiz met Carlos Ruiz.")
    assert with_gender(doc, person(1, 2, "Ruiz", None, None), {}).gender == "f"
    carlos = with_gender(doc, person(3, 5, "Carlos Ruiz", None, None), {"carlos": "m"})
    assert carlos.gender == "m"


def test_pronouns_take_the_person_before_them(nlp: Language) -> None:
    doc = nlp("Ana Ruiz arrived on Monday. She met the press.")
    found = pronouns(doc, [person(0, 2, "Ana Ruiz", "CHL", "GOV")])
    assert [(doc[m.start].text, m.code) for m in found] == [("She", "CHL")]
