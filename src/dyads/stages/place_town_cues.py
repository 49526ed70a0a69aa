"""Known towns the model reads as persons, languages or peoples ("Deraa", "Kharkov", "Tunis").

A large town's name is a place when the words around it can only take a place: the object of
a verb of attack or motion, after "the capital" or "the city of", the subject of "was shelled",
joined by "and" to a place, or one of the cues of `place_local_cues` (owning a mayor, a journey
bound for it, "out of" it, an area named after it...). A sign of a person ("Mr", a verb of
saying) keeps it a person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads.stages.place_cues import (
    MOTION_LEMMAS,
    PLACE_LABELS,
    attack_target,
    cued_by_of,
    first_conjunct,
    moving_to_or_from,
    name_root,
)
from dyads.stages.place_local_cues import local_cue
from dyads.stages.place_sites import (
    left_without_supply,
    offshore,
    on_route,
    taken_by_armed_group,
    under_bombardment,
)

# Verbs whose object is a place one reaches, leaves or takes: "fled Deraa", "entered Baalbek".
PLACE_OBJECT_LEMMAS = frozenset(
    {
        *("flee", "leave", "enter", "reach", "visit", "capture", "seize", "retake", "besiege"),
        *("surround", "encircle", "evacuate", "liberate", "occupy", "flood", "tour", "invade"),
        *("abandon", "cross", "recapture", "control", "blockade"),
        # What a warning, an order or an evacuation zone extends to: "also covered Bedford".
        "cover",
        # Past forms the lemmatizer leaves as they are when it tags them as present verbs.
        *("retook", "retaken", "overran", "overrun"),
        "patrol",
        # What a route, a pipeline or a convoy goes round: "bypassing Armenia".
        *("bypass", "skirt", "circumvent"),
    }
)
# Prepositions after a verb of motion or attack before a place: "advanced on X", "rolled into X".
MOTION_PREPOSITIONS = frozenset({"into", "on", "toward", "towards", "through", "from", "to"})
# "X, then Y", "X and then Y": words before "then" that set Y after a place a few words back.
THEN_JOINERS = frozenset({",", "and"})
THEN_WINDOW = 3  # "Fargo first ,": the place's last word at most this far before the joiner
# Words for a capital or a city just before the name: "the capital Sanaa", "the capital, Sanaa".
CAPITAL_NOUNS = frozenset({"capital", "city"})
# Titles and verbs that make a one-word name a person's: "Mr Kiev", "Tunis said".
PERSON_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "mr.", "mrs.", "ms.", "dr."})
SAYING_LEMMAS = frozenset(
    {"say", "tell", "add", "claim", "insist", "argue", "explain", "write", "believe", "think"}
)


def town_cue(doc: Doc, start: int, end: int) -> bool:
    """The words around the name take a place: attacked, reached, left, "the capital X",
    "the city of X", or "X and Y" with Y a place."""
    if attack_target(doc, start, end) or moving_to_or_from(doc, start):
        return True
    if offshore(doc, start) or on_route(doc, start):
        return True  # "rescued off Lampedusa", "flights to Erbil"
    if left_without_supply(doc, start, end) or taken_by_armed_group(doc, start, end):
        return True  # "Nikopol was left without power", "rebels took Kidal"
    if under_bombardment(doc, start, end):
        return True  # "Kherson came under heavy fire"
    if local_cue(doc, start, end):
        return True  # "Kherson's mayor", "a Gao-bound convoy", "out of Goma", "a Karachi hotel"
    if cued_by_of(doc, start) and doc[start - 2].lower_ in CAPITAL_NOUNS:
        return True  # "the city of Lvov"
    if _after_capital_noun(doc, start):
        return True
    root = name_root(doc, start, end)
    first = first_conjunct(root)  # "visited Lvov and Kiev": Kiev stands where Lvov does
    head = first.head
    if first.dep_ == "dobj" and head.lemma_ in _PLACE_OBJECT_OR_MOTION:
        return True
    if first.dep_ == "pobj" and head.lower_ in MOTION_PREPOSITIONS:
        verb = head.head
        if verb.pos_ == "VERB" and verb.lemma_ in _MOTION_OR_MOVING:
            return True
    if _after_then_beside_place(doc, start):
        return True
    return _paired_with_place(doc, root, start, end) or _from_place_to(doc, start, end)


def person_cue(doc: Doc, start: int, end: int) -> bool:
    """A title before the name, or the name saying something: a person."""
    if start > 0 and doc[start - 1].lower_ in PERSON_TITLES:
        return True
    root = name_root(doc, start, end)
    return root.dep_ == "nsubj" and root.head.lemma_ in SAYING_LEMMAS


# Verbs of armed movement that take a preposition: "advanced on Deraa", "rolled into Kharkov".
_MOVING_VERBS = frozenset(
    {
        *("advance", "roll", "push", "close", "converge", "retreat", "withdraw"),
        # What storms, floods and fires do to a town: "floods swept through Derna".
        *("sweep", "tear", "rip", "spread", "rampage", "surge"),
    }
)
# Joined once here, not for every name weighed.
_PLACE_OBJECT_OR_MOTION = PLACE_OBJECT_LEMMAS | MOTION_LEMMAS
_MOTION_OR_MOVING = MOTION_LEMMAS | _MOVING_VERBS


def _after_capital_noun(doc: Doc, start: int) -> bool:
    """'the capital Sanaa', 'the capital, Sanaa', 'the city Tunis', "Malawi's capital
    Lilongwe"."""
    before = start - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
    if before < 1 or doc[before].lower_ not in CAPITAL_NOUNS:
        return False
    return doc[before - 1].lower_ == "the" or doc[before - 1].tag_ == "POS"


def _from_place_to(doc: Doc, start: int, end: int) -> bool:
    """'from Khartoum to Omdurman', 'from Omdurman to Khartoum': "from" and "to" join the name
    to a name the model tags a place, whatever the verb."""
    if start >= 1 and doc[start - 1].lower_ == "to":
        before = start - 2  # the last word of the place after "from"
        while before >= 0 and doc[before].ent_type_ in PLACE_LABELS and start - before <= 5:
            if before > 0 and doc[before - 1].lower_ == "from":
                return True
            before -= 1
        return False
    if start >= 1 and doc[start - 1].lower_ == "from" and end + 1 < len(doc):
        return doc[end].lower_ == "to" and doc[end + 1].ent_type_ in PLACE_LABELS
    return False


def _after_then_beside_place(doc: Doc, start: int) -> bool:
    """'hit Fargo first, then Bismarck', 'Mosul and then Tikrit': the next stop of a sequence
    whose stop before it the model tags a place."""
    if start < 2 or doc[start - 1].lower_ != "then" or doc[start - 2].lower_ not in THEN_JOINERS:
        return False
    window = doc[max(0, start - 2 - THEN_WINDOW) : start - 2]
    return any(token.ent_type_ in PLACE_LABELS for token in window)


def _paired_with_place(doc: Doc, root: Token, start: int, end: int) -> bool:
    """'Sanaa and Aden', 'between Kiev and Lvov': a conjunct of a name the model tags a place."""
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [child for child in root.children if child.dep_ == "conj"]
    return any(
        partner.ent_type_ in PLACE_LABELS and not start <= partner.i < end for partner in partners
    )
