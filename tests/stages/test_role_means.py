"""Tests for a state's own forces named only by an adjective of the act (``role_means``)."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.role_means import is_own_means

from .event_helpers import actor


def test_an_adjective_of_force_of_the_actors_state_is_its_means(nlp: Language) -> None:
    text = "Turkey imposed a naval blockade on the ports of Cyprus."
    doc = nlp(text)
    turkey = actor(text, "Turkey", "TUR")
    naval = actor(text, "naval", "TUR", "MIL")
    assert is_own_means(naval, (turkey,), doc)


def test_another_states_forces_or_a_name_are_parties(nlp: Language) -> None:
    text = "Greece imposed a naval blockade on the Turkish navy."
    doc = nlp(text)
    greece = actor(text, "Greece", "GRC")
    assert not is_own_means(actor(text, "naval", "TUR", "MIL"), (greece,), doc)
    assert not is_own_means(actor(text, "Turkish navy", "GRC", "MIL"), (greece,), doc)


def test_a_weapon_of_the_actors_state_is_its_means(nlp: Language) -> None:
    text = "Ukraine staged a drone strike on a fuel depot in Belgorod."
    doc = nlp(text)
    ukraine = actor(text, "Ukraine", "UKR")
    assert is_own_means(actor(text, "drone", "UKR", "MIL"), (ukraine,), doc)
    assert not is_own_means(actor(text, "drone", "RUS", "MIL"), (ukraine,), doc)
