"""Tests for one written name shared by several people, chosen by the date and the states the
article names (``actor_namesakes``)."""

from __future__ import annotations

import datetime as dt

from dyads.stages.actor_dictionary import Entry, Term
from dyads.stages.actor_namesakes import in_role, namesake_on, namesakes_in_view
from dyads.stages.actor_patterns import Mention

# An invented mother and daughter who both go by "Ines Varga", heads of government of Hungary
# twenty years apart; and two invented rulers named alike, in office over the same years.
MOTHER = Entry(
    "Ines Varga Sr", "person", (Term("HUN", "GOV", dt.date(1990, 5, 1), dt.date(1998, 7, 1)),)
)
DAUGHTER = Entry(
    "Ines Varga", "person", (Term("HUN", "GOV", dt.date(2010, 5, 1), dt.date(2018, 7, 1)),)
)
NORTHERN = Entry("Emir Faris of Qatar", "person", (Term("QAT", "GOV", dt.date(2001, 1, 1), None),))
SOUTHERN = Entry("Emir Faris of Oman", "person", (Term("OMN", "GOV", dt.date(2003, 1, 1), None),))


def test_the_one_in_office_on_the_date_is_meant() -> None:
    pair = (MOTHER, DAUGHTER)
    assert namesake_on(pair, DAUGHTER, dt.date(1994, 3, 1)) == (MOTHER, ())
    assert namesake_on(pair, DAUGHTER, dt.date(2015, 3, 1)) == (DAUGHTER, ())


def test_with_neither_in_office_the_one_who_left_office_last_is_meant() -> None:
    assert namesake_on((MOTHER, DAUGHTER), DAUGHTER, dt.date(2003, 3, 1)) == (MOTHER, ())
    assert namesake_on((MOTHER, DAUGHTER), MOTHER, dt.date(2020, 3, 1)) == (DAUGHTER, ())


def test_before_anyone_took_office_the_name_keeps_its_own_entry() -> None:
    assert namesake_on((MOTHER, DAUGHTER), DAUGHTER, dt.date(1980, 3, 1)) == (DAUGHTER, ())


def test_several_in_office_are_left_to_the_states_in_view() -> None:
    pair = (NORTHERN, SOUTHERN)
    assert namesake_on(pair, SOUTHERN, dt.date(2005, 1, 1)) == (SOUTHERN, pair)
    assert namesake_on(pair, SOUTHERN, dt.date(2002, 1, 1)) == (NORTHERN, ())


def test_an_undated_coding_asks_who_holds_an_open_term() -> None:
    assert in_role(NORTHERN, None)
    assert not in_role(MOTHER, None)


def _emir(on: dt.date) -> Mention:
    code, sector = SOUTHERN.code_on(on)
    return Mention(0, 2, SOUTHERN.name, "person", code, sector, SOUTHERN)


def test_the_state_the_article_names_picks_among_those_in_office() -> None:
    on = dt.date(2005, 1, 1)
    doha = Mention(4, 5, "Doha", "capital", "QAT", "GOV")
    found = namesakes_in_view([_emir(on), doha], {0: (NORTHERN, SOUTHERN)}, on)
    assert (found[0].entry, found[0].code, found[0].name) == (NORTHERN, "QAT", NORTHERN.name)
    assert found[1] is doha


def test_without_a_state_in_view_the_name_keeps_its_own_entry() -> None:
    on = dt.date(2005, 1, 1)
    both = [_emir(on), Mention(4, 5, "Doha", "capital", "QAT", "GOV")]
    both.append(Mention(6, 7, "Muscat", "capital", "OMN", "GOV"))
    for mentions in ([_emir(on)], both):
        found = namesakes_in_view(mentions, {0: (NORTHERN, SOUTHERN)}, on)
        assert found[0].entry is SOUTHERN
