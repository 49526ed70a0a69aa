"""Towns and regions the actor dictionary does not know, placed in their state by the gazetteer.

The places of a sentence say whose people, officials or rebels it is about: "Muslims in
Srebrenica" are Bosnia's, "local officials" of a massacre "in Chiapas" are Mexico's. The actor
dictionary knows states and capitals only, so a name the parser tags as a place and the
dictionary lacks is looked up in the shipped gazetteer (the one the places stage reads, loaded
once per process on first need). Only a name that points to one state is used: all its places
lie in one state, or one state's is by far the largest ("Ambon" is the Indonesian city, not the
French village). These mentions place groups and bodies; they are not actors themselves,
but for a province or a federation's state that speaks or acts ("Texas sued the government",
"Quebec said": its state's government, as a town the dictionary files under its state is).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import numpy as np
from spacy.tokens import Doc

from dyads.stages.actor_former_states import former_state_of_town
from dyads.stages.actor_patterns import Mention
from dyads.stages.actor_town_names import town_acts
from dyads.stages.doc_utils import token_table
from dyads.stages.gazetteer import GazEntry, fold, load_gazetteer
from dyads.stages.place_compounds import GENERIC_REGION_NAMES

PLACE_LABELS = frozenset({"GPE", "LOC"})
COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Centre", "Center", "Midwest"})
TOWN_KINDS = frozenset({"city", "admin1", "admin2", "region"})
# A state's place must outnumber any other state's namesake this many times over.
DOMINANCE = 10
MIN_DOMINANT_POPULATION = 10_000
# A name whose own places are all villages means the town known by it as another name when that
# town outnumbers them DOMINANCE times ("Lugansk" is Luhansk, not a Kazakh village so named).
VILLAGE_POPULATION = 15_000


def town_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Place mentions (kind "place", coded with their state) for the place names the parser
    tags that no mention covers and the gazetteer ties to one state."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    spans = [(ent.start, ent.end) for ent in doc.ents if ent.label_ in PLACE_LABELS]
    spans += names_after_place_nouns(doc)
    before_police = set(names_before_police(doc))
    divisions = set(names_with_division_words(doc))
    untagged = set(names_after_locatives(doc)) | before_police | divisions
    spans += untagged
    names = sorted(
        {(a, b) for a, b in spans if not any(i in taken for i in range(a, b))},
    )
    if not names:
        return []
    gazetteer = load_gazetteer()
    found: list[Mention] = []
    for start, end in names:
        if found and start < found[-1].end:
            continue  # one reading of the same words
        text = doc[start:end].text.removeprefix("the ").removeprefix("The ")
        if text in COMPASS_WORDS:
            continue  # "the North" of a story is a side or a part of it, not a province
        if fold(text) in GENERIC_REGION_NAMES and not _before_region_noun(doc, end):
            # "in the Gulf", "toward the Coast": a sea or a part of a land, though a minor
            # province is so named (Papua New Guinea's Gulf, Tanzania's Coast); as a province
            # it is written with its region word ("Delta state", "Gulf province"). Still a
            # place, of no one state: no agent takes it for its name.
            found.append(Mention(start, end, text, "place", None, None))
            continue
        entries = gazetteer.lookup(text)
        if not entries and (start, end) in divisions:
            # "Cebu Province": the division's own name, if the gazetteer has it as one.
            bare = gazetteer.lookup(doc[start : end - 1].text)
            entries = tuple(e for e in bare if e.kind in DIVISION_KINDS)
        if is_wide_land(entries, text):
            # "Africa", "the Middle East": a land wider than a state, though a town abroad
            # bears or once bore the name; still a place, of no one state.
            found.append(Mention(start, end, text, "place", None, None))
            continue
        if (start, end) in untagged and not _sizeable(entries):
            continue  # an unknown body or person may share a hamlet's name
        state = state_of(entries, text)
        if (start, end) in before_police and (state is None or not _has_bodies(text, state)):
            continue  # "Federal police": a village or a feature so named keeps no force
        if state is not None:
            found.append(Mention(start, end, text, "place", state, None))
    return found


def dated_towns(doc: Doc, mentions: list[Mention], on: dt.date | None) -> list[Mention]:
    """The mentions with each town of a state that succeeded another coded with the state that
    held it on `on`, where the article names that former state and not its successor
    (``former_state_of_town``): "East Germans marched through Leipzig" in 1989, so that the
    Communist Party of the sentence is East Germany's."""
    named = {str(m.code) for m in mentions if m.kind == "country" and m.code}
    if on is None or not named:
        return mentions
    gazetteer = load_gazetteer()
    dated: list[Mention] = []
    for mention in mentions:
        if mention.kind == "place" and mention.code:
            text = doc[mention.start : mention.end].text
            admin1 = _admin1_of(gazetteer.lookup(text), mention.code)
            code = former_state_of_town(mention.code, admin1, named, on)
            mention = replace(mention, code=code) if code != mention.code else mention
        dated.append(mention)
    return dated


