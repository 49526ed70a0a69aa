"""A noun the parser leaves loose after a phrase of time is the verb's object."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from dyads.stages.timed_objects import is_time_phrase, loose_objects


def _verb(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


def test_a_phrase_of_time_is_told_from_others(nlp: Language) -> None:
    doc = nlp("Iran rejected the offer on Thursday in Geneva.")
    on = next(t for t in doc if t.lower_ == "on")
    in_ = next(t for t in doc if t.lower_ == "in")
    assert is_time_phrase(on)
    assert not is_time_phrase(in_)


def test_a_loose_noun_after_a_phrase_of_time_is_the_object(nlp: Language) -> None:
    text = (
        "South African President P.W. Botha rejected on Wednesday calls by the Commonwealth "
        "to free Nelson Mandela, state radio said."
    )
    verb = _verb(nlp, text, "rejected")
    assert [t.text for t in loose_objects(verb)] == ["calls"]


def test_an_attached_object_is_not_loose(nlp: Language) -> None:
    verb = _verb(nlp, "Botha rejected the calls on Wednesday.", "rejected")
    assert loose_objects(verb) == []
