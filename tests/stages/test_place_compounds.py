"""Places named inside longer expressions: "US-based", "the Winnipeg Fire Service"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.gazetteer import Gazetteer, load_gazetteer
from dyads.stages.place_compounds import situated_by_participle, within_names

from .event_helpers import by_rule
from .place_helpers import by_text, places


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def participle_places(nlp: Language, gazetteer: Gazetteer, text: str) -> list[str]:
    doc = nlp(text)
    found = situated_by_participle(doc, gazetteer, [False] * len(doc))
    return [doc[m.start : m.end].text for m in found]


def named_within(
    nlp: Language, gazetteer: Gazetteer, text: str, known: frozenset[str] = frozenset()
) -> list[str]:
    doc = nlp(text)
    found = within_names(doc, gazetteer, [False] * len(doc), known)
    return [doc[m.start : m.end].text for m in found]


def test_the_name_before_based_is_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "A US-based aluminium maker sold its plant to a Pennsylvania-headquartered firm."
    assert participle_places(nlp, gazetteer, text) == ["US", "Pennsylvania"]


def test_a_word_before_based_that_names_no_place_is_left(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    assert (
        participle_places(nlp, gazetteer, "A cloud-based service and an Evidence-based plan.") == []
    )


def test_a_region_inside_an_organisation_name(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Parties campaigned hard before the Karnataka Assembly vote next month."
    assert named_within(nlp, gazetteer, text) == ["Karnataka"]


def test_a_town_inside_a_name_must_be_large_or_named_elsewhere(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "The Winnipeg Fire Paramedic Service said the Riverdale Lions Club had helped."
    assert named_within(nlp, gazetteer, text) == ["Winnipeg"]


def test_a_county_inside_a_name_is_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "A spokesman for the Walker County Sheriff's Office confirmed the arrest."
    assert named_within(nlp, gazetteer, text) == ["Walker County"]


def test_newspapers_and_generic_region_words_keep_their_names(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    assert named_within(nlp, gazetteer, "The Washington Post said so on Monday.") == []
    text = "The Centre for Policy Research and the Gulf Cooperation Council met."
    assert named_within(nlp, gazetteer, text) == []


def test_small_regions_and_rivers_of_one_word_inside_names_are_no_places(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Amazon Web Services and Thames Water signed a deal with the Karnataka Assembly."
    assert named_within(nlp, gazetteer, text) == ["Karnataka"]
    credit = "(Vyacheslav Prokofyev, Sputnik, Kremlin Pool Photo via AP)"
    assert named_within(nlp, gazetteer, credit) == []


def test_a_place_inside_a_company_name_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    assert named_within(nlp, gazetteer, "Kenya Airways cancelled six flights.") == []
    assert named_within(nlp, gazetteer, "The Bank of Ghana raised its main rate.") == []


def test_a_company_after_at_stands_for_where_it_is(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "She worked at the Bank of Ghana for ten years."
    assert named_within(nlp, gazetteer, text) == ["Ghana"]


def test_a_town_inside_an_agreement_or_a_technology_company_is_none(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    assert named_within(nlp, gazetteer, "Leaders signed the Minsk Agreement in 2015.") == []
    assert named_within(nlp, gazetteer, "Seattle Technologies said sales rose.") == []


# Sentences with exactly these places (by their words) and no others.
ONLY: dict[str, tuple[str, set[str]]] = {
    "places inside organisation names": (
        "The Winnipeg Fire Paramedic Service said a US-based firm owned the building.",
        {"Winnipeg", "US"},
    ),
}


@pytest.mark.parametrize(("text", "names"), by_rule(ONLY))
def test_only_these_places(nlp: Language, text: str, names: set[str]) -> None:
    assert set(by_text(places(nlp, text))) == names


def test_a_town_named_with_a_particle_is_taken_whole(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "The bus bound for Cagayan de Oro was stopped."  # the model reads it as an ORG
    assert named_within(nlp, gazetteer, text) == ["Cagayan de Oro"]
    assert by_text(places(nlp, text))["Cagayan de Oro"].admin1 == "Northern Mindanao (Region X)"