def _admin1_of(entries: tuple[GazEntry, ...], state: str) -> str | None:
    """The region of the largest place of `state` among a name's places."""
    own = [e for e in entries if e.kind in TOWN_KINDS and e.country == state]
    return max(own, key=lambda e: e.population).admin1 if own else None


# Words that say a generic name is a province's ("Delta state", "the Coast region").
_REGION_NOUNS = frozenset(
    {"province", "state", "region", "district", "division", "governorate", "county"}
)


def _before_region_noun(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].lower_ in _REGION_NOUNS


# Nouns whose "of" names a place, whatever the tagger makes of its name ("the governor of
# Zamfara", "the mayor of Lviv", "the people of Osh", "the bombardment of Mariupol").
PLACE_NOUNS = frozenset(
    {"governor", "mayor", "people", "residents", "inhabitants", "citizens", "townspeople"}
    | {"governors", "mayors", "deputy-mayor", "governorship"}
    | {"bombardment", "shelling", "siege", "outskirts", "suburbs"}
)


def names_after_place_nouns(doc: Doc) -> list[tuple[int, int]]:
    """The proper nouns right after "NOUN of" for a noun of ``PLACE_NOUNS``, as (start, end)."""
    spans = []
    strings = doc.vocab.strings
    of, nouns = strings.add("of"), {strings.add(n) for n in PLACE_NOUNS}
    lower = doc.to_array("LOWER")  # one array of hashes, not a Token per word
    for i in (lower[1:] == of).nonzero()[0] + 1:
        if int(lower[i - 1]) not in nouns:
            continue
        start = end = int(i) + 1
        while end < len(doc) and doc[end].tag_ in ("NNP", "NNPS") and doc[end].text[:1].isupper():
            end += 1
        if end > start:
            spans.append((start, end))
    return spans


# Words that end the name of a state's division: "Rivers State Governor NAME", "Cebu Province".
DIVISION_WORDS = frozenset(
    {"State", "Province", "County", "Region", "Governorate", "District", "Prefecture", "Oblast"}
)
DIVISION_KINDS = frozenset({"admin1", "admin2"})
MAX_DIVISION_NAME_WORDS = 3


def names_with_division_words(doc: Doc) -> list[tuple[int, int]]:
    """Proper nouns followed by a division's word ("Rivers State", "Kano State"), which the
    tagger often reads as an organisation or a person, as (start, end) with the word."""
    spans = []
    table = token_table(doc)  # words and tags as strings: no Token built per word
    texts, tags = table.texts, table.tags
    for i, text in enumerate(texts):
        if text not in DIVISION_WORDS or i == 0:
            continue
        start = i
        while (
            start > 0
            and i - start < MAX_DIVISION_NAME_WORDS
            and tags[start - 1] in ("NNP", "NNPS")
            and texts[start - 1][:1].isupper()
            and texts[start - 1] not in DIVISION_WORDS
        ):
            start -= 1
        if start < i:
            spans.append((start, i + 1))
    return spans


