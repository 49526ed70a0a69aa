"""Finding toponyms in a parsed article, each with every place it may denote.

The model's place entities, and what it misreads or misses: datelines, title-case headlines,
places it labels as persons or organisations where the words around them say "place", demonyms
before geographic nouns, region and settlement phrases ("the Belgorod region", "Torkula village",
"the village of Nagrig"), local features (streets, buildings, rivers, numbered roads, "Evin
prison"), towns attacked ("shelled X"), lists, repeated names, names inside longer
expressions (`place_compounds`) and a gazetteer matcher; in a sports report, names used for
teams are dropped. The places stage (`places.py`) resolves them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from dyads.stages.gazetteer import GazEntry, Gazetteer, fold
from dyads.stages.place_compounds import (
    GENERIC_REGION_NAMES,
    situated_by_participle,
    within_names,
)
from dyads.stages.place_cues import (
    BUILDING_WORDS,
    CALENDAR_WORDS,
    DATELINE_ENDS,
    FEATURE_NOUNS,
    FEATURE_WORDS,
    LIST_JOINS,
    MIN_SPORTS_WORDS,
    PLACE_PREPOSITIONS,
    PLURAL_FEATURE_NOUNS,
    PLURAL_REGION_NOUNS,
    REGION_WORDS,
    RESULT_LEMMAS,
    ROAD_INITIALS,
    SETTLEMENT_NOUNS,
    SETTLEMENT_OF_NOUNS,
    SPORTS_WORDS,
    TITLE_CASE_PREPOSITIONS,
    after_locative,
    attack_target,
    before_common_word,
    before_geographic_noun,
    before_resident_noun,
    bracketed,
    building_of_name,
    cued_by_of,
    described_as_settlement,
    exchanged_with_person,
    from_people,
    has_city_cue,
    has_score,
    hometown,
    in_capitals_line,
    in_title_case_headline,
    is_capitalised,
    is_capitals,
    is_direction,
    is_direction_word,
    measured_from,
    moving_to_or_from,
    name_token,
    names_a_building,
    names_a_facility,
    names_a_feature,
    names_a_standing_building,
    part_of_longer_name,
    road_name_end,
    starts_a_feature,
    too_short,
    used_as_team,
    whole_entity,
)
from dyads.stages.place_resolution import (
    AREA_KINDS,
    Mention,
    is_acronym,
    same_name,
    same_town_name,
)
from dyads.stages.place_town_cues import person_cue, town_cue

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities under which a gazetteer name is not a place ("Washington Post", "Jordan Peterson").
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "NORP", "DATE", "TIME", "MONEY", "LAW", "LANGUAGE"})
MAX_NAME_TOKENS = 5
# A town known from the gazetteer alone (no entity) must be this large, or follow "in"/"at".
MIN_POPULATION_UNTAGGED = 100_000
# Labels the small model often puts on place names: kept as places only where the words
# around them say "place" (after "in", "at"...; before ", Idaho").
MISREAD_LABELS = frozenset({"ORG", "PERSON", "NORP", "DATE", "PRODUCT", "WORK_OF_ART", "EVENT"})
MAX_ACRONYM_LETTERS = 5  # "UN", "TASS": a town's name in capitals only if it is a country's
MAX_MISREAD_TOKENS = 3
TO_FROM = frozenset({"to", "from"})
VENUE_PREPOSITIONS = frozenset({"at"})
COMPASS_POINTS = frozenset({"north", "south", "east", "west"})
# Words before a list of names that make its unknown names places: "in Ikeja, Yaba and
# Surulere", "volunteers from Aberaeron and Llanon".
LIST_PREPOSITIONS = PLACE_PREPOSITIONS | {"from"}
# A town attacked ("shelled X", "fired on X") must be this large to outweigh the model's person
# reading of its name: "fired on Khan Younis", but "police fired at Johnson".
ATTACKED_TOWN_POPULATION = 15_000
# A town the model reads as a person is taken, by any of its names ("Kharkov", "Lvov"), when
# it is a capital or this large and the words around it take a place ("fled Deraa"); the
# first 100 GWN articles score the same at any size from 15,000 up: this is the size at which
# a spelling variant is trusted too (MIN_VARIANT_POPULATION).
LARGE_TOWN_POPULATION = 50_000
# Verbs of sending: what follows "to" is a destination ("troops deployed to X, Y and Z").
SENDING_LEMMAS = frozenset({"send", "deploy", "dispatch", "redeploy", "ship", "bring", "take"})
# "the State of X", "the Republic of X": words for a polity before the name of a place.
POLITY_WORDS = frozenset(
    {"state", "province", "region", "republic", "kingdom", "emirate", "sultanate", "principality"}
)


class ToponymFinder:
    """Every toponym of an article, with the places each may denote."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def find(self, doc: Doc) -> list[Mention]:
        """The toponyms of the article in text order."""
        taken = [False] * len(doc)
        found: list[Mention] = []

        def take(mentions: list[Mention]) -> None:
            for mention in mentions:
                found.append(mention)
                taken[mention.start : mention.end] = [True] * (mention.end - mention.start)

        # The words as plain strings, read once without building tokens: cheap first checks.
        strings = doc.vocab.strings
        words = [strings[orth] for orth in doc.to_array("ORTH")]
        take(self._dateline_mentions(doc, words))
        take(self._headline_mentions(doc, words, taken))
        take(self._capitals_line_mentions(doc, words, taken))
        for ent in doc.ents:
            if not any(taken[ent.start : ent.end]):  # else inside a longer name found already
                within = self._names_within(doc, ent)
                mention = None if within else self._entity_as_place(doc, ent)
                take(within or ([mention] if mention is not None else []))
        take(situated_by_participle(doc, self.gazetteer, taken))
        take(self._demonym_mentions(doc, words, taken))
        take(self._region_word_mentions(doc, words, taken))
        take(self._settlement_word_mentions(doc, taken))
        take(self._settlement_of_mentions(doc, words, taken))
        take(self._feature_noun_mentions(doc, words, taken))
        take(self._coordinated_feature_mentions(doc, words, taken))
        take(self._untagged_feature_mentions(doc, words, taken))
        take(self._road_mentions(doc, words, taken))
        take(self._list_mentions(doc, words, found, taken))
        take(self._repeated_mentions(doc, words, found, taken))
        known = {m.key for m in found if m.candidates}
        sporting = _sports_report(doc, words, found)
        if not sporting:  # in a sports report "the Boston Celtics", "Real Madrid" are clubs
            take(within_names(doc, self.gazetteer, taken, known))
        for ent in doc.ents:
            if ent.label_ in BLOCKING_LABELS:
                taken[ent.start : ent.end] = [True] * len(ent)
        found.extend(self._gazetteer_mentions(doc, words, taken))
        if sporting:
            found = _without_teams(doc, found)
        return sorted(found, key=lambda m: m.start)

    def _entity_as_place(self, doc: Doc, ent: TokenSpan) -> Mention | None:
        if ent.label_ in PLACE_LABELS:
            return self._entity_mention(doc, ent)
        start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        if ent.label_ in MISREAD_LABELS and start < ent.end:
            tokens = doc[start : ent.end]
            if (names_a_feature(tokens) or starts_a_feature(tokens)) and not self._known_town(
                doc, start, ent.end
            ):  # ("Klamath Falls", "Port Harcourt": towns' names, resolved below)
                return Mention(start, ent.end, ())  # "Royal Street", "Lake Kivu"
            if names_a_standing_building(tokens):
                return Mention(start, ent.end, ())  # "Evin Prison", "Wembley Stadium"
        if ent.label_ in MISREAD_LABELS and start < ent.end:
            longer = self._longer_area(doc, start, ent.end)
            if longer is not None:  # "Gilgit-Baltistan" with only "Gilgit" tagged
                return longer
            polity = self._polity_of(doc, start, ent.end)
            if polity is not None:  # "the State of Tamil Nadu"
                return polity
        if ent.label_ == "ORG":
            mention = self._org_as_place(doc, ent) or self._misread_entity(doc, ent)
            return mention or _venue(doc, start, ent.end)
        if ent.label_ == "WORK_OF_ART":
            return self._misread_entity(doc, ent) or _venue(doc, start, ent.end)
        if ent.label_ in MISREAD_LABELS:
            return self._misread_entity(doc, ent)
        if ent.label_ == "LANGUAGE":
            return self._misread_language(doc, ent)
        return None

    def _known_town(self, doc: Doc, start: int, end: int) -> bool:
        known = self._mention_at(doc, start, end, tagged=False)
        return known is not None and bool(known.candidates) and self._named_place(known)

    def _names_within(self, doc: Doc, ent: TokenSpan) -> list[Mention]:
        """'Greece Italy' (a comma missing) tagged as one unknown place: the places in it,
        when every word of it belongs to one."""
        if ent.label_ not in {"GPE", "LOC"} or len(ent) < 2:
            return []
        found: list[Mention] = []
        start = ent.start
        while start < ent.end:
            mention = next(
                (
                    Mention(start, end, self.gazetteer.lookup(doc[start:end].text), key=key)
                    for end in range(ent.end, start, -1)
                    if (key := fold(doc[start:end].text)) in self.gazetteer
                ),
                None,
            )
            if mention is None or not self._named_place(mention) or is_direction_word(doc, start):
                return []
            if doc[start].lower_ in COMPASS_POINTS:
                return []  # "West Wales", "South Venezuela": a part of one place
            if not is_capitalised(doc[start].text):
                return []  # "Hackney beach": one place and a common noun
            found.append(mention)
            start = mention.end
        return found if len(found) > 1 else []

    def _entity_mention(self, doc: Doc, ent: TokenSpan) -> Mention | None:
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ == "the":
            start += 1
        if end - start > 1 and is_direction(doc, start):
            start += 1  # "western Russia" as one entity: widened again by _mention_at
        elif is_direction_word(doc, start) and doc[start:end].text not in self.gazetteer:
            start += 1  # "the Western US" (but "Western Sahara" is a name)
        comma = next((i for i in range(start + 1, end) if doc[i].text == ","), None)
        if comma is not None and self._qualified_by_area(doc, comma):
            end = comma  # "Umuokpara, Nigeria" as one entity: the town, then its country
        possessive = False
        while end > start and doc[end - 1].text in {"'s", "’s", "'"}:
            end, possessive = end - 1, True
        if possessive and _building_word_after(doc, ent.end):
            return Mention(start, ent.end + 1, ())  # "St. Peter's Basilica": a building
        if start == end:
            return None
        located = ent.label_ in PLACE_LABELS and (
            after_locative(doc, start) or (start > 0 and is_direction(doc, start - 1))
        )
        mention = self._longer_area(doc, start, end) or self._mention_at(
            doc, start, end, tagged=True, located=located
        )
        head = mention is not None and (
            mention.end >= len(doc) or doc[mention.end].pos_ not in {"NOUN", "PROPN"}
        )
        if mention is not None and _person_not_town(doc, mention):
            return None  # "support from Warren" tagged as a place
        if mention is not None and head and _is_generic_word_with_the(doc, mention):
            # "directing the Centre", "both the West and Russia": a government, a part of the
            # world; but "in the Hague" is the town.
            return mention if after_locative(doc, mention.start, PLACE_PREPOSITIONS) else None
        return mention

    def _longer_area(self, doc: Doc, start: int, end: int) -> Mention | None:
        """'Trinidad and Tobago' when the model tagged only 'Trinidad'."""
        for longer in range(min(len(doc), start + MAX_NAME_TOKENS), end, -1):
            tokens = doc[start:longer]
            if not all(name_token(t.text) for t in tokens) or not is_capitalised(tokens[-1].text):
                continue
            areas = tuple(e for e in self.gazetteer.lookup(tokens.text) if e.kind in AREA_KINDS)
            if areas:
                return Mention(start, longer, areas, key=fold(tokens.text))
        return None

    def _polity_of(self, doc: Doc, start: int, end: int) -> Mention | None:
        """'State of Tamil Nadu', 'Republic of Armenia' read as an organisation: the country or
        region named after "of"."""
        if end - start < 3 or doc[start].lower_ not in POLITY_WORDS:
            return None
        if doc[start + 1].lower_ != "of":
            return None
        name = doc[start + 2 : end].text
        areas = tuple(e for e in self.gazetteer.lookup(name) if e.kind in AREA_KINDS)
        return Mention(start + 2, end, areas, key=fold(name)) if areas else None

    def _org_as_place(self, doc: Doc, ent: TokenSpan) -> Mention | None:
        """The small model often tags a country's name as ORG ("the DPRK"): keep whole names."""
        start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        name = doc[start : ent.end].text
        mention = Mention(start, ent.end, self.gazetteer.lookup(name), key=fold(name))
        if _is_common_word_with_the(doc, mention):
            return None  # "the Centre" as an organisation is a government
        if any(entry.kind in AREA_KINDS for entry in mention.candidates):
            return mention
        return None

    def _dateline_mentions(self, doc: Doc, words: Sequence[str]) -> list[Mention]:
        """'SAN ANTONIO —' or 'RALEIGH, N.C. (AP) —' opening the text or a line of it."""
        found: list[Mention] = []
        for i, word in enumerate(words):
            if not word[:1].isupper() or not is_capitals(word):
                continue  # checked first: most words are not in capitals
            token = doc[i]
            opens_line = (
                token.i == 0 or "\n" in doc[token.i - 1].whitespace_ + doc[token.i - 1].text
            )
            if not opens_line or not is_capitals(token.text):
                continue
            end = token.i
            while end < len(doc) and end - token.i < MAX_NAME_TOKENS and is_capitals(doc[end].text):
                end += 1
            # The text's first words need no dash after them ("OKLAHOMA CITY The Latest"),
            # but then a short word in capitals is an acronym ("UN staff said...").
            if end >= len(doc):
                continue
            marked = doc[end].text in DATELINE_ENDS
            mention = self._mention_at(doc, token.i, end, tagged=True)
            if mention is None or not (marked or token.i == 0):
                continue
            text = doc[token.i : end].text
            key = mention.key if marked or len(text) > MAX_ACRONYM_LETTERS else text
            if self._named_place(replace(mention, key=key)):
                found.append(mention)
        return found

    @staticmethod
    def _named_place(mention: Mention) -> bool:
        """A country or region, or a town by its own name (not by an old or foreign one, nor
        by a month's name, nor by an acronym such as "UN")."""
        if mention.area_only or any(e.kind in AREA_KINDS for e in mention.candidates):
            return True
        if mention.key in CALENDAR_WORDS or is_acronym(mention.key, mention.candidates):
            return False
        return any(same_town_name(e, mention.key) for e in mention.candidates)

    def _list_mentions(
        self, doc: Doc, words: Sequence[str], found: list[Mention], taken: list[bool]
    ) -> list[Mention]:
        """'Žilina, Nitra, Prešov and Košice': a town's own name listed next to a place found
        already is a place too, whatever label the model gave it."""
        added: list[Mention] = []
        starts = {m.start for m in found}
        ends = {m.end for m in found}
        grown = True
        while grown:
            grown = False
            for i in range(len(doc)):
                if taken[i] or not is_capitalised(words[i]):
                    continue  # checked first: this runs for every token
                mention = self._listed_name(doc, i, taken, starts, ends)
                if mention is None:
                    continue
                added.append(mention)
                taken[mention.start : mention.end] = [True] * (mention.end - mention.start)
                starts.add(mention.start)
                ends.add(mention.end)
                grown = True
        return added

    def _repeated_mentions(
        self, doc: Doc, texts: Sequence[str], found: list[Mention], taken: list[bool]
    ) -> list[Mention]:
        """One sense per article: a known place's name is a place wherever else the article
        writes it the same way ("Douma" tagged a place once and a person later), unless the
        model more often reads it as a person or an organisation ("Tyler" tagged a place once
        among many mentions of a man), or it is part of a longer name ("Michael Jordan")."""
        names: dict[str, list[tuple[tuple[str, ...], Mention]]] = {}
        for mention in found:
            words = tuple(token.text for token in doc[mention.start : mention.end])
            text = " ".join(words)
            if not mention.candidates or too_short(text) or not is_capitalised(text):
                continue
            if self.gazetteer.demonym(text) is None:  # "Turkish" is a place only before "border"
                names.setdefault(words[0], []).append((words, mention))
        repeats: dict[tuple[str, ...], list[int]] = {}
        misread: Counter[tuple[str, ...]] = Counter()
        for i, text in enumerate(texts):
            if text not in names:
                continue
            token = doc[i]
            for words, _ in names[text]:
                start, end = token.i, token.i + len(words)
                tokens = doc[start:end]
                if end > len(doc) or tuple(t.text for t in tokens) != words:
                    continue
                if any(taken[start:end]):
                    continue
                if tokens[0].ent_type_ in MISREAD_LABELS:
                    misread[words] += 1
                if whole_entity(tokens) and not part_of_longer_name(doc, start, end):
                    repeats.setdefault(words, []).append(start)
                break
        places = Counter(words for words_list in names.values() for words, _ in words_list)
        added: list[Mention] = []
        for words, starts in repeats.items():
            if misread[words] > places[words]:
                continue
            mention = next(m for w, m in names[words[0]] if w == words)
            for start in starts:
                repeated = replace(mention, start=start, end=start + len(words), city_cue=False)
                if not _is_common_word_with_the(doc, repeated):
                    added.append(repeated)
                    taken[start : start + len(words)] = [True] * len(words)
        return added

    def _listed_name(
        self, doc: Doc, start: int, taken: list[bool], starts: set[int], ends: set[int]
    ) -> Mention | None:
        if taken[start] or not is_capitalised(doc[start].text):
            return None  # checked first: this runs for every token
        before = start >= 2 and doc[start - 1].lower_ in LIST_JOINS and start - 1 in ends
        for end in range(min(len(doc), start + MAX_MISREAD_TOKENS), start, -1):
            after = end + 1 < len(doc) and doc[end].lower_ in LIST_JOINS and end + 1 in starts
            if not (before or after):
                continue
            tokens = doc[start:end]
            if any(taken[start:end]) or not all(is_capitalised(t.text) for t in tokens):
                continue
            if not whole_entity(tokens):
                continue
            acronym = is_capitals(tokens.text) and len(tokens.text) <= MAX_ACRONYM_LETTERS
            key = tokens.text if acronym else fold(tokens.text)
            mention = Mention(start, end, self.gazetteer.lookup(tokens.text), key=key)
            if _is_generic_word_with_the(doc, mention):
                continue  # "both the West and Russia"
            if mention.candidates and self._named_place(mention):
                return Mention(start, end, mention.candidates, key=fold(tokens.text))
            if not mention.candidates and _cued_list(doc, start):
                return Mention(start, end, ())  # "residents of Kamenge and Cibitoke"
        return None

    def _misread_entity(self, doc: Doc, ent: TokenSpan) -> Mention | None:
        """A place the model labelled as a person or an organisation ("in Boise", "Košice,
        Prešov"), kept when it is a place's own name and the words around it say "place"."""
        start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        tokens = doc[start : ent.end]
        building = names_a_building(tokens) or building_of_name(tokens)
        if building and (after_locative(doc, start) or cued_by_of(doc, start)):
            return Mention(start, ent.end, ())  # "at the Manila Cathedral": a place, unresolved
        if building and _before_a_place(doc, ent.end):
            return Mention(start, ent.end, ())  # "the Supreme Court in Beijing", any verb before
        if not 0 < ent.end - start <= MAX_MISREAD_TOKENS:
            return None
        if not all(is_capitalised(t.text) or t.text == "-" for t in tokens):
            return None
        if start > 0 and is_direction(doc, start - 1) and doc[start - 1].is_lower:
            # "in eastern Ghouta": only places have a lower-case east and west.
            return self._mention_at(doc, start, ent.end, tagged=False) or Mention(
                start, ent.end, ()
            )
        if is_capitals(tokens.text) and len(tokens.text) <= MAX_ACRONYM_LETTERS:
            key = tokens.text  # kept in capitals: "UN" is an acronym, not the town of Un
        else:
            key = fold(tokens.text)
        mention = Mention(start, ent.end, self.gazetteer.lookup(tokens.text), key=key)
        if not mention.candidates and cued_by_of(doc, start) and doc[start - 2].lower_ != "mayor":
            return Mention(start, ent.end, ())  # "the village of Nagrig": a place, unknown
        if not mention.candidates and described_as_settlement(doc, ent.end):
            return Mention(start, ent.end, ())  # "Nyamirambo, a suburb of Kigali"
        if self._large_town_in_place_words(doc, start, ent.end, mention):
            return mention  # "fled Deraa", "the capital Sanaa", "Kharkov was shelled"
        if not mention.candidates or not self._named_place(mention):
            return None
        if exchanged_with_person(doc, start, ent.end):
            return None  # "support from Warren", "spoken to Carson"
        if attack_target(doc, start, ent.end):
            # "fired on Khan Younis" is a town; "fired at Johnson", a small town's name, a man.
            return mention if _sizeable_town(mention) else None
        located = after_locative(doc, start, PLACE_PREPOSITIONS) or hometown(doc, start)
        located = located or cued_by_of(doc, start) or _feature_with_the(doc, start, mention)
        located = located or moving_to_or_from(doc, start) or before_resident_noun(doc, ent.end)
        located = located or described_as_settlement(doc, ent.end)
        located = located or _moving_to_area(doc, start, mention) or _polity_before(doc, start)
        located = located or _named_area(mention, ent.end - start) or from_people(doc, start)
        located = located or measured_from(doc, start, ent.end)
        if located or bracketed(doc, start, ent.end) or self._qualified_by_area(doc, ent.end):
            return Mention(start, ent.end, mention.candidates, key=fold(tokens.text))
        return None

    @staticmethod
    def _large_town_in_place_words(doc: Doc, start: int, end: int, mention: Mention) -> bool:
        """A capital or a large town, by any of its names, where the words around it take a
        place and none marks a person."""
        if not _large_town(mention) or exchanged_with_person(doc, start, end):
            return False
        return town_cue(doc, start, end) and not person_cue(doc, start, end)

    def _misread_language(self, doc: Doc, ent: TokenSpan) -> Mention | None:
        """'from Tunis to Sfax' with "Tunis" tagged a language: only a large town in place
        words is kept."""
        if not all(is_capitalised(t.text) for t in ent):
            return None
        mention = Mention(ent.start, ent.end, self.gazetteer.lookup(ent.text), key=fold(ent.text))
        if self._large_town_in_place_words(doc, ent.start, ent.end, mention):
            return mention
        return None

    def _qualified_by_area(self, doc: Doc, end: int) -> bool:
        """'Boise, Idaho': a comma, then the name of a country or first-level region."""
        if end + 1 >= len(doc) or doc[end].text != ",":
            return False
        for longer in range(min(len(doc), end + 1 + MAX_NAME_TOKENS), end + 1, -1):
            tokens = doc[end + 1 : longer]
            if not is_capitalised(tokens.text):
                continue
            if any(e.kind in {"country", "admin1"} for e in self.gazetteer.lookup(tokens.text)):
                return True
        return False

    def _demonym_mentions(self, doc: Doc, words: Sequence[str], taken: list[bool]) -> list[Mention]:
        """'the Turkish border', 'the American economy': a demonym before a geographic noun or
        a noun for something situated in a territory names that territory (elsewhere,
        "Turkish officials", it names no place)."""
        found: list[Mention] = []
        i = 0
        while i < len(doc):
            if not words[i][:1].isupper():  # demonyms are capitalised; most words are not
                i += 1
                continue
            # Two words first: "Latin American", "South African".
            for start in (i - 1, i):
                if start < 0 or any(taken[start : i + 1]):
                    continue
                area = self.gazetteer.demonym(doc[start : i + 1].text)
                if area is None:
                    continue
                # "African civil services": a continent's adjective before a thing in it.
                continental = area.kind == "continent" and (
                    before_common_word(doc, i + 1) or _hyphened_area(doc, i + 1)
                )
                if continental or before_geographic_noun(doc, i + 1):
                    found.append(Mention(start, i + 1, (area,), area_only=True))
                    break
            i += 1
        return found

    def _region_word_mentions(
        self, doc: Doc, words: Sequence[str], taken: list[bool]
    ) -> list[Mention]:
        """'the Kherson region': the region word outweighs the model's PERSON or NORP guess."""
        found: list[Mention] = []
        for i, word in enumerate(words[1:], start=1):
            if word not in REGION_WORDS or not is_capitalised(words[i - 1]):
                continue  # the exact lower-case word after a capitalised one, checked first
            token, name = doc[i], doc[i - 1]
            if token.lower_ not in REGION_WORDS or not token.is_lower or taken[name.i]:
                continue
            if name.pos_ == "PROPN" and is_capitalised(name.text):
                mention = self._region_phrase(doc, name.i, token.i, token.i + 1)
                if mention is not None:
                    found.append(mention)
        return found

    def _settlement_word_mentions(self, doc: Doc, taken: list[bool]) -> list[Mention]:
        """'Torkula village', 'the Riverdale area': a proper name before a lower-case word for
        a settlement or an area is that place's, known to the gazetteer or not."""
        found: list[Mention] = []
        for noun in doc[1:]:
            if noun.lower_ not in SETTLEMENT_NOUNS or not noun.is_lower or noun.dep_ == "compound":
                continue
            start = _proper_name_start(doc, noun.i, noun.i, taken)
            tokens = doc[start : noun.i]
            if start == noun.i or not whole_entity(tokens) or tokens[0].ent_type_ == "NORP":
                continue  # "the Sikh area" names a people's, not a place
            text = doc[start : noun.i].text
            if self.gazetteer.demonym(text) or is_direction_word(doc, start) or too_short(text):
                continue
            if fold(text) in CALENDAR_WORDS:
                continue
            mention = self._mention_at(doc, start, noun.i, tagged=False)
            if mention is None and tokens[0].ent_type_ == "ORG":
                continue  # "the Senate district": an institution's, not a place's name
            found.append(mention or Mention(start, noun.i, ()))
        return found

    def _headline_mentions(
        self, doc: Doc, words: Sequence[str], taken: list[bool]
    ) -> list[Mention]:
        """'Wildfire Forces Evacuations Near Flagstaff': in a title-case headline the model's
        entities run words together, so a place's own name is taken after "in", "at", "near"
        ("In", "At", "Near"), whatever the entities say."""
        found: list[Mention] = []
        for i, word in enumerate(words[1:-1], start=1):
            if word.lower() not in TITLE_CASE_PREPOSITIONS or taken[i + 1]:
                continue
            if doc[i].is_sent_start:
                continue
            if not is_capitalised(words[i + 1]) or not in_title_case_headline(doc[i].sent):
                continue
            mention = self._headline_name(doc, i + 1, doc[i].sent.end)
            if mention is not None and not any(taken[mention.start : mention.end]):
                found.append(mention)
        return found

    def _headline_name(self, doc: Doc, start: int, limit: int) -> Mention | None:
        for end in range(min(limit, start + MAX_MISREAD_TOKENS), start, -1):
            if not all(is_capitalised(t.text) for t in doc[start:end]):
                continue
            mention = self._mention_at(doc, start, end, tagged=False)
            if mention is not None and mention.candidates and self._named_place(mention):
                return mention
        return None

    def _settlement_of_mentions(
        self, doc: Doc, words: Sequence[str], taken: list[bool]
    ) -> list[Mention]:
        """'the village of Nagrig', 'the town of Gyumri': the proper name after a noun for a
        settlement and "of" is a place's, known to the gazetteer or not."""
        found: list[Mention] = []
        for i, word in enumerate(words[:-2]):
            if word not in SETTLEMENT_OF_NOUNS or words[i + 1] != "of":
                continue
            start = end = i + 2
            while (
                end < min(len(doc), start + MAX_MISREAD_TOKENS)
                and not taken[end]
                and is_capitalised(words[end])
                and doc[end].pos_ == "PROPN"
            ):
                end += 1
            if end == start or not whole_entity(doc[start:end]) or too_short(doc[start:end].text):
                continue
            mention = self._mention_at(doc, start, end, tagged=False)
            if mention is not None and mention.candidates and self._named_place(mention):
                found.append(mention)
            else:
                found.append(Mention(start, end, ()))
        return found

    def _feature_noun_mentions(
        self, doc: Doc, words: Sequence[str], taken: list[bool]
    ) -> list[Mention]:
        """'Tribhuvan airport', 'Evin prison', 'the Qandil mountains': a proper name the other
        finders left, before a lower-case word for a local feature, names that feature."""
        found: list[Mention] = []
        for i, word in enumerate(words[1:], start=1):
            if word not in FEATURE_NOUNS or taken[i - 1]:
                continue  # the exact lower-case word: "airport", not "Airport"
            noun = doc[i]
            name_end = i - 1 if _lower_compound(doc, i - 1) else i  # "Torkham border crossing"
            if name_end < 1 or not is_capitalised(words[name_end - 1]) or taken[name_end - 1]:
                continue
            start = _proper_name_start(doc, name_end, noun.i, taken)
            tokens = doc[start:name_end]
            if start == name_end or part_of_longer_name(doc, start, name_end):
                continue
            if not whole_entity(tokens) or tokens[0].ent_type_ in {"NORP", "DATE"}:
                continue  # "the Afghan border crossing"
            if tokens[0].ent_type_ == "PERSON" and doc[start - 1].lower_ != "the":
                continue  # "Smith hospital" is a person's; "the Rafah crossing" a place's
            if self.gazetteer.demonym(tokens.text) or is_direction_word(doc, start):
                continue
            if too_short(tokens.text) or fold(tokens.text) in CALENDAR_WORDS:
                continue
            known = self._mention_at(doc, start, name_end, tagged=False)
            if known is not None and known.candidates and self._named_place(known):
                found.append(replace(known, facility=True))  # "Heathrow airport"
            else:
                found.append(Mention(start, noun.i + 1, ()))
        return found

    def _coordinated_feature_mentions(
        self, doc: Doc, words: Sequence[str], taken: list[bool]
    ) -> list[Mention]:
        """'Oak and Elm streets', 'the Tigris and Euphrates rivers': names joined by "and"
        before a plural noun for features or regions are each one of them."""
        found: list[Mention] = []
        for i, word in enumerate(words[3:], start=3):
            if word not in PLURAL_FEATURE_NOUNS or words[i - 2] != "and":
                continue
            names = (i - 3, i - 1)
            if taken[i - 3] or any(not is_capitalised(words[k]) for k in names):
                continue  # the second name may be found already, as a feature of its own
            if any(doc[k].pos_ != "PROPN" or self.gazetteer.demonym(words[k]) for k in names):
                continue
            regions = word in PLURAL_REGION_NOUNS
            for k in (k for k in names if not taken[k]):
                # Regions are looked up; streets and rivers are local features of no town.
                known = self._mention_at(doc, k, k + 1, tagged=False) if regions else None
                keep = known is not None and known.candidates and self._named_place(known)
                found.append(known if keep and known is not None else Mention(k, k + 1, ()))
        return found

    def _capitals_line_mentions(
        self, doc: Doc, words: Sequence[str], taken: list[bool]
    ) -> list[Mention]:
        """'FLOODS HIT NORTHERN ITALY': in a line written in capitals the model's entities go
        astray, so the names of countries and first-level regions are taken from the gazetteer
        (a town's name in capitals is too often a common word)."""
        found: list[Mention] = []
        checked: set[int] = set()
        i = 0
        while i < len(doc):
            if taken[i] or len(words[i]) < 4 or not is_capitals(words[i]):
                i += 1
                continue
            sentence = doc[i].sent
            if sentence.start not in checked and not in_capitals_line(sentence):
                checked.add(sentence.start)
                i = sentence.end
                continue
            checked.add(sentence.start)
            mention = self._capitals_area(doc, i, min(sentence.end, i + MAX_MISREAD_TOKENS), taken)
            if mention is None:
                i += 1
                continue
            found.append(mention)
            i = mention.end
        return found

    def _capitals_area(self, doc: Doc, start: int, limit: int, taken: list[bool]) -> Mention | None:
        for end in range(limit, start, -1):
            tokens = doc[start:end]
            if any(taken[start:end]) or not all(t.is_alpha for t in tokens):
                continue
            areas = tuple(
                e for e in self.gazetteer.lookup(tokens.text) if e.kind in {"country", "admin1"}
            )
            if areas:
                return Mention(start, end, areas, key=fold(tokens.text))
        return None

    @staticmethod
    def _untagged_feature_mentions(
        doc: Doc, words: Sequence[str], taken: list[bool]
    ) -> list[Mention]:
        """'Marjory Stoneman Douglas High School', 'Bourbon Street' with no entity on them:
        capitalised words ending in a capitalised word for a street, a feature or (after "in",
        "at"...) a building."""
        found: list[Mention] = []
        for i, word in enumerate(words[1:], start=1):
            if taken[i] or not is_capitalised(word) or not is_capitalised(words[i - 1]):
                continue
            if word.lower() not in BUILDING_WORDS | FEATURE_WORDS or doc[i].ent_type_:
                continue
            last = doc[i]
            start = last.i
            while (
                start > max(0, last.i - MAX_NAME_TOKENS)
                and not taken[start - 1]
                and not doc[start - 1].ent_type_
                and doc[start - 1].pos_ == "PROPN"
                and is_capitalised(doc[start - 1].text)
                and not doc[start - 1].is_sent_start
            ):
                start -= 1
            tokens = doc[start : last.i + 1]
            if names_a_feature(tokens) or (names_a_building(tokens) and after_locative(doc, start)):
                found.append(Mention(start, last.i + 1, ()))
        return found

    @staticmethod
    def _road_mentions(doc: Doc, words: Sequence[str], taken: list[bool]) -> list[Mention]:
        """'on the A120', 'along Interstate 35': numbered roads, unknown to the gazetteer."""
        found: list[Mention] = []
        for i, word in enumerate(words):
            if taken[i] or word[:1] not in ROAD_INITIALS:
                continue
            end = road_name_end(doc, i)
            if end is not None and not any(taken[i:end]):
                found.append(Mention(i, end, ()))
        return found

    def _gazetteer_mentions(
        self, doc: Doc, words: Sequence[str], taken: list[bool]
    ) -> list[Mention]:
        found: list[Mention] = []
        i = 0
        while i < len(doc):
            mention = None
            if not taken[i] and is_capitalised(words[i]):
                mention = self._longest_match(doc, i, taken)
            if mention is None:
                i += 1
                continue
            found.append(mention)
            i = mention.end
        return found

    def _longest_match(self, doc: Doc, start: int, taken: list[bool]) -> Mention | None:
        limit = min(len(doc), start + MAX_NAME_TOKENS)
        for end in range(limit, start, -1):
            if any(taken[start:end]) or not is_capitalised(doc[end - 1].text):
                continue
            if not all(name_token(doc[k].text) for k in range(start, end)):
                continue
            mention = self._mention_at(doc, start, end, tagged=False)
            if mention is not None and self._plausible_untagged(doc, mention):
                return mention
        return None

    def _plausible_untagged(self, doc: Doc, mention: Mention) -> bool:
        """Without an entity, accept areas, big towns, and towns after "in", "at"..."""
        if mention.area_only:
            return True  # "the Donetsk region", "western Russia"
        if part_of_longer_name(doc, mention.start, mention.end):
            return False  # "Centre" in "the Centre for Policy Studies"
        if any(t.pos_ != "PROPN" and t.text != "-" for t in doc[mention.start : mention.end]):
            return False  # "While" opening a sentence, "Western" in "Western hegemony"
        if _is_common_word_with_the(doc, mention):
            return False  # "the Centre" (a government), "the West"
        if _person_not_town(doc, mention):
            return False  # "support from Warren": a person
        if any(entry.kind in AREA_KINDS for entry in mention.candidates):
            return True
        # A town known only by an old or foreign name ("Adams", "Maria") needs an entity.
        local = [entry for entry in mention.candidates if same_town_name(entry, mention.key)]
        if not local:
            return False
        if after_locative(doc, mention.start) or hometown(doc, mention.start):
            return True
        if cued_by_of(doc, mention.start) or moving_to_or_from(doc, mention.start):
            return True  # "the island of Rhodes", "fled from Kharkiv"
        if from_people(doc, mention.start) or measured_from(doc, mention.start, mention.end):
            return True  # "doctors from Kenema", "12 miles from Centreville"
        if attack_target(doc, mention.start, mention.end) and _sizeable_town(mention):
            return True  # "shelled Kupiansk"
        if before_resident_noun(doc, mention.end) or described_as_settlement(doc, mention.end):
            return True  # "a Leesburg man", "Gyumri, a city of 120,000"
        if bracketed(doc, mention.start, mention.end):
            return True
        # A county or a district needs the words around it; a town may be large enough.
        towns = [entry.population for entry in local if entry.kind == "city"]
        return max(towns, default=0) >= MIN_POPULATION_UNTAGGED

    def _mention_at(
        self, doc: Doc, start: int, end: int, *, tagged: bool, located: bool = False
    ) -> Mention | None:
        """A mention for tokens [start, end), widened to region and direction phrases."""
        tokens = doc[start:end]
        if tokens[-1].lower_ in REGION_WORDS and len(tokens) > 1:
            region = self._region_phrase(doc, start, end - 1, end)
            return region or self._mention_at(doc, start, end - 1, tagged=tagged)
        if end < len(doc) and doc[end].lower_ in REGION_WORDS and doc[end].is_lower:
            region = self._region_phrase(doc, start, end, end + 1)
            if region is not None:
                return region
        if not is_capitalised(tokens.text) or too_short(tokens.text):
            return None  # "tina", "No": not names of places even when tagged
        candidates = self.gazetteer.lookup(tokens.text)
        if not candidates and end - start > 1 and doc[start].lower_ in COMPASS_POINTS:
            # "West Wales", "South Venezuela": the part of a country or a region.
            areas = tuple(
                e for e in self.gazetteer.lookup(tokens[1:].text) if e.kind in {"country", "admin1"}
            )
            if areas:
                return Mention(start, end, areas, key=fold(tokens.text), area_only=True)
        if not candidates and tagged:
            # A spelling the gazetteer lacks ("Sa'ada", "Deir al-Balah"): only where the model
            # says place, and only regions and sizeable towns.
            candidates = self.gazetteer.lookup_variant(tokens.text)
        if not candidates:
            return self._unresolved(doc, start, end, located) if tagged else None
        if start > 0 and is_direction(doc, start - 1):
            areas = tuple(entry for entry in candidates if entry.kind in AREA_KINDS)
            if areas:
                return Mention(start - 1, end, areas, area_only=True)
        compass = doc[start].lower_ in COMPASS_POINTS or is_direction_word(doc, start)
        qualified = self._qualified_by_area(doc, end)  # "East Palestine, Ohio": the town
        if end - start > 1 and compass and not _known_area(candidates) and not qualified:
            # "South Lebanon" is the south of Lebanon, not a village that happens to be named so.
            areas = tuple(e for e in self.gazetteer.lookup(tokens[1:].text) if e.kind == "country")
            if areas:
                return Mention(start, end, areas, area_only=True)
        cue = has_city_cue(doc, start, end)
        facility = names_a_facility(doc, end)
        return Mention(
            start, end, candidates, key=fold(tokens.text), city_cue=cue, facility=facility
        )

    def _region_phrase(self, doc: Doc, start: int, name_end: int, end: int) -> Mention | None:
        """'Tver region' -> the first-level region around Tver; 'Punjab province' -> Punjab."""
        candidates = self.gazetteer.lookup(doc[start:name_end].text)
        regions = [entry for entry in candidates if entry.kind in {"admin1", "region"}]
        if not regions:  # the region around the largest town of that name, in each country
            towns: dict[str, GazEntry] = {}
            for town in (entry for entry in candidates if entry.kind == "city"):
                best = towns.get(town.country or "")
                if best is None or town.population > best.population:
                    towns[town.country or ""] = town
            for town in towns.values():
                region = self.gazetteer.admin1(town.country or "", town.admin1 or "")
                if region is not None:
                    regions.append(region)
        if not regions:
            return None
        return Mention(start, end, tuple(regions), area_only=True)

    def _unresolved(self, doc: Doc, start: int, end: int, located: bool) -> Mention | None:
        # A tagged name the gazetteer does not know is kept, without a place, when it says what
        # kind of place it is ("Royal Street"), or when the model calls it a place and it
        # follows "in", "at"... ("in Ghouta"); the model's other guesses at unknown names are
        # too often products, events or organisations.
        tokens = doc[start:end]
        located = located or self._qualified_by_area(doc, end) or described_as_settlement(doc, end)
        if not any(is_capitalised(t.text) for t in tokens):
            return None
        if len(tokens) > 1 and tokens[-1].is_lower and tokens[:-1].text in self.gazetteer:
            return None  # "Hackney beach": the place is Hackney, found by the matcher
        if any(t.lower_ in FEATURE_WORDS for t in tokens) or starts_a_feature(tokens):
            return Mention(start, end, ())
        if names_a_standing_building(tokens):
            return Mention(start, end, ())  # "Evin Prison" wherever it is named
        if tokens[0].ent_type_ == "FAC" and names_a_building(tokens):
            return Mention(start, end, ())  # the model says building, and so does the name
        if located and all(t.pos_ == "PROPN" or t.text == "-" for t in tokens):
            return Mention(start, end, ())
        # "at the Manila Cathedral, Cardinal Tagle": the name ends at the word for a building.
        building = next((t.i for t in tokens[1:] if t.lower_ in BUILDING_WORDS), None)
        if located and building is not None and names_a_building(doc[start : building + 1]):
            return Mention(start, building + 1, ())
        return None


