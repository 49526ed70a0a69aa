"""A state named as where people came from, in a clause about them, is no actor."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from .actor_helpers import ActorCoder, coded, find

WIRE_1999 = dt.date(1999, 6, 1)


def test_origin_in_a_relative_clause_is_no_actor(nlp: Language) -> None:
    text = "Rebels who crossed from Zambia attacked a village in eastern Angola."
    actors = ActorCoder(nlp)(text, WIRE_1999)
    assert not [a for a in actors if a.text == "Zambia"]
    assert coded(find(actors, "Rebels")) == ("AGO", "REB")


def test_origin_after_a_participle_is_no_actor(nlp: Language) -> None:
    actors = ActorCoder(nlp)("Refugees arriving from Kenya were housed in tents.", WIRE_1999)
    assert not [a for a in actors if a.text == "Kenya"]


def test_a_state_leaving_a_place_keeps_it(nlp: Language) -> None:
    actors = ActorCoder(nlp)("Syria withdrew from Lebanon after the protests.", WIRE_1999)
    assert coded(find(actors, "Lebanon")) == ("LBN", None)
