"""Tests for parties named as the opposition (``actor_opposition``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.records import Actor
from dyads.stages.actor_opposition import governing_parties, opposition_parties

from .actor_helpers import ActorCoder, coded, find, mention


def named(actors: list[Actor], name: str) -> Actor:
    """The first actor of this canonical name; fails the test, naming what was found, if none."""
    matches = [a for a in actors if a.name == name]
    assert matches, f"no actor named {name!r} in {[a.name for a in actors]}"
    return matches[0]


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_the_opposition_party_is_opp(code: ActorCoder) -> None:
    actors = code("The opposition Labour Party walked out of the budget debate.")
    assert coded(find(actors, "Labour Party")) == ("GBR", "OPP")


def test_the_opposition_after_a_states_possessive_is_opp(code: ActorCoder) -> None:
    on = dt.date(2009, 1, 30)
    actors = code("Zimbabwe's opposition Movement for Democratic Change agreed to join.", on)
    assert coded(named(actors, "Movement for Democratic Change")) == ("ZWE", "OPP")
    actors = code("Kenya's main opposition Orange Democratic Movement said.", on)
    assert coded(named(actors, "Orange Democratic Movement")) == ("KEN", "OPP")


def test_an_opposition_partys_officer_is_opp(code: ActorCoder) -> None:
    text = (
        "Police arrested opposition Movement for Democratic Change secretary-general Tendai Biti."
    )
    actors = code(text, dt.date(2008, 6, 12))
    assert coded(named(actors, "Tendai Biti")) == ("ZWE", "OPP")


def test_a_titled_opposition_leader_no_table_knows_is_placed(code: ActorCoder) -> None:
    actors = code("A Cairo court sentenced opposition leader Ayman Nour.", dt.date(2005, 12, 24))
    assert coded(named(actors, "Ayman Nour")) == ("EGY", "OPP")


def test_a_party_not_called_the_opposition_stays_a_party(code: ActorCoder) -> None:
    actors = code("The Labour Party walked out of the budget debate.")
    assert coded(find(actors, "Labour Party")) == ("GBR", "PTY")


def test_only_parties_change(nlp: Language) -> None:
    doc = nlp("opposition lawmakers and the opposition Likud")
    lawmakers = mention(0, 2, "agent", "ISR", "LEG")
    likud = mention(5, 6, "org", "ISR", "PTY")
    found = opposition_parties(doc, [lawmakers, likud], dt.date(2024, 1, 1))
    assert [m.sector for m in found] == ["LEG", "OPP"]


def test_the_table_says_who_governs_on_a_date() -> None:
    table = governing_parties()
    assert table.in_opposition("USA", "Democratic Party", dt.date(2018, 5, 1))
    assert not table.in_opposition("USA", "Democratic Party", dt.date(2022, 5, 1))
    assert table.in_opposition("GBR", "Conservatives", dt.date(2024, 7, 5))  # the day it left
    assert not table.in_opposition("GBR", "Conservatives", dt.date(2024, 7, 4))
    assert table.in_opposition("TUR", "Republican People's Party", dt.date(2010, 1, 1))


def test_the_table_judges_no_party_it_lacks_nor_dates_before_it_covers_the_state() -> None:
    table = governing_parties()
    assert not table.in_opposition("GBR", "Scottish National Party", dt.date(2020, 1, 1))
    assert not table.in_opposition("USA", "Democratic Party", dt.date(1975, 1, 1))
    assert not table.in_opposition("TUR", "Republican People's Party", dt.date(1995, 1, 1))


@pytest.mark.parametrize(
    ("text", "on", "party", "sector"),
    [
        ("The Democrats attacked the tariff plan.", dt.date(2025, 9, 1), "Democrats", "OPP"),
        ("The Democrats attacked the tariff plan.", dt.date(2023, 9, 1), "Democrats", "PTY"),
        ("The SPD rejected the pension plan in Berlin.", dt.date(2024, 3, 1), "SPD", "PTY"),
        ("The SPD rejected the pension plan in Berlin.", dt.date(2011, 3, 1), "SPD", "OPP"),
        ("The SPD rejected the pension plan in Berlin.", dt.date(2025, 9, 1), "SPD", "PTY"),
        ("The FDP rejected the pension plan in Berlin.", dt.date(2012, 3, 1), "FDP", "PTY"),
        ("The FDP rejected the pension plan in Berlin.", dt.date(2025, 3, 1), "FDP", "OPP"),
        ("The UMP attacked the budget in Paris.", dt.date(2008, 3, 1), "UMP", "PTY"),
        ("The UMP attacked the budget in Paris.", dt.date(2013, 3, 1), "UMP", "OPP"),
        ("Komeito attacked the budget in Tokyo.", dt.date(1994, 2, 1), "Komeito", "PTY"),
        ("The Kuomintang attacked the budget.", dt.date(2019, 3, 1), "Kuomintang", "OPP"),
    ],
)
def test_a_party_out_of_government_on_the_date_is_opp(
    code: ActorCoder, text: str, on: dt.date, party: str, sector: str
) -> None:
    assert find(code(text, on), party).sector == sector


def test_japan_s_liberal_democrats_were_out_of_government_in_1993_1994() -> None:
    table = governing_parties()
    assert table.in_opposition("JPN", "Liberal Democratic Party", dt.date(1993, 12, 1))
    assert not table.in_opposition("JPN", "Liberal Democratic Party", dt.date(1993, 7, 1))
    assert not table.in_opposition("JPN", "Japan New Party", dt.date(1993, 12, 1))


def test_a_shared_party_name_placed_in_a_state_is_looked_up_by_its_entry(
    code: ActorCoder,
) -> None:
    text = "France's Socialist Party called for a new tax."
    assert find(code(text, dt.date(2019, 3, 1)), "France's Socialist Party").sector == "OPP"
    assert find(code(text, dt.date(2014, 3, 1)), "France's Socialist Party").sector == "PTY"


def test_the_table_covers_italy_indonesia_and_bangladesh() -> None:
    table = governing_parties()
    assert table.in_opposition("ITA", "Five Star Movement", dt.date(2024, 9, 1))
    assert not table.in_opposition("ITA", "Five Star Movement", dt.date(2020, 5, 1))
    assert not table.in_opposition("ITA", "Lega", dt.date(2023, 1, 1))
    assert table.in_opposition("ITA", "Democratic Party", dt.date(2023, 1, 1))
    assert table.in_opposition(
        "IDN", "Indonesian Democratic Party of Struggle", dt.date(2025, 4, 1)
    )
    assert not table.in_opposition("IDN", "Gerindra", dt.date(2025, 4, 1))
    assert table.in_opposition("BGD", "Awami League", dt.date(2025, 1, 1))
    assert not table.in_opposition("BGD", "Awami League", dt.date(2023, 1, 1))


def test_a_party_out_of_government_by_the_new_rows_is_opp(code: ActorCoder) -> None:
    actors = code("The Five Star Movement accused the government in Rome of cutting welfare.")
    assert coded(find(actors, "Five Star Movement")) == ("ITA", "OPP")
    actors = code("Italy's Democratic Party called for a vote of no confidence.")
    assert coded(find(actors, "Italy's Democratic Party")) == ("ITA", "OPP")


def test_a_party_leader_shares_the_partys_standing(code: ActorCoder) -> None:
    text = "Likud leader Ariel Sharon accused Prime Minister Ehud Barak of conceding Jerusalem."
    actors = code(text, dt.date(2000, 10, 12))
    assert coded(find(actors, "Likud leader Ariel Sharon")) == ("ISR", "OPP")
    # The same title while the party governs stays the party's.
    text = "Likud leader Benjamin Netanyahu addressed the party's convention."
    found = [a for a in code(text, dt.date(2012, 1, 10)) if "Likud" in a.text]
    assert found and all(a.sector in ("PTY", "GOV") for a in found)


def test_a_leader_of_a_party_the_table_lacks_stays_pty(nlp: Language) -> None:
    doc = nlp("Zambia's party leader Hakainde Hichilema was charged.")
    person = mention(0, 7, "person", "ZMB", "PTY")
    found = opposition_parties(doc, [person], dt.date(2017, 9, 2), lambda d, i: None)
    assert found[0].sector == "PTY"


def test_angola_and_mozambique_are_dated_by_the_presidents_party() -> None:
    table = governing_parties()
    assert table.in_opposition("AGO", "UNITA", dt.date(2008, 9, 10))
    assert not table.in_opposition("AGO", "MPLA", dt.date(2008, 9, 10))
    assert table.in_opposition("MOZ", "RENAMO", dt.date(1999, 12, 28))


def test_germanys_christian_and_social_democrats_are_dated_as_the_cdu_and_spd() -> None:
    table = governing_parties()
    assert table.in_opposition("DEU", "Christian Democrats", dt.date(2002, 9, 23))
    assert not table.in_opposition("DEU", "Social Democrats", dt.date(2002, 9, 23))
    assert table.in_opposition("DEU", "Social Democrats", dt.date(1998, 9, 27))


def test_an_opposition_candidate_is_opp_before_taking_office(code: ActorCoder) -> None:
    text = (
        "Senegal's opposition candidate Bassirou Diomaye Faye won the presidential election."
        " Faye promised reforms."
    )
    actors = code(text, dt.date(2024, 3, 27))
    assert coded(find(actors, "Faye")) == ("SEN", "OPP")
