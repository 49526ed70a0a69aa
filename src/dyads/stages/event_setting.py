"""When and where: the time expressions and places governed by an event's trigger.

A time or place belongs to the trigger it reaches first when climbing the dependency tree from
its head ("held in Geneva on March 3" → "held" → "round of talks"). Climbing stops at a verb
that heads a clause of its own, except to-infinitives, participles modifying a noun and
open complements ("set to take place in Rome"), which belong to the same event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dyads.records import Place, TimeRef
from dyads.stages.doc_utils import head_token, parse_table, token_table

_VERB_POS = frozenset({"VERB", "AUX"})
_PASS_THROUGH = frozenset({"xcomp", "acl"})
# Words a participle may describe ("a militant jailed in 1979").
_DESCRIBED_POS = frozenset({"NOUN", "PROPN", "PRON"})
_LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "across", "throughout", "within", "around", "off"}
)
# Modifiers between a place name and the preposition's object ("in the Donetsk region").
_NAME_DEPS = frozenset({"compound", "amod", "nmod", "appos", "conj", "poss"})
# Verbs that set a noun event in time and place: "the meeting, set to take place in Rome".
_SETTING_VERBS = frozenset({"set", "take", "hold", "schedule", "slate", "plan", "expect", "due"})
# Nouns naming part of a place ("shelled the outskirts of Kharkiv"): the place is still the scene.
_AREA_NOUNS = frozenset(
    {
        "outskirts",
        "outskirt",
        "suburb",
        "suburbs",
        "edge",
        "centre",
        "center",
        "part",
        "parts",
        "area",
        "areas",
        "district",
        "districts",
        "streets",
        "heart",
        "north",
        "south",
        "east",
        "west",
    }
)
# Nouns a country may modify and still say where ("in the Iraqi capital", "the Lebanese border").
_SETTLEMENT_NOUNS = frozenset(
    {"capital", "city", "town", "village", "port", "region", "province", "border", "coast"}
    | {"territory", "countryside", "interior", "mainland", "frontier"}
)
# Both, joined once rather than at every call of `_names_an_owner`.
_SETTLEMENT_OR_AREA_NOUNS = _SETTLEMENT_NOUNS | _AREA_NOUNS
# How a country names the owner of a facility ("outside the U.S. embassy"), not where it is.
_OWNER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
_DATE_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_WEEK_VALUE = re.compile(r"^(?P<year>\d{4})-W(?P<week>\d{2})$")
_MAX_CLIMB = 12
# Verbs of going somewhere for an event ("flew to Doha for talks", "gathered in Paris for a
# summit"): where and when the journey ends is where and when the event is.
_JOURNEY_VERBS = frozenset(
    {"arrive", "travel", "fly", "come", "go", "head", "gather", "meet", "convene", "land"}
)
FUTURE_REF = "FUTURE_REF"  # TimeML value of "in the future", "soon"


def event_date_value(value: str) -> str | None:
    """A TimeRef value as an Event date (YYYY-MM-DD, YYYY-MM or YYYY), or None (weeks, PAST_REF)."""
    value = value.split("T", 1)[0]
    return value if _DATE_VALUE.match(value) else None


def week_month(value: str) -> str | None:
    """The month (YYYY-MM) of an ISO week value ("last week": 2025-W32), or None for other
    values. An event's date has no weeks, so a week is dated by the month that holds most of
    its days: the month of its Thursday, as ISO places weeks in years."""
    match = _WEEK_VALUE.match(value)
    if match is None:
        return None
    try:
        thursday = dt.date.fromisocalendar(int(match["year"]), int(match["week"]), 4)
    except ValueError:  # week 53 of a year that has 52
        return None
    return f"{thursday.year:04d}-{thursday.month:02d}"


def anchors_of(trigger: Token) -> frozenset[int]:
    """Tokens whose time and place are the trigger's own."""
    anchors = {trigger.i}
    if trigger.pos_ in _VERB_POS:
        return frozenset(anchors)
    nouns = [trigger]
    # "the second round of talks": the round is the event's time-bearing noun too.
    if trigger.head.lower_ == "of" and trigger.dep_ == "pobj" and trigger.head.head.pos_ == "NOUN":
        nouns.append(trigger.head.head)
    for noun in nouns:
        anchors.add(noun.i)
        anchors.update(c.i for c in noun.children if c.dep_ in ("acl", "relcl"))
    # "held talks on Monday": the light verb governing the noun; "the deployment arrived in
    # Bosnia": the verb an event noun is the subject of.
    if trigger.dep_ in ("dobj", "nsubjpass", "nsubj") and trigger.head.pos_ == "VERB":
        anchors.add(trigger.head.i)
    # "arrived in Jeddah on Tuesday for talks": the journey made for the event sets it.
    purpose = trigger.head
    if (
        trigger.dep_ == "pobj"
        and purpose.lower_ == "for"
        and purpose.head.pos_ == "VERB"
        and purpose.head.lemma_.lower() in _JOURNEY_VERBS
    ):
        anchors.add(purpose.head.i)
    follower = _next_word(trigger)
    if (
        follower is not None
        and follower.pos_ == "VERB"
        and (follower.tag_ == "VBN" or follower.lemma_.lower() in _SETTING_VERBS)
    ):
        anchors.add(follower.i)
    return frozenset(anchors)


