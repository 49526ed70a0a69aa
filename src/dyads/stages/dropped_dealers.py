"""Dealers dropped: a firm that plans to close, cut or drop its dealerships or franchisees.

Ending the ties with the dealers and franchisees that sell a firm's goods reduces relations with
them (SANCTION, CAMEO 160). Said as a plan ("plans to close 300 dealerships", "wants to drop
its franchisees") it is the cut itself, to come, not a threat: a threat holds an act over a
party to make it yield, and a firm announcing the shape of its network asks nothing of them.
"""

from __future__ import annotations

from spacy.tokens import Token

# Parties that sell a firm's goods under contract with it.
_DEALER_WORDS = frozenset({"dealership", "dealer", "franchise", "franchisee"})
_OBJECT_DEPS = frozenset({"dobj", "dative"})


def drops_dealers(verb: Token) -> bool:
    """Whether a verb's object, or the party its object is "with", names dealers or
    franchisees ("close 300 dealerships", "terminate contracts with 40 franchisees")."""
    for child in verb.children:
        is_with = child.dep_ == "prep" and child.lower_ == "with"
        if child.dep_ not in _OBJECT_DEPS and not is_with:
            continue
        if any(t.lemma_.lower() in _DEALER_WORDS for t in child.subtree):
            return True
    return False