# Prepositions of where something is; a name after one the tagger tags no place may still be
# a town ("Police in Nabatieh said", "Police in Sumy overnight said", tagged as organisations).
LOCATIVES = frozenset({"in", "near", "outside", "around"})
# Tags the tagger gives a town it misreads; a person's tag only before a time word ("in
# Kherson overnight"), as a person's name after "in" is more often a person.
MISREAD_LABELS = frozenset({"ORG", "NORP", "FAC", ""})
TIME_WORDS = frozenset(
    {"overnight", "yesterday", "today", "tonight", "on", "early", "late", "last", "this"}
)
# A town the tagger does not tag must be at least this large to be taken for one.
MIN_UNTAGGED_POPULATION = 20_000


def names_after_locatives(doc: Doc) -> list[tuple[int, int]]:
    """Capitalised proper nouns right after a preposition of place that the tagger tags as no
    place ("in Nabatieh" tagged as an organisation), as (start, end)."""
    spans = []
    strings = doc.vocab.strings
    locatives = [strings.add(w) for w in LOCATIVES]
    lower = doc.to_array("LOWER")[:-1]  # one array of hashes, not a Token per word
    for i in np.isin(lower, locatives).nonzero()[0]:
        start = end = int(i) + 1
        while end < len(doc) and doc[end].tag_ in ("NNP", "NNPS") and doc[end].text[:1].isupper():
            end += 1
        if end == start or any(t.ent_type_ in PLACE_LABELS for t in doc[start:end]):
            continue
        labels = {t.ent_type_ for t in doc[start:end]}
        before_time = end < len(doc) and doc[end].lower_ in TIME_WORDS
        if labels <= MISREAD_LABELS or (labels == {"PERSON"} and before_time):
            spans.append((start, end))
    return spans


# Tags that say a name before "police" is no misread town: a person, a people, or a place that
# the tagged names are read from already. Any other tag may be a town's ("Winnipeg police"
# read as a date or a product).
NOT_MISREAD_BEFORE_POLICE = frozenset({"PERSON", "NORP"}) | PLACE_LABELS
# Words naming a kind of police force that towns somewhere are also named ("Metro police",
# "Airport police", "Union police"): never read as a town before "police".
POLICE_KINDS = frozenset(
    {"metro", "metropolitan", "federal", "national", "state", "border", "military", "royal"}
    | {"transport", "traffic", "airport", "capitol", "capital", "union", "port", "park"}
    | {"railway", "transit", "highway", "campus", "tourist", "judicial", "religious", "secret"}
    | {"riot", "mounted", "city", "county", "provincial", "regional", "municipal", "central"}
    | {"special", "tribal", "village", "community", "marine", "river", "harbour", "harbor"}
)


# Words between a division's name and its body's noun that say which level of the state runs
# the body ("the Oromia Regional Police", "the Ontario Provincial Police", "the Tigray Interim
# Administration"): the name before them is the division's.
BODY_LEVELS = frozenset(
    {"regional", "provincial", "state", "county", "municipal", "interim", "transitional"}
)
# Nouns of a division's own bodies that a level's word may stand before; "police" alone also
# follows a town's name ("Winnipeg police"), the others only after a level's word, as "Trump
# administration" names no place.
LEVELLED_BODY_NOUNS = frozenset({"police", "government", "administration"})


def names_before_police(doc: Doc) -> list[tuple[int, int]]:
    """Capitalised proper nouns right before "police", or before a level's word and "police",
    "government" or "administration" ("Oromia Regional Police", "Tigray Interim
    Administration"), that the tagger tags as no place, person or people ("Winnipeg police"
    tagged as a date; before a level's word, also as a person), as (start, end): a town's or a
    division's own body."""
    spans = []
    strings = doc.vocab.strings
    police = strings.add("police")
    nouns = [strings.add(n) for n in LEVELLED_BODY_NOUNS]
    lower = doc.to_array("LOWER")  # one array of hashes, not a Token per word
    for i in np.isin(lower[1:], nouns).nonzero()[0] + 1:
        start = end = int(i)
        level = doc[end - 1].lower_ in BODY_LEVELS and end > 1
        if level:
            end -= 1  # the level's word is the body's, the name before it the division's
            start = end
        elif int(lower[i]) != police:
            continue
        while start > 0 and doc[start - 1].tag_ in ("NNP", "NNPS"):
            start -= 1
        if start == end or not all(t.text[:1].isupper() for t in doc[start:end]):
            continue
        if any(t.lower_ in POLICE_KINDS for t in doc[start:end]):
            continue
        # Before a level's word no person is meant ("the Oromia regional police", the name
        # tagged as a person's): a people or a tagged place still is no misread division.
        misread = NOT_MISREAD_BEFORE_POLICE - {"PERSON"} if level else NOT_MISREAD_BEFORE_POLICE
        if not {t.ent_type_ for t in doc[start:end]} & misread:
            spans.append((start, end))
    return spans


