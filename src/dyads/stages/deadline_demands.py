"""Deadlines given to a party to act: "gave Iran until October 31 to prove", "gave the rebels
two weeks to lay down their arms".

A deadline set for a demanded act is an ultimatum (CAMEO 139, as the CAMEO dictionary codes
"gave them 48 hours" and "gave a deadline"): the giver sets it, the party given the time
receives it; a penalty named ("or face") makes it the ultimatum of `ultimatums.py`. The act
demanded has not happened: it is left open (hypothetical), with the verbs joined to it ("until
December 31 to withdraw its peacekeepers and hand over its bases", "a deadline of Friday to hand
over the suspects"). A time given with no act to do in it ("gave
his players a day off") sets no deadline.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.ultimatums import is_ultimatum_demand

_GIVING_VERBS = frozenset({"give", "grant"})
# "until Friday", "till the end of the month"; not "by", which may name the giver of a passive.
_DEADLINE_PREPS = frozenset({"until", "till"})
# Spans of time given to act ("48 hours", "two weeks", "a deadline").
_SPANS_OF_TIME = frozenset({"minute", "hour", "day", "week", "month", "year", "deadline"})
_DEMAND_DEPS = frozenset({"advcl", "xcomp"})
# The act hung on the time given ("two weeks to leave", "a deadline to hand over").
_NOUN_CLAUSE_DEPS = frozenset({"acl", "relcl"})


def _is_infinitive(verb: Token) -> bool:
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _times_given(verb: Token) -> list[Token]:
    """The deadline words of a verb of giving: the object of "until", or a span of time."""
    times: list[Token] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _DEADLINE_PREPS:
            times += [o for o in child.children if o.dep_ == "pobj"]
        elif child.lemma_.lower() in _SPANS_OF_TIME and child.dep_ != "nsubj":
            times.append(child)
    return times


def deadline_demand(verb: Token) -> Token | None:
    """The act a verb of giving sets a deadline for ("gave Iran until October 31 to [prove]",
    "gave the rebels two weeks to [lay] down their arms"), else None."""
    if verb.lemma_.lower() not in _GIVING_VERBS:
        return None
    times = _times_given(verb)
    if not times:
        return None
    clauses = [c for c in verb.children if c.dep_ in _DEMAND_DEPS]
    # "a deadline of Friday to hand over": the parser may hang the act on the day.
    times += [o for t in times for p in t.children if p.lower_ == "of" for o in p.children]
    clauses += [c for t in times for c in t.children if c.dep_ in _NOUN_CLAUSE_DEPS]
    demand = next((c for c in clauses if _is_infinitive(c)), None)
    if demand is None or is_ultimatum_demand(demand):
        return None  # "one week to restore him or face": the penalty's ultimatum
    return demand


def deadline_giver(clause: Token) -> Token | None:
    """The verb that gives a deadline for the act a clause names, else None: the act demanded
    has not happened."""
    head = clause.head
    if head.i == clause.i:
        return None
    if clause.dep_ in _NOUN_CLAUSE_DEPS:
        if head.dep_ == "pobj" and head.head.lower_ == "of":
            head = head.head.head  # "a deadline of Friday to hand over"
        head = head.head  # the time given, then the verb that gives it
    return head if deadline_demand(head) == clause else None


def is_deadline_time(word: Token, verb: Token) -> bool:
    """Whether a word of time is the deadline a verb gives ("gives the mission until [December]
    31 to withdraw", "a deadline of [Friday]"): it dates the act demanded, not the giving."""
    if word.dep_ != "pobj":
        return False
    preposition = word.head
    if preposition.lower_ == "of" and preposition.head.lemma_.lower() in _SPANS_OF_TIME:
        preposition = preposition.head  # "a deadline of Friday"
    elif preposition.lower_ not in _DEADLINE_PREPS:
        return False
    return preposition.head.i == verb.i and deadline_demand(verb) is not None