def _person_not_town(doc: Doc, mention: Mention) -> bool:
    """A lone town's name that people give to or say to ("support from Warren"): a person,
    unless the name is a country's or a region's, or said to be a town."""
    if mention.city_cue or not mention.candidates:
        return False
    if any(e.kind in {"continent", "country", "admin1", "region"} for e in mention.candidates):
        return False
    return exchanged_with_person(doc, mention.start, mention.end)


def _is_common_word_with_the(doc: Doc, mention: Mention) -> bool:
    """One word after "the" that only a region or a town is named ("the Centre", "the West"):
    used so, it names a government or a part of the world, not that place. Countries ("the
    Gambia") and well-known regions ("the Sahel") keep their article."""
    if mention.end - mention.start != 1 or mention.start == 0:
        return False
    if doc[mention.start - 1].lower_ != "the":
        return False
    if fold(doc[mention.start].text) not in GENERIC_REGION_NAMES and _modifies_noun(doc, mention):
        return False  # "the Ontario government": a region's name before what is in it
    return all(entry.kind in {"admin1", "admin2", "city"} for entry in mention.candidates)


def _modifies_noun(doc: Doc, mention: Mention) -> bool:
    """A name in title case before a lower-case noun: "the Ontario government" (not "HAPs")."""
    name, after = doc[mention.start], doc[mention.end] if mention.end < len(doc) else None
    return name.is_title and after is not None and after.is_lower and after.pos_ == "NOUN"


