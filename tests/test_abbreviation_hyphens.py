"""A hyphen joining an abbreviation to a capitalised word is split, as after a letter."""

from __future__ import annotations

from spacy.language import Language


def _words(nlp: Language, text: str) -> list[str]:
    return [t.text for t in nlp(text)]


def test_a_hyphen_after_an_abbreviation_splits_before_a_capital(nlp: Language) -> None:
    assert _words(nlp, "U.S.-Soviet talks resumed.")[:3] == ["U.S.", "-", "Soviet"]
    assert _words(nlp, "the U.S.-South Korean drills")[1:4] == ["U.S.", "-", "South"]


def test_a_participle_after_an_abbreviation_stays_joined(nlp: Language) -> None:
    assert "U.S.-led" in _words(nlp, "The U.S.-led coalition struck.")
    assert "U.N.-run" in _words(nlp, "U.N.-run camps were shelled.")


def test_the_stock_rules_still_split(nlp: Language) -> None:
    assert _words(nlp, "US-Soviet talks")[:3] == ["US", "-", "Soviet"]
    assert _words(nlp, "a 10-year-old boy")[1:6] == ["10", "-", "year", "-", "old"]
