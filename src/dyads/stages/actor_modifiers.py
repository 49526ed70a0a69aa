"""Names that stand in a modifier and name no party, or another one than their word says.

- A land named in a sea's name is no actor: "the Gulf of Oman", "the Sea of Japan", "the Bay of
  Bengal", "the Taiwan Strait".
- A state named as where a thing was made, or whose flag or era it bears, is no actor:
  "Iranian-made drones", "Soviet-era rockets", "a Panamanian-flagged tanker"; nor a state a
  group is "pro-" or "anti-" ("pro-Russian separatists", "anti-American protesters").
- The destination of a "-bound" ship, flight or convoy is a party, with no sector: "a
  Gaza-bound flotilla" (PSE), "a U.S.-bound cargo ship" (USA).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.actor_patterns import Mention, StateFocus, sentence_starts
from dyads.stages.actor_placement import located_states

# Words of a sea's name before "of" ("Gulf of Aden") or after a land's name ("Korea Strait").
WATER_WORDS = frozenset({"Gulf", "Sea", "Bay", "Strait", "Straits", "Bight", "Sound"})
WATER_SUFFIXES = frozenset({"Sea", "Strait", "Straits", "Bight"})
# Participles after a hyphen that make the name before it a thing's origin, flag or style.
ORIGIN_WORDS = frozenset(
    {"made", "built", "designed", "developed", "manufactured", "produced", "supplied", "era"}
    | {"style", "flagged", "registered", "speaking", "language", "born", "trained", "armed"}
    | {"equipped", "funded", "financed"}
)
# Prefixes that say a stance towards a state, not membership of it.
STANCE_PREFIXES = frozenset({"pro", "anti"})
BOUND = "bound"
# Kinds of name that may be a destination (a state, its capital, or a town or region of it).
DESTINATION_KINDS = frozenset({"country", "capital", "place"})


def in_water_name(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is the land in a sea's name ("the Gulf of Oman", "Taiwan Strait")."""
    of_sea = start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text in WATER_WORDS
    return of_sea or (end < len(doc) and doc[end].text in WATER_SUFFIXES)


# Demonyms of a state that also end the adjective of a region of its continent, and the words
# that make them that region's ("Central American", "Latin Americans", "North American").
_CONTINENT_DEMONYMS = frozenset({"american", "americans"})
_REGION_WORDS = frozenset({"central", "south", "latin", "north", "meso"})


def names_no_party(doc: Doc, start: int, end: int) -> bool:
    """Whether a name stands where it is no party: a sea's name, a thing's origin or flag
    ("Iranian-made"), a stance ("pro-Russian"), or a region of a continent ("Central
    American")."""
    if in_water_name(doc, start, end):
        return True
    if _is_region_adjective(doc, start, end):
        return True  # "a Central American summit", "Latin American leaders": no state's
    after = doc[end : end + 2]
    joined = len(after) == 2 and after[0].text == "-" and not doc[end - 1].whitespace_
    if joined and after[1].lower_ in ORIGIN_WORDS:
        return True
    before = doc[max(0, start - 2) : start]
    return len(before) == 2 and before[1].text == "-" and before[0].lower_ in STANCE_PREFIXES


def _is_region_adjective(doc: Doc, start: int, end: int) -> bool:
    """ "Central American", "Latin American": a state's demonym after a region's word."""
    if end - start != 1 or start == 0 or doc[start].lower_ not in _CONTINENT_DEMONYMS:
        return False
    before = doc[start - 1]
    return before.lower_ in _REGION_WORDS and before.is_title