def _is_generic_word_with_the(doc: Doc, mention: Mention) -> bool:
    """'the West', 'the Centre': a word for a part of anything after "the", which only
    regions and towns are named (a town's own name after "the" is still the town's: "the
    Pittsburgh company")."""
    return fold(doc[mention.start].text) in GENERIC_REGION_NAMES and _is_common_word_with_the(
        doc, mention
    )


def _moving_to_area(doc: Doc, start: int, mention: Mention) -> bool:
    """'returns to Hampshire', 'flew from Kerala': "to" and "from" before the own name of a
    country or a region (before a town's or a person's name they say too little: "according to
    Davis", "a letter from Allen")."""
    if not after_locative(doc, start, TO_FROM) or doc[start - 2 : start - 1].text == "according":
        return False
    return any(
        entry.kind in {"country", "admin1", "admin2"} and same_name(entry.name, mention.key)
        for entry in mention.candidates
    )


def _proper_name_start(doc: Doc, end: int, noun: int, taken: Sequence[bool]) -> int:
    """Where the run of free capitalised proper nouns ending before `end` starts, reaching at
    most MAX_MISREAD_TOKENS back from the `noun` it names ("Torkula" of "Torkula village")."""
    start = end
    while (
        start > max(0, noun - MAX_MISREAD_TOKENS)
        and not taken[start - 1]
        and doc[start - 1].pos_ == "PROPN"
        and is_capitalised(doc[start - 1].text)
    ):
        start -= 1
    return start


