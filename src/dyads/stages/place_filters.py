"""Whether a name the gazetteer knows is meant as a place: a person's or a company's name given
support or saying something ("support from Warren", "Henderson said", "Cisco sued"), a word for
a government or a part of the world after "the" ("the Centre", "the West"), a country's name
before its currency ("the US dollar"), and the size a town must have to outweigh the model's
person reading.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.gazetteer import Gazetteer, fold
from dyads.stages.place_compounds import GENERIC_REGION_NAMES
from dyads.stages.place_cues import TEAM_NOUNS, exchanged_with_person, is_capitalised, name_root
from dyads.stages.place_resolution import AREA_KINDS, Mention, same_town_name

# A town attacked ("shelled X", "fired on X") must be this large to outweigh the model's person
# reading of its name: "fired on Khan Younis", but "police fired at Johnson".
ATTACKED_TOWN_POPULATION = 15_000
# A town the model reads as a person is taken, by any of its names ("Kharkov", "Lvov"), when
# it is a capital or this large and the words around it take a place ("fled Deraa"); the
# first 100 GWN articles score the same at any size from 15,000 up: this is the size at which
# a spelling variant is trusted too (MIN_VARIANT_POPULATION).
LARGE_TOWN_POPULATION = 50_000
# Verbs whose subject speaks or goes to law: a person or a company, never a town where it is
# ("Henderson described the plan", "Cisco sued"; a town that "said" stands for its council,
# which is no place either).
SPEAKING_LEMMAS = frozenset(
    {
        *("say", "tell", "add", "claim", "insist", "argue", "explain", "write", "state"),
        *("describe", "announce", "deny", "admit", "testify", "acknowledge", "envision"),
        *("sue", "file"),
    }
)
# Currencies a country's name stands before: "the US dollar" is money, not a place.
CURRENCY_WORDS = frozenset(
    {
        *("dollar", "dollars", "pound", "pounds", "peso", "pesos", "rupee", "rupees", "yuan"),
        *("rouble", "roubles", "ruble", "rubles", "franc", "francs", "currency", "currencies"),
    }
)

# Nouns for kin after a possessive: "Charlotte's mother", "Jordan's family" name a person's.
KIN_NOUNS = frozenset(
    {
        *("mother", "father", "mom", "mum", "dad", "son", "sons", "daughter", "daughters"),
        *("wife", "husband", "brother", "sister", "parents", "family", "grandmother"),
        *("grandfather", "uncle", "aunt", "cousin", "boyfriend", "girlfriend", "widow"),
        *("fiance", "fiancé", "fiancee", "fiancée", "stepfather", "stepmother"),
    }
)
# Second words of football clubs' names: "Newcastle United fans", "Bristol Rovers players".
CLUB_WORDS = frozenset(
    {
        *("United", "City", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur"),
        *("Rangers", "Celtic", "Town", "County", "Villa", "Wednesday", "FC"),
    }
)


# Nouns for the staff of an office or those who report on it: "White House press secretary",
# "Elysee spokesman" name the office, no place.
OFFICE_STAFF_NOUNS = frozenset(
    {
        *("press", "correspondent", "correspondents", "reporter", "reporters", "spokesman"),
        *("spokeswoman", "spokesperson", "aide", "aides", "staff", "staffer", "staffers"),
        *("official", "officials", "counsel", "adviser", "advisers", "advisor", "advisors"),
        *("chief", "source", "sources", "lawyer", "lawyers"),
    }
)


def names_an_office(doc: Doc, mention: Mention) -> bool:
    """A well-known site or region (no town) before a noun for the staff of an office: the
    office the building stands for ("White House press secretary", "Élysée officials")."""
    if mention.end >= len(doc) or doc[mention.end].lower_ not in OFFICE_STAFF_NOUNS:
        return False
    return any(e.kind == "region" and fold(e.name) == mention.key for e in mention.candidates)


def kin_possessor(doc: Doc, end: int) -> bool:
    """'Charlotte's mother', 'Jordan's family': the name is a person's."""
    return end + 1 < len(doc) and doc[end].text in {"'s", "’s"} and doc[end + 1].lower_ in KIN_NOUNS


def names_a_club(doc: Doc, end: int) -> bool:
    """'Newcastle United fans', 'Manchester City players': a club's second name, then a word
    for its fans or players."""
    return (
        end + 1 < len(doc)
        and doc[end].text in CLUB_WORDS
        and is_capitalised(doc[end].text)
        and doc[end + 1].is_lower
        and doc[end + 1].lower_ in TEAM_NOUNS
    )


def person_not_town(doc: Doc, mention: Mention) -> bool:
    """A lone town's name that people give to or say to ("support from Warren"), or that says
    something or sues ("Henderson described", "Cisco sued"): a person or a company, unless the
    name is a country's or a region's, or said to be a town."""
    if mention.city_cue or not mention.candidates:
        return False
    if any(e.kind in {"continent", "country", "admin1", "region"} for e in mention.candidates):
        return False
    if exchanged_with_person(doc, mention.start, mention.end):
        return True
    root = name_root(doc, mention.start, mention.end)
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEAKING_LEMMAS


def before_currency(doc: Doc, end: int) -> bool:
    """A word for a currency follows the name: "the US dollar", "the Hong Kong dollar"."""
    return end < len(doc) and doc[end].lower_ in CURRENCY_WORDS


def is_common_word_with_the(doc: Doc, mention: Mention) -> bool:
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


def is_generic_word_with_the(doc: Doc, mention: Mention) -> bool:
    """'the West', 'the Centre': a word for a part of anything after "the", which only
    regions and towns are named (a town's own name after "the" is still the town's: "the
    Pittsburgh company")."""
    return fold(doc[mention.start].text) in GENERIC_REGION_NAMES and is_common_word_with_the(
        doc, mention
    )


def sizeable_town(mention: Mention) -> bool:
    """A country or a region, or a town of some size, by its own name."""
    return any(
        e.kind in AREA_KINDS
        or (same_town_name(e, mention.key) and e.population >= ATTACKED_TOWN_POPULATION)
        for e in mention.candidates
    )


def large_town(mention: Mention) -> bool:
    """A national capital or a town of LARGE_TOWN_POPULATION, by any of its names."""
    return any(
        e.kind == "city" and (e.capital or e.population >= LARGE_TOWN_POPULATION)
        for e in mention.candidates
    )


# A people's adjective that is also a town of at least this size is read as the town where the
# words say so (no such town is known by the adjective alone; "Thai" is an alias of one).
PEOPLE_ADJECTIVE_TOWN = 15_000


def people_adjective(gazetteer: Gazetteer, word: str) -> bool:
    """'Welsh', 'Canadian': a people's adjective whose only namesakes are small towns ("Welsh",
    Louisiana; "Canadian", Victoria), so that it names no town; but "Djibouti" and
    "Gibraltar", demonyms spelt as their countries, are places."""
    if gazetteer.demonym(word) is None:
        return False
    return not any(
        e.kind in AREA_KINDS or (e.kind == "city" and e.population >= PEOPLE_ADJECTIVE_TOWN)
        for e in gazetteer.lookup(word)
    )
