"""Finding toponyms: spans found, before any resolution."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.gazetteer import load_gazetteer
from dyads.stages.place_finders import ToponymFinder


@pytest.fixture(scope="module")
def finder() -> ToponymFinder:
    return ToponymFinder(load_gazetteer())


def found(nlp: Language, finder: ToponymFinder, text: str) -> list[str]:
    doc = nlp(text)
    return [doc[m.start : m.end].text for m in finder.find(doc)]


def test_toponyms_come_in_text_order(nlp: Language, finder: ToponymFinder) -> None:
    text = "A US-based firm opened offices in Kenya and the Kursk region."
    assert found(nlp, finder, text) == ["US", "Kenya", "Kursk region"]


def test_names_of_persons_and_newspapers_are_not_toponyms(
    nlp: Language, finder: ToponymFinder
) -> None:
    assert found(nlp, finder, "The Washington Post said Jordan Peterson would speak.") == []
