"""The state that held a place on the article's date."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.place_dates import country_on, successions

from .place_helpers import shared_geoparser


@pytest.mark.parametrize(
    ("country", "admin1", "date", "expected"),
    [
        ("SSD", None, dt.date(2011, 7, 8), "SDN"),
        ("SSD", None, dt.date(2011, 7, 9), "SSD"),  # the day of independence is the new state's
        ("XKX", None, dt.date(2007, 1, 1), "SRB"),
        ("XKX", None, dt.date(1999, 4, 1), "SRB"),  # the Federal Republic is coded as Serbia
        ("XKX", None, dt.date(1991, 4, 1), "YUG"),  # followed back through two successions
        ("MNE", None, dt.date(1998, 5, 1), "SRB"),
        # Serbia and Montenegro: a state that comes back in the chain, each step further back
        ("MNE", None, dt.date(2004, 3, 18), "SCG"),
        ("SRB", None, dt.date(2004, 3, 18), "SCG"),
        ("XKX", None, dt.date(2004, 3, 18), "SCG"),
        ("SRB", None, dt.date(2003, 2, 3), "SRB"),
        ("SRB", None, dt.date(2006, 6, 5), "SRB"),
        ("MNE", None, dt.date(2006, 6, 3), "MNE"),
        ("SRB", None, dt.date(1990, 1, 1), "YUG"),
        ("SRB", None, dt.date(1992, 4, 26), "YUG"),
        ("UKR", None, dt.date(1986, 4, 26), "SUN"),
        ("LTU", None, dt.date(1991, 10, 1), "LTU"),  # the Baltic states went first
        ("RUS", None, dt.date(1991, 10, 1), "SUN"),
        ("CZE", None, dt.date(1992, 12, 31), "CSK"),
        ("DEU", "Sachsen", dt.date(1989, 10, 9), "DDR"),
        ("DEU", "Bayern", dt.date(1989, 10, 9), "DEU"),  # only the eastern states
        ("FRA", None, dt.date(1950, 1, 1), "FRA"),
        ("SSD", None, None, "SSD"),  # undated: today's states
        (None, None, dt.date(1990, 1, 1), None),
    ],
)
def test_country_on_the_date(
    country: str | None, admin1: str | None, date: dt.date | None, expected: str | None
) -> None:
    assert country_on(country, admin1, date) == expected


def test_every_predecessor_is_older_than_its_successor_rows() -> None:
    # A chain must end: no state may succeed itself.
    for country, rows in successions().items():
        assert all(row.predecessor != country for row in rows)


def test_the_stage_gives_the_country_on_the_date(nlp: Language) -> None:
    geoparser = shared_geoparser()
    doc = nlp("Aid flights landed in Juba on Monday.")
    (then,) = geoparser.process(doc, [], date=dt.date(1995, 5, 1))
    (now,) = geoparser.process(doc, [], date=dt.date(2020, 5, 1))
    (undated,) = geoparser.process(doc, [])
    assert (then.country, now.country, undated.country) == ("SDN", "SSD", "SSD")
    assert (then.lat, then.lon) == (now.lat, now.lon)  # only the state changes
