"""What the words around a name say about it: word lists and token tests for toponyms.

Pure functions over spaCy tokens; the places stage combines them into its rules.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

REGION_WORDS = frozenset(
    {"region", "oblast", "province", "governorate", "prefecture", "state", "krai", "territory"}
)
DIRECTION_WORDS = frozenset(
    {
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north-eastern",
        "north-western",
        "south-eastern",
        "south-western",
    }
)
CITY_CUES = frozenset({"city", "town", "village", "port", "capital"})
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "from", "to", "outside", "around", "into", "across", "toward", "towards"}
)
NAME_CONNECTORS = frozenset({"of", "de", "del", "la", "le", "el", "al", "and", "-", "upon"})
# Prepositions after which a name is a place even if the model says person or organisation
# ("to" and "from" are left out: "according to Davis", "a letter from Allen").
PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "outside", "inside", "around", "across", "into", "throughout"}
)
# Words that name a town somewhere but are far more often something else.
CALENDAR_WORDS = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "monday", "tuesday", "wednesday"),
        *("thursday", "friday", "saturday", "sunday", "spring", "summer", "autumn", "fall"),
        *("winter", "christmas", "easter"),
    }
)
# Last words of an organisation's name that make it a building one can be "at" or "in".
BUILDING_WORDS = frozenset(
    {
        *("library", "church", "cathedral", "basilica", "mosque", "temple", "synagogue"),
        *("hospital", "school", "university", "college", "academy", "stadium", "arena"),
        *("centre", "center", "airport", "hotel", "inn", "racecourse", "museum", "gallery"),
        *("theatre", "theater", "embassy", "consulate", "prison", "hall", "palace", "castle"),
    }
)
# Nouns that make a demonym before them a place: "the Turkish border", "the Greek islands".
GEOGRAPHIC_NOUNS = frozenset(
    {
        *("border", "borders", "frontier", "capital", "city", "cities", "town", "towns"),
        *("village", "villages", "coast", "coastline", "shores", "island", "islands"),
        *("mainland", "soil", "territory", "territories", "waters", "airspace", "countryside"),
        *("province", "provinces", "region", "regions", "port", "ports", "side", "enclave"),
    }
)
# Nouns for things that lie within a territory: a demonym before them names where they are
# ("the American economy", "European flights", "British farms"); before people or bodies
# ("Russian diplomats", "the British government") it names whose they are, no place.
SITUATED_NOUNS = frozenset(
    {
        *("economy", "economies", "market", "markets", "industry", "industries", "farms"),
        *("farmland", "sites", "grid", "jurisdictions", "jurisdiction", "level", "flights"),
        *("roads", "railways", "infrastructure", "landscape", "interior", "hinterland"),
        *("history", "development", "projects", "resorts", "beaches", "towns", "mines"),
    }
)
LIST_JOINS = frozenset({",", "and", "or", "&"})
MAX_DEMONYM_GAP = 4  # "the Syrian-Turkish border": up to four tokens to the noun
# Datelines open a story in capitals ("WINNIPEG —", "RALEIGH, N.C. (AP) —").
DATELINE_ENDS = frozenset({"—", "–", "-", "--", ",", "(", ":"})
# An entity the gazetteer does not know is kept as a toponym when it names a kind of place.
FEATURE_WORDS = frozenset(
    {
        *("street", "avenue", "road", "boulevard", "square", "bridge", "airport", "station"),
        *("port", "harbour", "harbor", "river", "lake", "sea", "ocean", "gulf", "bay", "strait"),
        *("island", "islands", "peninsula", "mountain", "mountains", "mount", "hills", "valley"),
        *("desert", "coast", "county", "district", "province", "region", "canal", "park"),
        *("border", "base", "camp", "highway", "crossing", "heights", "plain", "basin"),
        *("estate", "drive", "lane", "plaza", "terrace", "plantation", "racecourse"),
    }
)
# Lower-case nouns after a name that make it a settlement's or an area's ("Torkula village",
# "the Riverdale area"), whatever the model's label.
SETTLEMENT_NOUNS = frozenset(
    {
        *("village", "villages", "town", "city", "township", "district", "county", "area"),
        *("suburb", "neighbourhood", "neighborhood", "municipality", "borough", "parish"),
        *("commune", "hamlet", "island", "valley"),
    }
)
# Lower-case nouns after a name that make it a facility's ("Heathrow airport"), which need
# not be where the town of that name is.
FACILITY_NOUNS = frozenset({"airport", "airbase", "station", "stadium", "port", "terminal"})


def too_short(text: str) -> bool:
    """One- and two-letter names are places only as capitals' abbreviations ("US", "UK")."""
    return len(text) <= 2 and not text.isupper()


