from __future__ import annotations

import pytest

from dyads.errors import ModelNotFoundError
from dyads.nlp import DEFAULT_MODEL, load_model, model_name


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
