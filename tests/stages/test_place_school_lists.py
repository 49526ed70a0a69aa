"""Schools listed two or more together by their short names ("Elmwood Elementary, Ridge
Middle") are places; one such name with no word of place, or a sports result, is none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.place_school_lists import school_list_mentions


def _schools(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    words = [t.text for t in doc]
    return [doc[m.start : m.end].text for m in school_list_mentions(words, [False] * len(doc))]


def test_schools_listed_after_a_colon_are_places(nlp: Language) -> None:
    text = "Nearby schools: Elmwood Elementary, Cedar Ridge Middle and Lakeview High."
    assert _schools(nlp, text) == ["Elmwood Elementary", "Cedar Ridge Middle", "Lakeview High"]


@pytest.mark.parametrize(
    "text",
    [
        "Lakeview High won the title.",  # one name alone
        "Lakeview High beat Cedar Ridge High 2-0.",  # a result: no list
        "Closures: Elmwood Elementary School, Cedar Ridge Middle School.",  # full names
    ],
)
def test_names_not_listed_as_short_school_names_are_none(nlp: Language, text: str) -> None:
    assert _schools(nlp, text) == []
