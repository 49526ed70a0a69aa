"""Regions named with their state that speak: the state's government."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from dyads.records import Actor

from .actor_helpers import ActorCoder, coded

ON = dt.date(2019, 1, 1)


def covering(actors: list[Actor], word: str) -> set[tuple[str | None, str | None]]:
    """The codes of the actors whose words include `word`."""
    return {coded(a) for a in actors if word in a.text.split()}


def test_a_region_named_with_its_state_speaks_for_it(nlp: Language) -> None:
    code = ActorCoder(nlp)
    actors = code("Iraq's Kurdistan region said it would hold a vote.", ON)
    assert covering(actors, "region") == {("IRQ", "GOV")}
    actors = code("Pakistan's Punjab province announced a lockdown.", ON)
    assert covering(actors, "province") == {("PAK", "GOV")}


def test_a_states_name_inside_a_provinces_is_the_province(nlp: Language) -> None:
    actors = ActorCoder(nlp)("Iran's East Azerbaijan province said floods killed four.", ON)
    assert covering(actors, "province") == {("IRN", "GOV")}
    assert all(a.code != "AZE" for a in actors)


def test_a_region_that_does_not_act_is_no_government(nlp: Language) -> None:
    actors = ActorCoder(nlp)("Floods hit Iraq's Kurdistan region on Monday.", ON)
    assert all(a.sector != "GOV" for a in actors)
