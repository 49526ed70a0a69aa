"""Cues that make a known town's misread name a place, or keep it a person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.place_town_cues import person_cue, town_cue

from .place_helpers import span_of


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thousands of families fled Deraa after the bombardment.", "Deraa"),
        ("Rockets struck Kharkov overnight.", "Kharkov"),
        ("Airstrikes hit the capital Sanaa on Tuesday night.", "Sanaa"),
        ("The capital, Sanaa, has been without power for weeks.", "Sanaa"),
        ("Heavy rain flooded the city of Lvov on Thursday.", "Lvov"),
        ("Columns of tanks rolled into Kharkov at dawn.", "Kharkov"),
        ("The president visited Lvov and Kiev last week.", "Kiev"),
        ("Fighting spread from Khartoum to Omdurman last week.", "Omdurman"),
        ("Buses ran from Omdurman to Khartoum all night.", "Omdurman"),
        ("The convoy took the desert road, bypassing Mosul entirely.", "Mosul"),
        ("The new pipeline skirts Armenia on its way to Turkey.", "Armenia"),
    ],
)
def test_place_words_around_a_name_are_a_town_cue(nlp: Language, sentence: str, name: str) -> None:
    doc = nlp(sentence)
    start, end = span_of(doc, name)
    assert town_cue(doc, start, end)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Jackson told reporters he would run again.", "Jackson"),
        ("The coach praised Lincoln, who scored twice.", "Lincoln"),
        ("Voters backed Florence by a wide margin.", "Florence"),
        ("She wrote to Florence from prison.", "Florence"),
    ],
)
def test_words_for_people_are_no_town_cue(nlp: Language, sentence: str, name: str) -> None:
    doc = nlp(sentence)
    start, end = span_of(doc, name)
    assert not town_cue(doc, start, end)


@pytest.mark.parametrize(
    ("sentence", "name", "person"),
    [
        ("Mr Warren said the plan would cost too much.", "Warren", True),
        ("Kiev said the talks had failed.", "Kiev", True),
        ("The convoy left Kiev before dawn.", "Kiev", False),
    ],
)
def test_a_title_or_a_verb_of_saying_is_a_person_cue(
    nlp: Language, sentence: str, name: str, person: bool
) -> None:
    doc = nlp(sentence)
    start, end = span_of(doc, name)
    assert person_cue(doc, start, end) is person


@pytest.mark.parametrize(
    ("sentence", "name", "cued"),
    [
        ("The blizzard hit Fargo first, then Bismarck.", "Bismarck", True),
        ("The tour stopped in Boston and then Portland.", "Portland", True),
        ("The flood warning now also covers Bedford.", "Bedford", True),
        ("He thanked his coach first, then Bismarck.", "Bismarck", False),
    ],
)
def test_a_verb_of_coverage_and_a_stop_after_then_are_town_cues(
    nlp: Language, sentence: str, name: str, cued: bool
) -> None:
    doc = nlp(sentence)
    start, end = span_of(doc, name)
    assert town_cue(doc, start, end) is cued
