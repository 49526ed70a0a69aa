"""Ultimatums: a demand joined by "or" to the penalty for refusing it.

"told the bank to comply or face further penalties", "ordered the firm to repay the subsidies or
face prosecution", "comply or lose its licence": the clause after "or" names what will follow if
the demand is not met, so the whole is a threat (CAMEO 139, give ultimatum), not a charge, a
penalty or an agreement to comply. The demanded act itself has not happened and reports no event
of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads.stages.doc_utils import doc_reading, doc_words
from dyads.stages.trigger_lemmas import doc_lemma_set

ULTIMATUM_CAMEO = "139"
# Verbs that name a penalty suffered by whoever refuses: "or face", "or risk", "or lose".
_PENALTY_VERBS = frozenset({"face", "risk", "lose", "incur", "forfeit"})
# Prepositions of the time an ultimatum gives ("until Friday", "by midnight").
_DEADLINE_PREPS = frozenset({"until", "till", "by"})


_MAY_HOLD_KEY = "dyads.may_hold_ultimatum"


def _may_hold_ultimatum(doc: Doc) -> bool:
    """Whether the Doc has an "or" and a verb of penalty at all: most texts have neither (read
    once per Doc: every verb asks)."""
    return doc_reading(doc, _MAY_HOLD_KEY, _has_ultimatum_words)


def _has_ultimatum_words(doc: Doc) -> bool:
    words = doc_words(doc)
    if "or" not in words:
        return False
    return not (_PENALTY_VERBS.isdisjoint(words) and _PENALTY_VERBS.isdisjoint(doc_lemma_set(doc)))


def _is_demanded(verb: Token) -> bool:
    """An act demanded of someone: an infinitive ("to comply") or a command ("Comply!")."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    is_command = verb.tag_ == "VB" and verb.dep_ == "ROOT"
    return is_command and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _joined_by_or(verb: Token, penalty: Token) -> bool:
    return any(c.dep_ == "cc" and c.lower_ == "or" and c.i < penalty.i for c in verb.children)


def is_ultimatum_penalty(verb: Token) -> bool:
    """Whether a verb is the penalty of an ultimatum ("to comply or [face] fines"), or the noun
    of a penalty whose verb the parser read as its modifier ("to repay the subsidies or face
    [prosecution]", "to restructure or risk [default]")."""
    if verb.dep_ != "conj" or not _may_hold_ultimatum(verb.doc):
        return False
    if verb.lemma_.lower() not in _PENALTY_VERBS:
        return _misread_demand(verb) is not None
    demand = verb.head
    return demand.pos_ in ("VERB", "AUX") and _is_demanded(demand) and _joined_by_or(demand, verb)


def _misread_demand(noun: Token) -> Token | None:
    """The demanded verb of a penalty noun joined by "or" to the demand or to its object, the
    penalty verb read as the noun's modifier ("repay the subsidies or face prosecution")."""
    if noun.pos_ != "NOUN" or not any(_is_misread_penalty_verb(c, noun) for c in noun.children):
        return None
    joined = noun.head
    if not _joined_by_or(joined, noun):
        return None
    demand = joined.head if joined.dep_ == "dobj" else joined
    return demand if demand.pos_ == "VERB" and _is_demanded(demand) else None


def _is_misread_penalty_verb(word: Token, noun: Token) -> bool:
    """ "face" in "face prosecution" parsed as a compound of its object."""
    return word.dep_ in ("compound", "amod") and word.i < noun.i and word.lower_ in _PENALTY_VERBS


def is_ultimatum_demand(verb: Token) -> bool:
    """Whether a verb is the act an ultimatum demands ("to [comply] or face fines")."""
    if not _may_hold_ultimatum(verb.doc):
        return False
    for child in verb.children:
        if child.dep_ == "conj" and is_ultimatum_penalty(child):
            return True
        # "to repay the subsidies or face prosecution": the penalty hangs on the object.
        if child.dep_ == "dobj" and any(
            c.dep_ == "conj" and _misread_demand(c) == verb for c in child.children
        ):
            return True
    return False


def ultimatum_giver(penalty: Token) -> Token | None:
    """The verb of telling that sets an ultimatum ("[told] the bank to comply or face fines"),
    or a deadline for it ("[gave] the generals until Friday to step down or face"): its subject
    gives the ultimatum and its object receives it. None for a bare command."""
    demand = _misread_demand(penalty) or penalty.head
    teller = demand.head if demand.dep_ == "xcomp" else _deadline_setter(demand)
    if teller is None or teller.pos_ != "VERB":
        return None
    return teller


def _deadline_setter(demand: Token) -> Token | None:
    """The verb that sets the time a demand describes ("gave them [until] the end of the week
    to step down", "set them a deadline to leave"), or None."""
    if demand.dep_ == "advcl" and _has_deadline(demand.head):
        return demand.head  # "gave them until Friday to hand over power", the parse varying
    if demand.dep_ != "acl":
        return None
    time = demand.head
    if time.dep_ == "dobj":
        return time.head
    if time.dep_ == "pobj" and time.head.lower_ in _DEADLINE_PREPS:
        return time.head.head
    return None


def sets_deadline(verb: Token) -> bool:
    """Whether a verb only sets the deadline of an ultimatum ("gave the generals until Friday
    to step down or face an invasion"): the ultimatum is the event, not what the verb's own
    words would code ("gave ... military")."""
    if not _may_hold_ultimatum(verb.doc):
        return False
    times = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.lower_ in _DEADLINE_PREPS for o in p.children
    ]
    demands = [d for time in times for d in time.children if d.dep_ == "acl"]
    if _has_deadline(verb):
        demands += [c for c in verb.children if c.dep_ == "advcl"]
    return any(is_ultimatum_demand(demand) for demand in demands)


def _has_deadline(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in _DEADLINE_PREPS for c in verb.children)
