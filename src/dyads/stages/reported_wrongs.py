"""Wrongs a speaker says another party did: a reported violation is an accusation.

"Brazil said the Argentine quotas were a violation of the treaty", "Pakistan said Indian drones
had flouted the rules": CAMEO codes the statement, not the breach it alleges, so the speaker
accuses (CAMEO 112) the party said to have broken a rule, treaty or commitment. A breach the
lexicon codes as an act of its own ("violated the ceasefire" is fire, 190) is left to it.
"""

from __future__ import annotations

from spacy.tokens import Token

ACCUSATION_CAMEO = "112"
_VIOLATING = frozenset({"violate", "breach", "flout", "contravene", "infringe"})
_VIOLATION_NOUNS = frozenset({"violation", "breach", "infringement", "contravention"})
# "the duties were a violation of": the noun is the predicate of a copula.
_PREDICATE_DEPS = frozenset({"attr", "acomp"})


def violation_clause(token: Token) -> Token | None:
    """The verb of the clause whose subject a token of violating charges ("had violated",
    "were a violation of" gives "were"), or None when the token alleges no breach."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in _VIOLATING:
        clause = token
    elif token.pos_ == "NOUN" and lemma in _VIOLATION_NOUNS and token.dep_ in _PREDICATE_DEPS:
        clause = token.head
    else:
        return None
    if any(c.dep_ == "neg" for c in clause.children):
        return None  # "said the duties did not violate the rules" clears the party
    return clause
