"""Wrongs a speaker says another party did: a reported violation is an accusation.

"Brazil said the Argentine quotas were a violation of the treaty", "Pakistan said Indian drones
had flouted the rules": CAMEO codes the statement, not the breach it alleges, so the speaker
accuses (CAMEO 112) the party said to have broken a rule, treaty or commitment. A breach the
lexicon codes as an act of its own ("violated the ceasefire" is fire, 190) is left to it. A
breach may also be what an act "constitutes" or "amounts to" ("the closure amounted to a clear
violation of the agreement", "the delay amounts to wilful disobedience of the judgment"), and
only these verbs of judging make a charge of other wrongs ("the decision amounted to a
constitutional coup", "the seizure amounted to an act of piracy by the United States"). The party
accused is the doer the wrong's "by" phrase names, else the subject's party, else a party the
subject's own clauses name ("the border controls imposed by Croatia").
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
# Wrongs that only these verbs of judging make a charge ("amounted to a constitutional coup",
# "constitutes an act of piracy"); after a bare copula they may name a thing ("it was a coup").
_JUDGED_WRONGS = frozenset(
    {"coup", "piracy", "aggression", "interference", "provocation", "crime", "contempt"}
    | {"blackmail", "abuse", "persecution", "theft", "fraud", "sham", "farce", "betrayal"}
    | {"insult", "affront", "discrimination", "harassment", "intimidation", "censorship"}
    | {"terrorism", "genocide", "extortion", "sabotage"}
)
# Nouns whose "of" phrase names the wrong ("an act of piracy", "a form of blackmail").
_KIND_NOUNS = frozenset({"act", "form", "kind", "case"})


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
    elif token.pos_ == "NOUN" and lemma in _JUDGED_WRONGS:
        found = _judging_verb(token)
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


def _judging_verb(noun: Token) -> Token | None:
    """The verb of judging that says an act is a wrong: "amounted to a constitutional coup",
    "constituted an act of piracy"; None after a copula or any other verb."""
    kind = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if kind is not None and kind.lemma_.lower() in _KIND_NOUNS:
        noun = kind  # "an act of piracy": the act is what the verb predicates
    found = _predicating_verb(noun)
    if found is None or found.lemma_.lower() not in _CONSTITUTING | _AMOUNTING:
        return None
    return found


def wrong_doer_phrase(token: Token) -> Token | None:
    """The "by" phrase of a wrong or of the act it is a kind of ("an act of piracy by the
    United States"): who the speaker says did it."""
    holders = [token]
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        holders.append(token.head.head)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
                return prep
    return None
