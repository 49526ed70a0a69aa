"""Words that name what a criticism calls its object, not an event of their own.

"condemned the measures as an attack on the people", "denounced the embargo as aggression",
"called the seizure an act of piracy": the noun after "as" (or the object's predicate) is the
content of the charge, so it is no attack, aggression or seizure the sentence reports.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.naming_predicates import small_clause_predicate

# Verbs that judge or name their object: what follows "as" says what they call it.
_JUDGING_VERBS = frozenset(
    {
        "blast",
        "brand",
        "call",
        "characterise",
        "characterize",
        "condemn",
        "criticise",
        "criticize",
        "decry",
        "denounce",
        "deride",
        "describe",
        "dismiss",
        "dub",
        "label",
        "paint",
        "portray",
        "reject",
        "slam",
        "term",
        "view",
    }
)
# How far up conjunctions a charge may be listed ("as illegal, unjust and an attack").
_MAX_CONJUNCTS = 4


def _judging(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _JUDGING_VERBS


def _as_phrase_of_judgement(word: Token) -> bool:
    """Whether `word` heads the object of an "as" attached to a judging verb or its object."""
    preposition = word.head
    if word.dep_ != "pobj" or preposition.lower_ != "as" or preposition.dep_ != "prep":
        return False
    owner = preposition.head
    return _judging(owner) or (owner.dep_ == "dobj" and _judging(owner.head))


def _listed_after_as(word: Token, first: Token) -> bool:
    """ "the measures as illegal and an attack": the parser may join the charge to the object,
    with the "as" that opens the charge between them."""
    between = word.doc[first.i + 1 : word.i]
    return first.dep_ == "dobj" and _judging(first.head) and any(t.lower_ == "as" for t in between)


def _second_object(word: Token) -> bool:
    return any(c.dep_ == "dobj" and c.i < word.i for c in word.head.children)


def names_a_charge(token: Token) -> bool:
    """Whether a noun is what a judging verb calls its object, so it reports no event."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.dep_ == "oprd" and _judging(token.head):
        return True
    predicate = small_clause_predicate(token.head) if _judging(token.head) else None
    if predicate is not None and predicate.i == token.i:
        return True
    if token.dep_ == "dobj" and _judging(token.head) and _second_object(token):
        return True  # "branded the layoffs an assault", parsed as two objects
    word = token
    for _ in range(_MAX_CONJUNCTS):
        if _as_phrase_of_judgement(word):
            return True
        if word.dep_ != "conj":
            return False
        word = word.head
        if _listed_after_as(token, word):
            return True
    return _as_phrase_of_judgement(word)
