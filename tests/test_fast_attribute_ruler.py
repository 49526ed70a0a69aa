from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from dyads.fast_attribute_ruler import FastAttributeRuler, NotCompilable

WORDS = ["There", "are", "n't", "many", "who", "saw", "it", "\n\n", "Y'", "all", "left", "."]
TAGS = ["EX", "VBP", "RB", "JJ", "WP", "VBD", "PRP", "_SP", "PRP", "DT", "VBD", "."]
DEPS = [
    "expl",
    "ROOT",
    "neg",
    "amod",
    "nsubj",
    "relcl",
    "dobj",
    "dep",
    "nsubj",
    "det",
    "ROOT",
    "punct",
]
HEADS = [1, 1, 1, 4, 5, 3, 5, 6, 10, 8, 10, 10]


@pytest.fixture()
def blank() -> Language:
    return spacy.blank("en")


def _doc(nlp: Language) -> Doc:
    return Doc(nlp.vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=HEADS)


def _ruler(
    nlp: Language, rules: list[tuple[list[list[dict[int | str, Any]]], dict[str, str], int]]
) -> AttributeRuler:
    ruler = AttributeRuler(nlp.vocab)
    for patterns, attrs, index in rules:
        ruler.add(patterns=patterns, attrs=attrs, index=index)
    return ruler


def _annotations(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.pos_, t.tag_, t.dep_, str(t.morph), t.lemma_) for t in doc]


def _same_as_stock(nlp: Language, ruler: AttributeRuler) -> list[tuple[str, str, str, str, str]]:
    stock, fast = _doc(nlp), _doc(nlp)
    ruler(stock)
    FastAttributeRuler.from_stock(ruler)(fast)
    assert _annotations(fast) == _annotations(stock)
    return _annotations(fast)


def test_a_tag_map_and_its_word_exceptions_give_the_stock_annotations(blank: Language) -> None:
    ruler = _ruler(
        blank,
        [
            ([[{"TAG": "VBP"}]], {"POS": "VERB", "MORPH": "VerbForm=Fin"}, 0),
            ([[{"TAG": "PRP"}]], {"POS": "PRON", "MORPH": "PronType=Prs"}, 0),
            ([[{"TAG": "RB"}]], {"POS": "ADV"}, 0),
            ([[{"TAG": "VBP"}]], {"POS": "AUX"}, 0),  # a later rule wins
            (
                [[{"TAG": "RB", "LOWER": {"IN": ["not", "n't"]}}]],
                {"POS": "PART", "LEMMA": "not"},
                0,
            ),
            ([[{"LOWER": "it", "DEP": {"IN": ["dobj", "pobj"]}}]], {"MORPH": "Case=Acc"}, 0),
        ],
    )
    annotations = _same_as_stock(blank, ruler)
    assert annotations[1][:2] == ("AUX", "VBP")
    assert annotations[1][3] == "VerbForm=Fin"
    assert annotations[2][0] == "PART" and annotations[2][4] == "not"
    assert annotations[6][3] == "Case=Acc"
    assert annotations[8][3] == "PronType=Prs"


def test_multi_token_rules_set_the_token_at_their_index(blank: Language) -> None:
    ruler = _ruler(
        blank,
        [
            ([[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are"]}}]], {"POS": "VERB"}, 1),
            ([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], {"LEMMA": "you"}, -2),
            ([[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["neg"]}}]], {"POS": "PART"}, 0),
            ([[{"LOWER": "who"}, {}]], {"LEMMA": "see"}, 1),  # any token after "who"
        ],
    )
    annotations = _same_as_stock(blank, ruler)
    assert annotations[1][0] == "VERB"
    assert annotations[8][4] == "you"
    assert annotations[2][0] == "PART"
    assert annotations[5][4] == "see"


def test_rules_read_the_doc_as_it_was_before_any_rule(blank: Language) -> None:
    # The second rule tests a part of speech the first one sets: the stock ruler matches
    # every rule first, so it must not fire.
    ruler = _ruler(
        blank,
        [
            ([[{"TAG": "VBD"}]], {"POS": "VERB"}, 0),
            ([[{"POS": "VERB"}]], {"LEMMA": "changed"}, 0),
        ],
    )
    annotations = _same_as_stock(blank, ruler)
    assert annotations[5][0] == "VERB"
    assert "changed" not in {lemma for *_, lemma in annotations}


def test_whitespace_tokens_can_be_tested_and_retagged(blank: Language) -> None:
    ruler = _ruler(
        blank,
        [
            ([[{"IS_SPACE": True}]], {"TAG": "_SP", "POS": "SPACE", "MORPH": "_"}, 0),
            ([[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], {"DEP": "dep"}, 0),
        ],
    )
    annotations = _same_as_stock(blank, ruler)
    assert annotations[7][:3] == ("SPACE", "_SP", "dep")


@pytest.mark.parametrize(
    "pattern",
    [
        [{"TAG": "NN", "OP": "?"}],
        [{"LENGTH": 3}],
        [{"LOWER": {"FUZZY": "there"}}],
        [{"_": {"flag": True}}],
    ],
)
def test_a_rule_outside_the_compiled_shapes_is_refused(
    blank: Language, pattern: list[dict[int | str, Any]]
) -> None:
    ruler = AttributeRuler(blank.vocab)
    ruler.add(patterns=[pattern], attrs={"POS": "NOUN"})
    with pytest.raises(NotCompilable):
        FastAttributeRuler.from_stock(ruler)


def test_an_attribute_it_cannot_set_is_refused(blank: Language) -> None:
    ruler = AttributeRuler(blank.vocab)
    ruler.add(patterns=[[{"TAG": "NN"}]], attrs={"NORM": "thing"})
    with pytest.raises(NotCompilable):
        FastAttributeRuler.from_stock(ruler)


def test_an_empty_doc_is_left_alone(blank: Language) -> None:
    ruler = _ruler(blank, [([[{"TAG": "NN"}]], {"POS": "NOUN"}, 0)])
    doc = Doc(blank.vocab, words=[])
    assert len(FastAttributeRuler.from_stock(ruler)(doc)) == 0
