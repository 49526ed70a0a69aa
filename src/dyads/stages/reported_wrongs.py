"""Wrongs a speaker says another party did: a reported violation is an accusation.

"Brazil said the Argentine quotas were a violation of the treaty", "Pakistan said Indian drones
had flouted the rules": CAMEO codes the statement, not the breach it alleges, so the speaker
accuses (CAMEO 112) the party said to have broken a rule, treaty or commitment. A breach the
lexicon codes as an act of its own ("violated the ceasefire" is fire, 190) is left to it. A
breach may also be what an act "constitutes" or "amounts to" ("the closure amounted to a clear
violation of the agreement", "the delay amounts to wilful disobedience of the judgment").
"""

from __future__ import annotations

from spacy.tokens import Token

ACCUSATION_CAMEO = "112"
_VIOLATING = frozenset({"violate", "breach", "flout", "contravene", "infringe"})
_VIOLATION_NOUNS = frozenset(
    {"violation", "breach", "infringement", "contravention", "disobedience", "defiance"}
)
# "the duties were a violation of": the noun is the predicate of a copula.
_PREDICATE_DEPS = frozenset({"attr", "acomp"})
# Verbs that say what an act is ("constituted a breach of"), and "amount" of "amounts to".
_CONSTITUTING = frozenset({"constitute", "represent"})
_AMOUNTING = frozenset({"amount"})


def violation_clause(token: Token) -> Token | None:
    """The verb of the clause whose subject a token of violating charges ("had violated",
    "were a violation of" gives "were"), or None when the token alleges no breach."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in _VIOLATING:
        clause = token
    elif token.pos_ == "NOUN" and lemma in _VIOLATION_NOUNS:
        found = _predicating_verb(token)
        if found is None:
            return None
        clause = found
    else:
        return None
    if any(c.dep_ == "neg" for c in clause.children):
        return None  # "said the duties did not violate the rules" clears the party
    return clause


def _predicating_verb(noun: Token) -> Token | None:
    """The verb that says an act is a breach: a copula ("were a violation"), "constituted a
    breach", "amounted to wilful disobedience"; None for a breach named otherwise."""
    head = noun.head
    if noun.dep_ in _PREDICATE_DEPS:
        return head
    if noun.dep_ == "dobj" and head.lemma_.lower() in _CONSTITUTING:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in _AMOUNTING:
        return head.head
    return None
