"""Well-known people named by one word: "Mobutu", "President Mugabe", "Ayatollah Khomeini".

Wire stories and headlines name leaders by surname (or by the one name they go by) without ever
giving the full name. ``SurnameIndex`` maps such a word to every dictionary person it may denote,
and ``resolve`` picks one only when the coding date, and failing that the states the article
names, leave a single candidate:

1. Candidates holding a dated role on the date are ranked (``_rank``): an office-table head
   of state or government first, then a leader in a state office (a person of ``people.tsv``
   or a converted entry with an elite period: the dictionary's heads of state and government),
   then a leader in another role (elite, rebel, opposition), then anyone else. The best rank
   must hold one person, or one person of a state the article names, or people who all share
   one code and sector (then the code is kept, the person left open). Leaders need no more;
   anyone else needs a PERSON entity or a title, and without a title their state must be
   named in the article ("Wang" in a story on China).
2. With no one in a role on the date, a word that only one person carries (or one person of a
   state the article names) denotes them when they are a leader out of office for at most
   ``RECENT_YEARS`` and the text shows a person (a PERSON entity or a title before it, or an
   untagged word as the subject of a verb), not a leader whose every office lies after the date.
3. A rebel or opposition leader of a state the article does not name yields to the one leader
   of the name (or leaders sharing one code and sector), already in a role by the date, from a
   state it does name ("Marcos").

A word that is also a common given name ("Sharon") is resolved only to a leader in office, after
a title or in an article naming the leader's state; where the article names states, one of them
must be the leader's ("Egyptian ... Minister Hassan" is no Somali Hassan).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from dyads.stages.actor_dictionary import Entry

# States whose people are named family name first ("Hu", "Kim"), or by the given name alone
# ("Mengistu", "Meles"): the first word of the name is the one used alone.
NAME_FIRST_STATES = frozenset({"CHN", "TWN", "PRK", "KOR", "HKG", "MAC", "ETH", "ERI"})
# States of Spanish names, where the paternal surname (the one used alone) is the second-to-last
# word of a three-word name: "Daniel Ortega Saavedra", "Luis Alva Castro".
HISPANIC_STATES = frozenset(
    {"ARG", "BOL", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "ESP", "GTM", "HND", "MEX", "NIC"}
    | {"PAN", "PER", "PRY", "SLV", "URY", "VEN"}
)
# Malay patronymic names: the given name before "bin" is the one used alone ("Mahathir").
PATRONYMIC_STATES = frozenset({"MYS", "BRN"})
PATRONYMIC_WORDS = frozenset({"bin", "binti"})
# Words before a surname that belong to it: "de Klerk", "al-Assad", "bin Laden".
PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "de", "da", "dos", "das", "do", "du", "van", "von", "der", "den"}
    | {"le", "la", "del", "della", "di", "ter", "abu"}
)
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v"})
# Titles and honorifics some dictionary names begin with ("Sheikh Jabir ...", "Dato' Seri ...").
LEADING_TITLES = frozenset(
    {"president", "prime", "minister", "king", "queen", "sheikh", "sheikha", "emir", "prince"}
    | {"princess", "sultan", "sir", "dr", "dr.", "gen.", "general", "ayatollah", "hojatolislam"}
    | {"sayyed", "sayed", "dato'", "datuk", "seri", "tun", "samdech", "imam", "mullah", "haji"}
    | {"mr", "mrs", "ms", "lord", "lady", "dame", "crown", "secretary", "of", "state"}
)
# Titles after which a given name is used alone: "King Fahd", "Emir Jaber", "Prince Sihanouk".
ROYAL_TITLES = frozenset({"king", "queen", "sheikh", "sheikha", "emir", "sultan", "prince"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Offices of the office table whose holders are named by surname alone before all others.
HEAD_OFFICES = frozenset(
    {"president", "prime minister", "premier", "caretaker prime minister", "chancellor"}
    | {"supreme leader", "monarch", "king", "queen", "emperor", "emir", "crown prince"}
    | {"general secretary and president", "chairman of the sovereignty council"}
    | {"general secretary", "first secretary"}  # of a one-party state's ruling party
)
ORGANISATION_PREFIXES = ("IGO", "NGO", "IMG")
LEADER_RANK = 2  # heads of state or government and other leaders rank 0 to 2 (see _rank)
# A leader out of office is still named by surname alone for some years ("Mobutu" in 2000).
RECENT_YEARS = 12


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the text says about a lone name word: a PERSON entity or a title before it
    (``person``), a title or honorific before it (``titled``), a royal title (``royal``: given
    names count then), an untagged word as the subject of a verb (``acts``)."""

    person: bool
    titled: bool
    royal: bool = False
    acts: bool = False  # an untagged word as a verb's subject: a recent leader's surname


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a lone name word denotes: a person, or only the code and sector they share."""

    entry: Entry | None
    code: str | None
    sector: str | None


def surname_words(words: list[str], country: str | None) -> list[str]:
    """The words of a person's name (lower case) that may name them alone."""
    while len(words) > 1 and words[0] in LEADING_TITLES:
        words = words[1:]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    if len(words) == 1:
        return words  # a mononym: "Suharto"
    if country in NAME_FIRST_STATES:
        return [words[0]]
    if country in PATRONYMIC_STATES:
        patronym = next((i for i, w in enumerate(words) if w in PATRONYMIC_WORDS), None)
        if patronym:
            return [words[patronym - 1]]
    found = [words[-1]]
    particle, _, rest = words[-1].partition("-")
    if particle in PARTICLES and rest:
        found.append(rest)  # "al-assad" is also named "Assad"
    if country in HISPANIC_STATES and len(words) >= 3 and words[-2] not in PARTICLES:
        found.append(words[-2])
    return found


