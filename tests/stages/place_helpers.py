"""Helpers shared by the place tests: the stage, its finder and its gazetteer lookup built once;
the toponyms and places found in a text; a name's tokens; and the named fields of places read
back for one comparison."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from dyads.records import Actor, Place
from dyads.stages.gazetteer import load_gazetteer
from dyads.stages.place_finders import ToponymFinder
from dyads.stages.place_lookup import PlaceLookup
from dyads.stages.places import Geoparser

from .event_helpers import by_rule

# An expected field value meaning "set to something" (a coordinate whose exact value is no rule).
KNOWN = "<known>"

# The expected fields of each place by its words: {"Moscow": {"country": "RUS"}}; an empty
# mapping asks only that the place is found, None that it is not.
PlaceFacts = Mapping[str, Mapping[str, object] | None]


@cache
def shared_geoparser() -> Geoparser:
    """One places stage for every place test (it keeps nothing from one article to the next)."""
    return Geoparser()


@cache
def shared_finder() -> ToponymFinder:
    return ToponymFinder(load_gazetteer())


@cache
def shared_lookup() -> PlaceLookup:
    return PlaceLookup(load_gazetteer())


def places(nlp: Language, text: str, *actors: Actor) -> list[Place]:
    return shared_geoparser().process(nlp(text), list(actors))


def toponyms(nlp: Language, text: str) -> list[str]:
    """The words of each toponym the finder finds, in text order, before any resolution."""
    doc = nlp(text)
    return [doc[m.start : m.end].text for m in shared_finder().find(doc)]


def by_text(found: list[Place]) -> dict[str, Place]:
    return {place.text: place for place in found}


def span_of(doc: Doc, words: str) -> tuple[int, int]:
    """The tokens of the first whole-token occurrence of `words` in the doc."""
    for match in re.finditer(re.escape(words), doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is not None:
            return span.start, span.end
    raise AssertionError(f"{words!r} not a run of tokens of {doc.text!r}")


def tag_entity(doc: Doc, first: str, last: str, label: str) -> None:
    """Tag the words from `first` to `last` as one entity, as the model sometimes does."""
    start = next(t.i for t in doc if t.text == first)
    end = next(t.i for t in doc if t.text == last) + 1
    doc.set_ents([Span(doc, start, end, label=label)], default="unmodified")


def field(place: Place, name: str, expected: object) -> object:
    """A field of a place, or KNOWN in place of any value when KNOWN is expected."""
    value = getattr(place, name)
    return KNOWN if expected == KNOWN and value is not None else value


def place_facts(found: Mapping[str, Place], expected: PlaceFacts) -> dict[str, object]:
    """The fields `expected` names, for each place it names: None for a place not found, "found"
    for a place expected to be missing."""
    return {text: facts_of(found.get(text), fields) for text, fields in expected.items()}


def facts_found(nlp: Language, text: str, expected: PlaceFacts) -> dict[str, object]:
    """The fields `expected` names, read from the places the stage finds in `text`."""
    return place_facts(by_text(places(nlp, text)), expected)


def facts_of(place: Place | None, fields: Mapping[str, object] | None) -> object:
    if place is None:
        return None
    if fields is None:
        return "found"
    return {name: field(place, name, value) for name, value in fields.items()}


# The table runners the place test files share: each file binds them to its own tables
# (`test_places_resolved = resolved_test(RESOLVED)`), so a rule's cases live with its module.
TestFunction = Callable[..., None]


def resolved_test(table: Mapping[str, tuple[str, PlaceFacts]]) -> TestFunction:
    """Each row's places have the expected facts."""

    @pytest.mark.parametrize(("text", "expected"), by_rule(table))
    def test(nlp: Language, text: str, expected: PlaceFacts) -> None:
        assert facts_found(nlp, text, expected) == expected

    return test


def no_places_test(table: Mapping[str, tuple[str]]) -> TestFunction:
    """No place is found in each row's sentence."""

    @pytest.mark.parametrize("text", by_rule(table))
    def test(nlp: Language, text: str) -> None:
        assert places(nlp, text) == []

    return test


def found_exactly_test(table: Mapping[str, tuple[str, list[str]]]) -> TestFunction:
    """Each row's toponyms, in text order, are exactly the expected ones."""

    @pytest.mark.parametrize(("text", "expected"), by_rule(table))
    def test(nlp: Language, text: str, expected: list[str]) -> None:
        assert toponyms(nlp, text) == expected

    return test


def found_among_test(table: Mapping[str, tuple[str, str]]) -> TestFunction:
    """Each row's toponym is among those found."""

    @pytest.mark.parametrize(("text", "toponym"), by_rule(table))
    def test(nlp: Language, text: str, toponym: str) -> None:
        assert toponym in toponyms(nlp, text)

    return test


def model_misses_test(table: Mapping[str, tuple[str, str]]) -> TestFunction:
    """A toponym found holds each row's words, where the model tags no place."""

    @pytest.mark.parametrize(("text", "toponym"), by_rule(table))
    def test(nlp: Language, text: str, toponym: str) -> None:
        assert any(toponym in name for name in toponyms(nlp, text))

    return test
