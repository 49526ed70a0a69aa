"""Tests for bodies a state acts on, read as the body the article named before
(``actor_object_bodies``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.actor_object_bodies import acted_on_by

from .actor_helpers import ActorCoder, coded, mention


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body resolved earlier in the same pass ("the army" of the RSF's sentence)
        (
            "The RSF accused the army of using the camp as a base. Washington imposed sanctions"
            " on Burhan, accusing the army of attacks on schools.",
            ("SDN", "MIL"),
        ),
        # the body named with its state earlier
        (
            "The Syrian army shelled Douma. Turkey condemned the army for the attack.",
            ("SYR", "MIL"),
        ),
        ("Israel's army raided Jenin. Egypt urged the army to show restraint.", ("ISR", "MIL")),
        # "the military" and "the army" name the same body
        (
            "Mubarak handed power to the Egyptian military. Obama urged the army to ensure a"
            " credible transition.",
            ("EGY", "MIL"),
        ),
        # a body that owns what the state acts on
        (
            "Mali's military junta ordered French troops out. The United States criticised the"
            " junta's decision.",
            ("MLI", "GOV"),
        ),
        # the body its members make up
        (
            "The U.S. Senate passed the aid package. Ukrainian President Volodymyr Zelenskiy"
            " thanked the senators.",
            ("USA", "LEG"),
        ),
    ],
)
def test_a_body_a_state_acts_on_is_the_one_named_before(
    code: ActorCoder, text: str, expected: tuple[str, str]
) -> None:
    last = [a for a in code(text) if a.text in ("army", "senators", "junta")][-1]
    assert coded(last) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no earlier army: the state in focus still decides
        ("Washington accused the army of attacks on schools.", ("USA", "MIL")),
        # the subject of the verb is not the state: "it" acts on the army
        ("The Syrian army shelled Douma. Russia said it had reinforced the army.", ("RUS", "MIL")),
    ],
)
def test_the_state_in_focus_keeps_a_body_with_no_earlier_namesake_or_other_doer(
    code: ActorCoder, text: str, expected: tuple[str, str]
) -> None:
    last = [a for a in code(text) if a.text == "army"][-1]
    assert coded(last) == expected


def test_acted_on_by_reads_objects_and_shared_subjects(nlp: Language) -> None:
    doc = nlp("Washington imposed sanctions on Burhan, accusing the army of attacks.")
    washington = mention(0, 1, "capital", "USA", "GOV")
    army = next(t for t in doc if t.lower_ == "army")
    burhan = next(t for t in doc if t.text == "Burhan")
    assert acted_on_by(army, washington)  # "accusing" shares the subject of "imposed"
    assert acted_on_by(burhan, washington)  # the object of "on"
    assert not acted_on_by(doc[0], washington)  # a subject is acted on by nobody
    owned = nlp("Washington criticised the junta's decision.")
    junta = next(t for t in owned if t.lower_ == "junta")
    assert acted_on_by(junta, mention(0, 1, "capital", "USA", "GOV"))  # it owns the object
