"""Dictionary names in a parsed article, longest match first, coded for the date.

Names come from the token index of ``actor_dictionary.py`` (the converted PETRARCH/Phoenix
dictionary, the office table, organisations and media). A case check keeps common words out
("us" and "who" are no country or organisation); names of places that contain a country's name
("Indian Ocean") match but are never coded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc, Token

from dyads.stages.actor_dictionary import (
    ActorDictionary,
    Entry,
    case_agrees,
    doc_token_keys,
    first_word,
    has_british_word,
)
from dyads.stages.actor_former_states import SUCCESSORS
from dyads.stages.actor_modifiers import BOUND, names_no_party
from dyads.stages.actor_namesakes import namesake_on, namesakes_in_view
from dyads.stages.actor_patterns import NAME_TAGS, Mention
from dyads.stages.actor_phrase_prefixes import PhrasePrefixes
from dyads.stages.doc_utils import span_text, token_lowers, token_table

# Kinds of name that, ending a person's name the tagger reads as one, are a surname there.
PLACE_NAME_KINDS = frozenset({"country", "place"})
# Participles after a body's name in one word: "U.N.-chartered", "EU-brokered", "AU-led".
BODY_PARTICIPLES = frozenset(
    {
        "led",
        "backed",
        "brokered",
        "chartered",
        "sponsored",
        "run",
        "commanded",
        "drafted",
        "funded",
        "mediated",
        "monitored",
        "supervised",
        "imposed",
        "protected",
        "organised",
        "organized",
        "administered",
    }
)
# Kinds of name that a modifier may hold without naming a party ("Iranian-made").
NO_PARTY_KINDS = frozenset({"country", "capital", "place", "group"})
# Words that may be lower case inside a name ("Ministry of Defence").
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "al", "el", "in", "on", "du", "la"})


def phrase_keys(
    doc: Doc, start: int, most: int, prefixes: PhrasePrefixes | None = None
) -> list[tuple[int, str]]:
    """``phrase_key`` of doc[start:end] for each end up to `most` words on, as (end, key),
    built token by token rather than by slicing the Doc (the matcher's inner loop). A hyphen
    and the word it joins count as none: "Co-operation" is one word of three tokens. With
    `prefixes`, the keys stop at a space after which no listed phrase goes on."""
    keys: list[tuple[int, str]] = []
    token_keys = doc_token_keys(doc)
    table = token_table(doc)
    is_space, trailing = table.is_space, table.trailing
    key, space, words, hyphen = "", False, 0, False
    for i in range(start, min(len(doc), start + 2 * most)):
        if is_space[i]:
            space = True
            continue
        word = token_keys[i]
        if word != "-" and (space or not hyphen):
            words += 1
            if words > most:
                break
        if key and space and prefixes is not None and not prefixes.goes_on(key):
            break
        key = f"{key} {word}" if key and space else key + word
        space = trailing[i]
        hyphen = word == "-" and not space
        keys.append((i + 1, key))
    return keys


class NameMatcher:
    """Finds the dictionary's names in a Doc and codes them for a date."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self._dictionary = dictionary
        self._name_starts = dictionary.first_words()
        self._placements = dictionary.placements
        self._prefixes = dictionary.name_prefixes()

    def mentions(self, doc: Doc, on: dt.date | None) -> list[Mention]:
        """Every dictionary name in the Doc, left to right, without overlaps."""
        mentions: list[Mention] = []
        # Shared names the date left to the states in view: first token -> the people.
        open_choices: dict[int, tuple[Entry, ...]] = {}
        token_keys = doc_token_keys(doc)
        lowers = token_lowers(doc)
        i = 0
        while i < len(doc):
            found = None
            if first_word(token_keys[i]) in self._name_starts:
                found = self._longest_keyed(doc, i)
            if found is None and "-" not in token_keys[i]:
                i += 1  # no name starts here, nor a hyphened body or destination
                continue
            if found is None:
                body = self._hyphened_body(doc[i])
                if body is not None:
                    code, sector = body.code_on(on)
                    mentions.append(Mention(i, i + 1, body.name, "org", code, sector, body))
                goal = self._destination(doc[i])
                if goal is not None:  # "a U.S.-bound ship", one token after an abbreviation
                    code, _ = goal.code_on(None)
                    mentions.append(Mention(i, i + 1, goal.name, "destination", code, None, goal))
                i += 1
                continue
            if lowers[i] == "the" and i + 1 < len(doc):
                # "the UN refugee agency": a longer name after "the" beats "the UN".
                after = self._longest_keyed(doc, i + 1)
                if after is not None and after[0] > found[0]:
                    i, found = i + 1, after
            end, entry, key = found
            if entry.kind in NO_PARTY_KINDS and names_no_party(doc, i, end):
                # "the Gulf of Oman", "Iranian-made drones", "pro-Russian": kept uncoded, so
                # that no later step reads the words as a town ("Russia, Ohio").
                mentions.append(Mention(i, end, entry.name, "modifier", None, None))
                i = end
                continue
            lone_word = end - i == 1 and (
                entry.kind in ("person", "org") or self.is_modifier(entry)
            )
            if lone_word and _inside_longer_name(doc, i):
                # "Abdullah" of "Abdullah Ocalan" is someone else than a lone "Abdullah", and
                # "Karen" of "Karen Bass" is not the Karen people.
                i += 1
                continue
            named_before = bool(mentions) and mentions[-1].end == i and mentions[-1].code
            if entry.kind == "org" and not named_before and _continues_longer_name(doc, i, end):
                # "the Islamic Renaissance Party": another body than the Renaissance party.
                i += 1
                continue
            if end - i == 1 and entry.kind in PLACE_NAME_KINDS and _ends_person_name(doc, i):
                i += 1  # "Michael Jordan", "Mohamed Abdi Farah": a surname, not a place
                continue
            start = i + 1 if doc[i].lower_ == "the" else i  # "the Kremlin" -> "Kremlin"
            people = self._dictionary.namesakes(key) if entry.kind == "person" else ()
            if people:  # "George Bush": the father or the son, by the date
                entry, choices = namesake_on(people, entry, on)
                if choices:
                    open_choices[start] = choices
            # A country's name denotes the same state whatever the date ("Serbia" is SRB even
            # in a 2000 story); dates decide only who holds which office, and which state a
            # name meant when it changed hands ("Congo").
            place = entry.kind in ("country", "capital", "place")
            when = None if place and not entry.renamed else on
            code, sector = entry.code_on(when)
            name = entry.name
            if entry.kind == "person" and end - start > 1:
                # "Samia Suluhu Hassan", "Zine el-Abidine Ben Ali": the dictionary lists a
                # shorter form; the article's full name is the one it may repeat in part.
                full = _rest_of_person_name(doc, end)
                if full > end:
                    end, name = full, doc[start:full].text
            mentions.append(Mention(start, end, name, entry.kind, code, sector, entry))
            i = end
        mentions += self._elided_names(doc, mentions, on)
        mentions.sort(key=lambda m: m.start)
        mentions = namesakes_in_view(mentions, open_choices, on)
        return _states_in_view(mentions, self._dictionary.regions)

    def name_spans(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """The dictionary names among tokens start to end, longest first, as (start, end):
        where names lie, uncoded."""
        token_keys = doc_token_keys(doc)
        spans: list[tuple[int, int]] = []
        i = start
        while i < end:
            found = None
            if first_word(token_keys[i]) in self._name_starts:
                found = self.longest(doc, i)
            if found is None or found[0] > end:
                i += 1
                continue
            spans.append((i, found[0]))
            i = found[0]
        return spans

    def _elided_names(self, doc: Doc, mentions: list[Mention], on: dt.date | None) -> list[Mention]:
        """States named by a word whose name's rest is given once for two: "South" of "South
        and North Korea", "North" of "North and South Sudan"."""
        found = []
        by_start = {m.start: m for m in mentions}
        taken = {i for m in mentions for i in range(m.start, m.end)}
        for i in range(len(doc) - 3):
            second = by_start.get(i + 2)
            if i in taken or second is None or second.kind != "country":
                continue
            if doc[i + 1].lower_ not in ("and", "or") or not doc[i].text[:1].isupper():
                continue
            rest = doc[i + 3 : second.end].text
            if second.end - second.start < 2 or not rest:
                continue
            entry = self._dictionary.entry(f"{doc[i].text} {rest}")
            if entry is not None and entry.kind == "country" and entry is not second.entry:
                code, sector = entry.code_on(on if entry.renamed else None)
                found.append(Mention(i, i + 1, entry.name, "country", code, sector, entry))
        return found

    def longest(self, doc: Doc, start: int) -> tuple[int, Entry] | None:
        """The longest name starting at token `start` that looks like a name: (end, entry)."""
        found = self._longest_keyed(doc, start)
        return None if found is None else found[:2]

    def _longest_keyed(self, doc: Doc, start: int) -> tuple[int, Entry, str] | None:
        """``longest`` with the phrase key it was found under: (end, entry, key)."""
        if token_table(doc).is_space[start]:
            return None
        keys = phrase_keys(doc, start, self._dictionary.max_words, self._prefixes)
        british = bool(keys) and has_british_word(keys[-1][1])  # one test per start
        for end, key in reversed(keys):
            entry = self._dictionary.lookup(key, british)
            if entry is None:
                continue
            text = span_text(doc, start, end)
            if self._looks_like_name(doc, start, end, text, entry):
                return end, entry, key
        return None

    def _hyphened_body(self, token: Token) -> Entry | None:
        """The body named in one token before a participle ("U.N.-chartered", which the
        tokenizer keeps whole after an abbreviation): a plane it chartered or talks it
        sponsored are its doing. Other hyphened names are split by the tokenizer and match
        word by word ("NATO-led")."""
        text = token.text
        if "-" not in text:
            return None
        name, _, participle = text.rpartition("-")
        if participle.lower() not in BODY_PARTICIPLES or not name[:1].isupper():
            return None
        entry = self._dictionary.lookup(name.lower(), False)
        if entry is None or entry.kind != "org" or not case_agrees(name, entry.name):
            return None
        return entry

    def _destination(self, token: Token) -> Entry | None:
        """The state or place named in one "-bound" token ("U.S.-bound", which the tokenizer
        keeps whole after an abbreviation)."""
        name, dash, word = token.text.rpartition("-")
        if not dash or word.lower() != BOUND or not name[:1].isupper():
            return None
        entry = self._dictionary.lookup(name.lower(), False)
        return entry if entry is not None and entry.kind in NO_PARTY_KINDS else None

    def _opens_as_common_noun(self, token: Token) -> bool:
        """Whether a one-word name opening its sentence is the common noun it also is: tagged
        as one, modifying the lower-case noun right after it that is neither an agent nor a
        firm's ("Shell fire", "Shell casings"; not "Shell executives" nor "Shell profits")."""
        if not token.is_sent_start or token.tag_ != "NN" or token.dep_ != "compound":
            return False
        head = token.head
        if head.i != token.i + 1 or head.pos_ != "NOUN" or not head.is_lower:
            return False
        return head.lemma_ not in FIRM_NOUNS and self._dictionary.agent_sector(head.text) is None

    def is_modifier(self, entry: Entry) -> bool:
        """A placed group named by an adjective only ("Tamil" of "Tamil rebels")."""
        return entry.name in self._placements and entry.code_on(None)[1] is None

    def _looks_like_name(self, doc: Doc, start: int, end: int, text: str, entry: Entry) -> bool:
        """Case and part-of-speech checks that keep common words from matching names."""
        if end - start == 1 and _is_verb_with_subject(doc[start]):
            return False  # "Rebels Shell Army Base": the firm's name is the headline's verb
        if end - start == 1 and entry.kind == "org" and self._opens_as_common_noun(doc[start]):
            return False  # "Shell fire killed two civilians": the common noun, not the firm
        if _is_date_name(doc, start, end):
            return False  # "planned for May 15": a date, though a group took it for its name
        agrees = self._dictionary.case_agrees(text)
        if agrees is not None:
            return agrees
        words = text.split()
        short = len(words) == 1 and sum(c.isalpha() for c in text) <= 4
        placed = entry.kind in ("country", "capital", "place") and not _names_no_state(entry)
        if short and not entry.from_table and not placed:
            # A short organisation name is an acronym ("UN", "AU"); so is a short name filed
            # among the states that stands for no state ("NGO"; "Ngo" is a Vietnamese name).
            return text.isupper()
        if words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        if not words[0][:1].isupper():
            return False
        parts = [_after_particle(w) for w in words]  # "el-Abidine" is a name
        if any(len(w) >= 4 and w.lower() not in _SMALL_WORDS and w[0].islower() for w in parts):
            return False
        if end - start == 1 and entry.kind in ("org", "group", "person") and not entry.from_table:
            token = doc[start]
            return token.pos_ == "PROPN" or bool(token.ent_type_) or text.isupper()
        return True


def _is_verb_with_subject(token: Token) -> bool:
    """A word the parse reads as a verb with its subject before it."""
    if token.pos_ != "VERB":
        return False  # checked first: names are tagged as nouns
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i for c in token.children)


def _after_particle(word: str) -> str:
    """A word without a small word hyphened before it ("Abidine" of "el-Abidine")."""
    head, dash, rest = word.partition("-")
    return rest if dash and rest and head.lower() in _SMALL_WORDS else word


def _rest_of_person_name(doc: Doc, end: int) -> int:
    """The end of the person's name that goes on after a dictionary name ending at `end`:
    proper nouns (and hyphens) the tagger takes for a PERSON, in the same entity or one right
    after it (two people's names never touch in prose), or `end` itself."""
    k = end
    while (
        k < len(doc)
        and doc[k].ent_type_ == "PERSON"
        and (doc[k].tag_ in NAME_TAGS or doc[k].text == "-")
        and _joined(doc[k - 1], doc[k])
    ):
        k += 1
    while k > end and doc[k - 1].text == "-":
        k -= 1
    return k


def _joined(before: Token, token: Token) -> bool:
    """Whether two tokens run on as words of one name: a space or a hyphen between them."""
    if before.text == "-" or token.text == "-":
        return before.whitespace_ == ""
    return not before.is_punct and before.whitespace_ != ""


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


def _continues_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a body's name at [start, end) is the end of a longer proper name: a capitalised
    proper noun runs into it as a modifier of its words ("the Islamic Renaissance Party"); the
    caller has checked that no table codes that noun ("the Brazilian Workers Party" is the
    Workers Party of Brazil; "Islamic" names no party)."""
    if start == 0:
        return False
    before = doc[start - 1]
    return (
        before.tag_ in NAME_TAGS
        and before.is_title
        and before.dep_ in ("compound", "amod", "nmod")
        and start <= before.head.i < end
        and before.whitespace_ != ""
    )


def _ends_person_name(doc: Doc, i: int) -> bool:
    """Whether token i goes on a PERSON entity begun by a proper noun before it."""
    token = doc[i]
    return (
        i > 0
        and token.ent_type_ == "PERSON"
        and token.ent_iob_ == "I"
        and doc[i - 1].tag_ in NAME_TAGS
    )


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
            # A former state's successor named beside it ("Yugoslav officials ... Belgrade" in
            # 1991) is its own part, not the other meaning of the name.
            successor = SUCCESSORS.get(mention.code or "")
            if len(named) == 1 and named != {successor}:
                mention = replace(mention, code=named.pop())
        result.append(mention)
    return result


# Nouns a company's name modifies as the company ("Shell profits", "Shell's refinery").
FIRM_NOUNS = frozenset(
    {"share", "stock", "profit", "earnings", "revenue", "sale", "result", "investor"}
    | {"shareholder", "plant", "refinery", "station", "platform", "pipeline", "field", "site"}
    | {"unit", "subsidiary", "venture", "deal", "bid", "offer", "brand", "product", "staff"}
    | {"boss", "chief", "executive", "spokesman", "spokeswoman", "statement", "office"}
)

MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december"}
)
# Nouns after a date that make it a group's name ("the 17 November group").
GROUP_NOUNS = frozenset({"group", "organization", "organisation", "movement", "faction"})


def _is_date_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a name of two words is a month and a day ("May 15", "17 November") with no
    group's noun after it."""
    if end - start != 2:
        return False
    words = {doc[start].lower_, doc[start + 1].lower_}
    if not words & MONTHS or not any(doc[i].is_digit for i in (start, start + 1)):
        return False
    return end >= len(doc) or doc[end].lower_ not in GROUP_NOUNS


# Code prefixes of bodies that are no state: international, non-governmental and armed groups.
NON_STATE_PREFIXES = ("IGO", "NGO", "IMG")


def _names_no_state(entry: Entry) -> bool:
    """Whether every code of an entry is a body's, not a state's ("NGO" filed as a country)."""
    return bool(entry.terms) and all(
        (term.code or "").startswith(NON_STATE_PREFIXES) for term in entry.terms
    )
