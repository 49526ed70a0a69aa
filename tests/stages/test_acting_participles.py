"""Tests for verbs of collective action the parser reads as participles of their subject."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.acting_participles import is_acting_participle

from .event_helpers import token


def test_a_crowds_protest_read_as_a_participle_is_active(nlp: Language) -> None:
    doc = nlp(
        "Hundreds of Chinese students protested outside the Japanese embassy in Beijing on "
        "Monday against Prime Minister Junichiro Koizumi's visit, witnesses said."
    )
    verb = token(doc, "protested")
    assert verb.dep_ == "acl"  # the misreading this rule repairs
    assert is_acting_participle(verb)


def test_a_passive_participle_with_an_agent_stays_passive(nlp: Language) -> None:
    doc = nlp("The decision protested by the students was reversed.")
    assert not is_acting_participle(token(doc, "protested"))


def test_other_participles_are_no_acts_of_their_noun(nlp: Language) -> None:
    doc = nlp("The officers accused of genocide were arrested.")
    assert not is_acting_participle(token(doc, "accused"))
