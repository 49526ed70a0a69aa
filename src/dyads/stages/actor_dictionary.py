"""The actor dictionary: names -> entries with dated codes, looked up through a token index.

Data (under ``dyads/data/actors/``, see its SOURCE.md): the converted PETRARCH/Phoenix
dictionary (``dictionary.json.gz``), the office-holder table (``offices.tsv``), organisations,
companies and media (``organisations.tsv``, ``companies.tsv``, ``media.tsv``), companies'
one-word names that are also common words or places (``company_words.tsv``), seats of
government it lacks (``seats.tsv``), names of places and things that are not actors
(``not_actors.tsv``), common given names for he/she (``given_names.tsv``), agent nouns
(``agents.tsv``, ``agents_extra.tsv``), state names it lacks (``country_names.tsv``), regions
named alike in several states (``regions.tsv``), well-known people it lacks or dates wrongly
(``people.tsv``), peoples, faiths and shared party names placed by the text
(``placed_groups.tsv``), and an optional user file with the columns of ``offices.tsv``.

Precedence, highest first: user file, office table, media, placed groups, seats, country
names, organisations, not-actor names, people table, converted dictionary. An office-table (or
people table) person also takes over every phrase of the dictionary entry that carries its full
name, so "Russian President Vladimir Putin" is coded from the table, not from PETRARCH.

A phrase that two people of the people and office tables both list ("George Bush": the father in
``people.tsv``, the son in ``offices.tsv``) keeps them all, for the coding date to choose between
(``namesakes``, and ``actor_namesakes.py``); the last listed is the phrase's entry otherwise.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal, TypeGuard

import msgspec
from spacy.tokens import Doc, Token

from dyads.errors import InputError
from dyads.stages.actor_council_presidencies import as_state_terms
from dyads.stages.actor_phrase_prefixes import PhrasePrefixes
from dyads.stages.doc_utils import token_table
from dyads.stages.state_names import state_name

Kind = Literal["person", "country", "capital", "place", "org", "group", "media"]
Gender = Literal["m", "f"]

# In placed_groups.tsv: a group that may belong to any state.
ANY_STATE = "*"
# Kinds of entry that name a place (a state, its capital, one of its towns).
PLACE_KINDS = frozenset({"country", "capital", "place"})

# PETRARCH's dictionaries were last revised around 2015: an open-ended office there says nothing
# about later years, so it is read as ending here.
DICTIONARY_HORIZON = dt.date(2015, 12, 31)


# Self-declared states of the Yugoslav wars, which the converted dictionary codes with codes of
# their own (its towns too: Knin, Banja Luka in 1992-1995): no state recognised them, and news
# coded by ISO codes, as PLOVER is, gives them the state whose land they held.
SELF_DECLARED_STATES = {"KRJ": "HRV", "SRP": "BIH"}


@dataclass(frozen=True, slots=True)
class Term:
    """A code held over a date range (``None`` bounds are open)."""

    code: str | None
    sector: str | None
    start: dt.date | None
    end: dt.date | None
    office: str = ""  # office-table rows only: "prime minister", "foreign minister", ...
    # seats.tsv rows only: the state the seat stood for then ("Soviet Union" for Moscow in
    # 1985, "Russia" in 2025), where the entry's one name would be wrong on other dates.
    name: str = ""

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One actor: canonical name, kind, and its codes over time."""

    name: str
    kind: Kind
    terms: tuple[Term, ...]
    # From the office table: without a term covering the date, the country with no sector.
    from_table: bool = False
    gender: Gender | None = None  # for pronouns; only people from the table or a user file
    # A leader from the hand-written people table: a candidate for a lone surname (see
    # actor_surnames.py).
    prominent: bool = False
    # A state's name that meant another state before (country_names.tsv: "Congo"): coded for
    # the date, unlike other names of states.
    renamed: bool = False
    # A name written into country_names.tsv on purpose ("Northern Ireland" is GBR): a state's
    # name even where the gazetteer knows it as a region.
    listed: bool = False

    def code_on(self, on: dt.date | None) -> tuple[str | None, str | None]:
        """The (code, sector) of this actor on a date (``None``: as things stand now)."""
        if not self.terms:
            return None, None
        term = self.term_on(on)
        if term is not None:
            return term.code, term.sector
        latest = max(self.terms, key=lambda t: t.start or dt.date.min)
        return latest.code, None

    def name_on(self, on: dt.date | None) -> str:
        """The actor's name on a date: the dated term's own name where it has one."""
        term = self.term_on(on)
        return term.name if term is not None and term.name else self.name

    def term_on(self, on: dt.date | None) -> Term | None:
        """The term in force on a date (``None``: as things stand now), latest start first;
        an undated term when no dated one covers the date."""
        dated = [t for t in self.terms if t.dated]
        undated = [t for t in self.terms if not t.dated]
        if on is None:
            chosen = [t for t in dated if t.end is None] or undated
        else:
            chosen = (
                sorted(
                    (t for t in dated if t.covers(on)),
                    key=lambda t: t.start or dt.date.min,
                    reverse=True,
                )
                or undated
            )
        return chosen[0] if chosen else None

    @property
    def country(self) -> str | None:
        return next((t.code for t in self.terms if t.code), None)


