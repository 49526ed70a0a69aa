"""Events dated by other events through "<N units> after/before …"."""

from __future__ import annotations

import pytest

from dyads.api import code_text

_ARTICLE_DATE = "2025-08-12"  # a Tuesday


def _dates(text: str) -> dict[str, tuple[str | None, str | None]]:
    record = code_text(text, date=_ARTICLE_DATE)
    return {event.trigger: (event.date, event.date_text) for event in record.events}


@pytest.mark.parametrize(
    ("text", "trigger", "date", "date_text"),
    [
        # The anchored clause is dated from the main clause, a day earlier.
        (
            "The envoy spoke on Thursday, a day after the council condemned Peru.",
            "condemned",
            "2025-08-06",
            "a day after",
        ),
        # The main clause is dated from the anchored event's own date.
        (
            "Three days after the referendum on Friday, students marched in Lima.",
            "marched",
            "2025-08-11",
            "Three days after",
        ),
        # Weeks are dated by the month holding most of the week.
        (
            "Negotiators resumed talks two weeks after the truce took hold on June 4.",
            "talks",
            "2025-06",
            "two weeks after",
        ),
        # Hours after: the same day.
        (
            "Troops detained the driver hours after the shooting on Saturday.",
            "detained",
            "2025-08-09",
            "hours after",
        ),
    ],
)
def test_offset_moves_the_date_of_the_other_side(
    text: str, trigger: str, date: str, date_text: str
) -> None:
    assert _dates(text)[trigger] == (date, date_text)


def test_the_anchored_event_keeps_its_own_date() -> None:
    dates = _dates("Negotiators resumed talks two weeks after the truce took hold on June 4.")
    assert dates["truce"] == ("2025-06-04", "June 4")


def test_an_undated_anchor_gives_the_other_side_no_date_from_it() -> None:
    dates = _dates("Four days after the referendum, students marched in Quito.")
    assert dates["marched"][1] is None
