"""Tests for recipients named only by reference back ("aid to the country")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.role_reference import answers_anothers_word, names_other_parties_by_kind
from dyads.stages.roles import names_a_party_by_reference

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "verb", "by_reference"),
    [
        pytest.param("Spain sent doctors to the country.", "sent", True, id="the country"),
        pytest.param("Spain held talks with them.", "held", True, id="a pronoun"),
        pytest.param("Spain sent doctors to Chad.", "sent", False, id="a name"),
        pytest.param("Spain sent doctors on Monday.", "sent", False, id="no recipient phrase"),
    ],
)
def test_a_party_named_by_reference(
    nlp: Language, text: str, verb: str, by_reference: bool
) -> None:
    assert names_a_party_by_reference(token(nlp(text), verb)) is by_reference


@pytest.mark.parametrize(
    ("text", "verb", "answers"),
    [
        pytest.param("Lima's minister rejected the criticism.", "rejected", True, id="criticism"),
        pytest.param(
            "The minister disagreed with the findings of the audit.",
            "disagreed",
            True,
            id="with the findings",
        ),
        pytest.param(
            "The governor criticised the tariff decision.", "criticised", True, id="decision"
        ),
        pytest.param(
            "Opposition lawmakers voted against the amendment.", "voted", True, id="a text voted on"
        ),
        pytest.param(
            "Opposition lawmakers voted against the budget.", "voted", False, id="the own budget"
        ),
        pytest.param("The senate rejected the motion.", "rejected", True, id="a motion"),
        pytest.param("The minister rejected criticism.", "rejected", False, id="no determiner"),
        pytest.param("The minister criticised the opposition.", "criticised", False, id="a party"),
    ],
)
def test_answers_anothers_word(nlp: Language, text: str, verb: str, answers: bool) -> None:
    assert answers_anothers_word(token(nlp(text), verb)) is answers


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Zelensky called on Western allies to send air defences.", "called", True),
        ("Zelensky urged the West to act.", "urged", True),
        ("The minister appealed to the international community for aid.", "appealed", True),
        ("Zelensky urged Germany to act.", "urged", False),
        ("The government expelled foreign journalists from the capital.", "expelled", True),
        ("Police detained two expatriate workers.", "detained", True),
        ("Police detained two local journalists.", "detained", False),
        ("The king promised to introduce a multiparty system.", "promised", False),
        ("Apple settled its trademark dispute with the record company.", "settled", True),
        ("Apple settled its trademark dispute on Monday.", "settled", False),
        ("Iran rejected a demand by six world powers.", "rejected", True),
        ("Iran rejected a demand by the Iraqi delegation.", "rejected", False),
    ],
)
def test_other_parties_named_by_kind(nlp: Language, text: str, verb: str, expected: bool) -> None:
    assert names_other_parties_by_kind(token(nlp(text), verb)) is expected
