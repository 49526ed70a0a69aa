"""Tests for reporters the parser hangs on a noun as an apposition (``role_sources``)."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.role_sources import is_trailing_source

from .event_helpers import token


def test_a_monitor_before_a_subjectless_verb_of_saying_is_the_source(nlp: Language) -> None:
    doc = nlp(
        "Army shells hit a rebel-held town near Aleppo, the Syrian Observatory for Human Rights"
        " said."
    )
    monitor = token(doc, "Observatory")
    assert monitor.dep_ == "appos"  # the misparse the rule is for
    assert is_trailing_source(monitor)


def test_a_true_apposition_is_kept(nlp: Language) -> None:
    doc = nlp("Rebels attacked Goma, the largest city in the east, on Monday.")
    assert token(doc, "city").dep_ == "appos"
    assert not is_trailing_source(token(doc, "city"))


def test_an_apposition_followed_by_a_verb_with_its_own_subject_is_kept(nlp: Language) -> None:
    doc = nlp("Troops shelled Idlib, the last rebel stronghold, officials said.")
    assert not any(is_trailing_source(t) for t in doc)
