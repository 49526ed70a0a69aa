"""Tests for reading a member expelled by a party, or from one, as SANCTION expel."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.party_expulsions import party_expulsion_or
from dyads.stages.role_index import Roles
from dyads.stages.triggers import TriggerLexicon

from .event_helpers import actor, token


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


def read(
    nlp: Language, lexicon: TriggerLexicon, text: str, doer: str | None, sector: str | None
) -> tuple[str, str]:
    """The PLOVER type and CAMEO code of "expelled", with the doer as its actor."""
    trigger = token(nlp(text), "expelled")
    coding = lexicon.code(trigger)
    assert coding is not None
    actors = (actor(text, doer, "XXX", sector),) if doer else ()
    read = party_expulsion_or(trigger, coding, Roles(actors=actors, recipient=None), lexicon)
    return read.event, read.cameo


def test_a_party_that_expels_a_member_sanctions_him(nlp: Language, lexicon: TriggerLexicon) -> None:
    text = "The African National Congress expelled its youth league leader on Wednesday."
    assert read(nlp, lexicon, text, "African National Congress", "PTY") == ("SANCTION", "166")


def test_a_party_named_by_its_noun_expels_too(nlp: Language, lexicon: TriggerLexicon) -> None:
    text = "The liberal party expelled the activist for his nationalist views."
    assert read(nlp, lexicon, text, None, None) == ("SANCTION", "166")


def test_an_expulsion_from_a_party_is_one(nlp: Language, lexicon: TriggerLexicon) -> None:
    text = "The senator was expelled from the party for voting with the opposition."
    assert read(nlp, lexicon, text, None, None) == ("SANCTION", "166")


def test_a_state_that_expels_people_deports_them(nlp: Language, lexicon: TriggerLexicon) -> None:
    text = "Malaysia expelled two Indonesian activists on Friday."
    assert read(nlp, lexicon, text, "Malaysia", None) == ("COERCE", "174")
