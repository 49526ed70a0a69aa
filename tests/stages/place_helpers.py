"""Helpers shared by the place tests: places found in a text, indexed by their words, and the
named fields of those places read back for one comparison."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.language import Language

from dyads.records import Actor, Place
from dyads.stages.places import Geoparser

# An expected field value meaning "set to something" (a coordinate whose exact value is no rule).
KNOWN = "<known>"

# The expected fields of each place by its words: {"Moscow": {"country": "RUS"}}; an empty
# mapping asks only that the place is found, None that it is not.
PlaceFacts = Mapping[str, Mapping[str, object] | None]


def places(nlp: Language, geoparser: Geoparser, text: str, *actors: Actor) -> list[Place]:
    return geoparser.process(nlp(text), list(actors))


def by_text(found: list[Place]) -> dict[str, Place]:
    return {place.text: place for place in found}


def field(place: Place, name: str, expected: object) -> object:
    """A field of a place, or KNOWN in place of any value when KNOWN is expected."""
    value = getattr(place, name)
    return KNOWN if expected == KNOWN and value is not None else value


def place_facts(found: Mapping[str, Place], expected: PlaceFacts) -> dict[str, object]:
    """The fields `expected` names, for each place it names: None for a place not found, "found"
    for a place expected to be missing."""
    return {text: facts_of(found.get(text), fields) for text, fields in expected.items()}


def facts_of(place: Place | None, fields: Mapping[str, object] | None) -> object:
    if place is None:
        return None
    if fields is None:
        return "found"
    return {name: field(place, name, value) for name, value in fields.items()}
