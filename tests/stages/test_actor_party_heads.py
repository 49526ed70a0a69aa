"""Tests for heads of a one-party state's ruling party (``actor_party_heads``) and for the
office table's party heads and Gulf rulers."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from .actor_helpers import ActorCoder, coded, find

IN_2019 = dt.date(2019, 6, 1)


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Party chief Chen Guoliang told officials in Hunan to cut waste.", "Chen", "CHN"),
        ("China's party chief warned Taiwan against provocation.", "party chief", "CHN"),
        ("Laos' Communist Party chief hosted the Thai envoy.", "Communist Party chief", "LAO"),
        (
            "The Communist Party of Vietnam's general secretary visited Cuba.",
            "general secretary",
            "VNM",
        ),
    ],
)
def test_the_head_of_a_one_party_state_s_party_is_its_government(
    code: ActorCoder, text: str, words: str, expected: str
) -> None:
    heads = [a for a in code(text, IN_2019) if words in a.text]
    assert heads, text
    assert coded(heads[0]) == (expected, "GOV")


def test_members_of_the_ruling_party_are_no_heads(code: ActorCoder) -> None:
    actors = code("Vietnam's Communist Party members gathered in Hanoi.", IN_2019)
    assert all(a.sector != "GOV" for a in actors if "members" in a.text)


def test_a_party_chief_elsewhere_is_his_party_s(code: ActorCoder) -> None:
    actors = code("Party leader Anil Kumar told volunteers in Kerala to prepare.", IN_2019)
    assert coded(find(actors, "Party leader Anil Kumar")) == ("IND", "PTY")


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("Sheikh Sabah al-Ahmad met the Iraqi president.", dt.date(2015, 3, 1), "KWT"),
        ("Sheikh Tamim bin Hamad met the Iraqi president.", dt.date(2021, 3, 1), "QAT"),
        ("Sheikh Mohammed bin Zayed met the Iraqi president.", dt.date(2016, 3, 1), "ARE"),
        ("Sheikh Hamad bin Isa met the Iraqi president.", dt.date(2016, 3, 1), "BHR"),
    ],
)
def test_gulf_rulers_called_sheikh_are_their_state_s_government(
    code: ActorCoder, text: str, on: dt.date, expected: str
) -> None:
    ruler = code(text, on)[0]
    assert ruler.text.startswith("Sheikh")
    assert coded(ruler) == (expected, "GOV")


def test_a_ruler_out_of_office_keeps_only_his_state(code: ActorCoder) -> None:
    actors = code("Sheikh Nawaf al-Ahmad met the Iraqi president.", dt.date(2024, 6, 1))
    assert coded(actors[0]) == ("KWT", None)


def test_a_one_party_leader_named_by_the_table_is_the_state_s(code: ActorCoder) -> None:
    actors = code("Nguyen Phu Trong received the Lao president in Hanoi.", dt.date(2016, 5, 1))
    assert coded(find(actors, "Nguyen Phu Trong")) == ("VNM", "GOV")


def test_a_party_head_is_named_by_his_surname_alone(code: ActorCoder) -> None:
    actors = code("Party chief Trong told the visiting Lao envoy that ties were firm.", IN_2019)
    assert coded(actors[0]) == ("VNM", "GOV")
    assert actors[0].text.endswith("Trong")