def _state_news_name(name: str, codes: list[list[str | None]]) -> str:
    """A state's entry named as news names it ("Palestinian Territories" -> "Palestine"), so
    that a state is named alike however the text named it; a former state or a name whose
    code changed with the date keeps the source's name."""
    states = {code for code, *_ in codes}
    if len(states) != 1 or any(start or end for _, _, start, end in codes):
        return name
    code = next(iter(states))
    if code is None or state_name(code) == code:
        return name  # no state ISO names ("SUN" alone is the Soviet Union)
    return state_name(code)


@cache
def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _lapse(terms: list[Term]) -> list[Term]:
    """A body whose every row ends (the Blue House as a seat of government until 2022) is no
    actor after its last row: the name is then a building or a memory, not the state."""
    if not terms or any(not t.dated or t.end is None for t in terms):
        return []
    last = max(t.end for t in terms if t.end is not None)
    return [Term(None, None, last, None)]


_FIRST_WORD = re.compile(r"[^\s\-']+")
# British spellings in organisations' names, with the American one the dictionary may list.
_AMERICAN = {
    "organisation": "organization",
    "programme": "program",
    "labour": "labor",
    "defence": "defense",
    "centre": "center",
    "co-operation": "cooperation",
}
_SPELLING_CUES = re.compile(r"organisation|programme|labour|defence|centre|co-operation")


def case_agrees(text: str, surface: str) -> bool:
    """Whether text is written like a hand-written name: "UN" but not "un", "Xi" but not "xi".

    A short one-word name must match exactly (or in capitals; a title listed in lower case,
    "pope", also capitalised, as news writes it before a name or at a sentence's start);
    otherwise every word capitalised in the name must be capitalised in the text.
    """
    words, model = text.split(), surface.split()
    if len(model) == 1 and sum(c.isalpha() for c in surface) <= 4:
        if surface.islower() and text == surface.capitalize():
            return True
        return text == surface or (surface.isupper() and text.replace(".", "") == surface)
    if len(words) != len(model):
        return True
    return all(not m[:1].isupper() or w[:1].isupper() for w, m in zip(words, model, strict=True))


# Agent nouns that are acronyms: written as a name ("Ngo", a Vietnamese surname; "Mp"), the word
# is a person's name, not the agent ("NGO", "MPs").
ACRONYM_AGENTS = frozenset(
    {"ngo", "ngos", "mp", "mps", "ceo", "ceos", "idps", "vip", "vips", "coas"}
)


def is_name_cased_acronym(word: str) -> bool:
    """Whether an acronym agent noun is written like a name: "Ngo", not "NGO" nor "ngo"."""
    return word.istitle() and word.lower() in ACRONYM_AGENTS


def _capitals(text: str) -> int:
    return sum(c.isupper() for c in text)


def has_british_word(key: str) -> bool:
    """Whether a phrase key holds a word organisations spell otherwise in American English."""
    return _SPELLING_CUES.search(key) is not None


def first_word(text: str) -> str:
    """The first word of a phrase as it starts a token ("al" of "al-qaeda")."""
    if text.isalnum():  # most tokens: the whole text, without running the pattern
        return text
    found = _FIRST_WORD.match(text)
    return found.group(0) if found else text


