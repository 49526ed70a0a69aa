"""A former name of a capital codes its state only while in use or where the story names it."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from .actor_helpers import ActorCoder, find


def test_a_former_name_out_of_use_gives_no_state(nlp: Language) -> None:
    actors = ActorCoder(nlp)("A dissident was poisoned in Salisbury last spring, police said.")
    assert find(actors, "police").code != "ZWE"


def test_a_former_name_in_use_gives_its_state(nlp: Language) -> None:
    actors = ActorCoder(nlp)(
        "A dissident was arrested in Salisbury last spring, police said.", dt.date(1970, 1, 1)
    )
    assert find(actors, "police").code == "ZWE"


def test_a_former_name_in_a_story_naming_its_state_gives_that_state(nlp: Language) -> None:
    actors = ActorCoder(nlp)("Rhodesian police in Salisbury arrested two students.")
    assert all(actor.code == "ZWE" for actor in actors)
