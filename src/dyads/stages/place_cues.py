"""What the words around a name say about it: word lists and token tests for toponyms.

Pure functions over spaCy tokens; the places stage combines them into its rules.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

# Entity labels the model gives places: countries and towns, other locations, facilities.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
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
        "upstate",  # "upstate New York": the state, not the city
        "downstate",
    }
)
# Compass points used as adjectives, in lower case only: "north Mali", "northwest Nigeria",
# "south Lebanon" (capitalised they open names: "North Korea", "South Sudan").
LOWER_COMPASS_WORDS = frozenset(
    {
        *("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"),
        *("north-east", "north-west", "south-east", "south-west"),
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
    {
        *("in", "at", "near", "outside", "inside", "around", "across", "into", "throughout"),
        *("along", "between"),
    }
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
        *("court", "courthouse", "jail", "barracks", "mall", "market", "restaurant", "plant"),
        *("factory", "refinery", "mine", "terminal", "pier", "zoo", "capitol"),
    }
)
# Words of churches' names that make "X Church" a body of believers, not a building.
FAITH_WORDS = frozenset(
    {
        *("catholic", "roman", "anglican", "orthodox", "methodist", "baptist", "lutheran"),
        *("presbyterian", "protestant", "episcopal", "evangelical", "coptic", "adventist"),
        *("reformed", "united", "pentecostal", "greek", "russian", "armenian", "syriac"),
    }
)
# Words for a building that is a place wherever it is named, not only after "in" or "at":
# an organisation is seldom named after one ("a hospital said" is rarer than "at a hospital").
STANDING_BUILDING_WORDS = frozenset(
    {
        *("church", "cathedral", "basilica", "mosque", "temple", "synagogue", "stadium"),
        *("arena", "airport", "prison", "jail", "palace", "castle", "courthouse", "barracks"),
        *("mall", "refinery", "terminal", "pier", "racecourse"),
    }
)
# Possessive endings inside a name: "St Mary's Hospital", "Westminster Magistrates' Court".
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# Words of a local court's name before "Court": "Tallaght District Court", "Westminster
# Magistrates' Court".
LOCAL_COURT_WORDS = frozenset(
    {"district", "magistrates", "magistrate", "crown", "circuit", "county", "municipal", "sheriff"}
)
# Nouns that make a demonym before them a place: "the Turkish border", "the Greek islands".
GEOGRAPHIC_NOUNS = frozenset(
    {
        *("border", "borders", "frontier", "capital", "city", "cities", "town", "towns"),
        *("village", "villages", "coast", "coastline", "shores", "island", "islands"),
        *("mainland", "soil", "territory", "territories", "waters", "airspace", "countryside"),
        *("province", "provinces", "region", "regions", "port", "ports", "side", "enclave"),
        # Landforms named by an adjective: "the Crimean peninsula", "the Syrian desert".
        *("peninsula", "desert", "valley", "basin", "delta", "plateau", "highlands", "steppe"),
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
        *("st.", "ave.", "rd.", "blvd.", "motorway", "freeway", "expressway", "beach", "moor"),
        *("forest", "canyon", "falls", "reef", "glacier", "gap", "pass", "cape", "archipelago"),
        *("waterfront", "quarter", "corridor", "dam", "reservoir", "marsh", "wetlands"),
        *("township", "borough", "parish"),
        # Small watercourses: "Paint Creek" is one stream, not two towns named Paint and Creek.
        *("creek", "brook", "bayou", "lagoon"),
        # Streets named in other languages: "Nevsky Prospekt".
        *("prospekt", "prospect", "marg"),
    }
)
# First words of a natural feature's or a settlement's name ("Lake Kivu", "Mount Kenya",
# "Loch Ness", "Fort Worth"): a capitalised name after them is that place.
FEATURE_PREFIXES = frozenset(
    {
        *("lake", "mount", "loch", "cape", "isle", "port", "fort"),
        # Streets and squares named in other languages: "Avenida Paulista", "Rue de Rivoli".
        *("avenida", "rua", "calle", "rue", "piazza", "plaza", "praça", "jalan"),
    }
)
# Nouns before "of" that make the name after it a place ("the town of Gyumri", "the island of
# Leyte", "the mayor of Monterrey", "north of Lima", "the outskirts of Kyiv").
OF_PLACE_NOUNS = frozenset(
    {
        *("town", "city", "village", "island", "islands", "port", "capital", "province"),
        *("region", "district", "county", "municipality", "suburb", "suburbs", "outskirts"),
        *("borough", "parish", "streets", "mayor", "governor", "residents", "north", "south"),
        *("resident", "native", "natives", "inhabitants"),  # "a resident of Kothrud"
        *("east", "west", "northeast", "northwest", "southeast", "southwest", "heart"),
        *("neighbourhood", "neighborhood", "hamlet", "commune", "enclave", "coast", "shores"),
        # Parts of a town in the plural: "several districts of Karachi".
        *("districts", "neighbourhoods", "neighborhoods", "villages", "towns", "boroughs"),
        *("municipalities", "communes", "quarters"),
        # Several towns of a kind: "the ports of Durban and Richards Bay", "the cities of Lyon".
        *("ports", "cities", "capitals"),
        # Parts of a country or a region: "the rural areas of Malawi", "parts of Syria".
        *("area", "areas", "parts", "regions", "provinces"),
        # Words for a state: "the West African country of Mali", "the island nation of Nauru".
        *("country", "nation", "kingdom", "emirate", "sultanate", "archipelago"),
        # What is done to a whole town, and the camps around one: "the evacuation of X",
        # "the camps of X and Y".
        *("evacuation", "camps"),
    }
)
# Of those, nouns for a part of anything, which a possessive after the name makes a part of
# what a person owns: "parts of Johnson's plan", "areas of Warren's platform".
PART_NOUNS = frozenset({"area", "areas", "parts"})
# Verbs of going somewhere or leaving it: "fled from Kharkiv", "moved to Leesburg".
MOTION_LEMMAS = frozenset(
    {
        *("come", "go", "move", "travel", "fly", "flee", "drive", "return", "evacuate"),
        *("relocate", "commute", "hail", "arrive", "escape", "deport", "transfer", "walk"),
        *("sail", "head", "march", "migrate", "emigrate", "run", "ride", "bus", "airlift"),
        *("deploy", "redeploy", "divert", "launch"),
    }
)
# Lower-case nouns for people or homes of a place after its name ("a Leesburg man", "Ballarat
# residents"): a town's own name before them is that town.
RESIDENT_NOUNS = frozenset(
    {
        *("man", "woman", "men", "women", "resident", "residents", "native", "natives"),
        *("couple", "teen", "teenager", "boy", "girl", "home", "homes"),
        *("homeowners", "neighbourhood", "neighborhood", "suburb", "streets", "outskirts"),
        # Local trades and electorates local news names after the town ("Sligo fishermen").
        *("fishermen", "farmers", "growers", "miners", "voters", "shoppers", "commuters"),
        *("families", "traders", "trawlers"),
    }
)
# Nouns for a town's own services, which local news names after the town ("Paducah police",
# "Kumasi hospitals", "the Whitby lifeboat").
LOCAL_SERVICE_NOUNS = frozenset(
    {"police", "firefighters", "hospital", "hospitals", "council", "councillors", "lifeboat"}
)
# Words naming a kind of police, council or hospital rather than its town ("Metro police",
# "Airport police", "Federal police"), though some are also towns' names.
SERVICE_KINDS = frozenset(
    {
        *("metro", "airport", "transit", "transport", "park", "port", "harbour", "harbor"),
        *("border", "state", "capitol", "city", "county", "town", "federal", "military"),
        *("riot", "traffic", "secret", "tribal", "campus", "railway", "river", "royal"),
        *("general", "memorial", "mercy", "district", "regional", "national", "student"),
    }
)
# Of those, the nouns for a settlement or an area: the name after them is a place's even when
# the gazetteer does not know it ("the village of Nagrig").
SETTLEMENT_OF_NOUNS = frozenset(
    {
        *("town", "city", "village", "island", "port", "province", "region", "district"),
        *("county", "municipality", "suburb", "borough", "parish", "neighbourhood"),
        *("neighborhood", "hamlet", "commune", "enclave", "township", "favela", "slum"),
        "villagers",  # "the villagers of Ballyhale": only a village has them
    }
)
ARTICLES = frozenset({"a", "an", "the"})
MAX_DESCRIPTION_GAP = 3  # "a small mining town": words up to the noun
# Prepositions before a place in title-case headlines ("Two Killed in Crash Near Flagstaff").
TITLE_CASE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "across", "inside"})
# Lower-case nouns after a name that make it a settlement's or an area's ("Kasoa village",
# "the Riverdale area"), whatever the model's label.
SETTLEMENT_NOUNS = frozenset(
    {
        *("village", "villages", "town", "city", "township", "district", "county", "area"),
        *("suburb", "neighbourhood", "neighborhood", "municipality", "borough", "parish"),
        *("commune", "hamlet", "island", "valley"),
        # Poor quarters of a town: "the Kibera slum", "the Rocinha favela".
        *("slum", "favela", "shantytown"),
    }
)
# Lower-case nouns after a name the gazetteer does not know that make name and noun a local
# feature ("Tribhuvan airport", "Evin prison", "the Qandil mountains", "the Rafah crossing").
FEATURE_NOUNS = frozenset(
    {
        *("airport", "airbase", "prison", "jail", "crossing", "mountains", "mountain", "river"),
        *("camp", "hospital", "stadium", "bridge", "valley", "lake", "dam", "mosque", "church"),
        *("refinery", "mine", "beach", "island", "islands", "highway", "motorway", "canal"),
        # Buildings one is "at" or "in" ("the Ritz-Carlton hotel", "the Westgate shopping mall").
        *("hotel", "mall", "restaurant"),
    }
)
PLURAL_REGION_NOUNS = frozenset(
    {"provinces", "regions", "counties", "states", "districts", "prefectures"}
)
# Plural nouns after two names joined by "and" that make both places: "Oak and Elm streets",
# "the Tigris and Euphrates rivers".
PLURAL_FEATURE_NOUNS = frozenset(
    {
        *("streets", "avenues", "roads", "rivers", "lakes", "islands", "mountains", "valleys"),
        *PLURAL_REGION_NOUNS,
    }
)
# Nouns for people after a continent's adjective: "African leaders" names a people, not a place.
PEOPLE_NOUNS = frozenset(
    {
        *("leaders", "leader", "officials", "people", "peoples", "nations", "countries"),
        *("citizens", "migrants", "refugees", "players", "fans", "ministers", "diplomats"),
        *("women", "men", "children", "students", "voters", "heads", "allies", "partners"),
    }
)
# A line in capitals ("FLOODS HIT NORTHERN ITALY") needs this many words of three letters or more.
CAPITALS_LINE_MIN_WORDS = 3
# A line this share of whose longer words are capitalised is a headline in title case
# ("Two Killed in Shooting at Memphis Gas Station"), where the model's entities go astray.
HEADLINE_CAPITALISED = 0.8
HEADLINE_MIN_WORDS = 3
HEADLINE_WORD_LETTERS = 4
# Lower-case nouns after a name that make it a facility's ("Heathrow airport"), which need
# not be where the town of that name is.
FACILITY_NOUNS = frozenset({"airport", "airbase", "station", "stadium", "port", "terminal"})


def too_short(text: str) -> bool:
    """One- and two-letter names are places only as capitals' abbreviations ("US", "UK")."""
    return len(text) <= 2 and not text.isupper()


