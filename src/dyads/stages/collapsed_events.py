"""Event nouns whose clause says they collapsed: "the ceasefire collapsed", "the truce broke
down", "the deal unravelled", "the collapse of the ceasefire".

A ceasefire or deal that fell apart is no concession or agreement made now, and the fighting
its end implies is not named; the noun reports no event (the lexicon keeps fought events, "the
offensive collapsed"; talks that collapse, break down or fall apart are coded at the verb, whose
subject patterns end negotiations, SANCTION 164, as the codebook codes failed negotiations).
"""

from __future__ import annotations

from spacy.tokens import Token

_COLLAPSE_VERBS = frozenset(
    {"collapse", "unravel", "crumble", "disintegrate", "fail", "founder", "implode", "evaporate"}
)
# Phrasal verbs of collapse, by the particles that make them one ("broke down", "fell apart").
_PHRASAL_COLLAPSE: dict[str, frozenset[str]] = {
    "break": frozenset({"down", "apart"}),
    "fall": frozenset({"apart", "through"}),
    "come": frozenset({"apart"}),
}
_COLLAPSE_NOUNS = frozenset(
    {"collapse", "breakdown", "failure", "unravelling", "unraveling", "disintegration"}
)
# Forms the lemmatizer may leave as they are ("unravelled" tagged as an adjective).
_COLLAPSE_FORMS = frozenset({"collapsed", "unravelled", "unraveled", "crumbled", "failed"})


def has_collapsed(noun: Token) -> bool:
    """Whether the clause or noun governing an event noun says it collapsed: as the subject
    of a verb of collapse, or as what the "of" phrase of a noun of collapse names."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return _is_collapse_verb(head)
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i:
        return head.head.lemma_.lower() in _COLLAPSE_NOUNS
    return False


def _is_collapse_verb(verb: Token) -> bool:
    # "the bailout deal failed to pass the Senate": what failed is the act of its clause.
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _COLLAPSE_VERBS or verb.lower_ in _COLLAPSE_FORMS:
        return True
    particles = _PHRASAL_COLLAPSE.get(lemma)
    return particles is not None and any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ in particles for c in verb.children
    )