def given_word(words: list[str]) -> str | None:
    """The first word of a name after any title: "fahd" of "King Fahd bin Abdulaziz"."""
    while len(words) > 1 and words[0] in LEADING_TITLES:
        words = words[1:]
    return words[0] if len(words) > 1 else None


def is_leader(entry: Entry) -> bool:
    """A leader: a person of the office table or of people.tsv, or a converted entry with an
    elite (ELI) period, which the dictionary gives its leaders only."""
    return entry.from_table or entry.prominent or any(t.sector == "ELI" for t in entry.terms)


def _rank(entry: Entry, on: dt.date | None) -> int | None:
    """How strongly a candidate claims a lone name on a date (lower is stronger; None: no
    dated role then): 0 a head of state or government of the office table, 1 a leader in a
    state office, 2 a leader in another role (elite, rebel, opposition), 3 anyone else in a
    state office (a minister of the office table too), 4 anyone else."""
    covering = [
        t for t in entry.terms if t.dated and (t.covers(on) if on is not None else t.end is None)
    ]
    if not covering:
        return None
    state = any(
        t.sector in STATE_SECTORS
        or (t.sector is None and (t.code or "").startswith(ORGANISATION_PREFIXES))
        for t in covering
    )
    if entry.from_table and state:  # a minister of the table is one of many in office
        return 0 if any(t.office in HEAD_OFFICES for t in covering) else 3
    if is_leader(entry):
        return 1 if state else 2
    return 3 if state else 4


