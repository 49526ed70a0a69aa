"""Whether a known name is meant as a place: persons and companies that speak or sue, and
countries before their currency."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.gazetteer import load_gazetteer
from dyads.stages.place_filters import before_currency, kin_possessor, names_a_club, person_not_town
from dyads.stages.place_lookup import PlaceLookup

from .event_helpers import by_rule


@pytest.fixture(scope="module")
def lookup() -> PlaceLookup:
    return PlaceLookup(load_gazetteer())


# A sentence, the town's name in it, and whether the name is a person's or a company's there.
PERSON_OR_TOWN: dict[str, tuple[str, str, bool]] = {
    "a town's name that describes something is a person": (
        "Henderson described the merger as a turning point.",
        "Henderson",
        True,
    ),
    "a town's name that sues is a company": ("Tyler sued its former supplier.", "Tyler", True),
    "a town's name that announces is a person": (
        "Florence announced her retirement on Monday.",
        "Florence",
        True,
    ),
    "a town where something happens stays a town": (
        "Two schools closed in Henderson on Tuesday.",
        "Henderson",
        False,
    ),
    "a town that hosts stays a town": (
        "Tyler will host the regional final.",
        "Tyler",
        False,
    ),
    "a region that says stays a region (its government speaks)": (
        "Texas said it would appeal the ruling.",
        "Texas",
        False,
    ),
}


@pytest.mark.parametrize(("text", "name", "person"), by_rule(PERSON_OR_TOWN))
def test_speaking_or_suing_makes_a_town_name_a_person(
    nlp: Language, lookup: PlaceLookup, text: str, name: str, person: bool
) -> None:
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name)
    mention = lookup.mention_at(doc, start, start + 1, tagged=True)
    assert mention is not None and mention.candidates
    assert person_not_town(doc, mention) is person


def test_a_currency_word_after_a_country(nlp: Language) -> None:
    doc = nlp("The US dollar gained while US exports fell.")
    assert before_currency(doc, 2)  # "US" + "dollar"
    assert not before_currency(doc, 6)  # "US" + "exports"


def test_kin_after_a_possessive_name_a_person(nlp: Language) -> None:
    doc = nlp("Austin's father and Austin's mayor spoke on Friday.")
    assert kin_possessor(doc, 1)  # "Austin" + "'s father"
    assert not kin_possessor(doc, 5)  # "Austin" + "'s mayor": the town's


def test_a_club_name_before_its_fans(nlp: Language) -> None:
    doc = nlp("Bristol Rovers fans sang while Bristol City Council met.")
    assert names_a_club(doc, 1)  # "Bristol" + "Rovers fans"
    assert not names_a_club(doc, 6)  # "Bristol" + "City Council"