def is_capitalised(text: str) -> bool:
    return text[:1].isupper()


# Name prefixes after which a capital inside a word is a place's or a family's ("McAllen",
# "DeKalb", "LaSalle", "MacArthur"), not a brand's.
NAME_PREFIXES = frozenset({"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O'"})


def is_brand_case(word: str) -> bool:
    """A capital after a lower-case letter inside a word, as brands are written ("AirTran",
    "JetBlue", "WorldCom"), but not after a name prefix ("McAllen", "DeKalb")."""
    return any(
        word[i - 1].islower() and word[i].isupper() and word[:i] not in NAME_PREFIXES
        for i in range(1, len(word))
    )


# Joined once here, not for every word after every demonym.
_GEOGRAPHIC_OR_SITUATED = GEOGRAPHIC_NOUNS | SITUATED_NOUNS


def before_geographic_noun(doc: Doc, start: int) -> bool:
    """A geographic noun, or one for something situated in a territory, follows, past hyphens
    and other demonyms or adjectives."""
    for token in doc[start : start + MAX_DEMONYM_GAP]:
        if token.lower_ in _GEOGRAPHIC_OR_SITUATED and token.pos_ == "NOUN":
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
            is_capitalised(t.text) or t.lower_ in NAME_CONNECTORS or t.text in POSSESSIVES
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
    if not text.isupper():
        return False  # most words: one lower-case letter, or none with a case at all
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
    if token.is_lower and token.text in LOWER_COMPASS_WORDS:
        return True
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
        and all(
            is_capitalised(t.text) or t.lower_ in NAME_CONNECTORS or _ordinal(t.text)
            for t in tokens
        )
    )


