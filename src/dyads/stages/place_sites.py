"""Towns named through what is at them, and through what happens off, on the way to or in them:
"the Zaporizhzhia nuclear plant", "Dover port", "Ramstein air base", "rescued off Lampedusa",
"flights to Erbil", "the road to Kherson", "Nikopol was left without power", "rebels took
Kidal". News names a town so when it means the town's port, plant or base, or the waters
off it; the small model reads many of these names as persons or organisations.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dyads.stages.gazetteer import MIN_VARIANT_POPULATION, fold
from dyads.stages.place_cues import (
    LOCAL_COURT_WORDS,
    PLACE_LABELS,
    POSSESSIVES,
    first_conjunct,
    is_capitalised,
    is_direction_word,
    name_root,
    whole_entity,
)
from dyads.stages.place_lookup import MAX_MISREAD_TOKENS, PlaceLookup, named_place
from dyads.stages.place_resolution import Mention

# Lower-case nouns for what stands at a town: "Dover port", "the Kerch bridge", "the Dadaab
# camp". A town's name before them is that town (or the site, which lies in or beside it).
SITE_NOUNS = frozenset(
    {
        *("port", "harbour", "harbor", "airport", "airbase", "airfield", "base", "bridge"),
        *("dam", "crossing", "camp", "prison", "jail", "station", "checkpoint", "reactor"),
    }
)
# Works a company's name stands before as often as a town's ("the Ford plant", "a Toyota
# plant"): a town's name only when the model does not read it as an organisation and the
# article is definite ("the Abqaiq plant").
WORKS_NOUNS = frozenset({"plant", "refinery", "terminal", "factory", "smelter"})
# "a Karachi court", "a Lahore court": the town a court sits in, as Indian and Pakistani news
# name courts; but "the Warren court" is a judge's, so only a large town, not read as a person.
COURT_NOUNS = frozenset({"court"})
COURT_TOWN_POPULATION = 100_000
SITE_WORDS = SITE_NOUNS | WORKS_NOUNS | COURT_NOUNS
# "base" alone is also a political base ("the Trump base"): only an armed forces' base.
MILITARY_BASE_WORDS = frozenset({"air", "naval", "military", "army", "navy", "missile"})
# Sites named after a person as often as after a town ("Ben Gurion airport"): kept as
# unresolved places when the name is no town.
AIRFIELD_NOUNS = frozenset({"airport", "airbase", "airfield", "base"})
UNKNOWN_AIRFIELD_LABELS = frozenset({"PERSON", "NORP", ""})
# Lower-case words between a name and the site noun: "the Zaporizhzhia nuclear plant", "the
# Sudzha metering station", "Ramstein air base".
MAX_SITE_MODIFIERS = 2
# Labels under which a name before a site noun is no town.
NOT_TOWN_LABELS = frozenset(
    {"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "LAW", "EVENT"}
)
# A town known only by an old or foreign name must be this large to be read so before a site.
ALIAS_TOWN_POPULATION = MIN_VARIANT_POPULATION
# A town the model reads as a person or an organisation must be this large to be read so.
TAGGED_TOWN_POPULATION = 15_000
# Nouns for a way from place to place: "flights to Erbil", "the road to Kherson".
ROUTE_LEMMAS = frozenset(
    {
        *("flight", "route", "road", "highway", "motorway", "railway", "train", "ferry"),
        *("bus", "corridor", "convoy", "pipeline", "voyage", "evacuation"),
    }
)
# What a town is left without: "Enerhodar was left without water".
# Nouns of bombardment a town "comes under"; fire and attacks count with a weapon named.
BOMBARDMENT_WORDS = frozenset({"shelling", "bombardment", "shellfire", "siege", "bombing"})
MAX_BOMBARDMENT_WORDS = 4  # "came under a massive drone attack"
WEAPON_WORDS = frozenset(
    {
        *("heavy", "artillery", "rocket", "missile", "mortar", "drone", "air", "aerial"),
        *("tank", "sniper", "intense", "sustained", "massive", "combined"),
    }
)
SUPPLY_LEMMAS = frozenset(
    {
        *("water", "power", "electricity", "heating", "heat", "gas", "light", "internet"),
        *("communication", "phone", "fuel", "supply"),
    }
)
# Armed groups whose taking of a name is a town's capture: "rebels took Kidal" (but "voters
# took Warren seriously").
ARMED_LEMMAS = frozenset(
    {
        *("rebel", "troop", "force", "fighter", "army", "militant", "jihadist", "insurgent"),
        *("militia", "soldier", "gunman", "guerrilla", "militiaman", "separatist"),
    }
)
# Verbs of taking ground, whose object is a town when an armed group does it ("troops entered
# Kapoeta", "rebels recaptured Goma"); not "capture" or "seize", which take persons as often.
TAKING_LEMMAS = frozenset(
    {"take", "retake", "hold", "recapture", "enter", "liberate", "encircle", "surround"}
)


def site_noun_after(doc: Doc, end: int) -> int | None:
    """The site or works noun after the name ending at `end`, past up to two lower-case
    modifiers ("nuclear", "air"), or None."""
    for i in range(end, min(len(doc), end + MAX_SITE_MODIFIERS + 1)):
        token = doc[i]
        if not token.is_lower or not token.is_alpha:
            return None
        # A lower-case noun the tagger may still call a proper noun ("hydroelectric dam").
        if token.lower_ in SITE_WORDS and token.pos_ in {"NOUN", "PROPN"}:
            if token.lower_ == "base" and not _military(doc, end, i):
                return None
            return i
        if token.pos_ not in {"ADJ", "NOUN"}:
            return None
    return None


def site_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool]
) -> list[Mention]:
    """Towns named before a site they hold: "Dover port", "the Zaporizhzhia nuclear plant"
    (also in a spelling the gazetteer lacks: "the Khmelnytskyi nuclear plant"). A name the
    model tags as a place by itself is left to the entity finder."""
    found: list[Mention] = []
    for i, word in enumerate(words):
        if word not in SITE_WORDS:
            continue  # the exact lower-case word: a cheap first test on plain strings
        # The name ends right before the noun or before one or two modifiers of it.
        end = next(
            (
                end
                for end in range(i, max(0, i - MAX_SITE_MODIFIERS - 1), -1)
                if end >= 1
                and not taken[end - 1]
                and is_capitalised(words[end - 1])
                and site_noun_after(doc, end) == i
            ),
            None,
        )
        if end is None:
            continue
        start = end
        while (
            start > max(0, end - MAX_MISREAD_TOKENS)
            and not taken[start - 1]
            and doc[start - 1].pos_ == "PROPN"
            and is_capitalised(words[start - 1])
        ):
            start -= 1
        label = _name_label(doc, start, end) if start < end else None
        if label is None:
            continue
        mention = _site_town(lookup, doc, start, end, word, label)
        if mention is not None:
            found.append(mention)
            taken[mention.start : mention.end] = [True] * (mention.end - mention.start)
    return found


# Buildings named after the town they serve: an airport is ("Manchester Airport"), but a
# university or a hospital is often named after a state, a person or a word ("Washington
# University" in St. Louis, "Central Mental Hospital").
TOWN_NAMED_BUILDINGS = frozenset({"airport"})
# Hotels are named after their town too, by a generic word or by their chain ("the Kampala
# Serena Hotel", "the Islamabad Marriott"), and so are the public bodies that run a town's
# schools ("the Fresno Unified School District", "the Halton District School Board").
HOTEL_WORDS = frozenset(
    {
        *("hotel", "marriott", "hilton", "sheraton", "serena", "radisson", "hyatt", "novotel"),
        *("intercontinental", "kempinski", "mercure", "ibis", "westin", "movenpick", "mövenpick"),
    }
)
# Chains whose hotels are also named "<chain> <town>" ("the Radisson Blu Bamako", "the Serena
# Kabul"), with the words that may follow the chain's name before the town's.
HOTEL_CHAINS = HOTEL_WORDS - {"hotel"} | {"sofitel", "pullman", "rotana", "ramada", "crowne"}
HOTEL_CHAIN_TAILS = frozenset({"blu", "plaza", "grand"})
MAX_CHAIN_TOWN_TOKENS = 3
SCHOOL_BODY_ENDINGS = frozenset(
    {("school", "district"), ("school", "board"), ("school", "division"), ("schools", "district")}
)


def town_of_building(lookup: PlaceLookup, doc: Doc, mention: Mention) -> Mention:
    """An airport's, a hotel's or a school district's name the gazetteer does not know, opening
    with a town's own name, is placed in that town ("Manchester Airport", "the Kampala Serena
    Hotel", "the Fresno Unified School District"): the mention, with the town's candidates, read
    as a facility (counted only where the article is). Other mentions are returned as they are."""
    if mention.candidates or mention.end - mention.start < 2:
        return mention
    if not _named_after_its_town(doc, mention.start, mention.end):
        return mention
    for end in range(mention.end - 1, mention.start, -1):
        town = lookup.mention_at(doc, mention.start, end, tagged=False)
        if town is None or not town.candidates or town.end != end:
            continue
        if named_place(town) and _town_enough(town, tagged=True):
            return Mention(mention.start, mention.end, town.candidates, key=town.key, facility=True)
    return mention


def chain_hotel_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool]
) -> list[Mention]:
    """Towns named after a hotel chain's name ("the Radisson Blu Bamako", "the InterContinental
    Geneva"): the town's own name, of a town of some size, with no other word after it than
    "Hotel"."""
    found: list[Mention] = []
    for i, word in enumerate(words):
        if word.lower() not in HOTEL_CHAINS or not is_capitalised(word):
            continue
        start = i + 1
        while start < len(doc) and words[start].lower() in HOTEL_CHAIN_TAILS:
            start += 1
        for end in range(min(len(doc), start + MAX_CHAIN_TOWN_TOKENS), start, -1):
            if any(taken[start:end]) or not all(is_capitalised(w) for w in words[start:end]):
                continue
            if end < len(doc) and is_capitalised(words[end]) and words[end] != "Hotel":
                continue  # the town's name must end the hotel's
            town = lookup.mention_at(doc, start, end, tagged=False)
            if town is not None and town.end == end and named_place(town):
                if _town_enough(town, tagged=True):
                    found.append(town)
                break
    return found


def _named_after_its_town(doc: Doc, start: int, end: int) -> bool:
    """A building or a body whose name, by its last words, usually opens with its town's."""
    last = doc[end - 1].lower_
    if last in TOWN_NAMED_BUILDINGS or last in HOTEL_WORDS:
        return True
    words = [t.lower_ for t in doc[start:end] if t.text not in POSSESSIVES]
    if len(words) <= 2:
        return False
    before_last = words[-2]
    # "Tallaght District Court": a local court sits in the place it is named after.
    return (before_last, last) in SCHOOL_BODY_ENDINGS or (
        last == "court" and before_last in LOCAL_COURT_WORDS
    )


