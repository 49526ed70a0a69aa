"""Tests for ministers of the state holding the EU Council presidency
(``actor_council_presidencies``) and the presidency named as an actor
(``actor_presiding_states``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.actor_council_presidencies import as_state_terms, is_presidency_term

from .actor_helpers import ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_a_half_year_eu_term_is_the_minister_s_own_government() -> None:
    terms: list[list[str | None]] = [
        ["SVN", "GOV", "2004-12-03", "2008-11-21"],
        ["IGOEUREEC", None, "2008-01-01", "2008-06-30"],
    ]
    assert as_state_terms(terms)[1] == ["SVN", "GOV", "2008-01-01", "2008-06-30"]
    assert as_state_terms(terms)[0] == terms[0]


def test_other_eu_terms_and_people_of_no_state_stay_as_they_are() -> None:
    commissioner: list[list[str | None]] = [
        ["IGOEUREEC", None, "2004-11-22", "2009-11-09"],
        ["SWE", None, "", ""],
    ]
    assert as_state_terms(commissioner) == commissioner
    stateless: list[list[str | None]] = [["IGOEUREEC", None, "1999-07-01", "1999-12-31"]]
    assert as_state_terms(stateless) == stateless


@pytest.mark.parametrize(
    ("code", "start", "end", "expected"),
    [
        ("IGOEUREEC", "1998-07-01", "1998-12-31", True),
        ("IGOEUREEC", "2009-01-01", "2009-06-30", True),
        ("IGOEUREEC", "2009-01-01", "2009-12-31", False),
        ("IGOEUREEC", "2008-07-01", "2009-06-30", False),
        ("IGOUNO", "2009-01-01", "2009-06-30", False),
        ("IGOEUREEC", None, None, False),
    ],
)
def test_a_presidency_term_is_an_eu_half_year(
    code: str, start: str | None, end: str | None, expected: bool
) -> None:
    assert is_presidency_term(code, start, end) is expected


def test_a_dictionary_minister_during_his_state_s_presidency_is_his_state_s(
    code: ActorCoder,
) -> None:
    actors = code("Dimitrij Rupel criticised the new tariffs.", dt.date(2008, 3, 1))
    assert coded(find(actors, "Dimitrij Rupel")) == ("SVN", "GOV")


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("The Danish EU presidency tabled a new draft.", "Danish EU presidency", "DNK"),
        ("Austria's EU presidency said the talks would resume.", "Austria's EU presidency", "AUT"),
        ("The EU's Czech presidency urged restraint.", "EU's Czech presidency", "CZE"),
        (
            "The Irish presidency of the EU called a summit.",
            "Irish presidency of the EU",
            "IRL",
        ),
    ],
)
def test_the_presidency_named_as_an_actor_is_the_state_s_government(
    code: ActorCoder, text: str, words: str, expected: str
) -> None:
    assert coded(find(code(text), words)) == (expected, "GOV")


def test_a_state_apart_from_the_presidency_it_holds_is_no_merged_mention(
    code: ActorCoder,
) -> None:
    actors = code("Spain, which holds the EU presidency, hosted the talks.", dt.date(2023, 9, 1))
    assert find(actors, "Spain").code == "ESP"
    assert find(actors, "EU").code == "IGOEUREEC"
