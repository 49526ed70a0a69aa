"""Names listed after a word for divisions and "of" are divisions, not towns."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.place_division_lists import listed_after_division_noun

from .place_helpers import by_text, places


def test_names_listed_after_provinces_of_are_provinces(nlp: Language) -> None:
    found = by_text(places(nlp, "Power was cut in the provinces of Cavite and Laguna."))
    assert found["Cavite"].country == "PHL"
    assert found["Laguna"].country == "PHL"
    assert found["Cavite"].name == "Cavite"  # the province, not Cavite City


def test_the_cue_reaches_across_the_list_only(nlp: Language) -> None:
    doc = nlp("Rain fell on the states of Kano, Kaduna and Katsina after a dry week in Abuja.")
    names = {t.text: t.i for t in doc}
    assert listed_after_division_noun(doc, names["Katsina"])
    assert listed_after_division_noun(doc, names["Kano"])
    assert not listed_after_division_noun(doc, names["Abuja"])
