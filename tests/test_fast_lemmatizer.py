from __future__ import annotations

from typing import Any

import pytest
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer

from dyads.fast_attribute_ruler import NotCompilable
from dyads.fast_lemmatizer import FastLemmatizer
from dyads.nlp import load_model

TEXTS = [
    "The ministers were meeting in the cities and talked about the meetings.",
    "She'd been told the talks weren't going well, but they're better now.",
    "Crises deepened as prices rose; the biggest protests drew thousands.",
    "He has done it again: the leaves fell and the wolves ran.",
]


@pytest.fixture(scope="module")
def stock() -> Language:
    return load_model(fast=False)


def test_lemmas_are_the_stock_lemmatizers(nlp: Language, stock: Language) -> None:
    assert isinstance(nlp.get_pipe("lemmatizer"), FastLemmatizer)
    for text in TEXTS + TEXTS:  # the second pass is answered from the cache
        assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in stock(text)]


def test_the_same_word_is_lemmatised_by_its_part_of_speech(nlp: Language) -> None:
    doc = nlp("The meeting ended. They were meeting again.")
    assert [(t.pos_, t.lemma_) for t in doc if t.text == "meeting"] == [
        ("NOUN", "meeting"),
        ("VERB", "meet"),
    ]


def test_the_stock_lemmatizer_keeps_its_own_tables(stock: Language) -> None:
    lemmatizer = stock.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    fast = FastLemmatizer(lemmatizer)
    fast_index = fast.lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in fast_index.values())
    stock_index = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, list) for words in stock_index.values())
    # The copy lemmatises with its own tables, not through a method bound to the stock one.
    bound: Any = fast.lemmatizer.lemmatize
    assert bound.__self__ is fast.lemmatizer


def test_another_lemmatizer_class_is_refused(stock: Language) -> None:
    class Custom(EnglishLemmatizer):
        pass

    custom = Custom(stock.vocab, None, mode="rule")
    with pytest.raises(NotCompilable):
        FastLemmatizer(custom)
