"""Tests for the table of companies and economic agencies (``data/actors/companies.tsv``), as the
actor dictionary loads it."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.stages.actor_dictionary import ActorDictionary, phrase_key


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary()


def code_of(dictionary: ActorDictionary, name: str) -> tuple[str | None, str | None] | None:
    entry = dictionary.lookup(phrase_key(name), spellings=False)
    return None if entry is None else entry.code_on(None)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Intel", ("USA", "BUS")),
        ("Lufthansa", ("DEU", "BUS")),
        ("ASML", ("NLD", "BUS")),
        ("Tesco", ("GBR", "BUS")),  # the converted dictionary's CAN is corrected
        ("Chevron", ("USA", "BUS")),  # and its bare MNC given a country
        ("Government Accountability Office", ("USA", "GOV")),
        ("Bank of Japan", ("JPN", "GOV")),
        ("Competition and Markets Authority", ("GBR", "GOV")),
        ("Bank of Ghana", ("GHA", "GOV")),  # central banks beyond the G20
        ("Bangladesh Bank", ("BGD", "GOV")),
        ("National Bank of Ukraine", ("UKR", "GOV")),
        ("Lockheed", ("USA", "BUS")),  # short names of the organisations table's companies
        ("Toyota Motor", ("JPN", "BUS")),
        ("Cerberus", ("USA", "BUS")),  # the rest of the largest companies and groups
        ("PDVSA", ("VEN", "BUS")),
        ("Hapag-Lloyd", ("DEU", "BUS")),
        ("Safaricom", ("KEN", "BUS")),
        ("Odebrecht", ("BRA", "BUS")),  # a former name
        ("AirAsia", ("MYS", "BUS")),  # the converted dictionary's region corrected
        ("ABN Amro", ("NLD", "BUS")),  # and its nationalised bank kept a company
        ("Newmont Corporation", ("USA", "BUS")),  # and its bare MNC given a country
        ("Ford of Canada", ("CAN", "BUS")),  # a subsidiary of a company listed in longer form
    ],
)
def test_companies_and_agencies_are_placed_in_their_country(
    dictionary: ActorDictionary, name: str, code: tuple[str, str]
) -> None:
    assert code_of(dictionary, name) == code


def test_a_name_shared_with_the_organisations_table_keeps_its_row(
    dictionary: ActorDictionary,
) -> None:
    assert code_of(dictionary, "Boeing") == ("USA", "BUS")
    assert code_of(dictionary, "Gazprom") == ("RUS", "BUS")


@pytest.mark.parametrize(
    "word",
    [
        "Amazon",
        "Target",
        "Ford",
        "Santander",
        "Total",
        "Orange",
        "Suez",
        "Meta",
        "Takeda",
        "Scania",
    ],
)
def test_names_that_are_common_words_or_places_alone_are_no_company(
    dictionary: ActorDictionary, word: str
) -> None:
    code = code_of(dictionary, word)
    assert code is None or code[1] != "BUS"


@pytest.mark.parametrize("name", ["Bank of Ireland", "Bank of Cyprus"])
def test_commercial_banks_named_for_a_state_are_no_central_bank(
    dictionary: ActorDictionary, name: str
) -> None:
    code = code_of(dictionary, name)
    assert code is None or code[1] != "GOV"


@pytest.mark.parametrize("name", ["MSC", "NAB", "BRI", "CFE", "PLN", "BCE", "Norwegian Air"])
def test_short_forms_other_bodies_share_are_no_company(
    dictionary: ActorDictionary, name: str
) -> None:
    code = code_of(dictionary, name)
    assert code is None or code[1] != "BUS"


@pytest.mark.parametrize("name", ["Sukhoi", "Kalashnikov", "Antonov", "Telegram", "YouTube"])
def test_weapons_and_channels_named_for_their_makers_are_no_company(
    dictionary: ActorDictionary, name: str
) -> None:
    code = code_of(dictionary, name)
    assert code is None or code[1] != "BUS"


def test_a_company_that_moved_its_head_office_is_coded_for_the_date(
    dictionary: ActorDictionary,
) -> None:
    entry = dictionary.lookup(phrase_key("Nordea"), spellings=False)
    assert entry is not None
    assert entry.code_on(dt.date(2012, 5, 1)) == ("SWE", "BUS")
    assert entry.code_on(dt.date(2024, 5, 1)) == ("FIN", "BUS")
