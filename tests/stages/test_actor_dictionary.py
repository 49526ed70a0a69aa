"""Tests for the actor dictionary: dated codes, case checks and loading."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dyads.errors import InputError
from dyads.stages.actor_dictionary import (
    ActorDictionary,
    Entry,
    Term,
    _lapse,
    _row_names,
    case_agrees,
    fold_accents,
    load_office_rows,
    normalise,
    parse_gender,
)


def test_dated_terms_pick_the_code_for_the_day() -> None:
    entry = Entry(
        "A. Person",
        "person",
        (
            Term("XXA", "ELI", None, None),
            Term("XXA", "GOV", dt.date(2000, 1, 1), dt.date(2004, 1, 1)),
            Term("XXA", "MIL", dt.date(2010, 1, 1), None),
        ),
    )
    assert entry.code_on(dt.date(2002, 6, 1)) == ("XXA", "GOV")
    assert entry.code_on(dt.date(2004, 1, 1)) == ("XXA", "ELI")  # the end day is outside
    assert entry.code_on(dt.date(2020, 1, 1)) == ("XXA", "MIL")
    assert entry.code_on(None) == ("XXA", "MIL")  # no date: the current office


def test_office_table_person_out_of_office_keeps_country_only() -> None:
    rows = [
        {
            "name": "B. Leader",
            "aliases": "Leader",
            "country": "XXB",
            "sector": "GOV",
            "office": "president",
            "start": "2010-01-01",
            "end": "2015-01-01",
        },
    ]
    entry, phrases = load_office_rows(rows)["B. Leader"]
    assert entry.code_on(dt.date(2012, 1, 1)) == ("XXB", "GOV")
    assert entry.code_on(dt.date(2020, 1, 1)) == ("XXB", None)
    assert entry.code_on(None) == ("XXB", None)
    assert phrases == {"b. leader": "B. Leader", "leader": "Leader"}


def test_case_agrees_with_hand_written_names() -> None:
    assert case_agrees("UN", "UN")
    assert not case_agrees("un", "UN")
    assert case_agrees("U.N.", "UN")
    assert case_agrees("UN refugee agency", "UN refugee agency")
    assert not case_agrees("associated press", "Associated Press")
    # A short title listed in lower case is written capitalised too, never in capitals.
    assert case_agrees("Pope", "pope")
    assert case_agrees("pope", "pope")
    assert not case_agrees("POPE", "pope")


def test_normalise_keeps_offsets() -> None:
    text = "İstanbul’s DPRK"
    assert len(normalise(text)) == len(text)
    assert normalise(text).endswith("'s dprk")


def test_keys_are_looked_up_without_accents() -> None:
    assert fold_accents("erdoğan") == "erdogan"
    assert fold_accents("lech wałęsa") == "lech walesa"
    assert fold_accents("île-de-france") == "ile-de-france"
    # A short word keeps its accents: without them "Støre" would be the word "store".
    assert fold_accents("jonas gahr støre") == "jonas gahr støre"
    dictionary = ActorDictionary()
    # A converted name written with accents, met without them, and the other way round.
    accented, plain = dictionary.entry("Erdoğan"), dictionary.entry("Erdogan")
    assert accented is not None and accented == plain
    assert dictionary.entry("François Mitterrand") == dictionary.entry("Francois Mitterrand")


def test_dictionary_loads_every_source() -> None:
    dictionary = ActorDictionary()
    assert dictionary.entry("Kremlin") is not None  # converted dictionary
    assert dictionary.entry("Choe Son Hui") is not None  # office table
    assert dictionary.entry("KCNA") is not None  # media
    assert dictionary.entry("OSCE") is not None  # organisations
    assert dictionary.agent_sector("troops") == "MIL"
    # Office holders take over the converted entry that has their full name.
    putin = dictionary.entry("Russian President Vladimir Putin")
    assert putin is not None and putin.from_table


def test_bad_user_file_is_a_clear_error(tmp_path: Path) -> None:
    user_file = tmp_path / "actors.tsv"
    user_file.write_text(
        "name\taliases\tcountry\tsector\toffice\tstart\tend\n"
        "C. Person\t\tXXC\tGOV\tminister\tlast year\t\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"actors\.tsv"):
        ActorDictionary(user_file)
    with pytest.raises(InputError, match="cannot read"):
        ActorDictionary(tmp_path / "missing.tsv")


def test_shipped_tables_are_well_formed() -> None:
    import csv
    from importlib import resources

    import pycountry

    folder = resources.files("dyads") / "data" / "actors"
    countries = {c.alpha_3 for c in pycountry.countries}
    state = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
    sectors = state | {"PTY", "OPP", "REB", "UAF", "ELI", "REL", ""}
    lines = [
        line
        for line in (folder / "offices.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) > 150
    for row in rows:
        # Kosovo, and the former states of army chiefs and speakers of 1979-1999.
        known = countries | {"XKX", "SUN", "YUG"}
        assert row["country"] in known or row["country"][:3] in ("IGO", "NGO"), row
        assert row["sector"] in sectors, row
        assert row["gender"] in ("m", "f"), row
        start = dt.date.fromisoformat(row["start"])
        if row["end"]:
            assert start < dt.date.fromisoformat(row["end"]), row


# The countries whose leaders the table must cover through 2026: the G20, the permanent members
# of the UN Security Council and the parties of today's major conflicts.
G20 = ("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR")
G20_REST = ("MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA")
CONFLICTS = ("UKR", "ISR", "PSE", "IRN", "PRK", "TWN", "PAK", "SDN", "MLI", "BFA", "NER")
COVERED = G20 + G20_REST + CONFLICTS


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary()


@pytest.mark.parametrize("country", COVERED)
def test_office_table_covers_the_major_states_in_2026(
    dictionary: ActorDictionary, country: str
) -> None:
    on = dt.date(2026, 6, 1)
    people = {
        entry.name
        for phrase in dictionary.table_phrases()
        if (entry := dictionary.entry(phrase)) is not None and entry.code_on(on) == (country, "GOV")
    }
    assert len(people) >= 3, (country, people)


def test_gender_column_is_read_and_checked() -> None:
    row = {"name": "D. Person", "country": "XXD", "sector": "GOV", "start": "2001-01-01"}
    entry, _ = load_office_rows([{**row, "gender": "F"}])["D. Person"]
    assert entry.gender == "f"
    entry, _ = load_office_rows([row])["D. Person"]
    assert entry.gender is None
    assert parse_gender(" m ") == "m"
    with pytest.raises(ValueError, match="gender"):
        parse_gender("x")


def test_bad_gender_in_user_file_names_the_file(tmp_path: Path) -> None:
    user_file = tmp_path / "people.tsv"
    user_file.write_text(
        "name\taliases\tcountry\tsector\toffice\tstart\tend\tgender\n"
        "E. Person\t\tXXE\tGOV\tminister\t2020-01-01\t\tyes\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"people\.tsv"):
        ActorDictionary(user_file)


def test_not_actor_names_are_matched_without_a_code(dictionary: ActorDictionary) -> None:
    ocean = dictionary.entry("Indian Ocean")
    assert ocean is not None and ocean.kind == "place" and ocean.code_on(None) == (None, None)
    assert dictionary.given_names["pierre"] == "m"
    assert dictionary.given_names["maria"] == "f"


def test_people_table_rows_are_well_formed() -> None:
    import csv
    from importlib import resources

    import pycountry

    path = resources.files("dyads") / "data" / "actors" / "people.tsv"
    lines = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    states = {c.alpha_3 for c in pycountry.countries} | {"SUN", "YUG", "XKX"}  # Kosovo: XKX
    assert len(rows) > 20
    for row in rows:
        assert row["country"] in states or row["country"][:3] in ("IGO", "IMG"), row
        sectors = ("GOV", "MIL", "SPY", "JUD", "LEG", "LAB", "REB", "UAF", "OPP", "CRM", "ELI", "")
        assert row["sector"] in sectors, row
        if row["start"] and row["end"]:
            assert row["start"] < row["end"], row


def test_people_table_adds_and_redates_leaders(dictionary: ActorDictionary) -> None:
    mobutu = dictionary.entry("Mobutu")
    assert mobutu is not None and mobutu.prominent
    assert mobutu.code_on(dt.date(1991, 1, 1)) == ("COD", "GOV")
    assert mobutu.code_on(dt.date(1999, 1, 1)) == ("COD", "ELI")
    # The converted "Mikhail Gorbachev" (coded RUS) is replaced: the Soviet Union's leader.
    gorbachev = dictionary.entry("Mikhail Gorbachev")
    assert gorbachev is not None and gorbachev.code_on(dt.date(1988, 1, 1)) == ("SUN", "GOV")


@pytest.mark.parametrize(
    ("name", "on", "expected"),
    [
        # A term ends the day before its end date; the next office starts on it.
        ("Pervez Musharraf", dt.date(1998, 10, 6), ("PAK", "ELI")),
        ("Pervez Musharraf", dt.date(1998, 10, 7), ("PAK", "MIL")),
        ("Pervez Musharraf", dt.date(1999, 10, 11), ("PAK", "MIL")),
        ("Pervez Musharraf", dt.date(1999, 10, 12), ("PAK", "GOV")),
        # Chief of staff, then minister, then prime minister.
        ("Ehud Barak", dt.date(1991, 3, 31), ("ISR", "ELI")),
        ("Ehud Barak", dt.date(1991, 4, 1), ("ISR", "MIL")),
        ("Ehud Barak", dt.date(1997, 1, 1), ("ISR", "ELI")),
        ("Ehud Barak", dt.date(1999, 7, 6), ("ISR", "GOV")),
        # A guerrilla leader until independence, then head of government.
        ("Robert Mugabe", dt.date(1980, 4, 17), ("ZWE", "REB")),
        ("Robert Mugabe", dt.date(1980, 4, 18), ("ZWE", "GOV")),
        # Premier, then chairman of the National People's Congress.
        ("Li Peng", dt.date(1998, 3, 15), ("CHN", "GOV")),
        ("Li Peng", dt.date(1998, 3, 16), ("CHN", "LEG")),
        ("Li Peng", dt.date(2003, 3, 15), ("CHN", "ELI")),
        # A union leader, then president, then out of office.
        ("Lech Walesa", dt.date(1980, 8, 31), ("POL", "LAB")),
        ("Lech Walesa", dt.date(1990, 12, 22), ("POL", "GOV")),
        ("Lech Walesa", dt.date(1995, 12, 23), ("POL", "ELI")),
        # A head of an international body between two state offices.
        ("Kurt Waldheim", dt.date(1981, 12, 30), ("IGOUNO", None)),
        ("Kurt Waldheim", dt.date(1982, 1, 1), ("AUT", "ELI")),
        ("Kurt Waldheim", dt.date(1986, 7, 8), ("AUT", "GOV")),
        # The Yugoslav federation's prime minister is Yugoslavia's, not Serbia's.
        ("Ante Markovic", dt.date(1990, 6, 1), ("YUG", "GOV")),
        # A junta's coordinator, then president: one state office from July 1979.
        ("Daniel Ortega", dt.date(1979, 7, 19), ("NIC", "ELI")),
        ("Daniel Ortega", dt.date(1979, 7, 20), ("NIC", "GOV")),
        ("Daniel Ortega", dt.date(1995, 1, 1), ("NIC", "ELI")),
        # A head of government the dictionary lists only as "Julio Cesar Turbay Ayala".
        ("Julio Cesar Turbay", dt.date(1982, 8, 6), ("COL", "GOV")),
        ("Julio Cesar Turbay", dt.date(1982, 8, 7), ("COL", "ELI")),
        # Speaker of the Knesset, then foreign minister before his premiership.
        ("Yitzhak Shamir", dt.date(1979, 6, 1), ("ISR", "LEG")),
        ("Yitzhak Shamir", dt.date(1980, 3, 10), ("ISR", "GOV")),
    ],
)
def test_office_holders_of_1979_to_1999_change_office_on_their_dates(
    dictionary: ActorDictionary, name: str, on: dt.date, expected: tuple[str, str | None]
) -> None:
    entry = dictionary.entry(name)
    assert entry is not None
    assert entry.code_on(on) == expected


@pytest.mark.parametrize(
    ("name", "on", "expected"),
    [
        # Missing from the converted dictionary: in office, then a former office holder.
        ("Andrei Kozyrev", dt.date(1993, 6, 1), ("RUS", "GOV")),
        ("Andrei Kozyrev", dt.date(1998, 6, 1), ("RUS", "ELI")),
        # A Soviet leader is SUN in office, RUS after the Union.
        ("Nikolai Ryzhkov", dt.date(1988, 6, 1), ("SUN", "GOV")),
        ("Nikolai Ryzhkov", dt.date(1995, 6, 1), ("RUS", "ELI")),
        # The two-word form of a name the dictionary lists with three words.
        ("Carlos Menem", dt.date(1995, 6, 1), ("ARG", "GOV")),
        ("Carlos Menem", dt.date(2003, 6, 1), ("ARG", "ELI")),
        ("Alvaro Uribe", dt.date(2006, 6, 1), ("COL", "GOV")),
        # A term the dictionary left out (foreign minister before he was prime minister).
        ("Yevgeny Primakov", dt.date(1997, 6, 1), ("RUS", "GOV")),
        # An office that moved between a state and a body.
        ("Manfred Woerner", dt.date(1986, 6, 1), ("DEU", "GOV")),
        ("Manfred Woerner", dt.date(1991, 6, 1), ("IGOWSTNAT", None)),
        ("Boutros Ghali", dt.date(1994, 6, 1), ("IGOUNO", None)),
        # Earlier terms of people in the office table.
        ("Donald Tusk", dt.date(2010, 6, 1), ("POL", "GOV")),
        ("Donald Tusk", dt.date(2016, 6, 1), ("IGOEUREEC", None)),
        ("Shinzo Abe", dt.date(2007, 3, 1), ("JPN", "GOV")),
    ],
)
def test_office_holders_of_1985_to_2015_are_coded_by_term(
    dictionary: ActorDictionary, name: str, on: dt.date, expected: tuple[str, str | None]
) -> None:
    entry = dictionary.entry(name)
    assert entry is not None
    assert entry.code_on(on) == expected


def test_person_phrases_cover_converted_and_table_people(dictionary: ActorDictionary) -> None:
    people = {phrase: person for phrase, person, _ in dictionary.person_phrases()}
    assert isinstance(people["yasser arafat"], int)  # converted, built on first use
    assert dictionary.materialise(people["yasser arafat"]).name == "Yasir Arafat"
    assert isinstance(people["sergey lavrov"], Entry) and people["sergey lavrov"].from_table
    assert "indian ocean" not in people and "russia" not in people
    table = dictionary.entry("Narendra Modi")
    assert table is not None and table.terms[0].office == "prime minister"


def test_row_names_keep_file_order_whatever_the_hash_seed() -> None:
    row = {"name": "Mujahideen", "aliases": "mujahideen;Mujahedin;Mujahideen"}
    assert _row_names(row) == ("Mujahideen", "mujahideen", "Mujahedin")


def test_seats_of_government_are_capitals_within_their_dates(
    dictionary: ActorDictionary,
) -> None:
    port_sudan = dictionary.seat("Port Sudan")
    assert port_sudan is not None and port_sudan.kind == "capital"
    assert port_sudan.code_on(dt.date(2025, 5, 6)) == ("SDN", "GOV")
    assert port_sudan.code_on(dt.date(2010, 5, 6)) == ("SDN", None)  # a port, no seat
    naypyitaw = dictionary.seat("Naypyitaw")
    assert naypyitaw is not None and naypyitaw.code_on(dt.date(2025, 3, 29)) == ("MMR", "GOV")
    belgrade = dictionary.seat("Belgrade")
    assert belgrade is not None
    assert belgrade.code_on(dt.date(1991, 6, 27)) == ("YUG", "GOV")
    assert belgrade.code_on(dt.date(1999, 4, 2)) == ("SRB", "GOV")
    assert belgrade.code_on(dt.date(2004, 3, 18)) == ("SCG", "GOV")
    bonn = dictionary.seat("Bonn")
    assert bonn is not None and bonn.code_on(dt.date(2005, 1, 1)) == ("DEU", None)
    assert dictionary.entry("Miraflores") is not None  # an undated seat: a capital always


def test_a_name_listed_in_two_cases_accepts_either(dictionary: ActorDictionary) -> None:
    # organisations.tsv lists both "al-Shabaab" and "Al-Shabaab".
    assert case_agrees("al-Shabaab", dictionary.surface("al-Shabaab") or "")
    assert case_agrees("Al-Shabaab", dictionary.surface("Al-Shabaab") or "")


def test_a_place_hyphenated_throughout_is_found_spaced(dictionary: ActorDictionary) -> None:
    entry = dictionary.lookup("port-au-prince")
    assert entry is not None and entry.code_on(None)[0] == "HTI"
    assert dictionary.lookup("franco-german") is None  # one hyphen: two names, not one


def test_british_spellings_find_organisations_listed_in_american(
    dictionary: ActorDictionary,
) -> None:
    oas = dictionary.entry("Organisation of American States")
    assert oas is not None and oas.code_on(None)[0] == "IGOAMROAS"
    oecd = dictionary.entry("Organisation for Economic Co-operation and Development")
    assert oecd is not None and oecd.code_on(None)[0] == "IGOWSTBUS"


def test_other_spellings_find_organisations_only(dictionary: ActorDictionary) -> None:
    assert dictionary.entry("Defence") is None  # no person, place or party by another spelling


def test_a_body_whose_every_row_ends_lapses_after_its_last_row() -> None:
    rows = [Term("XYZ", "GOV", None, dt.date(2022, 5, 10))]
    entry = Entry("Old Palace", "org", tuple(rows + _lapse(rows)))
    assert entry.code_on(dt.date(2010, 1, 1)) == ("XYZ", "GOV")
    assert entry.code_on(dt.date(2023, 1, 1)) == (None, None)


def test_a_body_with_an_open_row_never_lapses() -> None:
    rows = [Term("XYZ", "REB", None, dt.date(2001, 1, 1)), Term("XYZ", "GOV", None, None)]
    assert _lapse(rows) == []


def test_people_whose_office_changed_are_coded_by_the_date() -> None:
    solana = ActorDictionary().lookup("javier solana")
    assert solana is not None
    assert solana.code_on(dt.date(1997, 1, 1)) == ("IGOWSTNAT", None)
    assert solana.code_on(dt.date(2005, 1, 1)) == ("IGOEUREEC", None)


def test_a_monitor_named_for_a_state_is_a_body_of_its_own(dictionary: ActorDictionary) -> None:
    # Cited for a war's toll, not the state whose name it carries.
    for name in ("Syrian Observatory for Human Rights", "SOHR", "Syrian Network for Human Rights"):
        entry = dictionary.entry(name)
        assert entry is not None and entry.code_on(None)[0] not in (None, "SYR"), name


def test_todays_blocs_are_international_bodies(dictionary: ActorDictionary) -> None:
    for name in ("Mercosur", "AUKUS", "Eurasian Economic Union", "Frontex"):
        entry = dictionary.entry(name)
        assert entry is not None and str(entry.code_on(None)[0]).startswith("IGO"), name


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("FIFA", ("NGOFIF", None)),
        ("UEFA", ("NGOEURUEF", None)),
        ("Confederation of African Football", ("NGOAFRCAF", None)),
        ("IOC", ("NGOIOC", None)),
        ("WADA", ("NGOWAD", None)),
        ("Court of Arbitration for Sport", ("NGOCAS", None)),
    ],
)
def test_sports_bodies_are_non_governmental(
    dictionary: ActorDictionary, name: str, code: tuple[str, None]
) -> None:
    entry = dictionary.entry(name)
    assert entry is not None and entry.code_on(None) == code


@pytest.mark.parametrize("name", ["CAF", "CAS", "FA"])
def test_sports_short_forms_shared_with_other_bodies_are_not_listed(
    dictionary: ActorDictionary, name: str
) -> None:
    assert dictionary.entry(name) is None


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("NCSC", ("GBR", "SPY")),
        ("CISA", ("USA", "GOV")),
        ("BSI", ("DEU", "GOV")),
        ("AFL-CIO", ("USA", "LAB")),
        ("COSATU", ("ZAF", "LAB")),
        ("Verdi", ("DEU", "LAB")),
        ("Unite", ("GBR", "LAB")),
        ("Nigeria Labour Congress", ("NGA", "LAB")),
        ("Gerindra", ("IDN", "PTY")),
        ("Forza Italia", ("ITA", "PTY")),
        ("Jatiya Party", ("BGD", "PTY")),
        ("Executives of Construction Party", ("IRN", "PTY")),
    ],
)
def test_agencies_unions_and_parties_are_their_states(
    dictionary: ActorDictionary, name: str, code: tuple[str, str]
) -> None:
    entry = dictionary.entry(name)
    assert entry is not None and entry.code_on(None) == code


def test_a_name_two_listed_people_share_keeps_both(dictionary: ActorDictionary) -> None:
    people = [p.name for p in dictionary.namesakes("george bush")]
    assert people == ["George H. W. Bush", "George W. Bush"]
    # The phrase's own entry is the last listed, as before names were shared.
    assert dictionary.entry("George Bush") is dictionary.namesakes("george bush")[-1]
    assert dictionary.namesakes("george w. bush") == ()
    assert dictionary.namesakes("donald trump") == ()


def test_a_converted_entry_under_a_listed_name_is_replaced_not_shared(
    dictionary: ActorDictionary,
) -> None:
    # "Augusto Pinochet Ugarte" is a converted entry of the person people.tsv lists.
    assert dictionary.namesakes("augusto pinochet ugarte") == ()


def test_a_user_file_replaces_a_shared_name(tmp_path: Path) -> None:
    user_file = tmp_path / "actors.tsv"
    user_file.write_text(
        "name\taliases\tcountry\tsector\toffice\tstart\tend\n"
        "George Bush Smith\tGeorge Bush\tGBR\tGOV\tmayor\t2020-01-01\t\n",
        encoding="utf-8",
    )
    dictionary = ActorDictionary(user_file)
    assert dictionary.namesakes("george bush") == ()
    found = dictionary.entry("George Bush")
    assert found is not None and found.name == "George Bush Smith"


def test_every_namesake_is_a_surname_candidate(dictionary: ActorDictionary) -> None:
    people = {dictionary.materialise(p).name for _, p, _ in dictionary.person_phrases()}
    assert {"George H. W. Bush", "George W. Bush", "Abdullah bin Abdulaziz"} <= people


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Organisation of the Islamic Conference", ("IGOMOSOIC", None)),
        ("CSCE", ("IGOEUROSC", None)),
        ("Conference on Security and Cooperation in Europe", ("IGOEUROSC", None)),
        ("GATT", ("IGOBUSWTO", None)),
        ("UNPROFOR", ("IGOUNO", "MIL")),
        ("UNTAC", ("IGOUNO", "MIL")),
        ("UNAMIR", ("IGOUNO", "MIL")),
        ("UNOSOM", ("IGOUNO", "MIL")),
        ("IFOR", ("IGOWSTNAT", "MIL")),
        ("KFOR", ("IGOWSTNAT", "MIL")),
        ("AMISOM", ("IGOAFRAFU", "MIL")),
    ],
)
def test_bodies_of_the_1990s_by_their_names_then(
    dictionary: ActorDictionary, name: str, code: tuple[str, str | None]
) -> None:
    # Former names of bodies that still exist, and the peace missions of that period.
    entry = dictionary.entry(name)
    assert entry is not None and entry.code_on(dt.date(1995, 6, 1)) == code, name


def test_self_declared_states_are_coded_by_the_land_they_held(dictionary: ActorDictionary) -> None:
    # The converted dictionary's own codes (KRJ, SRP) name no state that news codes.
    wartime = dt.date(1994, 8, 1)
    for name, state in (("Knin", "HRV"), ("Republic of Serbian Krajina", "HRV")):
        entry = dictionary.entry(name)
        assert entry is not None and entry.code_on(wartime)[0] == state, name
    banja_luka = dictionary.entry("Banja Luka")
    assert banja_luka is not None and banja_luka.code_on(wartime)[0] == "BIH"


@pytest.mark.parametrize(
    ("name", "on", "expected"),
    [
        # Movements that laid down their arms and became parties.
        ("UNITA", dt.date(1992, 10, 5), ("AGO", "REB")),
        ("UNITA", dt.date(2008, 9, 10), ("AGO", "PTY")),
        ("Renamo", dt.date(1987, 3, 12), ("MOZ", "REB")),
        ("Renamo", dt.date(1999, 12, 28), ("MOZ", "PTY")),
        # Sudan's rebels until South Sudan's independence; then its army and ruling party.
        ("SPLA", dt.date(1998, 4, 20), ("SDN", "REB")),
        ("SPLA", dt.date(2014, 1, 10), ("SSD", "MIL")),
        ("SPLM", dt.date(2014, 1, 10), ("SSD", "PTY")),
        ("SPLA-IO", dt.date(2016, 7, 11), ("SSD", "REB")),
        # Groups of the completed classes.
        ("Kachin Independence Army", dt.date(2011, 6, 12), ("MMR", "REB")),
        ("MNLA", dt.date(2012, 3, 31), ("MLI", "REB")),
        ("Mahdi Army", dt.date(2004, 8, 6), ("IRQ", "UAF")),
        ("Donetsk People's Republic", dt.date(2014, 8, 25), ("UKR", "REB")),
        ("Riek Machar", dt.date(2014, 1, 10), ("SSD", "REB")),
        ("Riek Machar", dt.date(2021, 1, 10), ("SSD", "GOV")),
    ],
)
def test_armed_groups_are_coded_by_their_role_on_the_date(
    dictionary: ActorDictionary, name: str, on: dt.date, expected: tuple[str, str | None]
) -> None:
    entry = dictionary.entry(name)
    assert entry is not None and entry.code_on(on) == expected


def test_media_take_the_state_of_their_date() -> None:
    dictionary = ActorDictionary()
    tass = dictionary.entry("Tass")
    assert tass is not None and tass == dictionary.entry("TASS")
    assert tass.code_on(dt.date(1987, 3, 26)) == ("SUN", "MED")
    assert tass.code_on(dt.date(2025, 3, 26)) == ("RUS", "MED")
    tanjug = dictionary.entry("Tanjug")
    assert tanjug is not None
    assert tanjug.code_on(dt.date(1991, 6, 1))[0] == "YUG"
    assert tanjug.code_on(dt.date(1995, 6, 1))[0] == "SRB"
    assert tanjug.code_on(dt.date(2004, 6, 1))[0] == "SCG"
    ctk = dictionary.entry("CTK")
    assert ctk is not None and ctk.code_on(dt.date(1989, 11, 20))[0] == "CSK"