def _name_label(doc: Doc, start: int, end: int) -> str | None:
    """The model's label of the name: "" when it tags none, or tags the name with its site as
    one place ("the Marib dam"); None when the name is part of a longer one or a place entity
    of its own (left to the entity finder)."""
    tokens = doc[start:end]
    if whole_entity(tokens):
        label = tokens[0].ent_type_
        return None if label in PLACE_LABELS else label
    entity = tokens[0].ent_type_
    spans_site = all(t.ent_type_ == entity for t in tokens) and doc[end].ent_iob_ == "I"
    return "" if entity in PLACE_LABELS and spans_site else None


def _site_town(
    lookup: PlaceLookup, doc: Doc, start: int, end: int, noun: str, label: str
) -> Mention | None:
    tokens = doc[start:end]
    if label in NOT_TOWN_LABELS or lookup.gazetteer.demonym(tokens.text):
        return None  # "the 1990s camp", "the Afghan border crossing"
    if is_direction_word(doc, start):
        return None
    if noun in WORKS_NOUNS and (label == "ORG" or _indefinite(doc, start)):
        return None  # "the Ford plant", "a Toyota plant": a company's works
    if noun in COURT_NOUNS:
        return _court_town(lookup, doc, start, end, label)
    mention = lookup.mention_at(doc, start, end, tagged=False)
    if mention is None or not mention.candidates:
        candidates = lookup.places_named(tokens.text, variants=True, cued=True)
        mention = Mention(start, end, candidates, key=fold(tokens.text)) if candidates else None
    if mention is not None and _town_enough(mention, tagged=bool(label)):
        return mention
    if label in UNKNOWN_AIRFIELD_LABELS and noun in AIRFIELD_NOUNS:
        return Mention(start, end, ())  # "Ben Gurion airport", "the Hmeimim air base"
    return None


