"""Ultimatums: a demand joined by "or" to the penalty for refusing it.

"told the bank to comply or face further penalties", "ordered the firm to repay the subsidies or
face prosecution", "comply or lose its licence": the clause after "or" names what will follow if
the demand is not met, so the whole is a threat (CAMEO 139, give ultimatum), not a charge, a
penalty or an agreement to comply. The demanded act itself has not happened and reports no event
of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

ULTIMATUM_CAMEO = "139"
# Verbs that name a penalty suffered by whoever refuses: "or face", "or risk", "or lose".
_PENALTY_VERBS = frozenset({"face", "risk", "lose", "incur", "forfeit"})


def _is_demanded(verb: Token) -> bool:
    """An act demanded of someone: an infinitive ("to comply") or a command ("Comply!")."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    is_command = verb.tag_ == "VB" and verb.dep_ == "ROOT"
    return is_command and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _joined_by_or(verb: Token, penalty: Token) -> bool:
    return any(c.dep_ == "cc" and c.lower_ == "or" and c.i < penalty.i for c in verb.children)


def is_ultimatum_penalty(verb: Token) -> bool:
    """Whether a verb is the penalty of an ultimatum ("to comply or [face] fines")."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in _PENALTY_VERBS:
        return False
    demand = verb.head
    return demand.pos_ in ("VERB", "AUX") and _is_demanded(demand) and _joined_by_or(demand, verb)


def is_ultimatum_demand(verb: Token) -> bool:
    """Whether a verb is the act an ultimatum demands ("to [comply] or face fines")."""
    return any(c.dep_ == "conj" and is_ultimatum_penalty(c) for c in verb.children)


def ultimatum_giver(penalty: Token) -> Token | None:
    """The verb of telling that sets an ultimatum ("[told] the bank to comply or face fines"):
    its subject gives the ultimatum and its object receives it. None for a bare command."""
    demand = penalty.head
    teller = demand.head
    if demand.dep_ != "xcomp" or teller.pos_ != "VERB":
        return None
    return teller
