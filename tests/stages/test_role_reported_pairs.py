"""Tests for the speaker of ties between an unnamed pair (``role_reported_pairs``)."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.role_reported_pairs import names_unnamed_pair
from dyads.stages.roles import noun_roles

from .event_helpers import token
from .role_helpers import index_of


def test_the_speaker_of_ties_between_the_two_sides_acts(nlp: Language) -> None:
    text = "Trade between the two countries has doubled since 2019, Premier Odinga said."
    doc = nlp(text)
    index = index_of(doc, [("Premier Odinga", "KEN", "GOV")])
    roles = noun_roles(token(doc, "Trade"), index)
    assert [a.code for a in roles.actors] == ["KEN"]


def test_named_sides_are_not_replaced_by_the_speaker(nlp: Language) -> None:
    text = "Trade between Kenya and Uganda has doubled since 2019, Premier Odinga said."
    doc = nlp(text)
    index = index_of(
        doc, [("Kenya", "KEN", None), ("Uganda", "UGA", None), ("Premier Odinga", "KEN", "GOV")]
    )
    roles = noun_roles(token(doc, "Trade"), index)
    assert {a.code for a in roles.actors} == {"KEN", "UGA"}


def test_an_unnamed_pair_is_said_by_the_or_both(nlp: Language) -> None:
    doc = nlp("Ties between the two navies and among both sides grew, but not between rivals.")
    assert names_unnamed_pair(token(doc, "navies"))
    assert names_unnamed_pair(token(doc, "sides"))
    assert not names_unnamed_pair(token(doc, "rivals"))
