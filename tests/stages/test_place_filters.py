"""Whether a known name is meant as a place: persons and companies that speak, sue or are given
support, words for a government or a part of the world after "the", and countries before
their currency."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.gazetteer import load_gazetteer
from dyads.stages.place_filters import (
    before_currency,
    kin_possessor,
    names_a_club,
    people_adjective,
    person_not_town,
)

from .event_helpers import by_rule
from .place_helpers import (
    PlaceFacts,
    by_text,
    found_exactly_test,
    no_places_test,
    places,
    resolved_test,
    shared_lookup,
    span_of,
)

# Places found in a sentence, by their words, with the fields each rule decides; None: not found.
RESOLVED: dict[str, tuple[str, PlaceFacts]] = {
    "a common word after the is not a region": (
        "Ministers blamed the Centre for the water shortage in Tamil Nadu.",
        {"Centre": None, "Tamil Nadu": {"country": "IND"}},
    ),
    "town name given support is a person": (
        "Support from Warren helped the bill pass the Senate.",
        {"Warren": None},
    ),
    "town name given support is a person: a listed town": (
        "Flooding closed roads in Warren and Youngstown, Ohio.",
        {"Warren": {"country": "USA"}},
    ),
}

# Sentences in which no place may be found, by the rule that keeps each one out.
NO_PLACES: dict[str, tuple[str]] = {
    "generic region words after the name no place": (
        "The court asked the Centre to frame a scheme.",
    ),
}

# Sentences with exactly these places (by their words) and no others.
ONLY: dict[str, tuple[str, set[str]]] = {
    "generic region words after the name no place": (
        "Envoys were sent home by both Russia and the West.",
        {"Russia"},
    ),
    "generic region words after the name no place: a hyphenated qualifier": (
        "The Pittsburgh, Pennsylvania-based company sold a plant.",
        {"Pittsburgh", "Pennsylvania"},
    ),
}

# Every toponym a sentence holds, in text order, by the rule that finds or drops them.
FOUND_EXACTLY: dict[str, tuple[str, list[str]]] = {
    "a region named before a noun keeps its article": (
        "The Ontario government announced new rent rules.",
        ["Ontario"],
    ),
    # ... but "the Centre" said alone is a government, not a place.
    "a region named before a noun keeps its article: the Centre alone": (
        "Farmers blamed the Centre for the price of seed.",
        [],
    ),
    "a town's name that sues is a company, even repeated after the town": (
        "Officials in Tyler met on Monday. Later, Tyler sued the contractor over the delays.",
        ["Tyler"],
    ),
    "a town's name that states something is a person": (
        "Henderson stated that the plant in Lansing would stay open.",
        ["Lansing"],
    ),
    "a country before its currency is money": (
        "Exporters in Chile complained about the strong US dollar.",
        ["Chile"],
    ),
}


test_places_resolved = resolved_test(RESOLVED)
test_no_places = no_places_test(NO_PLACES)


@pytest.mark.parametrize(("text", "names"), by_rule(ONLY))
def test_only_these_places(nlp: Language, text: str, names: set[str]) -> None:
    assert set(by_text(places(nlp, text))) == names


test_toponyms_found = found_exactly_test(FOUND_EXACTLY)


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
    nlp: Language, text: str, name: str, person: bool
) -> None:
    doc = nlp(text)
    mention = shared_lookup().mention_at(doc, *span_of(doc, name), tagged=True)
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


def test_a_seat_of_government_is_its_building_not_a_town_of_another_name(nlp: Language) -> None:
    found = by_text(places(nlp, "He spoke to reporters at the White House on Monday."))
    assert found["White House"].country == "USA"  # not Casablanca, once so called


def test_a_seat_of_government_before_its_staff_is_the_office(nlp: Language) -> None:
    found = places(nlp, "White House press secretary Jen Psaki would not comment.")
    assert "White House" not in by_text(found)


@pytest.mark.parametrize(
    ("word", "adjective"),
    [
        ("Welsh", True),  # a Louisiana town of 3,000 besides
        ("Canadian", True),  # small towns in Victoria and Texas besides
        ("Kenyan", True),
        ("Djibouti", False),  # the demonym is the country's and its capital's name
        ("Gibraltar", False),
        ("Newport", False),  # no demonym
    ],
)
def test_a_peoples_adjective_is_known_from_a_place_spelt_so(word: str, adjective: bool) -> None:
    assert people_adjective(load_gazetteer(), word) is adjective
