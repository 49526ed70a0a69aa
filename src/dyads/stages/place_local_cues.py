"""Cues that a town's name means the town: what only a town has ("Kherson's mayor"), a journey
bound for it ("a Herat-bound bus", "a ship bound for Haifa"), the way out of it ("streamed out
of Goma"), an area or district called after it ("the Swat district"), an armed attack it
came under ("Sarajevo came under heavy shelling"), a border shared with it ("the border
with Tajikistan") and a building standing there ("a Karachi hotel").

Each is a test over the words around a name; the finders take a known town the model tags as
a person or an organisation (or leaves untagged) when one holds.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads.stages.place_cues import name_root

# Nouns a town owns and a person or a company does not: "Kharkiv's mayor", "Gaza's outskirts".
TOWN_OWNED_NOUNS = frozenset(
    {
        *("mayor", "mayors", "outskirts", "suburbs", "suburb", "streets", "inhabitants"),
        *("residents", "skyline", "neighbourhoods", "neighborhoods", "downtown", "townships"),
        *("municipality", "councillors", "aldermen", "environs", "waterfront", "seafront"),
        *("port", "harbour", "harbor", "airport", "capital", "neighbourhood", "neighborhood"),
        # A region owns a governor as a town a mayor: "Kherson's governor", "Aceh's governor".
        "governor",
    }
)
# Nouns of armed attack after "came under": "Sarajevo came under heavy shelling". "Fire" and
# "attack" alone are as often criticism ("the minister came under fire"): they count only with
# a weapon before them ("rocket fire", "a drone attack").
UNDER_ATTACK_NOUNS = frozenset({"shelling", "bombardment", "siege", "bombing", "bombings"})
FIGURATIVE_ATTACK_NOUNS = frozenset({"fire", "attack", "attacks"})
WEAPON_WORDS = frozenset(
    {
        *("rocket", "artillery", "mortar", "tank", "sniper", "drone", "missile", "gun"),
        *("machine-gun", "gunfire", "air", "naval", "heavy-weapons"),
    }
)
# Lower-case words for an area named after its town ("the Lashio area", "the Swat district");
# "region", "province" and the like are left to the region phrases ("the Belgorod region" is
# the region, read whole by `place_phrases`).
AREA_AFTER_NAME = frozenset({"area", "areas", "district", "districts"})
# Compound adjectives of travel after a town's name and a hyphen: "Herat-bound", "Kyiv-bound".
TRAVEL_WORDS = frozenset({"bound"})
# Nouns for a line between states before "with" and a country: "the border with Tajikistan".
BORDER_NOUNS = frozenset({"border", "borders", "frontier", "boundary"})
# Lower-case nouns for a building or a business a town's name stands before as where it is:
# "a Karachi hotel", "the Lancaster warehouse".
LOCAL_BUILDING_NOUNS = frozenset(
    {
        *("hotel", "mosque", "church", "synagogue", "temple", "cathedral", "shrine", "school"),
        *("hospital", "clinic", "market", "warehouse", "restaurant", "mall", "cafe", "nightclub"),
        *("supermarket", "bakery", "courthouse", "stadium", "apartment", "neighbourhood"),
        *("neighborhood", "suburb", "slum", "street", "square", "park", "highway"),
    }
)
ARTICLES = frozenset({"a", "an", "the"})
# Words of a journey's end before "for" and a town: "a ship bound for Haifa".
DESTINATION_WORDS = frozenset({"bound", "headed", "heading"})


def owned_by_town(doc: Doc, start: int, end: int) -> bool:
    """'Kherson's mayor', 'Tijuana's mayor', "Gaza's outskirts": the name, in the possessive,
    owns what only a town has."""
    root = name_root(doc, start, end)
    if root.dep_ != "poss" or end >= len(doc) or doc[end].tag_ != "POS":
        return False
    return root.head.lower_ in TOWN_OWNED_NOUNS and root.head.i > end


def bound_for(doc: Doc, end: int) -> bool:
    """'a Herat-bound bus': the name, a hyphen, then "bound"."""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].lower_ in TRAVEL_WORDS
        and not doc[end].whitespace_
    )


def came_under_attack(doc: Doc, start: int, end: int) -> bool:
    """'Sarajevo came under heavy shelling', 'Kramatorsk came under rocket fire': the name is
    the subject of "come under" an attack (a person comes under pressure or scrutiny)."""
    root = name_root(doc, start, end)
    if root.dep_ != "nsubj" or root.head.lemma_ != "come":
        return False
    return any(
        _armed_attack(obj)
        for prep in root.head.children
        if prep.lower_ == "under"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _armed_attack(noun: Token) -> bool:
    if noun.lower_ in UNDER_ATTACK_NOUNS:
        return True
    weapons = (child.lower_ in WEAPON_WORDS for child in noun.children if child.i < noun.i)
    return noun.lower_ in FIGURATIVE_ATTACK_NOUNS and any(weapons)


def before_local_building(doc: Doc, start: int, end: int) -> bool:
    """'a Karachi hotel', 'the Lancaster warehouse': an article, the name, then a lower-case
    noun for a building or a business that stands there. Not a name the model reads as a
    person's: "a Jackson restaurant" is named after its owner."""
    if start < 1 or doc[start - 1].lower_ not in ARTICLES or end >= len(doc):
        return False
    if doc[start].ent_type_ == "PERSON":
        return False
    after = doc[end]
    return after.is_lower and after.lower_ in LOCAL_BUILDING_NOUNS


def border_with(doc: Doc, start: int) -> bool:
    """'on the border with Tajikistan', 'its frontier with Chad': what a state shares a border
    with is a place (a person shares none)."""
    if start < 2 or doc[start - 1].lower_ != "with":
        return False
    noun = doc[start - 2]
    return noun.is_lower and noun.lower_ in BORDER_NOUNS


def destined_for(doc: Doc, start: int) -> bool:
    """'a ship bound for Haifa', 'a convoy headed for Kadugli': where a journey ends."""
    return (
        start >= 2 and doc[start - 1].lower_ == "for" and doc[start - 2].lower_ in DESTINATION_WORDS
    )


def out_of(doc: Doc, start: int) -> bool:
    """'streamed out of Goma', 'forced aid workers out of Kadugli': "out of" before the name,
    not its possessive ("out of Smith's car")."""
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].lower_ != "out":
        return False
    return not any(token.tag_ == "POS" for token in doc[start : start + 4])


def area_named_after(doc: Doc, start: int, end: int) -> bool:
    """'the Lakki Marwat district', 'the Kupiansk area': "the", the name, then a lower-case
    word for an area."""
    if start < 1 or doc[start - 1].lower_ != "the" or end >= len(doc):
        return False
    after = doc[end]
    return after.is_lower and after.lower_ in AREA_AFTER_NAME


def local_cue(doc: Doc, start: int, end: int) -> bool:
    """Any of the cues above holds for the name at tokens [start, end)."""
    if owned_by_town(doc, start, end) or bound_for(doc, end) or out_of(doc, start):
        return True  # "Kherson's mayor", "a Gao-bound convoy", "streamed out of Goma"
    if area_named_after(doc, start, end) or destined_for(doc, start):
        return True  # "the Lakki Marwat district", "a ship bound for Haifa"
    if came_under_attack(doc, start, end) or border_with(doc, start):
        return True  # "Kramatorsk came under rocket fire", "the border with Tajikistan"
    return before_local_building(doc, start, end)  # "a Karachi hotel"
