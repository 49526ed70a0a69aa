"""Tests for feelings a party states (``stated_feelings``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.stated_feelings import is_denied_gladness, is_felt_content
from dyads.stages.status import cue_status
from dyads.stages.triggers import TriggerLexicon


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


@pytest.mark.parametrize(
    ("text", "word", "event"),
    [
        ('"We are deeply disappointed," the Peruvian minister said.', "disappointed", "ACCUSE"),
        ("The airline said the new fees were frustrating.", "frustrating", "ACCUSE"),
        ('"It is stunning that they sold the port," the mayor said.', "stunning", "ACCUSE"),
        ("The union said it was shocked by the closure.", "shocked", "ACCUSE"),
        ("Oslo was shocked by the Russian decision.", "shocked", "ACCUSE"),
        ('"We are proud of our nurses," the governor said.', "proud", "SUPPORT"),
        ("Oslo said it was impressed by the Latvian reforms.", "impressed", "SUPPORT"),
        ('"We are impressed with the new port," the minister said.', "impressed", "SUPPORT"),
        ("Tourists were impressed by the view.", "impressed", None),
        # A source an "according to" phrase names states it as a verb of saying does.
        (
            "According to a Thai official, Laos was disappointed by the vote.",
            "disappointed",
            "ACCUSE",
        ),
        ("According to the guide, the lake was stunning.", "stunning", None),
        ("The new port impressed the visitors.", "impressed", None),
        ('"We are not happy with the tender," the union said.', "happy", "ACCUSE"),
        ("Farmers were disappointed by the rain.", "disappointed", None),
        ("The harvest was disappointing.", "disappointing", None),
        ('"The view is stunning," the guide said.', "stunning", None),
        ('"We are pleased to announce a merger," the bank said.', "pleased", None),
        ('"We are not disappointed," the coach said.', "disappointed", None),
        ("The disappointed fans went home.", "disappointed", None),
        ("Germany is worried about Russia's troop build-up.", "worried", "ACCUSE"),
        ("Nairobi is concerned that Somali militants will cross.", "concerned", "ACCUSE"),
        ("Investors are worried about rising interest rates.", "worried", None),
        ("Seoul is not concerned about the Japanese drills.", "concerned", None),
        ("The ministers concerned met in Rome.", "concerned", None),
        # Calling what another did wrong disapproves; a rule nobody states is no event.
        ("Iran said the resolution was unjust.", "unjust", "ACCUSE"),
        ("Russia said the expulsions were unfriendly.", "unfriendly", "ACCUSE"),
        ("Drug use is illegal in Iran.", "illegal", None),
    ],
)
def test_a_feeling_is_an_event_only_when_a_party_states_it(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str | None
) -> None:
    doc = nlp(text)
    coding = lexicon.code(next(t for t in doc if t.lower_ == word))
    assert (coding.event if coding is not None else None) == event


def test_the_clause_a_feeling_is_about_is_its_content(nlp: Language) -> None:
    doc = nlp('"It is astonishing that the cabinet would award the contract," the senator said.')
    award = next(t for t in doc if t.lower_ == "award")
    assert is_felt_content(award)
    said = next(t for t in doc if t.lower_ == "said")
    assert not is_felt_content(said)


def test_gladness_denied_is_displeasure_stated_not_negated(nlp: Language) -> None:
    doc = nlp('"We are not happy with the tender," the union said.')
    happy = next(t for t in doc if t.lower_ == "happy")
    assert is_denied_gladness(happy)
    assert cue_status(happy).status == "asserted"
    glad = nlp('"We are happy with the tender," the union said.')
    assert not is_denied_gladness(next(t for t in glad if t.lower_ == "happy"))


def test_an_act_inside_the_clause_a_feeling_is_about_is_its_content(nlp: Language) -> None:
    doc = nlp('"We are shocked that the ministry hired a Korean firm to build the frigates."')
    assert is_felt_content(next(t for t in doc if t.lower_ == "build"))
    plain = nlp("The ministry hired a Korean firm to build the frigates.")
    assert not is_felt_content(next(t for t in plain if t.lower_ == "build"))
