"""Toponyms by their company: a place's name repeated in the article."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.gazetteer import load_gazetteer
from dyads.stages.place_lists import repeated_mentions
from dyads.stages.place_lookup import PlaceLookup


def repeats(nlp: Language, text: str, first: str) -> list[int]:
    """The starts of the repeats of the name found first at the word `first`."""
    doc = nlp(text)
    lookup = PlaceLookup(load_gazetteer())
    start = next(t.i for t in doc if t.text == first)
    found = lookup.mention_at(doc, start, start + 1, tagged=True)
    assert found is not None
    taken = [False] * len(doc)
    taken[start] = True
    words = [t.text for t in doc]
    return [m.start for m in repeated_mentions(lookup, doc, words, [found], taken)]


def test_a_place_name_repeated_is_the_place_again(nlp: Language) -> None:
    text = "Floods hit Tyler on Monday. Schools in Tyler stayed shut."
    assert repeats(nlp, text, "Tyler") == [8]  # the second "Tyler"


def test_a_repeat_that_sues_is_a_company(nlp: Language) -> None:
    text = "Floods hit Tyler on Monday. Tyler sued the builder of the levee."
    assert repeats(nlp, text, "Tyler") == []