def _next_word(noun: Token) -> Token | None:
    """The first non-punctuation token after a noun phrase ("meeting with X, set to …")."""
    doc = noun.doc
    i = noun.right_edge.i + 1
    while i < len(doc) and doc[i].is_punct:
        i += 1
    if i < len(doc) and i > noun.right_edge.i + 1:
        return doc[i]
    return None


def climb(start: Token) -> list[Token]:
    """The tokens from `start` up to the verb heading its clause."""
    doc = start.doc
    parse = parse_table(doc)
    pos, heads = parse.pos, parse.heads
    path: list[int] = []
    current = start.i
    for _ in range(_MAX_CLIMB):
        if path and pos[current] in _VERB_POS and not _passes(doc, current):
            break
        if heads[current] == current:
            break
        current = heads[current]
        path.append(current)
    return [start, *[doc[i] for i in path]]


def _passes(doc: Doc, verb: int) -> bool:
    """Whether a climb goes on past the verb at `verb` (an infinitive of purpose, a clause of a
    noun), read from the Doc's lists."""
    words = token_table(doc)
    dep = words.deps[verb]
    if dep in _PASS_THROUGH:
        return True
    return dep == "advcl" and any(words.lowers[c] == "to" for c in parse_table(doc).children[verb])


def describes_other_noun(path: list[Token], trigger: Token) -> bool:
    """Whether a climbing path ends inside a relative clause or a participle describing a noun
    that does not hold the trigger: the time dates what the clause says of its noun, not the
    trigger ("threatened to free Bazoum, who was detained on July 26"; "freed Kuntar, a
    militant jailed for killing a family in 1979")."""
    clause = path[-1]
    for _ in range(_MAX_CLIMB):
        if clause.left_edge.i <= trigger.i <= clause.right_edge.i:
            return False  # the trigger's own clause reached: nothing described in between
        if clause.dep_ == "relcl" or (clause.dep_ == "acl" and clause.head.pos_ in _DESCRIBED_POS):
            return True
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def owner(path: list[Token], anchors: dict[int, frozenset[int]]) -> int | None:
    """The trigger (index) a climbing path reaches first, if any (a trigger itself first)."""
    for token in path:
        if token.i in anchors:
            return token.i
        for trigger, owned in anchors.items():
            if token.i in owned:
                return trigger
    return None


def time_head(doc: Doc, time: TimeRef) -> Token | None:
    try:
        return head_token(doc, time.span)
    except ValueError:
        return None


def place_start(doc: Doc, place: Place) -> Token | None:
    """The locative preposition introducing a place, or None when the place is no location."""
    try:
        token = head_token(doc, place.span)
    except ValueError:
        return None
    if _names_an_owner(token, place):
        return None
    for _ in range(4):
        if token.dep_ in _NAME_DEPS and token.head != token:
            token = token.head
        else:
            break
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        # "outside the port of Liverpool", "near the town of Zahle": the noun the name names.
        token = token.head.head
    if token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE_PREPS:
        return token.head
    return None


def _names_an_owner(token: Token, place: Place) -> bool:
    """ "A bomb exploded outside the U.S. embassy in Nairobi": a country modifying a common
    noun other than a part of its land names whose the thing is, not where the event is."""
    noun = token.head
    return (
        place.admin1 is None
        and token.dep_ in _OWNER_DEPS
        and noun != token
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() not in _SETTLEMENT_OR_AREA_NOUNS
    )


def object_place_start(doc: Doc, place: Place) -> Token | None:
    """The place's own token when it is the direct object of a verb, or of a part of it ("bombed
    Daraa", "shelled the outskirts of Kharkiv"), or where a journey goes ("a visit to Riga"):
    the scene of an attack or a visit, not of every event (a state sanctioned is no location),
    so the events stage decides by the event's type (`is_destination` tells the last kind)."""
    try:
        token = head_token(doc, place.span)
    except ValueError:
        return None
    if _names_an_owner(token, place):
        return None  # "killed 13 U.S. troops": whose the troops are, not where they were hit
    head = _object_head(token)
    if (head.dep_ == "dobj" and head.head.pos_ == "VERB") or is_destination(token):
        return token
    return None


def is_destination(token: Token) -> bool:
    """ "a visit to Riga", "flew to Riga", "moved into Arbil": the place a journey goes to.
    That is where a visit or an occupation happens, but not where a deportation or a withdrawal
    does ("deported to Riga")."""
    head = _object_head(token)
    return head.dep_ == "pobj" and head.head.lower_ in ("to", "into")


def _object_head(token: Token) -> Token:
    """The noun a place name is part of ("the outskirts of Kharkiv" for Kharkiv, "the Georgian
    town of Gori" for Gori)."""
    head = token
    for _ in range(4):
        if head.dep_ in _NAME_DEPS and head.head != head:
            head = head.head
        else:
            break
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        noun = head.head.head
        if noun.lower_ in _AREA_NOUNS or noun.lemma_.lower() in _SETTLEMENT_NOUNS:
            head = noun
    return head


def usable_times(times: Sequence[TimeRef]) -> list[TimeRef]:
    """Time expressions that can date an event (dates and times, not durations or sets)."""
    return [t for t in times if t.type in ("DATE", "TIME")]
