"""Tests for trigger words' lemmas and their word index (``trigger_lemmas``)."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.trigger_lemmas import lemma_of, word_index

from .event_helpers import token


def test_a_verb_lemma_the_lemmatizer_gets_wrong_is_repaired(nlp: Language) -> None:
    doc = nlp("The farmers staged a protest, and police fined the traders.")
    assert lemma_of(token(doc, "staged")) == "stage"
    assert lemma_of(token(doc, "fined")) == "fine"
    assert lemma_of(token(doc, "traders")) == "trader"


def test_the_word_index_holds_text_and_lemma_of_each_token(nlp: Language) -> None:
    doc = nlp("Farmers staged protests.")
    index = word_index(list(doc))
    assert index["staged"] == index["stage"] == 1
    assert index["protests"] == index["protest"] == 2


def test_a_verb_whose_wrong_lemma_is_another_verb_is_repaired(nlp: Language) -> None:
    doc = nlp("Fighting raged in the capital as officials hoped for a truce.")
    assert lemma_of(token(doc, "raged")) == "rage"  # not "rag", which CAMEO codes a protest
    assert lemma_of(token(doc, "hoped")) == "hope"


def test_the_sea_named_by_waters_is_not_water(nlp: Language) -> None:
    doc = nlp("The navy sent a ship to waters near the island with water for the villagers.")
    assert lemma_of(token(doc, "waters")) == "waters"
    assert lemma_of(token(doc, "water")) == "water"


def test_dining_is_not_din(nlp: Language) -> None:
    doc = nlp("The envoys dined with the king and were dining again on Friday.")
    assert lemma_of(token(doc, "dined")) == "dine"
    assert lemma_of(token(doc, "dining")) == "dine"


def test_a_verb_form_left_unlemmatized_is_repaired(nlp: Language) -> None:
    doc = nlp("French fishermen petitioned the European Commission to ban the trawlers.")
    assert lemma_of(token(doc, "petitioned")) == "petition"
