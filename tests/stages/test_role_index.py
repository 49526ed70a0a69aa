"""Tests for the index of a sentence's parties: conjoined and coordinated actors, places."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.roles import subject_actors

from .event_helpers import codes, token
from .role_helpers import RolesOf, index_of


def test_conjoined_subjects_give_one_actor_each(nlp: Language) -> None:
    text = "Senior Polish and Czech officials pledged on Monday to work together."
    how = RolesOf("pledged", [("Polish", "POL"), ("Czech", "CZE")], theme_is_actor=False)
    assert sorted(str(c) for c in codes(how.read(nlp, text).actors)) == ["CZE", "POL"]


def test_coordinated_modifiers_name_one_actor_each(nlp: Language) -> None:
    text = "Senior Czech and Slovak officials agreed to meet."
    doc = nlp(text)
    index = index_of(doc, [("Czech", "CZE"), ("Slovak officials", "SVK")])
    assert set(codes(subject_actors(token(doc, "agreed"), index))) == {"CZE", "SVK"}


def test_places_are_never_actors(nlp: Language) -> None:
    doc = nlp("Sarajevo was quiet and talks with Serbia began.")
    index = index_of(doc, [("Serbia", "SRB")], places=[("Sarajevo", "BIH")])
    assert index.actors_in(token(doc, "Sarajevo")) == []