def _lower_compound(doc: Doc, i: int) -> bool:
    """'border' in "the Torkham border crossing", 'refugee' in "the Jenin refugee camp": a
    lower-case noun modifying the noun after it."""
    token = doc[i]
    return i > 0 and token.is_lower and token.pos_ == "NOUN" and token.dep_ == "compound"


def _feature_with_the(doc: Doc, start: int, mention: Mention) -> bool:
    """'the Danube', 'the Rhine': a river's, a sea's or a range's own name after "the" (a
    person's name seldom takes the article)."""
    return (
        start > 0
        and doc[start - 1].lower_ == "the"
        and any(e.kind == "region" and same_name(e.name, mention.key) for e in mention.candidates)
    )


def _polity_before(doc: Doc, start: int) -> bool:
    """'growers of State of Kerala': a word for a polity and "of" before the name."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in POLITY_WORDS


def _named_area(mention: Mention, length: int) -> bool:
    """A name of two or more words that is a country's or a first-level region's own name
    ("Tamil Nadu", "New Hampshire"): a place whatever the model's label (one word, such as
    "Georgia" or "Jordan", is as often a person's)."""
    return length > 1 and any(
        entry.kind in {"country", "admin1"} and same_name(entry.name, mention.key)
        for entry in mention.candidates
    )


