"""Tests for choosing the person a lone name means by the date (``actor_surnames``)."""

from __future__ import annotations

import datetime as dt

from dyads.stages.actor_dictionary import Entry, Term
from dyads.stages.actor_surnames import (
    Evidence,
    Resolved,
    SurnameIndex,
    given_word,
    surname_words,
)

D = dt.date
ENTITY = Evidence(person=True, titled=False)
TITLED = Evidence(person=True, titled=True)
BARE = Evidence(person=False, titled=False)


def leader(name: str, code: str, start: D, end: D | None) -> Entry:
    """A converted leader: an elite period before a state office."""
    terms = (Term(code, "ELI", D(1950, 1, 1), start), Term(code, "GOV", start, end))
    return Entry(name, "person", terms)


def minister(name: str, code: str, start: D, end: D) -> Entry:
    return Entry(name, "person", (Term(code, "GOV", start, end),))


def same(person: Entry | int) -> Entry:
    assert isinstance(person, Entry)
    return person


def index(*people: Entry, given: tuple[str, ...] = ()) -> SurnameIndex:
    phrases: list[tuple[str, Entry | int, str | None]] = [
        (p.name.lower(), p, p.country) for p in people
    ]
    return SurnameIndex(phrases, given, same)


def test_surname_words_follow_naming_customs() -> None:
    assert surname_words(["augusto", "pinochet", "ugarte"], "CHL") == ["ugarte", "pinochet"]
    assert surname_words(["hu", "jintao"], "CHN") == ["hu"]
    assert surname_words(["mahathir", "bin", "mohamad"], "MYS") == ["mahathir"]
    assert surname_words(["hafez", "al-assad"], "SYR") == ["al-assad", "assad"]
    assert surname_words(["king", "fahd"], "SAU") == ["fahd"]
    assert surname_words(["martin", "luther", "king", "jr"], "USA") == ["king"]
    assert given_word(["sheikh", "jaber", "al-sabah"]) == "jaber"


def test_the_date_picks_the_holder_of_the_office() -> None:
    bill = leader("Bill Clinton", "USA", D(1993, 1, 20), D(2001, 1, 20))
    hillary = leader("Hillary Clinton", "USA", D(2009, 1, 21), D(2013, 2, 1))
    names = index(bill, hillary)
    found = names.resolve("clinton", D(1995, 6, 1), set(), BARE)
    assert found is not None and found.entry is bill and found.sector == "GOV"
    found = names.resolve("clinton", D(2010, 6, 1), set(), BARE)
    assert found is not None and found.entry is hillary


def test_two_leaders_in_office_need_the_state_in_view() -> None:
    one = leader("Ana Ruiz", "CHL", D(1990, 1, 1), D(2000, 1, 1))
    other = leader("Jorge Ruiz", "PER", D(1992, 1, 1), D(1998, 1, 1))
    names = index(one, other)
    assert names.resolve("ruiz", D(1995, 1, 1), set(), ENTITY) is None
    found = names.resolve("ruiz", D(1995, 1, 1), {"PER"}, ENTITY)
    assert found is not None and found.entry is other


def test_people_of_one_office_give_its_code_only() -> None:
    first = minister("Arun Singh", "IND", D(2004, 1, 1), D(2008, 1, 1))
    second = minister("Vikram Singh", "IND", D(2004, 1, 1), D(2008, 1, 1))
    found = index(first, second).resolve("singh", D(2005, 1, 1), set(), TITLED)
    assert found == Resolved(None, "IND", "GOV")


def test_a_minister_needs_a_title_or_the_state_in_view() -> None:
    names = index(minister("Ana Ruiz", "CHL", D(2004, 1, 1), D(2008, 1, 1)))
    assert names.resolve("ruiz", D(2005, 1, 1), set(), BARE) is None
    assert names.resolve("ruiz", D(2005, 1, 1), set(), ENTITY) is None
    assert names.resolve("ruiz", D(2005, 1, 1), {"CHL"}, ENTITY) is not None
    assert names.resolve("ruiz", D(2005, 1, 1), set(), TITLED) is not None


def test_a_leader_out_of_office_only_for_some_years_and_as_a_person() -> None:
    names = index(leader("Ana Ruiz", "CHL", D(1990, 1, 1), D(2000, 1, 1)))
    found = names.resolve("ruiz", D(2005, 1, 1), set(), ENTITY)
    assert found is not None and (found.code, found.sector) == ("CHL", None)
    assert names.resolve("ruiz", D(2005, 1, 1), set(), BARE) is None
    assert names.resolve("ruiz", D(2030, 1, 1), set(), ENTITY) is None


def test_a_given_name_needs_a_title_or_the_state_in_view() -> None:
    names = index(leader("Ariel Sharon", "ISR", D(2001, 3, 7), D(2006, 4, 14)), given=("sharon",))
    assert names.resolve("sharon", D(2002, 1, 1), set(), ENTITY) is None
    assert names.resolve("sharon", D(2002, 1, 1), {"ISR"}, ENTITY) is not None
    assert names.resolve("sharon", D(2002, 1, 1), set(), TITLED) is not None


def test_a_royal_title_lets_a_given_name_count() -> None:
    names = index(leader("Fahd bin Abdulaziz", "SAU", D(1982, 6, 13), D(2005, 8, 1)))
    assert names.resolve("fahd", D(1990, 1, 1), set(), TITLED) is None
    royal = Evidence(person=True, titled=True, royal=True)
    found = names.resolve("fahd", D(1990, 1, 1), set(), royal)
    assert found is not None and found.code == "SAU"