def _ordinal(text: str) -> bool:
    """'14th', '22nd': numbered streets ("14th St.")."""
    return text[:-2].isdigit() and text[-2:].lower() in {"st", "nd", "rd", "th"}


def names_a_facility(doc: Doc, end: int) -> bool:
    """A lower-case word for a facility follows the name ("Heathrow airport")."""
    return end < len(doc) and doc[end].is_lower and doc[end].lower_ in FACILITY_NOUNS


def cued_by_of(doc: Doc, start: int) -> bool:
    """'the town of Gyumri', 'the island of Leyte', 'north of Lima': a lower-case noun for a
    settlement, an area, a direction or the people who live there, then "of", before the
    name."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    noun = doc[start - 2]
    if noun.lower_ in PART_NOUNS and any(t.tag_ == "POS" for t in doc[start : start + 4]):
        return False
    return noun.lower_ in OF_PLACE_NOUNS and (noun.is_lower or bool(noun.is_sent_start))


def names_a_standing_building(tokens: TokenSpan) -> bool:
    """'Evin Prison', 'St Mary's Cathedral': a name ending in a word for a building that is
    rarely also the name of an organisation."""
    if all(t.ent_type_ == "NORP" or t.lower_ in FAITH_WORDS for t in tokens[:-1]):
        return False  # "the Catholic Church", "the Anglican Church": a body of believers
    if not names_a_building(tokens):
        return False
    return tokens[-1].lower_ in STANDING_BUILDING_WORDS or _local_court(tokens)


def _local_court(tokens: TokenSpan) -> bool:
    """'Tallaght District Court', 'Southwark Crown Court': a local court, named after the place
    it sits in, is a building one appears at ("the Supreme Court" names no place)."""
    words = [t.lower_ for t in tokens if t.text not in POSSESSIVES]
    return (
        len(words) > 2
        and words[-1] == "court"
        and words[-2] in LOCAL_COURT_WORDS
        and words[0] not in LOCAL_COURT_WORDS
    )


def starts_a_feature(tokens: TokenSpan) -> bool:
    """'Lake Kivu', 'Mount Kilimanjaro', 'Loch Ness': a feature word, then a capitalised name."""
    return (
        len(tokens) > 1
        and tokens[0].lower_ in FEATURE_PREFIXES
        and all(is_capitalised(t.text) or t.lower_ in NAME_CONNECTORS for t in tokens)
    )


def in_title_case_headline(sentence: TokenSpan) -> bool:
    """A sentence written as a headline in title case: its longer words nearly all capitalised
    and no full stop at its end."""
    words = [t.text for t in sentence if t.is_alpha and len(t.text) >= HEADLINE_WORD_LETTERS]
    if len(words) < HEADLINE_MIN_WORDS or sentence[-1].text in {".", "?", "!", ":"}:
        return False
    capitalised = sum(1 for word in words if is_capitalised(word))
    return capitalised >= HEADLINE_CAPITALISED * len(words) and not is_capitals(sentence.text)


def building_of_name(tokens: TokenSpan) -> bool:
    """'the University of Perpetual Help', 'Church of the Nativity': a word for a building,
    "of", then a name."""
    words = [t for t in tokens if t.lower_ != "the"]
    return (
        len(words) > 2
        and words[0].lower_ in BUILDING_WORDS
        and words[1].lower_ == "of"
        and all(is_capitalised(t.text) or t.lower_ in NAME_CONNECTORS for t in words)
    )


def moving_to_or_from(doc: Doc, start: int) -> bool:
    """'fled from Kharkiv', 'moved to Leesburg', 'from Dhaka to Chittagong': "to" or "from"
    after a verb of motion, or "from X to": where someone goes or comes from."""
    if start >= 3 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ == "out":
        out = doc[start - 2]  # "moved ships out of Sevastopol": "out of" is "from"
        return any(
            w.pos_ == "VERB" and w.lemma_ in MOTION_LEMMAS for w in (out.head, doc[start - 3])
        )
    if start < 2 or doc[start - 1].lower_ not in {"to", "from"}:
        return False
    head = doc[start - 1].head
    if head.pos_ == "VERB" and head.lemma_ in MOTION_LEMMAS:
        return True
    verb = doc[start - 2]
    return verb.pos_ == "VERB" and verb.lemma_ in MOTION_LEMMAS


def before_resident_noun(doc: Doc, end: int) -> bool:
    """'a Leesburg man', 'Ballarat residents', 'Timaru firefighters': a lower-case noun for
    people or homes, or for a town's own services, follows."""
    if end >= len(doc) or not doc[end].is_lower:
        return False
    if doc[end].lower_ in RESIDENT_NOUNS:
        return True
    # "Metro police", "Airport police": a kind of service, not a town's.
    return doc[end].lower_ in LOCAL_SERVICE_NOUNS and doc[end - 1].lower_ not in SERVICE_KINDS