def _building_word_after(doc: Doc, end: int) -> bool:
    """A capitalised word for a building or a feature follows ("St. Peter's Basilica")."""
    if end >= len(doc) or not is_capitalised(doc[end].text):
        return False
    return doc[end].lower_ in BUILDING_WORDS | FEATURE_WORDS


def _cued_list(doc: Doc, start: int) -> bool:
    """The name stands in a list of proper names that follows a word saying "place": "in",
    "at", "near"... or a noun for settlements or their people and "of" ("the villages of X
    and Y", "residents of X, Y and Z")."""
    if is_capitals(doc[start].text) or doc[start].ent_type_ == "ORG":
        return False  # "in GT3 and DTM": acronyms and organisations
    first = start
    while first > 0 and (doc[first - 1].text in LIST_JOINS or doc[first - 1].pos_ == "PROPN"):
        first -= 1
    if first == start or doc[first].pos_ != "PROPN":
        return False
    end = start + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    # A list joined by "and" or "or" ("in Ikeja, Yaba and Surulere"), not a name that a verb
    # follows ("in Clarinda, Dorrance said") or a comma alone ("in Greece, Rostam and Ali").
    joined_before = any(t.lower_ in {"and", "or"} for t in doc[first:start])
    joined_after = (
        end + 1 < len(doc)
        and doc[end].lower_ in LIST_JOINS
        and doc[end + 1].pos_ == "PROPN"
        and any(t.lower_ in {"and", "or"} for t in doc[end : end + 6])
    )
    if not (joined_before or joined_after):
        return False
    if not joined_before and end < len(doc) and doc[end].pos_ in {"VERB", "AUX"}:
        return False
    if after_locative(doc, first, LIST_PREPOSITIONS) or cued_by_of(doc, first):
        return True
    # "sent to Kakuma, Lodwar and Loitokitok": a list of destinations (one of them a place
    # found already) after a verb of motion or of sending.
    if first < 2 or doc[first - 1].lower_ != "to":
        return moving_to_or_from(doc, first)
    return moving_to_or_from(doc, first) or doc[first - 1].head.lemma_ in SENDING_LEMMAS


