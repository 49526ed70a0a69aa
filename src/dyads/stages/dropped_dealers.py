"""Dealers dropped: a firm that plans to close, cut or drop its dealerships or franchisees.

Ending the ties with the dealers and franchisees that sell a firm's goods reduces relations with
them (SANCTION, CAMEO 160). Said as a plan ("plans to close 300 dealerships", "wants to drop
its franchisees") it is the cut itself, to come, not a threat: a threat holds an act over a
party to make it yield, and a firm announcing the shape of its network asks nothing of them.
Announced as a plan ("announced plans to shut down 1,100 dealerships") it is that cut too, not
an agreement: the announcement promises the dealers nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

# Parties that sell a firm's goods under contract with it.
_DEALER_WORDS = frozenset({"dealership", "dealer", "franchise", "franchisee"})
_OBJECT_DEPS = frozenset({"dobj", "dative"})
# Verbs announcing a plan, and the nouns of plan they announce.
_ANNOUNCING = frozenset({"announce", "unveil", "confirm", "outline", "reveal", "make"})
_PLAN_NOUNS = frozenset({"plan", "intention", "decision", "proposal"})


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


def announces_dealer_cut(verb: Token, lemma: str) -> bool:
    """Whether a verb announces a plan whose infinitive drops dealers ("announced plans to shut
    down 1,100 of its dealerships"): the cut is the event, not an agreement."""
    if lemma not in _ANNOUNCING:
        return False
    plans = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _PLAN_NOUNS]
    acts = [c for p in plans for c in p.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    # "announced plans on Monday to drop": the infinitive may hang on the verb itself.
    if plans:
        acts += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"]
    return any(drops_dealers(act) for act in acts)
