"""Tests for clerics named by a religious title before the name (``actor_clerics``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.records import Actor
from dyads.stages.actor_clerics import titled_cleric, with_clerical_titles

from .actor_helpers import ActorCoder, coded, mention


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def _person(actors: list[Actor], surname: str) -> tuple[str | None, str | None]:
    found = [a for a in actors if surname in a.text]
    assert found, f"no {surname!r} in {[a.text for a in actors]}"
    return coded(found[0])


@pytest.mark.parametrize(
    ("text", "surname", "expected"),
    [
        ("Imam Bashir Lawal told worshippers in Kaduna to stay home.", "Lawal", ("NGA", "REL")),
        ("Pastor Chidi Nwosu led a vigil in Owerri, Nigeria.", "Nwosu", ("NGA", "REL")),
        (
            "Father Miguel Herrera said the parish in Bolivia would feed them.",
            "Herrera",
            ("BOL", "REL"),
        ),
        ("Cardinal Peter Okpaleke visited flood victims in Nigeria.", "Okpaleke", ("NGA", "REL")),
    ],
)
def test_a_religious_title_before_a_name_makes_a_cleric_of_the_state_in_view(
    code: ActorCoder, text: str, surname: str, expected: tuple[str, str]
) -> None:
    assert _person(code(text), surname) == expected


def test_a_known_person_keeps_the_dictionary_s_coding(code: ActorCoder) -> None:
    assert _person(code("Patriarch Kirill blessed the troops."), "Kirill") == ("RUS", "REL")


@pytest.mark.parametrize(
    "text",
    [
        "The Metropolitan Opera cancelled its tour of Japan.",
        "Children in Oslo wrote letters to Father Christmas.",
        "Worshippers filled the Imam Reza Mosque in Mashhad.",
        "Father Brown fans queued in Cork.",
    ],
)
def test_a_shared_title_before_no_person_s_name_makes_no_cleric(
    code: ActorCoder, text: str
) -> None:
    assert not [a for a in code(text) if a.sector == "REL"]


def test_the_title_is_an_agent_span_only_before_a_capitalised_name(nlp: Language) -> None:
    doc = nlp("Rabbi Aaron Weiss spoke, and the rabbi of the town listened.")
    assert with_clerical_titles(doc, [], {}, {}) == {1: (0, "REL")}
    taken = [mention(1, 3, "person", None, name="Aaron Weiss")]
    assert with_clerical_titles(doc, taken, {}, {}) == {}  # the name is another mention


def test_a_person_whose_mention_opens_with_the_title_is_a_cleric(nlp: Language) -> None:
    doc = nlp("Pastor Tunde Bello spoke.")
    assert titled_cleric(doc, mention(0, 3, "person", None, "REL"))
    assert not titled_cleric(doc, mention(1, 3, "person", None, "REL"))


@pytest.mark.parametrize(
    ("text", "surname", "expected"),
    [
        ("Metropolitan Serafim blessed the volunteers in Odesa.", "Serafim", ("UKR", "REL")),
        ("Metropolitan Ioann urged believers in Tbilisi to vote.", "Ioann", ("GEO", "REL")),
    ],
)
def test_a_one_word_name_after_a_shared_title_that_acts_as_a_person_is_a_cleric(
    code: ActorCoder, text: str, surname: str, expected: tuple[str, str]
) -> None:
    assert _person(code(text), surname) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Metropolitan Opera said its season in New York would open late.",
        "Cardinal Health warned that costs in Ohio would rise.",
        "Metropolitan Transit raised bus fares in Atlanta.",
    ],
)
def test_an_institution_s_kind_after_a_shared_title_makes_no_cleric(
    code: ActorCoder, text: str
) -> None:
    assert not [a for a in code(text) if a.sector == "REL"]