def normalise(text: str) -> str:
    """Lower-case with straight apostrophes, keeping every character at its offset."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower.replace("’", "'").replace("‘", "'")
    out = []
    for char in text:
        lower = char.lower()
        out.append(lower if len(lower) == 1 else char)
    return "".join(out).replace("’", "'").replace("‘", "'")


# Letters that carry no accent to strip but are written without one in English copy.
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d"})


# A word this short keeps its accents in a key: without them it is often an everyday word
# ("Støre" would be "store", "Dáil" "dail").
_SHORTEST_FOLDED_WORD = 6


def fold_accents(key: str) -> str:
    """A lower-case key without its accents, word by word ("erdoğan" -> "erdogan", "lech
    wałęsa" -> "lech walesa"): news writes a name with or without them, and the dictionary
    holds one form. Text and names are keyed alike, a word at a time."""
    if key.isascii():
        return key
    return " ".join(_fold_word(word) for word in key.split(" "))


def _fold_word(word: str) -> str:
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN_LETTERS))
    folded = "".join(char for char in decomposed if not unicodedata.combining(char))
    return folded if len(folded) >= _SHORTEST_FOLDED_WORD else word


def phrase_key(text: str) -> str:
    return fold_accents(" ".join(normalise(text).split()))


def token_key(token: Token) -> str:
    """``phrase_key`` of one token's text, from spaCy's cached lower-case form when it can."""
    return _text_key(token.text, token.lower_)


def _text_key(text: str, lower: str) -> str:
    if lower.isascii() and len(lower) == len(text):
        return lower  # no curly quote to straighten
    if len(lower) != len(text):
        lower = normalise(text)
    return fold_accents(lower.replace("’", "'").replace("‘", "'"))


# Where a Doc keeps its token keys once computed (in `Doc.user_data`).
_TOKEN_KEYS = "dyads.token_keys"


def doc_token_keys(doc: Doc) -> list[str]:
    """``token_key`` of every token of a Doc, computed once per Doc: the name and agent
    matchers look at each token several times."""
    keys: list[str] | None = doc.user_data.get(_TOKEN_KEYS)
    if keys is None or len(keys) != len(doc):
        table = token_table(doc)
        keys = [
            _text_key(text, lower) for text, lower in zip(table.texts, table.lowers, strict=True)
        ]
        doc.user_data[_TOKEN_KEYS] = keys
    return keys


def _data_file(name: str) -> Path:
    return Path(str(resources.files("dyads") / "data" / "actors" / name))


def _rows(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated file with a header; lines starting with '#' are comments."""
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield {k: (v or "").strip() for k, v in row.items() if k}


def _row_names(row: dict[str, str]) -> tuple[str, ...]:
    """A row's name and aliases in file order, each once (a set's order would change the
    surface kept for names that differ only in case from run to run)."""
    return tuple(dict.fromkeys((row["name"], *row["aliases"].split(";"))))


def load_office_rows(rows: Iterable[dict[str, str]]) -> dict[str, tuple[Entry, dict[str, str]]]:
    """Office-table rows grouped by name: name -> (entry, {phrase: surface form})."""
    terms: dict[str, list[Term]] = {}
    phrases: dict[str, dict[str, str]] = {}
    people: set[str] = set()
    genders: dict[str, Gender] = {}
    for row in rows:
        name = row["name"]
        names = [name, *(a.strip() for a in row.get("aliases", "").split(";") if a.strip())]
        phrases.setdefault(name, {}).update((phrase_key(a), a) for a in names)
        start, end = _date(row.get("start", "")), _date(row.get("end", ""))
        office = row.get("office", "").lower()
        terms.setdefault(name, []).append(
            Term(row.get("country") or None, row.get("sector") or None, start, end, office)
        )
        if office or start or end:
            people.add(name)
        gender = parse_gender(row.get("gender", ""))
        if gender is not None:
            genders[name] = gender
    result = {}
    for name, name_terms in terms.items():
        kind: Kind = "person" if name in people else "org"
        entry = Entry(name, kind, tuple(name_terms), from_table=True, gender=genders.get(name))
        result[name] = (entry, phrases[name])
    return result


def _is_namesake(old: Entry | int | None, new: Entry) -> TypeGuard[Entry]:
    """Whether a listed person takes a phrase another listed person goes by (a converted
    entry under the same phrase is the same person, whom the tables correct)."""
    return (
        isinstance(old, Entry)
        and old.kind == "person"
        and new.kind == "person"
        and old.name != new.name
    )


def parse_gender(text: str) -> Gender | None:
    """'m' or 'f' (any case), else None; anything else is an error."""
    value = text.strip().lower()
    if value == "m":
        return "m"
    if value == "f":
        return "f"
    if value:
        raise ValueError(f"gender must be m or f, not {text!r}")
    return None


def load_given_names() -> dict[str, Gender]:
    """Common given names -> the gender they mostly denote (for pronouns only)."""
    names: dict[str, Gender] = {}
    for row in _rows(_data_file("given_names.tsv")):
        gender = parse_gender(row["gender"])
        if gender is not None:
            names[row["name"].lower()] = gender
    return names


_NAME_AND_KIND = msgspec.json.Decoder(tuple[str, str, msgspec.Raw])
_CODES = msgspec.json.Decoder(list[tuple[str | None, str | None, str | None, str | None]])


class _ConvertedDictionary(msgspec.Struct):
    """The layout of dictionary.json.gz (see data/actors/SOURCE.md)."""

    entries: list[msgspec.Raw]
    phrases: dict[str, int]
    first_words: list[str]


class ActorDictionary:
    """All actor names in one token index (phrase -> entry), plus the agent nouns."""

    def __init__(self, extra_actors: Path | None = None) -> None:
        self._phrases: dict[str, Entry | int] = {}
        self._surface: dict[str, str] = {}  # hand-written names as written, for case checks
        # Every way a hand-written name is listed: "TASS" and "Tass" are each written so.
        self._surfaces: dict[str, dict[str, None]] = {}
        self._org_names: dict[str, str] = {}  # IGO/NGO code -> the organisation's own name
        # Phrase -> every person of the people and office tables who goes by it, in load order,
        # for the phrases two or more of them list; the last is the one `_phrases` holds.
        self._namesakes: dict[str, tuple[Entry, ...]] = {}
        self._load_converted()
        self._load_people()
        self._load_not_actors()
        self.regions = self._load_regions()
        self._load_organisations()
        self._load_country_names()
        self._load_seats()
        self.placements = self._load_placed_groups()
        self._load_media()
        self._load_offices(_rows(_data_file("offices.tsv")), share=True)
        if extra_actors is not None:
            self._load_user_file(extra_actors)
        self.agents = self._load_agents()
        self.company_words = self._load_company_words()
        self.given_names = load_given_names()
        self.max_words = 8  # longer dictionary phrases are not looked for

    # ---- loading --------------------------------------------------------------------------

    def _load_converted(self) -> None:
        raw = gzip.decompress(_data_file("dictionary.json.gz").read_bytes())
        # Entries stay raw JSON until first met: most of the dictionary never is.
        data = msgspec.json.decode(raw, type=_ConvertedDictionary)
        self._raw_entries = data.entries
        self._built: dict[int, Entry] = {}
        self._phrases = dict(data.phrases)
        self._first_words = set(data.first_words)
        # The converted names keep their accents; text is looked up without them.
        for phrase, index in data.phrases.items():
            if not phrase.isascii():
                self._phrases.setdefault(fold_accents(phrase), index)
                self._first_words.add(first_word(fold_accents(phrase)))

    def _raw(self, index: int) -> tuple[str, Kind, list[list[str | None]]]:
        name, kind, codes = msgspec.json.decode(self._raw_entries[index])
        return name, kind, codes

    def _converted(self, index: int) -> Entry:
        """Build a converted entry on first use."""
        entry = self._built.get(index)
        if entry is None:
            name, kind, codes = self._raw(index)
            if kind == "org" and len(codes) == 1 and codes[0][0] in self._org_names:
                name = self._org_names[str(codes[0][0])]
            if kind == "country":
                name = _state_news_name(name, codes)
            if kind == "person":
                codes = as_state_terms(codes)
            terms = []
            for raw_code, sector, start, end in codes:
                code = SELF_DECLARED_STATES.get(raw_code or "", raw_code)
                begin, finish = _date(start or ""), _date(end or "")
                if begin is not None and finish is None and kind == "person":
                    finish = max(DICTIONARY_HORIZON, begin)
                terms.append(Term(code, sector, begin, finish))
            entry = Entry(name, kind, tuple(terms))
            self._built[index] = entry
        return entry

    def _add(self, phrase: str, entry: Entry, surface: str, share: bool = False) -> None:
        """Index a hand-written name; with `share`, a person keeps the phrase in common with
        another listed person who goes by it (see ``_namesakes``) instead of replacing them."""
        if "s' " in surface:
            # "Workers' Party" is also written "Workers Party".
            plain = surface.replace("s' ", "s ")
            self._add_one(phrase_key(plain), entry, plain, share)
        self._add_one(phrase, entry, surface, share)

    def _add_one(self, phrase: str, entry: Entry, surface: str, share: bool = False) -> None:
        old = self._phrases.get(phrase)
        if share and _is_namesake(old, entry):
            self._namesakes[phrase] = (*self._namesakes.get(phrase, (old,)), entry)
        else:
            self._namesakes.pop(phrase, None)
        self._phrases[phrase] = entry
        # Names listed in two cases ("al-Shabaab", "Al-Shabaab") accept either: keep the form
        # with fewer capitals for the case check.
        kept = self._surface.get(phrase)
        if kept is None or _capitals(surface) < _capitals(kept):
            self._surface[phrase] = surface
        self._surfaces.setdefault(phrase, {})[surface] = None
        self._first_words.add(first_word(phrase))

    def _load_people(self) -> None:
        """Well-known people the converted dictionary lacks or dates wrongly (``people.tsv``):
        coded like converted entries, and taking over the converted entry of the same name."""
        terms: dict[str, list[Term]] = {}
        aliases: dict[str, dict[str, None]] = {}
        for row in _rows(_data_file("people.tsv")):
            start, end = _date(row.get("start", "")), _date(row.get("end", ""))
            terms.setdefault(row["name"], []).append(
                Term(row["country"], row["sector"] or None, start, end)
            )
            aliases.setdefault(row["name"], {row["name"]: None}).update(
                dict.fromkeys(a.strip() for a in row["aliases"].split(";") if a.strip())
            )
        entries = {
            name: Entry(name, "person", tuple(t), prominent=True) for name, t in terms.items()
        }
        replaced = {
            index: entries[name]
            for name in entries
            if isinstance(index := self._phrases.get(phrase_key(name)), int)
            and self._raw(index)[1] == "person"
        }
        for phrase, target in list(self._phrases.items()):
            if isinstance(target, int) and target in replaced:
                self._phrases[phrase] = replaced[target]
        for name, entry in entries.items():
            for alias in aliases[name]:
                self._add(phrase_key(alias), entry, alias, share=True)

    def _load_not_actors(self) -> None:
        """Places and things named after an actor ("Indian Ocean"): matched, never coded."""
        for row in _rows(_data_file("not_actors.tsv")):
            name = row["name"]
            self._add(phrase_key(name), Entry(name, "place", ()), name)

    def _load_regions(self) -> dict[str, tuple[str, ...]]:
        """Regions named alike in several states ("Punjab"): matched as places, and coded with
        the state the article places them in (see actors.py). Region name -> its states."""
        regions: dict[str, tuple[str, ...]] = {}
        for row in _rows(_data_file("regions.tsv")):
            entry = Entry(row["name"], "place", ())
            regions[row["name"]] = tuple(c for c in row["countries"].split(";") if c)
            for alias in _row_names(row):
                if alias.strip():
                    self._add(phrase_key(alias), entry, alias.strip())
        return regions

    def _load_organisations(self) -> None:
        """Organisations, one row per period of a body whose role changed (the Taliban), after
        companies and economic agencies (``companies.tsv``), so that a shared name keeps the
        organisation's row."""
        terms: dict[str, list[Term]] = {}
        aliases: dict[str, dict[str, None]] = {}
        tables = ("companies.tsv", "organisations.tsv")
        for row in (row for table in tables for row in _rows(_data_file(table))):
            start, end = _date(row.get("start", "")), _date(row.get("end", ""))
            term = Term(row["code"], row["sector"] or None, start, end)
            terms.setdefault(row["name"], []).append(term)
            aliases.setdefault(row["name"], {}).update(dict.fromkeys(_row_names(row)))
            if row["code"][:3] in ("IGO", "NGO", "IMG"):
                # Converted entries with this code take the name of the first row that has it.
                self._org_names.setdefault(row["code"], row["name"])
        for name, name_terms in terms.items():
            entry = Entry(name, "org", tuple(name_terms + _lapse(name_terms)))
            for alias in aliases[name]:
                if alias.strip():
                    self._add(phrase_key(alias), entry, alias.strip())

    def _load_country_names(self) -> None:
        """Former states ("Soviet Union", "Yugoslav"), older names ("Zairean", "Ceylon") and
        peoples of one state named with two words ("Bosnian Serbs"); a name that meant one
        state and then another has one row per period ("Congo")."""
        terms: dict[str, list[Term]] = {}
        aliases: dict[str, dict[str, None]] = {}
        for row in _rows(_data_file("country_names.tsv")):
            start, end = _date(row.get("start", "")), _date(row.get("end", ""))
            terms.setdefault(row["name"], []).append(Term(row["code"], None, start, end))
            aliases.setdefault(row["name"], {}).update(dict.fromkeys(_row_names(row)))
        for name, name_terms in terms.items():
            renamed = any(t.dated for t in name_terms)
            entry = Entry(name, "country", tuple(name_terms), renamed=renamed, listed=True)
            for alias in aliases[name]:
                if alias.strip():
                    self._add(phrase_key(alias), entry, alias.strip())

    def _load_seats(self) -> None:
        """Seats of government (``seats.tsv``). An undated seat ("Naypyitaw") is a capital on
        every date. A dated one ("Bonn" until 1999) is kept apart, for ``seat``: on other dates
        the name stays what the rest of the dictionary makes it, or a town of its state."""
        dated: dict[str, list[Term]] = {}
        names: dict[str, str] = {}
        for row in _rows(_data_file("seats.tsv")):
            start, end = _date(row.get("start", "")), _date(row.get("end", ""))
            aliases = [a.strip() for a in _row_names(row)[1:] if a.strip()]
            if start is None and end is None:
                entry = Entry(row["name"], "capital", (Term(row["code"], "GOV", None, None),))
                for alias in aliases:
                    self._add(phrase_key(alias), entry, alias)
                continue
            for alias in aliases:
                key = phrase_key(alias)
                term = Term(row["code"], "GOV", start, end, name=row["name"])
                dated.setdefault(key, []).append(term)
                names.setdefault(key, row["name"])
                if self.lookup(key, spellings=False) is None:
                    town = Entry(row["name"], "place", (Term(row["code"], None, None, None),))
                    self._add(key, town, alias)
        self._seats = {
            key: Entry(names[key], "capital", tuple(terms)) for key, terms in dated.items()
        }

    def _load_placed_groups(self) -> dict[str, tuple[str, ...]]:
        """Peoples, faiths and shared party names, coded where the text places them: entry
        name -> the states it may belong to ("*": any), the first being the default."""
        placements: dict[str, tuple[str, ...]] = {}
        for row in _rows(_data_file("placed_groups.tsv")):
            countries = tuple(c.strip() for c in row["countries"].split(";") if c.strip())
            default = countries[0] if countries and countries[0] != ANY_STATE else None
            entry = Entry(row["name"], "group", (Term(default, row["sector"] or None, None, None),))
            placements[row["name"]] = countries
            for alias in _row_names(row):
                if alias.strip():
                    self._add(phrase_key(alias), entry, alias.strip())
        return placements

    def _load_company_words(self) -> dict[str, Entry]:
        """Companies' one-word names that are also common words or places, kept out of the
        token index (``company_words.tsv``): word as written -> the company's entry, for the
        context check of ``actor_company_words.py``."""
        words: dict[str, Entry] = {}
        for row in _rows(_data_file("company_words.tsv")):
            entry = self.lookup(phrase_key(row["company"]), spellings=False)
            if entry is None or entry.kind != "org":
                raise ValueError(f"company_words.tsv: no company {row['company']!r}")
            words[row["word"]] = entry
        return words

    def _load_media(self) -> None:
        """News media, one row per period of an outlet whose state changed (Tass was the
        Soviet Union's until its end, then Russia's)."""
        terms: dict[str, list[Term]] = {}
        aliases: dict[str, dict[str, None]] = {}
        for row in _rows(_data_file("media.tsv")):
            start, end = _date(row.get("start", "")), _date(row.get("end", ""))
            terms.setdefault(row["name"], []).append(Term(row["code"], "MED", start, end))
            aliases.setdefault(row["name"], {}).update(dict.fromkeys(_row_names(row)))
        for name, name_terms in terms.items():
            entry = Entry(name, "media", tuple(name_terms))
            for alias in aliases[name]:
                if alias.strip():
                    self._add(phrase_key(alias), entry, alias.strip())

    def _load_offices(self, rows: Iterable[dict[str, str]], share: bool = False) -> None:
        """Office holders; with `share`, one who goes by a name another listed person has too
        keeps it in common with them (a user file's rows replace instead)."""
        table = load_office_rows(rows)
        # The converted person entries that carry a table person's full name.
        taken_over = {
            index
            for name in table
            if isinstance(index := self._phrases.get(phrase_key(name)), int)
            and self._raw(index)[1] == "person"
        }
        phrases_of: dict[int, list[str]] = {}
        for phrase, index in self._phrases.items():
            if isinstance(index, int) and index in taken_over:
                phrases_of.setdefault(index, []).append(phrase)
        for name, (entry, phrases) in table.items():
            # Take over the converted entry that carries this person's full name.
            old = self._phrases.get(phrase_key(name))
            if isinstance(old, int):
                for phrase in phrases_of.get(old, []):
                    self._phrases[phrase] = entry
            for phrase, surface in phrases.items():
                self._add(phrase, entry, surface, share)

    def _load_user_file(self, path: Path) -> None:
        """The user's actors, with the columns of offices.tsv; errors name the file."""
        try:
            rows = list(_rows(path))
            for number, row in enumerate(rows, start=2):
                missing = {"name", "country"} - {k for k, v in row.items() if v}
                if missing:
                    raise InputError(f"{path}: row {number}: no {', '.join(sorted(missing))}")
            self._load_offices(rows)
        except OSError as exc:
            raise InputError(f"cannot read actors file {path}: {exc.strerror}") from exc
        except ValueError as exc:  # a date that is not YYYY-MM-DD
            raise InputError(f"{path}: {exc}") from exc

    @staticmethod
    def _load_agents() -> dict[str, str]:
        agents: dict[str, str] = {}
        for file_name in ("agents.tsv", "agents_extra.tsv"):
            with _data_file(file_name).open(encoding="utf-8") as handle:
                for line in handle:
                    if line.startswith("#") or "\t" not in line:
                        continue
                    phrase, sector = line.rstrip("\n").split("\t")[:2]
                    if sector == "-":  # a place noun ("city"), not an actor
                        agents.pop(phrase, None)
                    else:
                        agents[phrase] = sector
        return agents

    # ---- lookup ---------------------------------------------------------------------------

    def entry(self, phrase: str) -> Entry | None:
        """The entry for a phrase (any case and spacing), if there is one."""
        return self.lookup(phrase_key(phrase))

    def lookup(self, key: str, spellings: bool = True) -> Entry | None:
        """The entry for a phrase already in ``phrase_key`` form; a hyphenated person's name is
        also looked for with spaces ("Jean-Bertrand Aristide" is listed as "Jean Bertrand ..."),
        and so is a place name hyphenated throughout ("Port-au-Prince"; two words joined by
        one hyphen are more often two names, "Franco-German").
        With `spellings`, an organisation is also looked for in the other spelling of English
        (the matcher asks only where the longest phrase from a word has a British word)."""
        found = self._phrases.get(key)
        if found is None and spellings and _SPELLING_CUES.search(key):
            return self._other_spelling(key)
        if found is None and "-" in key:
            spaced = self._phrases.get(key.replace("-", " "))
            entry = self._converted(spaced) if isinstance(spaced, int) else spaced
            if entry is None:
                return None
            place = entry.kind in PLACE_KINDS and key.count("-") >= 2 and " " not in key
            return entry if entry.kind == "person" or place else None
        if isinstance(found, int):
            return self._converted(found)
        return found

    def _other_spelling(self, key: str) -> Entry | None:
        """An organisation's name in the other spelling of English ("Organisation of American
        States", "UN Development Programme", "Co-operation"): each British word is tried in
        both forms, since the tables mix them ("Organisation for Economic Cooperation")."""
        words = key.split(" ")
        options = [(w, _AMERICAN[w]) if w in _AMERICAN else (w,) for w in words]
        variants = [""]
        for forms in options:
            variants = [f"{v} {f}" if v else f for v in variants for f in forms]
        for variant in variants[1:]:
            found = self._phrases.get(variant)
            entry = self._converted(found) if isinstance(found, int) else found
            if entry is not None and entry.kind == "org":
                return entry
        return None

    def namesakes(self, key: str) -> tuple[Entry, ...]:
        """Every listed person a phrase (in ``phrase_key`` form) names, where several go by it
        ("George Bush"); empty for the rest, the common case. A hyphened name is looked for
        spaced where ``lookup`` found it so."""
        if "-" in key and key not in self._phrases:
            key = key.replace("-", " ")
        return self._namesakes.get(key, ())

    def surface(self, phrase: str) -> str | None:
        """A hand-written name as written (its case matters), if the phrase is one."""
        return self._surface.get(phrase_key(phrase))

    def case_agrees(self, text: str) -> bool | None:
        """Whether text is written like one of the ways its hand-written name is listed ("TASS"
        and "Tass" both, where both are listed); None where it is no hand-written name."""
        listed = self._surfaces.get(phrase_key(text))
        if not listed:
            return None
        return any(case_agrees(text, surface) for surface in listed)

    def table_phrases(self) -> list[str]:
        """Every phrase of an office-table (or user-file) person."""
        return [p for p, e in self._phrases.items() if isinstance(e, Entry) and e.kind == "person"]

    def person_phrases(self) -> Iterator[tuple[str, Entry | int, str | None]]:
        """(phrase, person, country) for every phrase of a person; converted people are given
        by their index (see ``materialise``)."""
        countries: dict[int, str | None] = {}
        for phrase, target in self._phrases.items():
            if isinstance(target, Entry):
                if target.kind == "person":
                    yield phrase, target, target.country
                continue
            if target not in countries:
                _, kind, codes = _NAME_AND_KIND.decode(self._raw_entries[target])
                if kind != "person":
                    countries[target] = "-"
                    continue
                terms = as_state_terms(_CODES.decode(codes))
                countries[target] = next((c[0] for c in terms if c[0]), None)
            if countries[target] != "-":
                yield phrase, target, countries[target]
        for phrase, people in self._namesakes.items():
            for person in people[:-1]:  # the last is the phrase's own entry, given above
                yield phrase, person, person.country

    def materialise(self, person: Entry | int) -> Entry:
        """The entry of a reference from ``person_phrases``."""
        return person if isinstance(person, Entry) else self._converted(person)

    def name_prefixes(self) -> PhrasePrefixes:
        """Where a name may still go on (see ``actor_phrase_prefixes``); a phrase with a
        British word may also be listed in American spelling, under other words."""
        return PhrasePrefixes(self._phrases, exempt=has_british_word)

    def first_words(self) -> set[str]:
        """First words of every name, to skip tokens that cannot start one."""
        return set(self._first_words)

    def seat(self, phrase: str) -> Entry | None:
        """The dated seat of government a name is (``seats.tsv``: "Bonn", "Lagos"), if any."""
        return self._seats.get(phrase_key(phrase))

    def agent_sector(self, phrase: str) -> str | None:
        if is_name_cased_acronym(phrase):
            return None
        return self.agents.get(phrase_key(phrase))