def is_town_of(name: str, code: str) -> bool:
    """Whether a name is a town of 20,000 or more in the state `code` ("Saskatoon" in
    Canada), not only a region, a sea or a feature so named."""
    return any(
        e.kind == "city" and e.country == code and e.population >= MIN_UNTAGGED_POPULATION
        for e in load_gazetteer().lookup(name)
    )


def _has_bodies(name: str, code: str) -> bool:
    """Whether a name before "police" (or a level's body) may be one that keeps a force or a
    government of its own in the state `code`: a town of 20,000 or more, or a province or
    district of as many people ("Victoria Police", "Sindh Police"), not a village or a feature
    so named."""
    return is_town_of(name, code) or any(
        e.kind in DIVISION_KINDS and e.country == code and e.population >= MIN_UNTAGGED_POPULATION
        for e in load_gazetteer().lookup(name)
    )


def _sizeable(entries: tuple[GazEntry, ...]) -> bool:
    return any(e.kind in TOWN_KINDS and e.population >= MIN_UNTAGGED_POPULATION for e in entries)


def acting_provinces(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each place that is a first-level region of its state (a province, a
    federation's state) given sector GOV where it speaks or acts ("Texas sued", "Quebec said");
    ``actors.py`` keeps a place as an actor only then."""
    places = [m for m in mentions if m.kind == "place" and m.code]
    if not places:
        return mentions
    gazetteer = load_gazetteer()
    acting = set()
    for mention in places:
        text = doc[mention.start : mention.end].text.removeprefix("the ")
        own = [p for p in gazetteer.lookup(text) if fold(p.name) == fold(text)]
        province = any(p.kind == "admin1" and p.country == mention.code for p in own)
        if province and town_acts(doc, mention.start, mention.end):
            acting.add(mention.start)
    if not acting:
        return mentions
    return [replace(m, sector="GOV") if m.start in acting else m for m in mentions]


def is_wide_land(entries: tuple[GazEntry, ...], name: str) -> bool:
    """Whether a name is that of a land wider than a state: a continent, or a region of no one
    state ("the Middle East", "the Sahel"), which is never read as a town's ("Africa" is also
    an old name of Mahdia, "Asia" a village's)."""
    return any(
        (e.kind == "continent" or (e.kind == "region" and e.country is None))
        and fold(e.name) == fold(name)
        for e in entries
    )


def state_of(entries: tuple[GazEntry, ...], name: str) -> str | None:
    """The one state a town or region name points to, if it points to one."""
    towns = [e for e in entries if e.kind in TOWN_KINDS and e.country]
    own = [e for e in towns if fold(e.name) == fold(name)]
    if own and _known_by_another_name(own, towns):
        own = []
    largest: dict[str, int] = {}
    for entry in own or towns:  # a place's own name before another's alternate name
        country = str(entry.country)
        largest[country] = max(largest.get(country, 0), entry.population)
    ranked = sorted(largest.items(), key=lambda item: item[1], reverse=True)
    if len(ranked) == 1:
        return ranked[0][0]
    if len(ranked) > 1:
        (first, size), (_, runner_up) = ranked[0], ranked[1]
        if size >= MIN_DOMINANT_POPULATION and size >= DOMINANCE * runner_up:
            return first
    return None


def _known_by_another_name(own: list[GazEntry], towns: list[GazEntry]) -> bool:
    """Whether the places named so are villages that a town known by the name dwarfs."""
    own_largest = max(e.population for e in own)
    others = [e.population for e in towns if e not in own]
    return (
        own_largest < VILLAGE_POPULATION
        and bool(others)
        and max(others) >= max(MIN_DOMINANT_POPULATION, DOMINANCE * own_largest)
    )
