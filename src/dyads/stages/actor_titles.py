"""Titles and nationalities joined to the person they name, and the person coded from them.

"Russian Foreign Minister Sergey Lavrov" is one mention, RUS GOV; an unknown person takes the
country and the title's sector; "former" gives ELI. For people of the office table the table
decides the office by the date, and a title adds only a role ("candidate"), unless the text's
title names another branch of the same state: "Sudan's army chief, General NAME," is MIL though
the table gives the same person the head of state's office. A rank before a name ("General",
"Senior General") belongs to the title but names no role of its own.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Span

from dyads.stages.actor_agent_nouns import RELIGIOUS_HONORIFICS, AgentNouns, AgentSpans
from dyads.stages.actor_appositions import (
    apposition_code,
    leader_owned_title,
    self_titled,
    title_after,
)
from dyads.stages.actor_envoy_posts import ENVOY_WORDS
from dyads.stages.actor_name_matcher import NameMatcher
from dyads.stages.actor_patterns import (
    BODY_KINDS,
    STATE_SECTORS,
    TITLE_GLUE,
    Mention,
    appositive_partners,
    appositive_title,
    says_former,
    sentence_starts,
)
from dyads.stages.actor_portfolios import portfolio_start

# Titles whose holder, named without a state, takes one from the text: a state's office
# serves the state in focus, a rebel or militia leader leads in the state the story is in.
ARMED_TITLE_SECTORS = frozenset({"REB", "UAF"})
# Clerics ("Ayatollah NAME", "Imam NAME") serve the faithful where they preach, and party
# leaders ("Party leader NAME") and opposition leaders ("opposition leader NAME") rally where
# they campaign: placed so too.
PLACED_TITLE_SECTORS = STATE_SECTORS | ARMED_TITLE_SECTORS | {"REL", "PTY", "OPP"}
# The office table lists every term from this date on; earlier terms may be missing.
TABLE_COMPLETE_FROM = dt.date(2015, 1, 1)
MAX_TITLE_TOKENS = 14
# Sectors of the titles that, at an international body, name its head or an officer of its
# own ("World Bank President", "IMF Managing Director"): no state's office, so no sector; a
# title of another trade keeps its own ("ICC prosecutor" is JUD).
HEAD_TITLE_SECTORS = frozenset({"GOV", "BUS"})
# Military ranks written before a name: part of the title, but a rank alone says nothing of the
# office a table person holds ("General NAME" may be head of state).
RANK_WORDS = frozenset(
    {"general", "gen.", "senior", "lieutenant", "lt.", "major", "brigadier", "colonel", "col."}
    | {"admiral", "marshal", "field", "vice", "rear", "commodore", "captain", "air"}
)


class TitledPeople:
    """Joins each person to the title before or after the name, and codes the person."""

    def __init__(self, names: NameMatcher, agent_nouns: AgentNouns) -> None:
        self._names = names
        self._agent_nouns = agent_nouns

    def extend(
        self, doc: Doc, mentions: list[Mention], agents: AgentSpans, on: dt.date | None
    ) -> list[Mention]:
        """Join titles and nationalities to the person after them, and code the person."""
        by_end = {m.end: m for m in mentions}
        by_start = {m.start: m for m in mentions}
        starts = sentence_starts(doc)
        absorbed: set[int] = set()
        people: dict[int, Mention] = {}
        for person in mentions:
            if person.kind != "person" or _split_rank(doc, person, agents):
                continue  # a rank the tagger split off a name is the name's title
            boundary = starts[bisect_right(starts, person.start) - 1]
            start, country, title, former = title_before(doc, person, boundary, by_end, agents)
            absorbed.update(m.start for m in by_end.values() if start <= m.start < person.start)
            if person.entry is None and country is None and title is None:
                linked = appositive_title(doc, person, mentions) or leader_owned_title(
                    doc, person, mentions, agents
                )
                if linked is not None:  # "Russia's envoy to the UN, NAME," / "NAME, the head
                    country, title = linked, linked.sector  # of Ukraine's intelligence,"
                else:
                    title = _armed_title_in_apposition(doc, person, agents)
            coded = self._code_person(
                doc, person.with_span(start, person.end), country, title, former, on
            )
            after = title_after(doc, coded, by_start, agents)
            if after is not None:  # "Abbas Araghchi, Iran's foreign minister, said"
                # A title that names no state is no mention of its own: the name stays as is.
                end = after.end if after.start in by_start else coded.end
                absorbed.add(after.start)
                code = coded.code or after.code
                sector = coded.sector if coded.entry is not None else after.sector
                dated = coded.entry is not None and not coded.entry.from_table
                if dated and title is None and after.sector and not _is_body(code):
                    sector = after.sector  # the older dictionary: the text's title wins
                elif _out_of_table_office(coded, title, after.sector, on):
                    sector = after.sector  # "NAME, the opposition leader," as a title before
                if _other_branch(coded, after.code, after.sector):
                    sector = after.sector  # "NAME, commander-in-chief of the armed forces,"
                past = _says_former(doc[coded.end : after.end])
                if past and not _in_office(coded) and _state_title(after.sector):
                    sector = "ELI"  # "NAME, the former secretary of state,"
                coded = replace(coded, end=end, code=code, sector=sector)
            elif _former_title_after(doc, coded, agents) and not _in_office(coded):
                coded = replace(coded, sector="ELI")  # "NAME, the former president, said"
            owner = _state_after_of(doc, coded, by_start) if title in STATE_SECTORS else None
            if owner is not None and coded.code is None:
                # "Foreign Minister Ana Ruiz of Peru": the office is the state's after "of".
                absorbed.add(owner.start)
                coded = replace(coded, end=owner.end, code=owner.code)
            people[person.start] = coded
        result = []
        for mention in mentions:
            if mention.start in people:
                coded = people[mention.start]
                if coded.code is not None or coded.sector in PLACED_TITLE_SECTORS:
                    result.append(coded)  # a title without a state: placed later
            elif mention.start not in absorbed:
                result.append(mention)
        return result

    def _code_person(
        self,
        doc: Doc,
        person: Mention,
        country: Mention | None,
        title: str | None,
        former: bool,
        on: dt.date | None,
    ) -> Mention:
        code, sector = person.code, person.sector
        if person.entry is None and person.by_surname:  # several holders of one name and office
            code = country.code if country is not None and country.code else code
            sector = title or sector
        elif person.entry is None:  # unknown: the title and nationality decide
            code, sector = (country.code if country else None), title
            if _is_body(code) and sector in HEAD_TITLE_SECTORS:
                sector = None  # "IMF Managing Director NAME": the body's head, no state office
            if code is None:
                found_code, found_sector = apposition_code(
                    doc, person, self._names, self._agent_nouns
                )
                if found_code is not None:
                    code, sector = found_code, found_sector
        elif not person.entry.from_table:
            # The older dictionary is out of date: a title and affiliation in the text win.
            sector = title or self._title_inside(doc, person) or sector
            if title is None and person.sector is not None and self._honorific_inside(doc, person):
                sector = person.sector  # "Mullah NAME" the dictionary codes a rebel stays one
            if country is not None and title is not None and country.code:
                code = country.code
                if _is_body(code):
                    sector = None  # "AU Commission chair X": the body's head, coded as the body
            elif country is not None and country.kind == "agent" and _is_body(country.code):
                # "U.N. Secretary-General X", "U.N. envoy X": the office is the body's.
                code, sector = country.code, None
            elif _is_body(code) and (country is None or country.code == code):
                # "ECB President X" with the body unrecognised, "World Bank President X" with
                # the title inside the name: a head of an international body holds no state's
                # office, whatever the title says.
                sector = person.sector
        elif _namesake_of_another_state(person, country, title):
            # "Colombia's Defence Minister Pedro Sanchez": a state title of a state the table
            # never gives the person names a namesake; the text decides.
            assert country is not None
            code, sector = country.code, title
        elif _other_branch(person, country.code if country else None, title):
            sector = title  # "Sudan's army chief, General NAME": the text's title decides
        elif _is_body(code):
            pass  # a head of an international body holds no state's office (no sector)
        elif sector is None and (title != "GOV" or (on is not None and on < TABLE_COMPLETE_FROM)):
            # Out of office by the table: a title adds a role ("candidate"), never an office;
            # but before the years the table covers in full, the title in the text is the
            # better witness ("Prime Minister Nawaz Sharif" in a 1998 story).
            sector = title
        coded = Mention(person.start, person.end, person.name, "person", code, sector, person.entry)
        state_title = title is None or title in STATE_SECTORS
        # The table's own sector decides whether the person is in office, not the one a title
        # in the text gave above ("former deputy prime minister NAME" a fortnight after he
        # was sacked, in a year the table does not cover in full).
        in_office = _in_office(replace(coded, sector=person.sector))
        if (former or _says_former(doc[person.start : person.end])) and not in_office:
            # A former title is the person's standing only when the table gives no office
            # for the date: "former defence minister X", now the security council's secretary,
            # still holds a state office. A former chief executive of a company is still a
            # businessman ("Former Microsoft CEO X"), not one of the state's elite.
            return replace(coded, sector="ELI") if state_title else coded
        return coded

    def _honorific_inside(self, doc: Doc, person: Mention) -> bool:
        """Whether a name holds a religious honorific ("Mullah", "Imam", "Ayatollah"): a
        standing of courtesy that gives a sector only to people no table codes otherwise."""
        return any(t.lower_ in RELIGIOUS_HONORIFICS for t in doc[person.start : person.end - 1])

    def _title_inside(self, doc: Doc, person: Mention) -> str | None:
        """The sector of a title inside a dictionary name ("President Yoweri Museveni")."""
        for i in range(person.start, person.end - 1):
            for j in (i + 2, i + 1):
                sector = self._agent_nouns.sector(doc[i:j].text)
                if sector is not None and j < person.end:
                    return sector
        return None


def title_before(
    doc: Doc,
    person: Mention,
    sentence_start: int,
    by_end: dict[int, Mention],
    agents: AgentSpans,
) -> tuple[int, Mention | None, str | None, bool]:
    """Scan left of a name: (new start, country mention, title sector, former?)."""
    k = name_start = _rank_start(doc, person.start, sentence_start, agents)
    start = name_start
    named = person.with_span(name_start, person.end)  # the name with its ranks
    country: Mention | None = None
    title: str | None = None
    former = False
    courtesy = False  # whether the title so far is a religious honorific ("Mullah")
    while k > sentence_start and person.start - k < MAX_TITLE_TOKENS:
        token = doc[k - 1]
        body = by_end.get(k)
        if body is not None and _destination_of_title(doc, body, agents):
            k = body.start - 1  # "Russia's ambassador to Britain NAME": not Britain's
        elif body is not None and body.kind in (*BODY_KINDS, "agent"):
            country = country or body
            if body.kind == "agent" and title is None:
                title = body.sector
            k = start = body.start
        elif k in agents:
            begin, sector = agents[k]
            if title is None or (courtesy and sector in STATE_SECTORS):
                title = sector  # "Governor Mullah NAME": the office, not the honorific
            courtesy = title == sector and doc[begin:k].text.lower() in RELIGIOUS_HONORIFICS
            k = start = begin
        elif token.text == ")" and k - 1 in by_end:
            inner = by_end[k - 1]
            if inner.start < 1 or doc[inner.start - 1].text != "(":
                break
            k = inner.start - 1
        elif token.text == "," and k == name_start and self_titled(doc, named, by_end):
            k -= 1  # "Iran's foreign minister, Abbas Araghchi, said"
        elif token.text == "," and k == name_start and _bare_title_before(doc, named, agents):
            k -= 1  # "The ministry's spokeswoman, Mao Ning, said": the state in focus's
        elif k == name_start and (portfolio := portfolio_start(doc, k, agents)) is not None:
            k = portfolio  # "Commissioner for Health NAME": the title ends before "for"
        elif says_former(token):
            former = True
            k = start = k - 1
        elif token.lower_ in TITLE_GLUE:
            k -= 1
        elif title is not None and token.pos_ == "ADJ":
            k = start = k - 1  # "Socialist prime minister", "senior minister"
        else:
            break
    if title is None and country is None and not former:
        return start, None, None, False
    return start, country, title, former


def _state_after_of(doc: Doc, person: Mention, by_start: dict[int, Mention]) -> Mention | None:
    """The state named right after a titled name and "of" ("President NAME of Angola"), not
    one that owns a later noun ("NAME of Peru's ruling party")."""
    k = person.end
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return None
    k += 2 if doc[k + 1].lower_ == "the" else 1
    state = by_start.get(k)
    if state is None or state.kind not in ("country", "capital") or not state.code:
        return None
    if state.end < len(doc) and doc[state.end].text in ("'s", "’s", "'"):
        return None
    return state


def is_rank(doc: Doc, start: int, end: int) -> bool:
    """Whether the words are capitalised military ranks only ("General", "Senior General"), not
    the end of a hyphenated title ("Secretary-General")."""
    if start > 0 and doc[start - 1].text == "-":
        return False
    return end > start and all(
        doc[i].text[:1].isupper() and doc[i].lower_ in RANK_WORDS for i in range(start, end)
    )


def _split_rank(doc: Doc, person: Mention, agents: AgentSpans) -> bool:
    """Whether a person mention is only a rank the tagger split off the name after it."""
    title = agents.get(person.end)
    longer = title is not None and title[0] < person.start  # "Secretary General"
    return is_rank(doc, person.start, person.end) and not longer


def _rank_start(doc: Doc, start: int, sentence_start: int, agents: AgentSpans) -> int:
    """Where the ranks right before a name begin (the name's start when there are none); a
    word ending a longer title ("Secretary General NAME") is no rank."""
    k = start
    while k > sentence_start and is_rank(doc, k - 1, k):
        title = agents.get(k)
        if title is not None and title[0] < k - 1:
            break
        k -= 1
    return k


def _other_branch(person: Mention, title_code: str | None, title: str | None) -> bool:
    """Whether a title in the text names another branch of the state the office table places
    a person in ("army chief" for a head of state): a role the text gives overrides the
    table's, as "former" does; a government title never outranks a branch the table gives."""
    entry = person.entry
    if entry is None or not entry.from_table or person.sector is None:
        return False
    if title is None or title == "GOV" or title not in STATE_SECTORS or title == person.sector:
        return False
    return title_code in (None, person.code)


def _namesake_of_another_state(person: Mention, country: Mention | None, title: str | None) -> bool:
    """Whether a table person's title names a state office of a state none of the person's
    terms is in."""
    if person.entry is None or country is None or title not in STATE_SECTORS:
        return False
    if country.kind not in ("country", "capital", "agent") or not country.code:
        return False
    if _is_body(country.code) or country.code.startswith("IMG"):
        return False
    return all(term.code != country.code for term in person.entry.terms)


def _destination_of_title(doc: Doc, body: Mention, agents: AgentSpans) -> bool:
    """Whether a body is where a title is posted: "ambassador to Britain", "envoy to the UN",
    also with the envoy's own state between ("Ambassador of Peru to Spain NAME")."""
    k = body.start - (body.start > 0 and doc[body.start - 1].lower_ == "the")
    if k < 2 or doc[k - 1].lower_ != "to":
        return False
    return k - 1 in agents or doc[k - 1].head.lower_ in ENVOY_WORDS


def _bare_title_before(doc: Doc, person: Mention, agents: AgentSpans) -> bool:
    """Whether a singular agent noun with no owner of its own stands in apposition right
    before a name closed by a comma or the sentence's end: "The ministry's spokeswoman, NAME,"."""
    closed = person.end >= len(doc) or doc[person.end].text in (",", ".")
    title_end = person.start - 1
    return closed and title_end in agents and doc[title_end - 1].tag_ in ("NN", "NNP")


def _former_title_after(doc: Doc, person: Mention, agents: AgentSpans) -> bool:
    """Whether a past title with no owner stands in apposition after a name: "NAME, the
    former secretary of state," or "NAME, the ousted president,"."""
    k = person.end
    if k >= len(doc) or doc[k].text != ",":
        return False
    k += 1
    while k < len(doc) and doc[k].lower_ in ("the", "a", "an"):
        k += 1
    if k >= len(doc) or not says_former(doc[k]):
        return False
    k += 1
    starts = {start for start, _ in agents.values()}
    while k < len(doc) and k not in starts and doc[k].is_lower and doc[k].is_alpha:
        k += 1  # "the former deputy foreign minister"
    return k in starts


def _armed_title_in_apposition(doc: Doc, person: Mention, agents: AgentSpans) -> str | None:
    """The sector of a rebel or militia title set off beside a name ("NAME, a rebel
    commander, said"): the person is placed later, as the title gives no state."""
    for partner in appositive_partners(doc[person.start : person.end].root):
        span = agents.get(partner.i + 1)
        if span is not None and span[1] in ARMED_TITLE_SECTORS:
            return span[1]
    return None


def _out_of_table_office(
    person: Mention, title: str | None, after: str | None, on: dt.date | None
) -> bool:
    """Whether a title after the name of an office-table person the table gives no office on
    the date decides the sector, as a title before the name would (``_code_person``): a role
    ("the opposition leader") always, an office only before the years the table covers in
    full ("NAME, the mayor of Istanbul," in 1998)."""
    entry = person.entry
    if entry is None or not entry.from_table or person.sector is not None or title is not None:
        return False
    if after is None or _is_body(person.code):
        return False
    return after != "GOV" or (on is not None and on < TABLE_COMPLETE_FROM)


def _state_title(sector: str | None) -> bool:
    """Whether a title names a state office (or no role): "former" or "exiled" before it makes
    the holder one of the elite, while "the exiled opposition leader" still leads one."""
    return sector is None or sector in STATE_SECTORS


def _says_former(words: Span) -> bool:
    """Whether the words mark a title as past ("former", "ex-", "ousted", "sacked")."""
    return any(says_former(t) for t in words)


def _in_office(person: Mention) -> bool:
    """Whether the office table gives the person a state office on the coding date, or the
    people table a standing of their own ("NAME, the former police officer who leads the
    gangs," stays a gang leader)."""
    entry = person.entry
    if entry is None or not (entry.from_table or entry.prominent):
        return False
    if entry.from_table:
        return person.sector in STATE_SECTORS
    return person.sector is not None and person.sector not in STATE_SECTORS | {"ELI"}


def _is_body(code: str | None) -> bool:
    """Whether a code names an international or non-state body (IGO..., NGO...)."""
    return code is not None and code[:3] in ("IGO", "NGO")