def _sports_report(doc: Doc, words: Sequence[str], found: Sequence[Mention]) -> bool:
    """Whether the article reports sport: a place's name used as a team's, words of sport
    ("league", "striker", "coach"...), or a result such as "102-99" in a sentence with a verb
    of winning or losing."""
    if any(used_as_team(doc, m.start, m.end) for m in found if not _names_country(m)):
        return True
    if len(SPORTS_WORDS.intersection(w.lower() for w in words)) >= MIN_SPORTS_WORDS:
        return True
    for i in range(1, len(words) - 1):
        if words[i] in {"-", "–"} and words[i - 1].isdigit() and words[i + 1].isdigit():
            sentence = doc[i].sent
            if has_score(sentence) and any(t.lemma_ in RESULT_LEMMAS for t in sentence):
                return True
    return False


def _without_teams(doc: Doc, found: list[Mention]) -> list[Mention]:
    """In a sports report, a name the article uses for a team ("Villanova won 78-70") is the
    team's wherever it is written, and "Michigan State" a university's; a country's name is
    left alone (its national team shares it, but so do the places of the report)."""
    teams = {
        m.key
        for m in found
        if m.key and not _names_country(m) and used_as_team(doc, m.start, m.end)
    }
    return [
        m
        for m in found
        if m.key not in teams
        and not (m.end < len(doc) and doc[m.end].text == "State" and not _names_country(m))
    ]