class SurnameIndex:
    """Lone name words -> the people they may denote.

    ``people`` yields (lower-case phrase, person, country) for every phrase of every person;
    ``materialise`` turns a stored reference into its ``Entry`` (converted entries are built on
    first use).
    """

    def __init__(
        self,
        people: Iterable[tuple[str, Entry | int, str | None]],
        given_names: Iterable[str],
        materialise: Callable[[Entry | int], Entry],
    ) -> None:
        self._surnames: dict[str, list[Entry | int]] = {}
        self._given: dict[str, list[Entry | int]] = {}
        self._materialise = materialise
        self._given_names = frozenset(given_names)
        for phrase, person, country in people:
            words = phrase.split()
            for word in surname_words(words, country):
                self._add(self._surnames, word, person)
            first = given_word(words)
            if first is not None:
                self._add(self._given, first, person)

    @staticmethod
    def _add(index: dict[str, list[Entry | int]], word: str, person: Entry | int) -> None:
        if len(word) < 2 or not word.replace("-", "").replace("'", "").isalpha():
            return
        found = index.setdefault(word, [])
        if person not in found:
            found.append(person)

    def __contains__(self, word: str) -> bool:
        return word in self._surnames or word in self._given

    def candidates(self, word: str, royal: bool = False) -> list[Entry]:
        """Every person a lone word may name; after a royal title, given names count too."""
        found = list(self._surnames.get(word, []))
        if royal:
            found += [p for p in self._given.get(word, []) if p not in found]
        people: list[Entry] = []
        for reference in found:
            entry = self._materialise(reference)
            same = next((i for i, p in enumerate(people) if _same_person(p, entry)), None)
            if same is None:
                people.append(entry)
            else:  # one person listed twice: "Norodom Sihanouk", "Prince Norodom Sihanouk"
                people[same] = _merged(people[same], entry)
        return people

    def resolve(
        self,
        word: str,
        on: dt.date | None,
        in_view: set[str],
        evidence: Evidence,
        also: Entry | None = None,
    ) -> Resolved | None:
        """The person (or shared code) a lone word names on a date, if the evidence is clear.

        ``in_view`` holds the states the article names; ``also`` is a person the word names in
        the dictionary itself.
        """
        people = self.candidates(word, evidence.royal)
        if also is not None and all(p.name != also.name for p in people):
            people.append(also)
        if not people:
            return None
        given = word in self._given_names
        ranked = [(r, p) for p in people if (r := _rank(p, on)) is not None]
        if ranked:
            best = min(r for r, _ in ranked)
            if best > LEADER_RANK and (given or not evidence.person):
                return None  # a minister needs a title or an entity to be named
            top = [p for r, p in ranked if r == best]
            if best == LEADER_RANK and any(r == LEADER_RANK + 1 for r, _ in ranked):
                # A leader out of office ("Khan", a former president) does not outrank the
                # office holders of the name.
                top = [p for r, p in ranked if r <= LEADER_RANK + 1]
            found = self._choose(top, on, in_view)
            if found is not None and best >= LEADER_RANK and in_view and found.code not in in_view:
                # A rebel or opposition leader of a state the article does not name yields to
                # the one leader of the name from a state it does ("Marcos" in a story on the
                # Philippines is Ferdinand Marcos, not the Zapatistas' spokesman).
                viewed = [p for p in people if p not in top and is_leader(p)]
                viewed = [p for p in viewed if p.country in in_view and _served_by(p, on)]
                if len(viewed) == 1:
                    return _resolved(viewed[0], on)
                codes = {p.code_on(on) for p in viewed}
                if len(codes) == 1:  # "Marcos": Ferdinand and Imelda, both out of office
                    code, sector = codes.pop()
                    return Resolved(None, code, sector)
            if found is not None and given and in_view and found.code not in in_view:
                return None  # "Egyptian ... Interior Minister Hassan" is not Somalia's Hassan
            if found is None or evidence.titled or found.code in in_view:
                return found
            if given or best > LEADER_RANK:
                return None  # "Wang" only in a story on China; "Sharon" only on Israel
            return found
        if given or not (evidence.person or evidence.acts):
            return None
        # Nobody holds a role on the date: a leader of recent years, the only one so named.
        recent = [p for p in people if _recent_leader(p, on)]
        if len(people) == 1 and recent:
            return _resolved(recent[0], on)
        viewed = [p for p in recent if p.country in in_view]
        return _resolved(viewed[0], on) if len(viewed) == 1 else None

    @staticmethod
    def _choose(top: list[Entry], on: dt.date | None, in_view: set[str]) -> Resolved | None:
        if len(top) == 1:
            return _resolved(top[0], on)
        viewed = [p for p in top if p.code_on(on)[0] in in_view]
        if len(viewed) == 1:
            return _resolved(viewed[0], on)
        codes = {p.code_on(on) for p in top}
        if len(codes) == 1:  # several people, one office: "Singh" among India's ministers
            code, sector = codes.pop()
            return Resolved(None, code, sector)
        return None


def _name_words(entry: Entry) -> set[str]:
    return {w for w in entry.name.lower().split() if w not in LEADING_TITLES}


def _same_person(one: Entry, other: Entry) -> bool:
    """Two entries of one state whose names are one another's with a title or given name less."""
    if one.country != other.country or one.from_table or other.from_table:
        return one.name == other.name
    a, b = _name_words(one), _name_words(other)
    return a <= b or b <= a


def _merged(one: Entry, other: Entry) -> Entry:
    terms = one.terms + tuple(t for t in other.terms if t not in one.terms)
    return replace(one, terms=terms, prominent=one.prominent or other.prominent)


def _recent_leader(entry: Entry, on: dt.date | None) -> bool:
    """Whether a person is a leader whose last office ended at most ``RECENT_YEARS`` before."""
    if not is_leader(entry):
        return False
    offices = [t for t in entry.terms if t.dated and t.sector in STATE_SECTORS]
    if on is not None and offices and all(t.start is not None and t.start > on for t in offices):
        return False  # every office lies after the date: a leader to come, not a recent one
    ends = [t.end for t in offices if on is None or t.start is None or t.start <= on]
    if on is None or not ends or any(e is None for e in ends):
        return True
    last = max(e for e in ends if e is not None)
    return on <= last.replace(year=min(last.year + RECENT_YEARS, dt.MAXYEAR))


def _served_by(entry: Entry, on: dt.date | None) -> bool:
    """Whether a person held a dated role that began by the date (not only a later one)."""
    return on is None or any(t.start is not None and t.start <= on for t in entry.terms)


def _resolved(entry: Entry, on: dt.date | None) -> Resolved:
    code, sector = entry.code_on(on)
    return Resolved(entry, code, sector)
