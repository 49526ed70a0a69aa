"""Tests for denials of an act, which reject the claim that it happened."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.denials import denied_content, is_inside


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Turkey denied that its jets had bombed the villages.", ["bombed"]),
        ("Sudan denied sending troops to the border.", ["sending"]),
        ("Turkey did not deny that its jets had bombed the villages.", []),
        ("Turkey denied the report.", []),
        ("Turkey said its jets had bombed the villages.", []),
    ],
)
def test_denied_content(nlp: Language, text: str, content: list[str]) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ in ("deny", "say"))
    assert [c.text for c in denied_content(verb)] == content


def test_is_inside_reads_the_whole_clause(nlp: Language) -> None:
    doc = nlp("Turkey denied that its jets had bombed the villages, officials said.")
    content = denied_content(next(t for t in doc if t.text == "denied"))
    assert is_inside(next(t for t in doc if t.text == "villages"), content)
    assert not is_inside(next(t for t in doc if t.text == "Turkey"), content)