def bound_for(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is the destination of a "-bound" ship, flight or convoy."""
    after = doc[end : end + 2]
    return (
        len(after) == 2
        and after[0].text == "-"
        and after[1].lower_ == BOUND
        and not doc[end - 1].whitespace_
    )


def destinations(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Places named as a "-bound" destination become parties of their state, with no sector
    (the destination's people or government are the target, not a body of it)."""
    result = []
    for mention in mentions:
        if mention.kind in DESTINATION_KINDS and mention.code and bound_for(doc, *_span(mention)):
            mention = replace(mention, kind="destination", sector=None)
        result.append(mention)
    return result


def _span(mention: Mention) -> tuple[int, int]:
    return mention.start, mention.end


# Participles after a hyphen that name who backs, leads or brokers a body, not whose it is:
# "Libya's U.N.-backed government" is Libya's, "Russian-backed separatists in Ukraine" Ukraine's.
BACKING_PARTICIPLES = frozenset(
    {"backed", "led", "brokered", "sponsored", "supported", "recognised", "recognized"}
    | {"funded", "mediated", "allied", "aligned", "trained", "armed", "protected", "imposed"}
)
# Bodies a leader makes its own: "the Saudi-led coalition", "a NATO-led force" are the leader's.
LED_BODIES = frozenset({"coalition", "coalitions", "force", "mission", "alliance", "operation"})
OWNER_KINDS = frozenset({"country", "capital", "place", "destination"})
POSSESSIVE_MARKS = ("'s", "’s")
MODIFIERS_BEFORE_BODY = 2  # "transitional", "interim unity"
IN_WINDOW = 3  # words after "in" that may come before its place ("in eastern Ukraine")


def backed_bodies(
    doc: Doc,
    mentions: list[Mention],
    agents: dict[int, tuple[int, str]],
) -> list[Mention]:
    """A body after "BACKER-backed" (or -led, -brokered, -sponsored, ...) is of its own state:
    the state named before the backer ("Libya's U.N.-backed government"), else the place after
    "in" ("the Hamas-led government in Gaza"), else the one state its sentence places
    ("Ethiopian-backed government troops entered Mogadishu"), else the state in focus. The
    backer keeps its own words."""
    by_end = {m.end: m for m in mentions}
    result = list(mentions)
    for end, (start, sector) in agents.items():
        found = _backer(doc, start, by_end)
        if found is None:
            continue
        first, backer_start, participle = found
        following = {t.lower_ for t in doc[end - 1 : end + 2]}
        if participle == "led" and following & LED_BODIES:
            continue  # "the U.S.-led military alliance": the leader's own
        if any(m.start == first and m.kind == "agent" and m.code for m in result):
            continue  # owned already by the place after it ("separatists in Transnistria")
        owner = _owner(doc, backer_start, end, mentions, by_end)
        others = [m for m in result if m.start != backer_start]  # the backer aside
        if owner is None:  # the places the sentence names
            starts = sentence_starts(doc)
            owner = located_states(doc, others).get(starts[bisect_right(starts, start) - 1])
        if owner is None:  # the state in focus ("Syrian troops ... while US-backed rebels")
            focus = StateFocus(doc, others).before(backer_start)
            owner = focus.code if focus is not None else None
        if owner is None:
            continue
        kept = []
        for mention in result:
            if mention.end <= first or mention.start >= end:
                kept.append(mention)
            elif mention.start < first:  # the backer's own words ("U.N.-backed")
                kept.append(replace(mention, end=first, sector=None, kind="org"))
            elif mention.start < start and mention.start == backer_start:
                kept.append(replace(mention, end=start - (start > first), sector=None))
        kept.append(Mention(first, end, owner, "agent", owner, sector))
        result = sorted(kept, key=lambda m: m.start)
    return result


def _backer(doc: Doc, start: int, by_end: dict[int, Mention]) -> tuple[int, int, str] | None:
    """(first word of the body's phrase, first word of the backer's name, participle) for an
    agent phrase after "BACKER-participle" and at most two lower-case modifiers."""
    k = start
    while k > 0 and start - k <= MODIFIERS_BEFORE_BODY:
        word = doc[k - 1]
        name, dash, participle = word.text.rpartition("-")
        if dash and name[:1].isupper() and participle.lower() in BACKING_PARTICIPLES:
            return k, k - 1, participle.lower()  # "U.N.-backed", one token
        if word.lower_ in BACKING_PARTICIPLES and k >= 3 and doc[k - 2].text == "-":
            backer = by_end.get(k - 2)
            if doc[k - 3].whitespace_ or not doc[k - 3].text[:1].isupper():
                return None
            return k, backer.start if backer is not None else k - 3, word.lower_
        if not (word.is_lower and word.pos_ in ("ADJ", "NOUN")):
            return None
        k -= 1
    return None


def _owner(
    doc: Doc, backer_start: int, end: int, mentions: list[Mention], by_end: dict[int, Mention]
) -> str | None:
    """The state named before the backer with a possessive, else the place after "in"."""
    if backer_start >= 2 and doc[backer_start - 1].text in POSSESSIVE_MARKS:
        possessor = by_end.get(backer_start - 1)
        if possessor is not None and possessor.kind in OWNER_KINDS and possessor.code:
            return possessor.code
    if end < len(doc) and doc[end].lower_ == "in":
        for mention in mentions:
            near = end < mention.start <= end + IN_WINDOW
            if near and mention.kind in OWNER_KINDS and len(mention.code or "") == 3:
                return mention.code
    return None
