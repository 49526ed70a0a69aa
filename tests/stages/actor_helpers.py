"""Helpers shared by the actor tests: code a text through the stage, pick an actor out, and
build mentions by hand for the helper modules."""

from __future__ import annotations

import datetime as dt
from functools import cache

from spacy.language import Language

from dyads.records import Actor
from dyads.stages.actor_patterns import Mention
from dyads.stages.actors import ActorRecognizer
from dyads.stages.gazetteer import GazEntry

MID_2025 = dt.date(2025, 8, 12)
OLD_WIRE = dt.date(2000, 1, 1)


@cache
def shared_recognizer() -> ActorRecognizer:
    """One recognizer with the built-in dictionaries for every actor test (it only reads them)."""
    return ActorRecognizer()


class ActorCoder:
    """The actor stage over a model: ``code(text, on)`` parses the text and returns its actors."""

    def __init__(self, nlp: Language, recognizer: ActorRecognizer | None = None) -> None:
        self.nlp = nlp
        self.recognizer = recognizer or shared_recognizer()

    def __call__(self, text: str, on: dt.date | None = MID_2025) -> list[Actor]:
        return self.recognizer.process(self.nlp(text), on)

    def by_text(self, text: str, on: dt.date | None = MID_2025) -> dict[str, Actor]:
        """The actors keyed by their words (the last one wins where words repeat)."""
        return {a.text: a for a in self(text, on)}


def find(actors: list[Actor], text: str) -> Actor:
    """The first actor with exactly these words; fails the test, naming what was found, if none."""
    matches = [a for a in actors if a.text == text]
    assert matches, f"no actor {text!r} in {[a.text for a in actors]}"
    return matches[0]


def coded(actor: Actor) -> tuple[str | None, str | None]:
    return actor.code, actor.sector


def mention(
    start: int,
    end: int,
    kind: str,
    code: str | None,
    sector: str | None = None,
    name: str = "",
) -> Mention:
    """A mention built by hand (its name defaults to its code)."""
    return Mention(start, end, name or code or "", kind, code, sector)


def gaz_entry(name: str, country: str, population: int, kind: str = "city") -> GazEntry:
    """A gazetteer row with only what the actor stage reads of it: name, state, size, kind."""
    return GazEntry(
        kind=kind,  # type: ignore[arg-type]
        name=name,
        country=country,
        admin1=None,
        lat=None,
        lon=None,
        population=population,
        geonameid=None,
    )