def _court_town(lookup: PlaceLookup, doc: Doc, start: int, end: int, label: str) -> Mention | None:
    """The large town a court sits in ("a Karachi court"), never a person's name."""
    if label == "PERSON":
        return None
    mention = lookup.mention_at(doc, start, end, tagged=False)
    if mention is None or not named_place(mention):
        return None
    large = any(
        e.kind == "city" and (e.capital or e.population >= COURT_TOWN_POPULATION)
        for e in mention.candidates
    )
    return mention if large else None


def _town_enough(mention: Mention, *, tagged: bool) -> bool:
    """A region, or a town by its own name (when the model reads the name otherwise, a town of
    some size), or a large town by another of its names ("Saky" for Saki)."""
    if mention.area_only:
        return True
    if named_place(mention) and not tagged:
        return True
    size = TAGGED_TOWN_POPULATION if named_place(mention) else ALIAS_TOWN_POPULATION
    return any(e.kind != "city" or e.population >= size for e in mention.candidates)


def _military(doc: Doc, end: int, noun: int) -> bool:
    return any(doc[i].lower_ in MILITARY_BASE_WORDS for i in range(end, noun))


def _indefinite(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in {"a", "an", "its", "their", "his", "her"}


def offshore(doc: Doc, start: int) -> bool:
    """'rescued off Lampedusa', 'anchored off the Kerch Strait': "off" as a preposition (not
    the particle of "wrote off Warren")."""
    before = start - 1
    if before >= 0 and doc[before].lower_ == "the":
        before -= 1
    return before >= 0 and doc[before].lower_ == "off" and doc[before].dep_ == "prep"


def on_route(doc: Doc, start: int) -> bool:
    """'flights to Erbil', 'the road to Kherson', 'the ferry from Holyhead': "to" or "from"
    after a noun for a way from place to place."""
    if start < 2 or doc[start - 1].lower_ not in {"to", "from"}:
        return False
    # The parse often hangs "to" on the verb ("cut the road to X"): the noun before it counts.
    nouns = (doc[start - 1].head, doc[start - 2])
    return any(
        noun.pos_ == "NOUN" and noun.lemma_ in ROUTE_LEMMAS and noun.i < start - 1 for noun in nouns
    )


def left_without_supply(doc: Doc, start: int, end: int) -> bool:
    """'Enerhodar was left without water', 'Nikopol was left without power', 'Sumy has been
    without power for two days'."""
    root = first_conjunct(name_root(doc, start, end))
    head = root.head
    if root.dep_ not in {"nsubjpass", "nsubj"} or head.lemma_ not in {"leave", "be"}:
        return False
    return any(
        child.lower_ == "without"
        and any(obj.lemma_ in SUPPLY_LEMMAS for obj in child.children if obj.dep_ == "pobj")
        for child in head.children
    )


def under_bombardment(doc: Doc, start: int, end: int) -> bool:
    """'Kherson came under heavy fire', 'Kharkiv came under a drone attack': the subject of
    "come under" shelling, or fire or an attack by weapons; not "came under heavy fire for his
    remarks" nor "over the decision", said of persons."""
    root = first_conjunct(name_root(doc, start, end))
    head = root.head
    if root.dep_ != "nsubj" or head.lemma_ != "come":
        return False
    if any(token.lower_ in {"for", "over"} for token in head.subtree):
        return False  # "came under heavy fire over the decision": criticism, said of persons
    if any(_from_critics(token) for token in head.subtree):
        return False  # "came under heavy fire from critics"
    under = next((child for child in head.children if child.lower_ == "under"), None)
    if under is None:
        return False
    # The parse hangs the noun on "under" or on the verb ("came under shelling"): the words
    # after "under" up to the noun are read instead.
    words: list[str] = []
    for token in doc[under.i + 1 : min(len(doc), under.i + 1 + MAX_BOMBARDMENT_WORDS)]:
        if token.lower_ in BOMBARDMENT_WORDS:
            return True
        if token.lower_ in {"fire", "attack", "attacks", "assault"}:
            return bool(set(words) & WEAPON_WORDS)
        words.append(token.lower_)
    return False


def _from_critics(token: Token) -> bool:
    """ "from critics", "from lawmakers": a "from" whose object is neither an armed group nor
    a state, a people or an organisation (whose forces may fire)."""
    if token.lower_ != "from":
        return False
    objects = [child for child in token.children if child.dep_ == "pobj"]
    return any(
        obj.lemma_.lower() not in ARMED_LEMMAS and obj.ent_type_ not in ("GPE", "NORP", "ORG")
        for obj in objects
    )


def taken_by_armed_group(doc: Doc, start: int, end: int) -> bool:
    """'Rebels took Kidal', 'troops retook Kupiansk': the object of "take" whose subject is an
    armed group (and no complement: "took Warren seriously"); or the subject of "fall to" an
    armed group ("Kidal fell to the army")."""
    root = first_conjunct(name_root(doc, start, end))
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_ == "fall":
        return any(
            child.lower_ == "to"
            and any(
                obj.dep_ == "pobj" and obj.lemma_.lower() in ARMED_LEMMAS for obj in child.children
            )
            for child in head.children
        )
    if root.dep_ != "dobj" or head.lemma_ not in TAKING_LEMMAS:
        return False
    if any(child.dep_ in {"acomp", "xcomp", "oprd"} for child in head.children):
        return False
    return any(
        child.dep_ == "nsubj" and child.lemma_.lower() in ARMED_LEMMAS for child in head.children
    )
