"""Tests for the converter of the PETRARCH/Phoenix actor and agent dictionaries."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from dyads.data_build.actors import (
    CountryTables,
    code_and_sector,
    convert_codes,
    decode,
    display_name,
    home_terms,
    parse_actor_file,
    parse_agents,
    parse_date,
    write,
)

ACTORS = """\
# a comment line
RUSSIAN_FEDERATION_  [RUS]
+RUSSIA_
+MOSCOW_

LEONID_BREZHNEV_  # two name lines share the codes below
SECRETARY_BREZHNEV
\t[RUSELI 19240101-641014]
\t[RUSGOV 641014-821110]
KREMLIN_
+RUSSIAN_WHITE_HOUSE
\t[RUSGOV]
UN_ [IGOUNO]
"""


def test_dates_in_both_lengths_and_garbage() -> None:
    assert parse_date("19240101") == "1924-01-01"
    assert parse_date("641014") == "1964-10-14"
    assert parse_date("080507") == "2008-05-07"
    assert parse_date("2004017") == ""
    assert parse_date("20041399") == ""


def test_blocks_share_codes_across_name_lines() -> None:
    entries = list(parse_actor_file(ACTORS))
    assert [e.names[0] for e in entries] == [
        "RUSSIAN_FEDERATION_",
        "LEONID_BREZHNEV_",
        "KREMLIN_",
        "UN_",
    ]
    brezhnev = entries[1]
    assert brezhnev.names == ["LEONID_BREZHNEV_", "SECRETARY_BREZHNEV"]
    assert brezhnev.codes == [
        ("RUSELI", "1924-01-01", "1964-10-14"),
        ("RUSGOV", "1964-10-14", "1982-11-10"),
    ]
    assert entries[0].names == ["RUSSIAN_FEDERATION_", "RUSSIA_", "MOSCOW_"]


def test_a_holder_of_a_rotating_chair_is_of_their_state_outside_its_terms() -> None:
    text = (
        "JAN_NOWAK_  [IGOEUREEC 890701-891231] # president of the CoEU from POLAND#\n"
        "ANNA_BERG_  [IGOUNO 900101-901231][SWEGOV 910101-941231] # envoy from SWEDEN#\n"
    )
    tables = CountryTables(
        names={"POL": "Poland", "SWE": "Sweden"},
        aliases={"POL": {"poland", "polish"}, "SWE": {"sweden"}},
        capitals={},
        places=set(),
    )
    nowak, berg = parse_actor_file(text)
    assert nowak.home == "POLAND"
    nowak_codes = convert_codes(nowak.codes)
    assert home_terms(nowak, nowak_codes, tables) == [("POL", None, "", "")]
    # Only where every code is an international body's: a national term already says the state.
    assert home_terms(berg, convert_codes(berg.codes), tables) == []


def test_cameo_codes_become_iso_and_plover_sectors() -> None:
    assert code_and_sector("RUSGOV") == ("RUS", "GOV")
    assert code_and_sector("ROMMIL") == ("ROU", "MIL")
    assert code_and_sector("PSEREBHMS") == ("PSE", "REB")
    assert code_and_sector("IGOUNO") == ("IGOUNO", None)
    assert code_and_sector("IMGMUSALQ") == ("IMGMUSALQ", "UAF")
    assert code_and_sector("MNCUSA") == ("USA", "BUS")
    assert code_and_sector("AFGINS") == ("AFG", "REB")


def test_bare_sun_is_the_soviet_union_and_a_role_after_a_country() -> None:
    assert code_and_sector("SUN") == ("SUN", None)
    assert code_and_sector("IRQSUN") == ("IRQ", "REL")


def test_mixed_encodings_decode() -> None:
    data = "CAFÉ_".encode() + b"\n" + "JOSÉ_".encode("latin-1")
    assert decode(data).splitlines() == ["CAFÉ_", "JOSÉ_"]


def test_display_names() -> None:
    assert display_name("THE_UNITED_NATIONS_") == "United Nations"
    assert display_name("KIM_JONG_UN_") == "Kim Jong Un"
    assert display_name("NATO_") == "NATO"
    assert display_name("KING_ABDULLAH_II_") == "King Abdullah II"  # regnal numbers stay upper


def test_agents_expand_sets_and_plurals() -> None:
    text = (
        "!PERSON! = MAN, WOMAN\n"
        "SPOKES!PERSON! [~GOV]\n"
        "SOLDIER [~MIL]\n"
        "ARMY {ARMIES} [~MIL]\n"
        "DOCTOR [~HLH]\n"
        "WEEKDAY [~NON]\n"
    )
    agents = parse_agents(text)
    assert agents["spokesman"] == "GOV" and agents["spokeswoman"] == "GOV"
    assert agents["soldiers"] == "MIL" and agents["armies"] == "MIL"
    assert agents["doctor"] == "HLH"
    assert "weekday" not in agents


def test_converter_writes_the_package_format(shared_data: Path, tmp_path: Path) -> None:
    write(shared_data, tmp_path)
    data = json.loads(gzip.decompress((tmp_path / "dictionary.json.gz").read_bytes()))
    phrases = dict(data["phrases"])
    russia = data["entries"][phrases["russia"]]
    assert russia[0] == "Russia" and russia[1] == "country"
    assert data["entries"][phrases["moscow"]][1] == "capital"
    assert data["entries"][phrases["taliban"]][2][0][:2] == ["AFG", "REB"]
    # "Congolese" is in both Congos' name lists; it goes to the Democratic Republic.
    assert data["entries"][phrases["congolese"]][2][0][0] == "COD"
    # A one-word nationality in -an is a people in the plural too.
    assert data["entries"][phrases["kenyans"]][0] == "Kenya"
    assert data["entries"][phrases["serbians"]][0] == "Serbia"
    agents = dict(line.split("\t") for line in (tmp_path / "agents.tsv").read_text().splitlines())
    assert agents["troops"] == "MIL"


@pytest.mark.parametrize(
    "name",
    [
        *("agents.tsv", "dictionary.json.gz", "SOURCE.md", "given_names.tsv", "not_actors.tsv"),
        *("country_names.tsv", "placed_groups.tsv"),
    ],
)
def test_shipped_files_exist(name: str) -> None:
    from importlib import resources

    assert (resources.files("dyads") / "data" / "actors" / name).is_file()


def test_an_open_soviet_term_that_starts_before_the_union_ended_is_read_as_ending() -> None:
    # One republic's block writes "[USRTKM >911016]" where the others write "<".
    assert convert_codes([("USRTKM", "1991-10-16", "")]) == [("SUN", None, "", "1991-10-16")]
    assert convert_codes([("USRKAZ", "", "1991-12-16")]) == [("SUN", None, "", "1991-12-16")]
    # Iraq's Sunnis are no Soviet code, whatever their dates.
    assert convert_codes([("IRQSUN", "2003-05-01", "")]) == [("IRQ", "REL", "2003-05-01", "")]
