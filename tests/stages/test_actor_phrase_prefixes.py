"""Tests for where a listed phrase may still go on (``actor_phrase_prefixes``)."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.actor_dictionary import has_british_word
from dyads.stages.actor_name_matcher import NameMatcher, phrase_keys
from dyads.stages.actor_phrase_prefixes import PhrasePrefixes

from .actor_helpers import shared_recognizer


def test_only_proper_word_prefixes_go_on() -> None:
    prefixes = PhrasePrefixes(["united nations security council", "red cross"])
    assert prefixes.goes_on("united")
    assert prefixes.goes_on("united nations")
    assert prefixes.goes_on("united nations security")
    assert not prefixes.goes_on("united nations security council")  # nothing longer listed
    assert not prefixes.goes_on("unit")  # a word's part is no word
    assert not prefixes.goes_on("blue")


def test_hyphens_are_read_as_spaces() -> None:
    prefixes = PhrasePrefixes(["jean-claude duvalier"])
    assert prefixes.goes_on("jean-claude")
    assert prefixes.goes_on("jean claude")
    assert prefixes.goes_on("jean")


def test_an_exempt_key_always_goes_on() -> None:
    prefixes = PhrasePrefixes(["labor party"], exempt=has_british_word)
    assert prefixes.goes_on("labour")  # listed under its American spelling
    assert not prefixes.goes_on("workers")


def test_keys_stop_where_no_phrase_goes_on(nlp: Language) -> None:
    doc = nlp("The Red Cross workers said so.")
    prefixes = PhrasePrefixes(["red cross", "red cross society"])
    keys = [key for _, key in phrase_keys(doc, 1, 5, prefixes)]
    assert keys == ["red", "red cross", "red cross workers"]  # "red cross workers" starts no phrase
    assert [key for _, key in phrase_keys(doc, 0, 5, prefixes)] == ["the"]


def test_keys_left_unbuilt_name_nothing(nlp: Language) -> None:
    doc = nlp(
        "The UN Security Council, the Organisation for Economic Co-operation and "
        "Development and Jean-Bertrand Aristide met officials of the Labour Party in Accra."
    )
    dictionary = shared_recognizer().dictionary
    prefixes = dictionary.name_prefixes()
    dropped = 0
    for start in range(len(doc)):
        every = phrase_keys(doc, start, dictionary.max_words)
        kept = phrase_keys(doc, start, dictionary.max_words, prefixes)
        assert every[: len(kept)] == kept
        assert all(dictionary.lookup(key, True) is None for _, key in every[len(kept) :])
        dropped += len(every) - len(kept)
    assert dropped > len(doc)  # most phrases stop after a word or two
    names = NameMatcher(dictionary)
    ends = {start: names.longest(doc, start) for start in (1, 6, 15, 23)}
    found = {doc[start : end[0]].text for start, end in ends.items() if end is not None}
    assert found == {
        "UN Security Council",
        "Organisation for Economic Co-operation and Development",
        "Jean-Bertrand Aristide",
        "Labour Party",
    }
