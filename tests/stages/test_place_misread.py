"""Places under other labels: a venue in a town, but not an event held there."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyads.stages.gazetteer import load_gazetteer
from dyads.stages.place_lookup import PlaceLookup
from dyads.stages.place_misread import place_before_time_words, venue

from .event_helpers import by_rule

# Words of a sentence with their entity tags, and whether the name after "at" is a venue.
VENUES: dict[str, tuple[list[str], list[str], bool]] = {
    "a hall at which something happens in a town is a venue": (
        ["She", "sang", "at", "Afrika", "Shrine", "in", "Lagos"],
        ["O", "O", "O", "B-ORG", "I-ORG", "O", "B-GPE"],
        True,
    ),
    "a conference held in a town is no venue": (
        ["He", "spoke", "at", "Cloud", "Expo", "in", "Lisbon"],
        ["O", "O", "O", "B-ORG", "I-ORG", "O", "B-GPE"],
        False,
    ),
    "a summit held in a town is no venue": (
        ["They", "met", "at", "Fintech", "Summit", "in", "Oslo"],
        ["O", "O", "O", "B-ORG", "I-ORG", "O", "B-GPE"],
        False,
    ),
}


@pytest.mark.parametrize(("words", "ents", "is_venue"), by_rule(VENUES))
def test_a_venue_but_not_an_event(
    nlp: Language, words: list[str], ents: list[str], is_venue: bool
) -> None:
    doc = Doc(nlp.vocab, words=words, ents=ents)
    assert (venue(doc, 3, 5) is not None) is is_venue


@pytest.mark.parametrize(
    ("words", "ents", "place"),
    [
        (
            ["Missiles", "hit", "Kyiv", "overnight", "."],
            ["O", "O", "B-TIME", "I-TIME", "O"],
            "Kyiv",
        ),
        (
            ["Rebels", "entered", "Hama", "days", "later", "."],
            ["O", "O", "B-GPE", "I-GPE", "I-GPE", "O"],
            "Hama",
        ),
        (["This", "year", "was", "calm", "."], ["B-DATE", "I-DATE", "O", "O", "O"], None),
        (["It", "is", "Moscow", "time", "."], ["O", "O", "B-TIME", "I-TIME", "O"], None),
        (["Kyiv", "Tuesday", "said", "."], ["B-DATE", "I-DATE", "O", "O"], None),
    ],
)
def test_a_place_before_words_of_time_in_one_entity(
    nlp: Language, words: list[str], ents: list[str], place: str | None
) -> None:
    doc = Doc(nlp.vocab, words=words, ents=ents)
    found = place_before_time_words(PlaceLookup(load_gazetteer()), doc, doc.ents[0])
    assert (found and doc[found.start : found.end].text) == place
