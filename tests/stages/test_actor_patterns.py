"""Tests for the shared actor patterns (``actor_patterns``): names after titles and the state
in focus looked for ahead of a body."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.actor_patterns import Mention, StateFocus, acts_as_agent, name_after_title


def test_a_name_after_a_title_keeps_its_surname_particles(nlp: Language) -> None:
    doc = nlp("UN envoy Staffan de Mistura opened the talks.")
    assert name_after_title(doc, 2, set()) == (2, 5)
    doc = nlp("Minister Ana Ruiz de Leon said so.")
    assert name_after_title(doc, 1, set()) == (1, 5)


def test_a_trailing_particle_is_not_part_of_the_name(nlp: Language) -> None:
    doc = nlp("Envoy Ivan Petrov de facto ran the talks.")
    assert name_after_title(doc, 1, set()) == (1, 3)


def test_the_state_ahead_only_with_none_in_view_before(nlp: Language) -> None:
    doc = nlp("The minister told the Turkish parliament about it.")
    turkish = Mention(4, 5, "Turkey", "country", "TUR", None)
    assert StateFocus(doc, [turkish]).ahead(2) == turkish
    doc = nlp("Greece protested. The minister told the Turkish parliament about it.")
    greece = Mention(0, 1, "Greece", "country", "GRC", None)
    turkish = Mention(7, 8, "Turkey", "country", "TUR", None)
    assert StateFocus(doc, [greece, turkish]).ahead(5) is None


def test_a_capital_called_on_or_given_to_is_a_party(nlp: Language) -> None:
    doc = nlp("Central Asian states called on Washington to set a date.")
    assert acts_as_agent(doc, 5, 6)
    doc = nlp("Kazakhstan agreed to lease the space centre to Moscow.")
    assert acts_as_agent(doc, 8, 9)
    doc = nlp("The minister flew to Moscow on Monday.")
    assert not acts_as_agent(doc, 4, 5)
    doc = nlp("A missile attack on Kyiv killed four people.")
    assert not acts_as_agent(doc, 4, 5)


def test_a_capital_protested_or_surrendered_to_is_a_party(nlp: Language) -> None:
    doc = nlp("Dacca protested to New Delhi over the killings.")
    assert acts_as_agent(doc, 3, 5)
    doc = nlp("The warlord surrendered his army to Rangoon.")
    assert acts_as_agent(doc, 6, 7)
    doc = nlp("The warlord travelled to Rangoon.")
    assert not acts_as_agent(doc, 4, 5)