def is_capitalised(text: str) -> bool:
    return text[:1].isupper()


def before_geographic_noun(doc: Doc, start: int) -> bool:
    """A geographic noun, or one for something situated in a territory, follows, past hyphens
    and other demonyms or adjectives."""
    for token in doc[start : start + MAX_DEMONYM_GAP]:
        if token.lower_ in GEOGRAPHIC_NOUNS | SITUATED_NOUNS and token.pos_ == "NOUN":
            return True
        # Other demonyms and adjectives may come between, and nouns that modify the noun
        # ("European air transport industry").
        # A proper noun that is no demonym makes a name of it ("the French Quarter").
        between = (
            token.pos_ == "ADJ"
            or (token.pos_ == "PROPN" and token.ent_type_ == "NORP")
            or (token.pos_ == "NOUN" and token.dep_ == "compound")
        )
        if token.text not in {"-", "–"} and not between:
            return False
    return False


def names_a_building(tokens: TokenSpan) -> bool:
    """'Colchester General Hospital', 'the British Embassy': capitalised, ending in a word for a
    building."""
    return (
        len(tokens) > 1
        and tokens[-1].lower_ in BUILDING_WORDS
        and all(
            is_capitalised(t.text) or t.lower_ in NAME_CONNECTORS or t.text in {"'s", "’s"}
            for t in tokens
        )
    )


def whole_entity(tokens: TokenSpan) -> bool:
    """The tokens are outside any entity, or are one whole entity (never part of a name such
    as "Michael Jordan")."""
    labelled = [t for t in tokens if t.ent_iob_ in {"B", "I"}]
    if not labelled:
        return True
    if len(labelled) != len(tokens) or tokens[0].ent_iob_ != "B":
        return False
    after = tokens.doc[tokens.end] if tokens.end < len(tokens.doc) else None
    return after is None or after.ent_iob_ != "I"


def is_capitals(text: str) -> bool:
    """A word in capitals ("WINNIPEG", "N.C."): at least two letters, none lower case."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def after_locative(
    doc: Doc, start: int, prepositions: frozenset[str] = LOCATIVE_PREPOSITIONS
) -> bool:
    """The name follows "in", "at", "near"... (or "the" after one: "in the Hague")."""
    before = start - 1
    if before >= 0 and doc[before].lower_ == "the":
        before -= 1
    return before >= 0 and doc[before].lower_ in prepositions


def bracketed(doc: Doc, start: int, end: int) -> bool:
    """'Fig Leaf Boutique (Maywood)': a name alone in brackets after a business or a dateline."""
    return start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"


def hometown(doc: Doc, start: int) -> bool:
    """'Jodi Mahler of Bellmore', 'Miss Abdhou, of Hayes': "of" after a person's name."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    person = doc[start - 3] if doc[start - 2].text == "," and start >= 3 else doc[start - 2]
    return person.ent_type_ == "PERSON"


def name_token(text: str) -> bool:
    return is_capitalised(text) or text.lower() in NAME_CONNECTORS


def part_of_longer_name(doc: Doc, start: int, end: int) -> bool:
    """A proper noun right before or after the match: the match is only part of a name."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return any(
        token is not None and token.pos_ == "PROPN" and is_capitalised(token.text)
        for token in (before, after)
    )


def is_direction_word(doc: Doc, i: int) -> bool:
    return doc[i].lower_ in DIRECTION_WORDS


def is_direction(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.lower_ in DIRECTION_WORDS and (token.is_lower or bool(token.is_sent_start))


def has_city_cue(doc: Doc, start: int, end: int) -> bool:
    """'the city of Kuwait', 'Kuwait city' (lower case: the cue is not part of the name)."""
    before = doc[start - 2 : start] if start >= 2 else None
    if before is not None and before[1].lower_ == "of" and before[0].lower_ in CITY_CUES:
        return True
    return end < len(doc) and doc[end].text in CITY_CUES


def names_a_feature(tokens: TokenSpan) -> bool:
    """'Royal Street', 'the South Kilburn Estate': capitalised words ending in a capitalised
    word for a street, an estate or a natural feature."""
    last = tokens[-1]
    return (
        len(tokens) > 1
        and last.lower_ in FEATURE_WORDS
        and is_capitalised(last.text)
        and all(is_capitalised(t.text) or t.lower_ in NAME_CONNECTORS for t in tokens)
    )


def names_a_facility(doc: Doc, end: int) -> bool:
    """A lower-case word for a facility follows the name ("Heathrow airport")."""
    return end < len(doc) and doc[end].is_lower and doc[end].lower_ in FACILITY_NOUNS
