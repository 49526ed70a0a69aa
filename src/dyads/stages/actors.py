"""The actors stage: every person, body and group in an article, coded for the article's date.

``ActorRecognizer(extra_actors=None).process(doc, on)`` returns one ``Actor`` per mention:

1. Dictionary names (token index over the converted PETRARCH/Phoenix dictionary, the office
   table, organisations and media), longest match first, with a case check so that "us" or
   "who" are not countries or organisations. Names of places that contain a country's name
   ("Indian Ocean") match but are never coded; "the Serbs of Kosovo" are Kosovo's civilians.
2. Agent nouns joined to the country, capital or organisation before them ("Russian forces" ->
   RUS MIL, "Hungarian and Romanian officials" -> HUN GOV and ROU GOV) or after "of"/"from"/"in"
   ("the foreign ministers of France and Germany", "officials in Moscow"; not "its ambassador
   from Mali" nor "US troops in Syria").
3. People: dictionary people, spaCy PERSON entities and capitalised names after a title
   ("Foreign Minister Ana Ruiz"). Titles and nationalities before a name join its mention;
   an unknown person takes the country and the title's sector; "former" gives sector ELI.
   Names set off by commas next to a title are people even where spaCy misses them ("Russia's
   envoy to the UN, NAME," and "NAME, the head of Ukraine's military intelligence,").
   Well-known people named by one word ("Mobutu", "President Mugabe") are resolved by the date
   among the people the word may name (``actor_surnames.py``).
4. Peoples, faiths and shared party names ("Tamil rebels", "Muslim militants", "Labour") take
   the state where the text places them (``actor_placement.py``); so do rebels, protesters or
   an opposition with no state of their own, from the places their sentence names.
5. Capitals count as their government only where they act ("Moscow said", "talks between
   Moscow and Seoul"), not as locations ("in Moscow", "visited Moscow"); other places are left
   to the geoparser.
   A bare "the government" or "the army" is that of the state in focus; so is "its army" as a
   subject, and "his government" is that of the person "his" stands for.
6. Later mentions of a person keep the first mention's coding; bare surnames ("Lavrov said")
   resolve to the full name met earlier, and he/she/his/her to the nearest fitting person
   before them, of a compatible gender where it is known (``actor_coreference.py``).

Codes are ISO 3166 alpha-3 or CAMEO-style IGO/NGO/IMG codes (see data/actors/SOURCE.md); sectors
are PLOVER sector codes. The date ``on`` picks office holders' codes; ``None`` means "now".

The user file given as ``extra_actors`` has the columns of ``data/actors/offices.tsv`` (tab
separated, header ``name aliases country sector office start end``, aliases ';'-separated, dates
YYYY-MM-DD or empty). Its rows replace any built-in actor of the same name or alias; a row with
neither office nor dates is an organisation, otherwise a person.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc, Token

from dyads.records import Actor
from dyads.stages.actor_coreference import (
    HONORIFICS,
    consistent_people,
    pronouns,
    surnames,
    with_gender,
)
from dyads.stages.actor_dictionary import (
    ActorDictionary,
    Entry,
    case_agrees,
    first_word,
    token_key,
)
from dyads.stages.actor_patterns import (
    FORMER_WORDS,
    HEAD_NOUNS,
    PRONOUN_GENDER,
    STATE_SECTORS,
    SUBJECT_DEPS,
    TITLE_GLUE,
    Mention,
    StateFocus,
    acts_as_agent,
    appositive_names,
    appositive_title,
    name_after_title,
    resolve_pronoun,
    sentence_starts,
    title_country,
)
from dyads.stages.actor_placement import located_states, place_groups
from dyads.stages.actor_surnames import (
    PARTICLES,
    ROYAL_TITLES,
    Evidence,
    Resolved,
    SurnameIndex,
)

# The office table lists every term from this date on; earlier terms may be missing.
TABLE_COMPLETE_FROM = dt.date(2015, 1, 1)
# Words that start a sentence capitalised but name no people: "Local officials in X" are X's.
GENERIC_MODIFIERS = frozenset(
    {"local", "provincial", "regional", "municipal", "district", "state", "city", "federal"}
    | {"senior", "top", "government", "security", "many", "some", "two", "three"}
)
# Plural agents whose "in X" makes them X's: officials, police, civilians, rebels.
IN_PLACE_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG", "SPY", "CVL", "LAB", "OPP", "REB", "UAF"})
# Non-state agents placed by where their sentence happens ("rebels ... in northern Mali").
LOCATED_SECTORS = frozenset({"REB", "UAF", "OPP", "CVL", "LAB", "AGR", "EDU"})
VOICE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen"})
NAME_TAGS = frozenset({"NNP", "NNPS"})
# Agent nouns for a party's own leaders and voices: "Labour leader X" is the party's (PTY).
LEADER_NOUNS = frozenset(
    {"leader", "leaders", "leadership", "chairman", "chairwoman", "spokesman", "spokeswoman"}
    | {"spokesperson", "chief", "head", "official", "officials", "member", "members"}
)
# A people's leaders are its elites (ELI); its "officials" are those of a government of its own.
ELITE_NOUNS = frozenset({"leader", "leaders", "leadership", "chief", "chiefs", "elders"})
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "al", "el", "in", "on", "du", "la"})
BODY_KINDS = frozenset({"country", "capital", "org", "media", "group"})
MAX_AGENT_WORDS = 4
POSSESSIVE = ("'s", "’s")
# "its ambassador from X": the agent belongs to whoever "its" stands for, not to X.
POSSESSIVE_DETERMINERS = frozenset({"its", "their", "our", "his", "her", "my", "your"})
# "the army", "its ambassador", "his information minister": a body of the state in focus.
DETERMINERS_OF_STATE_BODIES = frozenset({"the", "its", "his", "her", "their"})
GOVERNMENT_NOUNS = frozenset({"administration", "government", "regime", "cabinet"})
MAX_TITLE_TOKENS = 14
FIGHTER_NOUNS = frozenset({"fighter", "fighters"})
# Entity types a lone surname never has ("Castro Street" is a FAC, "May" a DATE).
NOT_LONE_NAME_ENTITIES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "FAC", "LOC"}
    | {"EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"}
)
STATE_MENTION_KINDS = frozenset({"country", "capital", "place"})
# Words before a name that make it a place's or a saint's: "St. Thomas", "Fort Worth".
PLACE_PREFIXES = frozenset({"st", "saint", "san", "santa", "fort", "port", "mount", "lake", "cape"})
# Titles that name a person before a lone surname ("President Mobutu", "Gen. Pinochet"); other
# agent nouns do not ("State Street").
PERSON_TITLES = frozenset(
    {"president", "premier", "minister", "chancellor", "leader", "chairman", "chairwoman"}
    | {"gen", "general", "col", "colonel", "marshal", "admiral", "commander", "senator", "sen"}
    | {"governor", "secretary", "ambassador", "envoy", "dictator", "strongman", "comrade"}
    | {"mayor", "judge", "justice", "speaker", "spokesman", "spokeswoman", "rep", "lt"}
)


def phrase_keys(doc: Doc, start: int, most: int) -> list[tuple[int, str]]:
    """``phrase_key`` of doc[start:end] for each end up to `most` tokens on, as (end, key),
    built token by token rather than by slicing the Doc (the matcher's inner loop)."""
    keys: list[tuple[int, str]] = []
    key, space = "", False
    for token in doc[start : min(len(doc), start + most)]:
        if token.is_space:
            space = True
            continue
        word = token_key(token)
        key = f"{key} {word}" if key and space else key + word
        space = bool(token.whitespace_)
        keys.append((token.i + 1, key))
    return keys


def _start(mention: Mention) -> int:
    return mention.start


def _states_in_view(mentions: list[Mention], regions: dict[str, tuple[str, ...]]) -> list[Mention]:
    """A name that meant different states over time ("Congo") is the one of them the article
    names otherwise ("Brazzaville"), whatever the date; a region named alike in several states
    ("Punjab") is the one of them the article names, else uncoded."""
    result = []
    for mention in mentions:
        entry = mention.entry
        options = set(regions.get(entry.name, ())) if entry is not None else set()
        if entry is not None and entry.renamed:
            options = {t.code for t in entry.terms if t.code}
        if options:
            others = {m.code for m in mentions if m.entry is not entry and m.code is not None}
            named = options & others
            if len(named) == 1:
                mention = replace(mention, code=named.pop())
        result.append(mention)
    return result


def _agent_noun(doc: Doc, start: int, end: int) -> str:
    """The head noun of an agent phrase, lower case; for fighters with an adjective before them
    the two words, as "foreign fighters" are militants abroad, not a state's forces."""
    noun = doc[end - 1].lower_
    before = doc[start - 1] if start > 0 else None
    if noun in FIGHTER_NOUNS and before is not None and before.is_lower and before.pos_ == "ADJ":
        return f"{before.lower_} {noun}"
    return noun


def _continues_name(doc: Doc, i: int) -> bool:
    """Whether the word after token i goes on with a longer name ("Castro Ruz", "Mansur M.",
    "Houphouet-Boigny", "Hamdan bin Mohammed"), or introduces someone ("Castro, a local
    activist"), whom a leader's surname does not name."""
    if i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    following = doc[i + 2] if i + 2 < len(doc) else None
    if after.text == "-" or (after.text[:1].isupper() and not after.is_punct):
        return True
    if following is None:
        return False
    if after.lower_ in PARTICLES and following.text[:1].isupper():
        return True
    return after.text == "," and following.lower_ in ("a", "an")


def _elsewhere(names: list[range], i: int) -> bool:
    """Whether any of these names lies away from token i."""
    return any(i not in name for name in names)


def self_titled(doc: Doc, person: Mention, by_end: dict[int, Mention]) -> bool:
    """Whether a singular title stands in apposition before a name: "X's minister, NAME,"."""
    title = by_end.get(person.start - 1)
    closed = person.end >= len(doc) or doc[person.end].text in (",", ".")
    return (
        closed
        and title is not None
        and title.kind == "agent"
        and doc[title.end - 1].tag_ in ("NN", "NNP")
    )


class ActorRecognizer:
    """Finds and codes political actors in a parsed article."""

    def __init__(self, extra_actors: Path | None = None) -> None:
        self.dictionary = ActorDictionary(extra_actors)
        self._name_starts = self.dictionary.first_words()
        self._agent_starts = {first_word(p) for p in self.dictionary.agents}
        self._placements = self.dictionary.placements
        self._surnames = SurnameIndex(
            self.dictionary.person_phrases(),
            self.dictionary.given_names,
            self.dictionary.materialise,
        )

    def process(self, doc: Doc, on: dt.date | None) -> list[Actor]:
        mentions = self._residents(
            doc, self._lone_names(doc, self._dictionary_mentions(doc, on), on)
        )
        agents = self._agent_matches(doc, mentions)
        mentions = self._attach_agents(doc, mentions, agents)
        mentions += self._new_people(doc, mentions, agents)
        mentions = self._extend_titles(doc, mentions, agents, on)
        mentions = place_groups(doc, self._national_groups(doc, mentions), self._placements)
        located = self._located_agents(doc, mentions, agents)
        given_names = self.dictionary.given_names
        mentions = [with_gender(doc, m, given_names) for m in mentions if self._is_actor(doc, m)]
        mentions = sorted(
            mentions + self._definite_agents(doc, mentions, agents) + located, key=_start
        )
        mentions = self._place_titled_people(doc, mentions)
        mentions = consistent_people(doc, mentions)
        mentions += surnames(doc, mentions, self._is_title_word)
        mentions.sort(key=lambda m: m.start)
        mentions += pronouns(doc, mentions)
        mentions.sort(key=lambda m: m.start)
        return [self._actor(doc, m) for m in mentions]

    # ---- 1. dictionary names ---------------------------------------------------------------

    def _dictionary_mentions(self, doc: Doc, on: dt.date | None) -> list[Mention]:
        mentions: list[Mention] = []
        i = 0
        while i < len(doc):
            found = None
            if first_word(token_key(doc[i])) in self._name_starts:
                found = self._longest_name(doc, i)
            if found is None:
                i += 1
                continue
            if doc[i].lower_ == "the" and i + 1 < len(doc):
                # "the UN refugee agency": a longer name after "the" beats "the UN".
                after = self._longest_name(doc, i + 1)
                if after is not None and after[0] > found[0]:
                    i, found = i + 1, after
            end, entry = found
            lone_word = end - i == 1 and (
                entry.kind in ("person", "org") or self._is_modifier(entry)
            )
            if lone_word and self._inside_longer_name(doc, i):
                # "Abdullah" of "Abdullah Ocalan" is someone else than a lone "Abdullah", and
                # "Karen" of "Karen Bass" is not the Karen people.
                i += 1
                continue
            # A country's name denotes the same state whatever the date ("Serbia" is SRB even
            # in a 2000 story); dates decide only who holds which office, and which state a
            # name meant when it changed hands ("Congo").
            place = entry.kind in ("country", "capital", "place")
            when = None if place and not entry.renamed else on
            code, sector = entry.code_on(when)
            start = i + 1 if doc[i].lower_ == "the" else i  # "the Kremlin" -> "Kremlin"
            mentions.append(Mention(start, end, entry.name, entry.kind, code, sector, entry))
            i = end
        return _states_in_view(mentions, self.dictionary.regions)

    # ---- 1b. people named by one word ------------------------------------------------------

    def _lone_names(self, doc: Doc, mentions: list[Mention], on: dt.date | None) -> list[Mention]:
        """Leaders named by surname or mononym alone ("Mobutu", "President Mugabe"), resolved by
        the date and the states in view (``actor_surnames.py``). A one-word dictionary person is
        checked the same way, so the date can pick another holder of the name ("Assad" in 1986
        is Hafez al-Assad); when the evidence is unclear it stays as the dictionary has it."""
        in_view = {
            m.code
            for m in mentions
            if m.kind in STATE_MENTION_KINDS and m.code is not None and len(m.code) == 3
        }
        taken = {i for m in mentions for i in range(m.start, m.end)}
        by_end = {m.end: m for m in mentions}
        named = self._full_name_words(doc, mentions)
        result = []
        for mention in mentions:
            entry = mention.entry
            lone = mention.kind == "person" and mention.end - mention.start == 1
            # The office table is the witness for its people while they hold office.
            lone = lone and entry is not None and not (entry.from_table and entry.code_on(on)[1])
            word = doc[mention.start].text
            if lone and entry is not None and not _elsewhere(named.get(word, []), mention.start):
                key = token_key(doc[mention.start])
                evidence = Evidence(person=True, titled=False)
                found = self._surnames.resolve(key, on, in_view, evidence, also=entry)
                if found is not None and found.entry is not None and found.entry.name != entry.name:
                    mention = self._lone_mention(mention.start, mention.end, found)
            result.append(mention)
        for i in range(len(doc)):
            if i in taken:
                continue
            spot = self._lone_name_at(doc, i, taken, by_end)
            if spot is None or _elsewhere(named.get(doc[i].text, []), i):
                continue  # "Li Wenzu ... Li": the article's own person, for coreference
            start, evidence = spot
            found = self._surnames.resolve(token_key(doc[i]), on, in_view, evidence)
            if found is not None and found.code is not None:
                result.append(self._lone_mention(start, i + 1, found, doc[i].text))
        return sorted(result, key=_start)

    @staticmethod
    def _full_name_words(doc: Doc, mentions: list[Mention]) -> dict[str, list[range]]:
        """Words of the full names in an article (PERSON entities and dictionary people of
        several words), each with the token ranges of the names holding it."""
        spans = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
        spans += [(m.start, m.end) for m in mentions if m.kind == "person" and m.end - m.start > 1]
        words: dict[str, list[range]] = {}
        for start, end in spans:
            for token in doc[start:end]:
                if token.text[:1].isupper() and token.lower_ not in HONORIFICS:
                    words.setdefault(token.text, []).append(range(start, end))
        return words

    @staticmethod
    def _lone_mention(start: int, end: int, found: Resolved, word: str = "") -> Mention:
        name = found.entry.name if found.entry is not None else word
        return Mention(
            start, end, name, "person", found.code, found.sector, found.entry, by_surname=True
        )

    def _lone_name_at(
        self, doc: Doc, i: int, taken: set[int], by_end: dict[int, Mention]
    ) -> tuple[int, Evidence] | None:
        """Whether token i may be a person's lone name: its start, taking in a particle ("de
        Klerk"), and what the text says of it (see ``Evidence``)."""
        token = doc[i]
        if not self._may_be_lone_name(token) or _continues_name(doc, i):
            return None
        start = i
        while start > 0 and doc[start - 1].lower_ in PARTICLES and start - 1 not in taken:
            start -= 1
        titled = royal = False
        if start > 0:
            before, body = doc[start - 1], by_end.get(start)
            word = before.lower_.rstrip(".")
            if word in PLACE_PREFIXES or before.text == "-" or before.is_quote:
                return None  # "St. Thomas", "Dan-Ali", a nickname in quotes
            if self._introduced(doc, start):
                return None  # "his son, Sebastian": someone the article introduces
            if word in HONORIFICS or word in PERSON_TITLES:
                titled, royal = True, word in ROYAL_TITLES
            elif body is not None and body.kind in BODY_KINDS:
                pass  # "Zimbabwean Mugabe"
            elif before.text[:1].isupper() and before.tag_ in NAME_TAGS:
                return None  # "Juan Ortega" is not Daniel Ortega, nor "J. Dunbar" anyone else
        person = titled or token.ent_type_ == "PERSON"
        return start, Evidence(person=person, titled=titled, royal=royal)

    def _introduced(self, doc: Doc, start: int) -> bool:
        """Whether a name stands in apposition after a common noun that is no title: "his
        son, Sebastian", but not "the president, Mobutu"."""
        if start < 2 or doc[start - 1].text != ",":
            return False
        noun = doc[start - 2]
        return noun.pos_ == "NOUN" and noun.is_lower and not self._is_title(noun)

    def _may_be_lone_name(self, token: Token) -> bool:
        """A capitalised proper noun the index knows, not a body ("Duma") nor a modifier of a
        thing ("Bush fires")."""
        if not token.text[:1].isupper() or not token.is_alpha or token.is_stop:
            return False
        if token.tag_ not in NAME_TAGS or token.ent_type_ in NOT_LONE_NAME_ENTITIES:
            return False
        if token_key(token) not in self._surnames or self._is_title(token):
            return False
        return not self._modifies_thing(token)

    def _modifies_thing(self, token: Token) -> bool:
        """Whether a name modifies a common noun that is no body or office: "Bush fires", but
        not "the Mugabe government" or "the Castro regime"."""
        head = token.head
        if token.dep_ != "compound" or head.i < token.i or head.pos_ != "NOUN":
            return False
        return head.is_lower and head.lower_ not in GOVERNMENT_NOUNS and not self._is_title(head)

    def _is_modifier(self, entry: Entry) -> bool:
        """A placed group named by an adjective only ("Tamil" of "Tamil rebels")."""
        return entry.name in self._placements and entry.code_on(None)[1] is None

    @staticmethod
    def _inside_longer_name(doc: Doc, i: int) -> bool:
        """Whether token i is part of a longer PERSON entity: proper nouns tagged together, not
        a headline's verb the tagger took in ("Putin Warns NATO")."""
        token = doc[i]
        if token.ent_type_ != "PERSON":
            return False
        before = (
            i > 0
            and doc[i - 1].ent_type_ == "PERSON"
            and token.ent_iob_ == "I"
            and doc[i - 1].tag_ in NAME_TAGS
        )
        after = i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I" and doc[i + 1].tag_ in NAME_TAGS
        return before or after

    def _longest_name(self, doc: Doc, start: int) -> tuple[int, Entry] | None:
        if doc[start].is_space:
            return None
        for end, key in reversed(phrase_keys(doc, start, self.dictionary.max_words)):
            entry = self.dictionary.lookup(key)
            if entry is None:
                continue
            text = doc[start:end].text
            if self._looks_like_name(doc, start, end, text, entry):
                return end, entry
        return None

    def _looks_like_name(self, doc: Doc, start: int, end: int, text: str, entry: Entry) -> bool:
        """Case and part-of-speech checks that keep common words from matching names."""
        surface = self.dictionary.surface(text)
        if surface is not None:
            return case_agrees(text, surface)
        words = text.split()
        short = len(words) == 1 and sum(c.isalpha() for c in text) <= 4
        if short and not entry.from_table and entry.kind not in ("country", "capital", "place"):
            return text.isupper()  # a short organisation name is an acronym ("UN", "AU")
        if words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        if not words[0][:1].isupper():
            return False
        if any(len(w) >= 4 and w.lower() not in _SMALL_WORDS and w[0].islower() for w in words):
            return False
        if end - start == 1 and entry.kind in ("org", "group", "person") and not entry.from_table:
            token = doc[start]
            return token.pos_ == "PROPN" or bool(token.ent_type_) or text.isupper()
        return True

    @staticmethod
    def _residents(doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """People of a nation living in a state are that state's civilians: "the Albanians of
        southern Serbia", "ethnic Russians in Ukraine" -> SRB/UKR CVL, not ALB/RUS."""
        by_start = {m.start: m for m in mentions}
        dropped: set[int] = set()
        replaced: dict[int, Mention] = {}
        for people in mentions:
            token = doc[people.start]
            plural_demonym = (
                people.kind == "country"
                and people.end == people.start + 1
                and token.tag_ in ("NNPS", "NNS")
                and token.lower_ != people.name.lower()
            )
            if not plural_demonym or people.end >= len(doc):
                continue
            link = doc[people.end].lower_
            ethnic = people.start > 0 and doc[people.start - 1].lower_ == "ethnic"
            if link != "of" and not (link == "in" and ethnic):
                continue
            k = people.end + 1
            while k < len(doc) and k - people.end <= 3 and k not in by_start:
                if doc[k].lower_ != "the" and doc[k].pos_ not in ("ADJ", "PROPN", "NOUN"):
                    break
                k += 1  # "the", "southern", "south"
            state = by_start.get(k)
            if state is None or state.kind != "country" or state.code == people.code:
                continue
            replaced[people.start] = Mention(
                people.start, state.end, state.name, "agent", state.code, "CVL"
            )
            dropped.add(state.start)
        return [replaced.get(m.start, m) for m in mentions if m.start not in dropped]

    def _national_groups(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A state's name right before a placed group places it: "Iraqi Kurds" are Iraq's
        (civilians), "Australia's Labor Party" is Australia's."""
        result: list[Mention] = []
        for mention in sorted(mentions, key=_start):
            before = result[-1] if result else None
            placed = mention.entry is not None and mention.entry.name in self._placements
            if (
                placed
                and before is not None
                and before.kind == "country"
                and len(before.code or "") == 3
                and before.end == mention.start
            ):
                result[-1] = replace(mention, start=before.start, code=before.code, entry=None)
                continue
            result.append(mention)
        return result

    # ---- 2. agent nouns --------------------------------------------------------------------

    def _agent_matches(self, doc: Doc, mentions: list[Mention]) -> dict[int, tuple[int, str]]:
        """Agent nouns outside names, keyed by their end token: end -> (start, sector)."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        result: dict[int, tuple[int, str]] = {}
        i = 0
        while i < len(doc):
            if i in taken or doc[i].lower_ not in self._agent_starts:
                i += 1
                continue
            for end, key in reversed(phrase_keys(doc, i, MAX_AGENT_WORDS)):
                if any(j in taken for j in range(i, end)):
                    continue
                sector = self.dictionary.agents.get(key)
                if sector is not None and self._modifies_agent(doc, end):
                    break  # "deputy" of "deputy energy minister": the head noun is the agent
                if sector is not None:
                    stop = end
                    while stop - 1 > i and doc[stop - 1].pos_ == "ADP":
                        stop -= 1  # "ambassador to": the preposition is not the agent's
                    result[stop] = (i, sector)
                    i = stop - 1
                    break
            i += 1
        for end, (start, _) in result.items():
            body = self.dictionary.agent_sector(doc[start - 1].text) if start > 0 else None
            if doc[end - 1].lower_ in VOICE_NOUNS and body is not None:
                # "army spokesman", "police spokesman": the voice of the body before it.
                result[end] = (start, body)
        return result

    def _modifies_agent(self, doc: Doc, end: int) -> bool:
        """Whether the word ending an agent phrase modifies a later agent noun near it."""
        head = doc[end - 1].head
        if doc[end - 1].dep_ not in ("amod", "compound", "nmod") or not 0 <= head.i - end < 3:
            return False
        return any(
            self.dictionary.agent_sector(doc[b : head.i + 1].text) is not None
            for b in range(end, head.i + 1)
        )

    def _attach_agents(
        self, doc: Doc, mentions: list[Mention], agents: dict[int, tuple[int, str]]
    ) -> list[Mention]:
        by_end = {m.end: m for m in mentions}
        by_start = {m.start: m for m in mentions}
        replaced: dict[int, list[Mention]] = {}  # mention start -> its replacements
        for end, (start, sector) in sorted(agents.items()):
            noun = _agent_noun(doc, start, end)
            leader = by_end.get(start)
            if leader is not None and leader.kind == "person" and leader.code is not None:
                if doc[start:end].text.lower() in GOVERNMENT_NOUNS:  # "the Trump administration"
                    name = f"{leader.name} {doc[start:end].text}"
                    replaced[leader.start] = [
                        Mention(leader.start, end, name, "agent", leader.code, "GOV")
                    ]
                continue
            bodies = self._bodies_before(doc, start, by_end)
            if bodies:
                *earlier, last = bodies
                for body in earlier:
                    replaced[body.start] = [
                        self._as_agent(body, body.start, body.end, sector, noun)
                    ]
                replaced[last.start] = [self._as_agent(last, last.start, end, sector, noun)]
                continue
            after = self._body_after(doc, start, end, sector, by_start)
            if after is not None:
                replaced[after.start] = [self._as_agent(after, start, after.end, sector, noun)]
                if doc[end - 1].tag_ in ("NNS", "NNPS"):  # "ministers of France and Germany"
                    for other in self._conjoined_states(doc, after, by_start):
                        replaced[other.start] = [
                            self._as_agent(other, other.start, other.end, sector, noun)
                        ]
        result: list[Mention] = []
        for mention in mentions:
            result.extend(replaced.get(mention.start, [mention]))
        return self._scope_to_owner(doc, self._merge_named_bodies(result))

    @staticmethod
    def _scope_to_owner(doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "South Korea's Joint Chiefs of Staff": a body owned by a country is that country's."""
        result: list[Mention] = []
        for mention in sorted(mentions, key=lambda m: m.start):
            owner = result[-1] if result else None
            if (
                owner is not None
                and owner.kind == "country"
                and mention.kind in ("org", "group", "agent")
                and mention.start == owner.end + 1
                and doc[owner.end].text in ("'s", "’s")
                and (mention.code or "")[:3] not in ("IGO", "NGO", "IMG")
            ):
                name = (
                    mention.name
                    if mention.code == owner.code
                    else doc[mention.start : mention.end].text
                )
                result[-1] = replace(
                    mention, start=owner.start, name=name, code=owner.code, entry=None
                )
                continue
            result.append(mention)
        return result

    @staticmethod
    def _merge_named_bodies(mentions: list[Mention]) -> list[Mention]:
        """ "China's state news agency Xinhua" is one actor: the agent phrase names the body."""
        result: list[Mention] = []
        for mention in sorted(mentions, key=lambda m: m.start):
            before = result[-1] if result else None
            if (
                before is not None
                and before.kind == "agent"
                and before.end == mention.start
                and mention.kind in ("org", "media", "group")
                and before.code == mention.code
            ):
                sector = mention.sector or before.sector
                result[-1] = replace(mention, start=before.start, sector=sector)
                continue
            result.append(mention)
        return result

    @staticmethod
    def _conjoined_states(doc: Doc, first: Mention, by_start: dict[int, Mention]) -> list[Mention]:
        """The countries listed after a first one: "France, Italy and Germany"."""
        found: list[Mention] = []
        k = first.end
        while k + 1 < len(doc) and doc[k].lower_ in (",", "and", "or"):
            k += 2 if doc[k].text == "," and doc[k + 1].lower_ in ("and", "or") else 1
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            state = by_start.get(k)
            if state is None or state.kind not in ("country", "capital"):
                break
            found.append(state)
            k = state.end
        return found

    def _as_agent(self, body: Mention, start: int, end: int, sector: str, noun: str) -> Mention:
        """The agent noun's mention, coded with the body before or after it."""
        keep = body.sector is not None and body.kind in ("org", "group", "media")
        if keep and body.sector in ("PTY", "GOV") and sector in STATE_SECTORS:
            # "Labour MP", "Likud ministers", "Sandinista army", "Taliban fighters": members of
            # a party (or ruling group) in office; but "Labour leader" is the party's.
            keep = sector == "GOV" and noun in LEADER_NOUNS
        if not keep and sector == "GOV" and (body.code or "")[:3] in ("IGO", "NGO", "IMG"):
            keep = True  # "UN officials" are the UN itself, not a government
        chosen = body.sector if keep else sector
        if noun in FIGHTER_NOUNS and body.kind in ("country", "capital"):
            chosen = "MIL"  # "Soviet fighters": a state's fighters are its air force or army
        placed = body.entry is not None and body.entry.name in self._placements
        if placed and body.sector in (None, "CVL") and sector == "GOV" and noun in ELITE_NOUNS:
            chosen = "ELI"  # "Yoruba leaders", "Kurdish leaders": a people's elites
        entry = body.entry if placed else None
        return Mention(start, end, body.name, "agent", body.code, chosen, entry)

    @staticmethod
    def _bodies_before(doc: Doc, start: int, by_end: dict[int, Mention]) -> list[Mention]:
        """Countries or bodies right before an agent noun, with coordination."""
        k = start
        skipped = 0
        while k not in by_end and skipped < 2 and k > 0:
            token = doc[k - 1]
            modifier = token.pos_ in ("ADJ", "PROPN") or (token.pos_ == "NOUN" and token.is_lower)
            if token.text in ("'s", "’s") or modifier:
                k -= 1
                skipped += token.text not in ("'s", "’s")
                continue
            break
        bodies: list[Mention] = []
        place = by_end.get(k)
        if place is not None and place.kind == "place" and place.code and doc[k].text in POSSESSIVE:
            return [place]  # "Gaza's health ministry": a body of the place's country
        while k in by_end and by_end[k].kind in BODY_KINDS:
            body = by_end[k]
            bodies.insert(0, body)
            k = body.start
            if k >= 2 and doc[k - 1].lower_ in ("and", ",", "or") and k - 1 in by_end:
                k -= 1
            else:
                break
        return bodies

    @staticmethod
    def _body_after(
        doc: Doc, start: int, end: int, sector: str, by_start: dict[int, Mention]
    ) -> Mention | None:
        """A country after "of"/"from"/"in" ("officials from Hungary", "the leader of the
        DPRK"), unless the agent already has an owner: "its ambassador from Mali" is the
        speaker's own, and "Rohingya refugees in Bangladesh" are named by their own people."""
        if end >= len(doc) or doc[end].lower_ not in ("of", "from", "in"):
            return None
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.lower_ in POSSESSIVE_DETERMINERS:
            return None
        named = (
            before is not None
            and before.text[:1].isupper()
            and not (before.is_sent_start and before.lower_ in GENERIC_MODIFIERS)
        )
        if doc[end].lower_ == "in" and (
            doc[end - 1].tag_ not in ("NNS", "NNPS") or sector not in IN_PLACE_SECTORS or named
        ):
            # "officials in Moscow" are Moscow's, but not "the embassy in Manila", nor troops
            # and refugees, who are so often abroad ("US troops in Syria"), nor gangs or
            # businesses, which "in" does not say are the state's.
            return None
        k = end + 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        body = by_start.get(k)
        if body is not None and body.kind in ("country", "capital"):
            return body
        if body is not None and body.kind == "place" and body.code is not None:
            return body  # "the governor of Texas", "police in Karachi"; not "gangs in X"
        return None

    # ---- 3. people -------------------------------------------------------------------------

    def _new_people(
        self, doc: Doc, mentions: list[Mention], agents: dict[int, tuple[int, str]]
    ) -> list[Mention]:
        """People the dictionary does not know: PERSON entities and names after titles."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        spans = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
        for end in agents:
            found = name_after_title(doc, end, taken)
            if found is not None:
                spans.append(found)
        spans += appositive_names(doc, taken, self._is_title)
        people: list[Mention] = []
        for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
            while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
                end -= 1
            if end <= start or any(i in taken for i in range(start, end)):
                continue
            taken.update(range(start, end))
            name = doc[start:end].text
            people.append(Mention(start, end, name, "person", None, None))
        return people

    def _is_title_word(self, word: str) -> bool:
        return self.dictionary.agent_sector(word) is not None

    def _is_title(self, token: Token) -> bool:
        """Whether a noun names an office ("minister", "envoy") or heads a body ("chief")."""
        return token.lower_ in HEAD_NOUNS or self.dictionary.agent_sector(token.text) is not None

    def _extend_titles(
        self,
        doc: Doc,
        mentions: list[Mention],
        agents: dict[int, tuple[int, str]],
        on: dt.date | None,
    ) -> list[Mention]:
        """Join titles and nationalities to the person after them, and code the person."""
        by_end = {m.end: m for m in mentions}
        by_start = {m.start: m for m in mentions}
        starts = sentence_starts(doc)
        absorbed: set[int] = set()
        people: dict[int, Mention] = {}
        for person in mentions:
            if person.kind != "person":
                continue
            boundary = starts[bisect_right(starts, person.start) - 1]
            start, country, title, former = self._title_before(
                doc, person, boundary, by_end, agents
            )
            absorbed.update(m.start for m in by_end.values() if start <= m.start < person.start)
            if person.entry is None and country is None and title is None:
                linked = appositive_title(doc, person, mentions)
                if linked is not None:  # "Russia's envoy to the UN, NAME," / "NAME, the head
                    country, title = linked, linked.sector  # of Ukraine's intelligence,"
            coded = self._code_person(
                doc, person.with_span(start, person.end), country, title, former, on
            )
            after = self._title_after(doc, coded, by_start)
            if after is not None:  # "Abbas Araghchi, Iran's foreign minister, said"
                absorbed.add(after.start)
                code = coded.code or after.code
                sector = coded.sector if coded.entry is not None else after.sector
                coded = replace(coded, end=after.end, code=code, sector=sector)
            people[person.start] = coded
        result = []
        for mention in mentions:
            if mention.start in people:
                coded = people[mention.start]
                if coded.code is not None or coded.sector in STATE_SECTORS:
                    result.append(coded)  # a state title without a state: see later
            elif mention.start not in absorbed:
                result.append(mention)
        return result

    @staticmethod
    def _title_after(doc: Doc, person: Mention, by_start: dict[int, Mention]) -> Mention | None:
        """A singular title in apposition after a name: "NAME, Russia's foreign minister,"."""
        if person.end >= len(doc) or doc[person.end].text != ",":
            return None
        k = person.end + 1
        while k < len(doc) and k - person.end <= 3 and k not in by_start:
            token = doc[k]
            if token.lower_ not in ("the", "a", "an") and not (token.is_lower and token.is_alpha):
                break
            k += 1  # "the deputy foreign minister of Sweden"
        title = by_start.get(k)
        if title is None or title.kind != "agent" or doc[title.end - 1].tag_ not in ("NN", "NNP"):
            return None
        if title.end < len(doc) and doc[title.end].text not in (",", ".", ";"):
            return None
        return title

    @staticmethod
    def _title_before(
        doc: Doc,
        person: Mention,
        sentence_start: int,
        by_end: dict[int, Mention],
        agents: dict[int, tuple[int, str]],
    ) -> tuple[int, Mention | None, str | None, bool]:
        """Scan left of a name: (new start, country mention, title sector, former?)."""
        k = person.start
        start = person.start
        country: Mention | None = None
        title: str | None = None
        former = False
        while k > sentence_start and person.start - k < MAX_TITLE_TOKENS:
            token = doc[k - 1]
            body = by_end.get(k)
            if body is not None and body.kind in (*BODY_KINDS, "agent"):
                country = country or body
                if body.kind == "agent" and title is None:
                    title = body.sector
                k = start = body.start
            elif k in agents:
                title = title or agents[k][1]
                k = start = agents[k][0]
            elif token.text == ")" and k - 1 in by_end:
                inner = by_end[k - 1]
                if inner.start < 1 or doc[inner.start - 1].text != "(":
                    break
                k = inner.start - 1
            elif token.text == "," and k == person.start and self_titled(doc, person, by_end):
                k -= 1  # "Iran's foreign minister, Abbas Araghchi, said"
            elif token.lower_ in FORMER_WORDS:
                former = True
                k = start = k - 1
            elif token.lower_ in TITLE_GLUE:
                k -= 1
            elif title is not None and token.pos_ == "ADJ":
                k = start = k - 1  # "Socialist prime minister", "senior minister"
            else:
                break
        if title is None and country is None and not former:
            return person.start, None, None, False
        return start, country, title, former

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
            if code is None:
                found_code, found_sector = self._apposition(doc, person)
                if found_code is not None:
                    code, sector = found_code, found_sector
        elif not person.entry.from_table:
            # The older dictionary is out of date: a title and affiliation in the text win.
            sector = title or self._title_inside(doc, person) or sector
            if country is not None and title is not None and country.code:
                code = country.code
        elif sector is None and (title != "GOV" or (on is not None and on < TABLE_COMPLETE_FROM)):
            # Out of office by the table: a title adds a role ("candidate"), never an office;
            # but before the years the table covers in full, the title in the text is the
            # better witness ("Prime Minister Nawaz Sharif" in a 1998 story).
            sector = title
        words = {t.lower_ for t in doc[person.start : person.end]}
        if former or words & FORMER_WORDS:
            sector = "ELI"
        return Mention(person.start, person.end, person.name, "person", code, sector, person.entry)

    def _title_inside(self, doc: Doc, person: Mention) -> str | None:
        """The sector of a title inside a dictionary name ("President Yoweri Museveni")."""
        for i in range(person.start, person.end - 1):
            for j in (i + 2, i + 1):
                sector = self.dictionary.agent_sector(doc[i:j].text)
                if sector is not None and j < person.end:
                    return sector
        return None

    def _apposition(self, doc: Doc, person: Mention) -> tuple[str | None, str | None]:
        """Code from an apposition after a name: "Ivan Petrov, Russia's deputy foreign
        minister" or "Ivan Petrov, the foreign minister of Russia"."""
        k = person.end
        if k >= len(doc) or doc[k].text != ",":
            return None, None
        k += 1
        while k < len(doc) and doc[k].lower_ in ("the", "a", "an"):
            k += 1
        found = self._longest_name(doc, k) if k < len(doc) else None
        if found is not None:  # country first: "Russia's foreign minister"
            end, entry = found
            if entry.kind not in ("country", "capital"):
                return None, None
            if end < len(doc) and doc[end].text in ("'s", "’s"):
                end += 1
            agent = self._agent_at(doc, end, skip=2)
            return (entry.code_on(None)[0], agent[1]) if agent else (None, None)
        agent = self._agent_at(doc, k, skip=2)  # title first: "the foreign minister of Russia"
        if agent is None or agent[0] >= len(doc) or doc[agent[0]].lower_ not in ("of", "from"):
            return None, None
        k = agent[0] + 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        found = self._longest_name(doc, k) if k < len(doc) else None
        if found is None or found[1].kind not in ("country", "capital"):
            return None, None
        return found[1].code_on(None)[0], agent[1]

    def _agent_at(self, doc: Doc, start: int, skip: int) -> tuple[int, str] | None:
        """The agent noun at `start` or after up to `skip` modifiers, ending last: (end, sector).

        "deputy foreign minister" gives "foreign minister", not "deputy".
        """
        best: tuple[int, str] | None = None
        for begin in range(start, min(len(doc), start + skip + 1)):
            for stop in range(min(len(doc), begin + MAX_AGENT_WORDS), begin, -1):
                sector = self.dictionary.agent_sector(doc[begin:stop].text)
                if sector is not None:
                    if best is None or stop > best[0]:
                        best = (stop, sector)
                    break
            if doc[begin].pos_ not in ("ADJ", "NOUN", "ADV", "PROPN"):
                break
        return best

    @staticmethod
    def _definite_agents(
        doc: Doc, mentions: list[Mention], agents: dict[int, tuple[int, str]]
    ) -> list[Mention]:
        """ "The government", "the army", "its ambassador": a state body named without its
        state is that of the state in focus (see ``StateFocus``)."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        ends = {m.end for m in mentions if m.kind == "person"}
        focus = StateFocus(doc, mentions)
        people = [m for m in mentions if m.kind == "person"]
        sent_starts = sentence_starts(doc)
        found = []
        for end, (start, sector) in sorted(agents.items()):
            if sector not in STATE_SECTORS or start < 1:
                continue
            determiner = doc[start - 1].lower_
            if determiner not in DETERMINERS_OF_STATE_BODIES or any(
                i in taken for i in range(start - 1, end)
            ):
                continue
            if start >= 2 and doc[start - 2].text == "," and start - 2 in ends:
                continue  # "Ana Ruiz, the prime minister,": a title in apposition
            linked = end < len(doc) and doc[end].lower_ in ("of", "from", "in", "'s", "’s")
            if linked and determiner == "the":
                continue  # "the government of ...": attached elsewhere, or not a state's
            if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"):
                continue  # "the deputy chief": the agent noun is not the phrase's head
            if determiner != "the" and doc[start:end].root.dep_ not in SUBJECT_DEPS:
                continue  # "withdrew its troops": the subject's own body adds no party
            if determiner in PRONOUN_GENDER:  # "his government": the person's state
                state = resolve_pronoun(doc[start - 1], people, sent_starts)
            else:
                state = focus.before(start)
            if state is not None and state.code is not None:
                found.append(Mention(start, end, state.name, "agent", state.code, sector))
        return found

    @staticmethod
    def _located_agents(
        doc: Doc, mentions: list[Mention], agents: dict[int, tuple[int, str]]
    ) -> list[Mention]:
        """Rebels, protesters or an opposition named without a state of their own are of the
        state whose places their sentence names ("Rebels seized two towns in northern Mali",
        "the opposition postponed its rally in Baku"), when it names places of that state only."""
        located = located_states(doc, mentions)
        if not located:
            return []
        taken = {i for m in mentions for i in range(m.start, m.end)}
        starts = sentence_starts(doc)
        found = []
        for end, (start, sector) in sorted(agents.items()):
            if sector not in LOCATED_SECTORS or any(i in taken for i in range(start, end)):
                continue
            if start > 0 and doc[start - 1].lower_ in POSSESSIVE_DETERMINERS:
                continue  # "their supporters": whoever "their" stands for
            if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"):
                continue  # "the opposition leader": the agent noun is not the phrase's head
            state = located.get(starts[bisect_right(starts, start) - 1])
            if state is not None:
                found.append(Mention(start, end, state, "agent", state, sector))
        return found

    @staticmethod
    def _place_titled_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A person with a state title but no nationality ("..., Defence Minister Ana Ruiz
        said") serves the state in focus; with none in view, or when the parser does not
        take the name for a person's ("Air Force Col"), it is left out. A few titles name
        their state themselves where no other is in view ("Senator X": USA)."""
        focus = StateFocus(doc, mentions)
        result = []
        for mention in mentions:
            if mention.kind == "person" and mention.code is None:
                if doc[mention.end - 1].ent_type_ != "PERSON":
                    continue
                state = focus.before(mention.start)
                code = state.code if state is not None else title_country(doc, mention)
                if code is None:
                    continue
                mention = replace(mention, code=code)
            result.append(mention)
        return result

    # ---- 5. places -------------------------------------------------------------------------

    def _is_actor(self, doc: Doc, mention: Mention) -> bool:
        if mention.kind == "place":
            return False
        if mention.kind == "group" and mention.entry and self._is_modifier(mention.entry):
            return False  # "a Kurdish town": the adjective qualifies no actor
        if mention.kind == "capital":
            return acts_as_agent(doc, mention.start, mention.end)
        return mention.code is not None or mention.sector is not None

    # ---- output ----------------------------------------------------------------------------

    @staticmethod
    def _actor(doc: Doc, mention: Mention) -> Actor:
        tokens = doc[mention.start : mention.end]
        return Actor(
            text=tokens.text,
            name=mention.name,
            code=mention.code,
            sector=mention.sector,
            span=(tokens.start_char, tokens.end_char),
        )