def described_as_settlement(doc: Doc, end: int) -> bool:
    """'Gyumri, a city of 120,000', 'Soshanguve, the township north of Pretoria': a comma, an
    article and, within a few words, a noun for a settlement or the capital."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ARTICLES:
        return False
    for token in doc[end + 2 : end + 2 + MAX_DESCRIPTION_GAP]:
        if token.lower_ in SETTLEMENT_OF_NOUNS or token.lower_ == "capital":
            # "a city of 120,000", not "a city partnerships manager"
            return token.is_lower and token.dep_ != "compound"
        if token.pos_ not in {"ADJ", "ADV", "NUM"} and token.dep_ != "compound":
            return False
    return False


def in_capitals_line(sentence: TokenSpan) -> bool:
    """A headline or label written wholly in capitals, where the model tags little or nothing."""
    words = [t.text for t in sentence if t.is_alpha and len(t.text) >= 3]
    return len(words) >= CAPITALS_LINE_MIN_WORDS and all(is_capitals(w) for w in words)


def before_common_word(doc: Doc, end: int) -> bool:
    """'African civil services', 'European airports': a lower-case noun or adjective follows
    that does not name a people, nor modifies a noun that does ("African leaders", "European
    trade officials")."""
    if end >= len(doc):
        return False
    word = doc[end]
    if not (word.is_lower and word.is_alpha and word.pos_ in {"NOUN", "ADJ"}):
        return False
    head = end
    while head + 1 < len(doc) and doc[head].dep_ in {"amod", "compound"} and doc[head].is_lower:
        head += 1  # "trade" of "trade officials", "political" of "political leaders"
    return word.lower_ not in PEOPLE_NOUNS and doc[head].lower_ not in PEOPLE_NOUNS


# Verbs and nouns of armed attack: a town's name as their object is the place attacked
# ("shelled Kupiansk", "struck Rafah", "fired on Khan Younis", "air strikes on Idlib").
ATTACK_LEMMAS = frozenset(
    {
        *("strike", "shell", "hit", "bomb", "pound", "attack", "raid", "storm", "bombard"),
        *("target", "besiege", "overrun", "fire", "shoot", "airstrike", "rocket", "missile"),
        *("shelling", "bombing", "assault", "offensive"),
    }
)
# Verbs of storms, floods and earthquakes: a town's name as their object is the place struck
# ("Cyclone Tracy destroyed much of Darwin", "floods swamped Lismore", "the quake shook Napier").
DISASTER_LEMMAS = frozenset(
    {
        *("flood", "flatten", "destroy", "batter", "lash", "ravage", "devastate", "swamp"),
        *("inundate", "drench", "soak", "shake", "rock", "engulf", "pummel", "submerge"),
        *("evacuate",),
    }
)
STRIKING_LEMMAS = ATTACK_LEMMAS | DISASTER_LEMMAS
# Nouns for people after which "from" names where they come from, with no verb of motion
# ("doctors from Kenema", "a teacher from Bendigo"; but "a letter from Allen").
ORIGIN_NOUN_LEMMAS = frozenset(
    {
        *("doctor", "nurse", "teacher", "student", "volunteer", "worker", "farmer", "family"),
        *("resident", "people", "man", "woman", "boy", "girl", "child", "refugee", "migrant"),
        *("delegation", "delegate", "official", "lawmaker", "trader", "fisherman", "villager"),
        *("pilgrim", "survivor", "victim", "soldier", "fighter", "rescuer", "firefighter"),
        # Local forces and services named by the towns they serve ("troopers from Amarillo").
        *("deputy", "trooper", "officer", "policeman", "paramedic", "medic", "crew", "lineman"),
        *("ranger", "sheriff", "marshal", "responder"),
    }
)
# Sports: words that make a place's name a team's ("Notre Dame coach", "Notre Dame won 91-89").
TEAM_NOUNS = frozenset(
    {
        *("coach", "player", "players", "star", "fans", "quarterback", "guard", "forward"),
        *("striker", "midfielder", "goalkeeper", "defender", "pitcher", "captain", "squad"),
        *("roster", "lineup", "teammates", "linebacker", "receiver"),
    }
)
RESULT_LEMMAS = frozenset(
    {
        *("beat", "defeat", "edge", "rout", "outlast", "top", "lose", "draw", "tie", "win"),
        *("trounce", "thrash", "upset", "outscore", "blank", "down", "hammer", "stun"),
    }
)
# Verbs of a result suffered by a passive subject with a score: "were held 1-1".
PASSIVE_RESULT_LEMMAS = RESULT_LEMMAS | {"hold", "thrash", "humble", "knock", "eliminate"}
# Words of sports reports: an article with this many different ones of them reports sport.
SPORTS_WORDS = frozenset(
    {
        *("touchdown", "touchdowns", "quarterback", "striker", "midfielder", "goalkeeper"),
        *("playoffs", "playoff", "halftime", "half-time", "rebounds", "innings", "league"),
        *("coach", "tournament", "championship", "semifinal", "quarterfinal", "fixture"),
        *("fixtures", "goals", "match", "stadium", "club", "squad", "teammates", "defender"),
        *("footballer", "scored", "kickoff", "kick-off", "referee", "pitch"),
    }
)
MIN_SPORTS_WORDS = 3
GAME_NOUNS = frozenset({"game", "match", "clash", "series", "final", "semifinal", "derby"})
MAX_SCORE_DIGITS = 3  # "91-89", "2-0"; "2017-18" is a season or a range of years


def name_root(doc: Doc, start: int, end: int) -> Token:
    """The token of a name whose head lies outside it ("Younis" in "Khan Younis")."""
    # Kept on the Doc: the cues of one name each ask for its root.
    roots: dict[tuple[int, int], int] = doc.user_data.setdefault(_NAME_ROOTS_KEY, {})
    root = roots.get((start, end))
    if root is None:
        root = roots[(start, end)] = _name_root_index(doc, start, end)
    return doc[root]


_NAME_ROOTS_KEY = "dyads.name_roots"


def _name_root_index(doc: Doc, start: int, end: int) -> int:
    for token in doc[start:end]:
        if not start <= token.head.i < end or token.head.i == token.i:
            return token.i
    return end - 1


def first_conjunct(token: Token) -> Token:
    """'Deir al-Balah' in "struck Rafah and Deir al-Balah" stands where "Rafah" does."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def attack_target(doc: Doc, start: int, end: int) -> bool:
    """The name is what an attack or a disaster acts on: the object of "shelled", "struck",
    "bombed", "flooded", "flattened" (or the subject of their passive), the name after "on"
    or "at" that follows one ("fired on X", "air strikes on X", "shot at X"), or after "of"
    that follows a noun of siege ("the blockade of X"); "much of X" and "parts of X" stand
    where X does."""
    root = first_conjunct(name_root(doc, start, end))
    portion = root.head.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and portion.lower_ in PORTION_WORDS:
        root = portion if portion.dep_ == "dobj" else root  # "destroyed much of Darwin"
    head = root.head
    if root.dep_ in {"dobj", "nsubjpass"}:
        return head.lemma_ in STRIKING_LEMMAS or _cut_off(head)
    if root.dep_ == "pobj" and head.lower_ in {"on", "at", "upon"}:
        return head.head.lemma_ in STRIKING_LEMMAS
    if root.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_ in SIEGE_LEMMAS  # "the naval blockade of Karachi"
    return False


def _cut_off(verb: Token) -> bool:
    """'Floods cut off Napier': "cut" with its particle "off"."""
    return verb.lemma_ == "cut" and any(
        child.dep_ == "prt" and child.lower_ == "off" for child in verb.children
    )


# Nouns of force laid on a place, whose "of" phrase names the place ("the siege of Sarajevo").
SIEGE_LEMMAS = frozenset(
    {"blockade", "siege", "bombardment", "shelling", "encirclement", "occupation", "bombing"}
)
# Words for a share of a place before "of" ("much of Darwin", "parts of Queensland").
PORTION_WORDS = frozenset({"much", "most", "parts", "part", "swathes", "areas", "all"})


def from_people(doc: Doc, start: int) -> bool:
    """'doctors from Kenema', 'a delegation from Kyrgyzstan': "from" after a noun for people."""
    if start < 2 or doc[start - 1].lower_ != "from":
        return False
    head = doc[start - 1].head
    return head.pos_ == "NOUN" and head.lemma_ in ORIGIN_NOUN_LEMMAS


def has_score(sentence: TokenSpan) -> bool:
    """A result such as "91-89" or "2-0" in the sentence."""
    tokens = list(sentence)
    return any(
        token.text in {"-", "–"}
        and 0 < k < len(tokens) - 1
        and _score_number(tokens[k - 1].text)
        and _score_number(tokens[k + 1].text)
        for k, token in enumerate(tokens)
    )


def _score_number(text: str) -> bool:
    return text.isdigit() and len(text) <= MAX_SCORE_DIGITS


def used_as_team(doc: Doc, start: int, end: int) -> bool:
    """The name stands for a sports team: before "coach", "fans", "quarterback"...; before "-",
    another name and "game" ("the Notre Dame-UConn game"); or winning or losing in a sentence
    with a score ("Notre Dame won 91-89", "lost 2-1 to Aston Villa")."""
    after = doc[end] if end < len(doc) else None
    if after is not None and after.is_lower and after.lower_ in TEAM_NOUNS:
        return True
    if (
        end + 2 < len(doc)
        and doc[end].text in {"-", "–"}
        and is_capitalised(doc[end + 1].text)
        and any(t.lower_ in GAME_NOUNS for t in doc[end + 2 : end + 4])
    ):
        return True
    root = first_conjunct(name_root(doc, start, end))
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in {"to", "against", "over", "with"}:
        head = head.head  # "lost 2-1 to Aston Villa", "a win over Chelsea"
    elif root.dep_ == "nsubjpass":
        # "Liverpool were held 1-1", "Leeds were beaten 3-0": a result suffered
        return head.lemma_ in PASSIVE_RESULT_LEMMAS and has_score(root.sent)
    elif root.dep_ not in {"nsubj", "dobj"}:
        return False
    return head.lemma_ in RESULT_LEMMAS and has_score(root.sent)


# Words for a direction between a distance and "of": "40 km west of Aleppo".
COMPASS_WORDS = frozenset(
    {
        *("north", "south", "east", "west", "northeast", "northwest", "southeast"),
        *("southwest", "north-east", "north-west", "south-east", "south-west"),
    }
)
# Units of distance: "12 miles from Centreville", "Centreville, 12 miles away".
DISTANCE_UNITS = frozenset(
    {"mile", "miles", "km", "kilometres", "kilometers", "kilometre", "kilometer", "kms"}
)


def measured_from(doc: Doc, start: int, end: int) -> bool:
    """A distance says the name is a place: "12 miles from Centreville", "40 km west of
    Aleppo", "Centreville, 12 miles away"."""
    if start >= 2 and doc[start - 1].lower_ in {"from", "of"}:
        before = doc[start - 2]
        if before.lower_ in COMPASS_WORDS and start >= 3:
            before = doc[start - 3]
        if before.lower_ in DISTANCE_UNITS:
            return True
    after = doc[end + 1 : end + 4] if end < len(doc) and doc[end].text == "," else None
    return (
        after is not None
        and len(after) == 3
        and after[0].like_num
        and after[1].lower_ in DISTANCE_UNITS
        and after[2].lower_ in {"away", "from", "north", "south", "east", "west"}
    )


# Nouns and verbs of what people give, say or get from one another: "support from Warren",
# "spoken to Carson", "thanked Austin". A lone name they govern is a person.
PERSON_EXCHANGE_LEMMAS = frozenset(
    {
        "support",
        "backing",
        "endorsement",
        "help",
        "praise",
        "criticism",
        "opposition",
        "letter",
        "message",
        "apology",
        "thank",
        "speak",
        "talk",
        "endorse",
        "criticise",
        "criticize",
        "congratulate",
        "apologise",
        "apologize",
        "nominate",
        "interview",
    }
)


def exchanged_with_person(doc: Doc, start: int, end: int) -> bool:
    """'support from Warren', 'spoken to Carson', 'endorsed Austin': one word, the object of a
    word for what people give or say to one another, names a person."""
    if end - start != 1:
        return False
    token = doc[start]
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in {"from", "to", "with", "for"}:
        head = head.head
    elif token.dep_ != "dobj":
        return False
    return head.lemma_.lower() in PERSON_EXCHANGE_LEMMAS
