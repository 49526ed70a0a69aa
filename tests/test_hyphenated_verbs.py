"""Verbs of violence written with a hyphen stay one token, read as a verb with its stem."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.hyphenated_verbs import inflections
from dyads.stages.triggers import TriggerLexicon


def test_a_doubling_stem_doubles_before_its_endings() -> None:
    assert inflections("machine-gun", True) == ("machine-gunned", "machine-gunning")
    assert inflections("fire-bomb", False) == ("fire-bombed",)


@pytest.mark.parametrize(
    ("text", "form", "stem"),
    [
        ("Soldiers machine-gunned the crowd.", "machine-gunned", "machine-gun"),
        ("Police pistol-whipped two reporters.", "pistol-whipped", "pistol-whip"),
        ("Settlers fire-bombed a car near Hebron.", "fire-bombed", "fire-bomb"),
        ("Machine-gunning the village, the gunmen fled.", "Machine-gunning", "machine-gun"),
    ],
)
def test_the_verb_is_one_token_with_its_stem(
    nlp: Language, text: str, form: str, stem: str
) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.text == form)
    assert verb.pos_ == "VERB"
    assert verb.lemma_ == stem


def test_nouns_and_other_hyphenated_words_still_split(nlp: Language) -> None:
    assert [t.text for t in nlp("seized machine-guns")][1:4] == ["machine", "-", "guns"]
    assert [t.text for t in nlp("a fire-bombing")][1:4] == ["fire", "-", "bombing"]
    assert [t.text for t in nlp("a well-known envoy")][1:4] == ["well", "-", "known"]


def test_a_verb_of_violence_with_a_hyphen_is_an_assault(nlp: Language) -> None:
    lexicon = TriggerLexicon()
    doc = nlp("Burmese soldiers machine-gunned Karen guerrillas across the Moei River.")
    verb = next(t for t in doc if t.text == "machine-gunned")
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == "ASSAULT"
