"""Former names of capitals that are towns elsewhere, read by the story's date."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from dyads.stages.place_former_names import former_name, in_use, with_former_names
from dyads.stages.place_resolution import Mention

from .actor_helpers import gaz_entry
from .place_helpers import by_text, shared_geoparser


def test_a_former_name_is_in_use_only_before_its_end() -> None:
    salisbury = former_name("Salisbury")
    assert salisbury is not None and salisbury.country == "ZWE"
    assert in_use(salisbury, dt.date(1975, 1, 1))
    assert not in_use(salisbury, dt.date(1990, 1, 1))
    assert not in_use(salisbury, None)
    assert former_name("Harare") is None


def test_a_former_name_in_use_keeps_the_renamed_town_alone() -> None:
    capital = gaz_entry("Harare", "ZWE", 1_500_000)
    town = gaz_entry("Salisbury", "GBR", 45_000)
    mention = Mention(0, 1, (capital, town), key="salisbury")
    assert with_former_names([mention], dt.date(1970, 1, 1))[0].candidates == (capital,)
    assert with_former_names([mention], dt.date(2020, 1, 1))[0].candidates == (capital, town)


def test_the_places_stage_reads_a_former_name_by_the_date(nlp: Language) -> None:
    doc = nlp("Colonial officials in Batavia closed the harbour to foreign ships.")
    then = by_text(shared_geoparser().process(doc, [], date=dt.date(1930, 5, 1)))
    now = by_text(shared_geoparser().process(doc, [], date=dt.date(2020, 5, 1)))
    assert then["Batavia"].country == "IDN"
    assert now["Batavia"].country == "USA"