def _names_country(mention: Mention) -> bool:
    return any(e.kind == "country" for e in mention.candidates)


def _sizeable_town(mention: Mention) -> bool:
    """A country or a region, or a town of some size, by its own name."""
    return any(
        e.kind in AREA_KINDS
        or (same_town_name(e, mention.key) and e.population >= ATTACKED_TOWN_POPULATION)
        for e in mention.candidates
    )


def _large_town(mention: Mention) -> bool:
    """A national capital or a town of LARGE_TOWN_POPULATION, by any of its names."""
    return any(
        e.kind == "city" and (e.capital or e.population >= LARGE_TOWN_POPULATION)
        for e in mention.candidates
    )


def _known_area(candidates: Sequence[GazEntry]) -> bool:
    """A country, a region or a sizeable town goes by this name."""
    return any(e.kind in AREA_KINDS or e.population >= MIN_POPULATION_UNTAGGED for e in candidates)


def _venue(doc: Doc, start: int, end: int) -> Mention | None:
    """'at Afrika Shrine in Lagos': a name the model reads as an organisation or a work, after
    "at" and before "in" and a place, is a venue in that place."""
    if not after_locative(doc, start, VENUE_PREPOSITIONS) or not _before_a_place(doc, end):
        return None
    return Mention(start, end, ())


def _before_a_place(doc: Doc, end: int) -> bool:
    """'... in Lagos': "in" and a place the model tagged follow."""
    return (
        end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].ent_type_ in {"GPE", "LOC"}
    )


def _hyphened_area(doc: Doc, end: int) -> bool:
    """'the Asian-Pacific region': a hyphen, a name and a geographic noun follow."""
    return (
        end + 2 < len(doc)
        and doc[end].text == "-"
        and is_capitalised(doc[end + 1].text)
        and before_geographic_noun(doc, end + 2)
    )
