"""Mediation accepted by letting a party mediate: "Sri Lanka consented to let Norway act as a
go-between", "Indonesia allowed the Henry Dunant Centre to mediate".

Consenting, agreeing or letting reads as a concession (CAMEO 080) or permission eased (081),
and the mediation below it as the mediator's own act (045). A party that lets another act as
its go-between accepts that party's mediation (CAMEO 038, PLOVER AGREE), the mediator its
recipient.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.doc_utils import preposition_objects

ACCEPTED_MEDIATION_CAMEO = "038"
# Verbs of consent or permission whose complement may be a mediation let happen.
CONSENTING_VERBS = frozenset({"consent", "agree", "accept", "let", "allow", "permit"})
_MEDIATING_VERBS = frozenset({"mediate"})
# Verbs of a role taken "as" a mediator ("act as a go-between", "serve as an intermediary").
_ROLE_VERBS = frozenset({"act", "serve"})
_MEDIATOR_NOUNS = frozenset(
    {"mediator", "go-between", "intermediary", "broker", "facilitator", "peacemaker"}
)
_COMPLEMENT_DEPS = ("xcomp", "ccomp", "advcl")


def _is_mediator(noun: Token) -> bool:
    if noun.lemma_.lower() in _MEDIATOR_NOUNS or noun.lower_ in _MEDIATOR_NOUNS:
        return True
    # "go-between" split by the tokenizer: "between" with "go" before it.
    return noun.lower_ == "between" and any(c.lower_ == "go" for c in noun.children)


def _mediates(act: Token) -> bool:
    lemma = act.lemma_.lower()
    if lemma in _MEDIATING_VERBS:
        return True
    if lemma not in _ROLE_VERBS:
        return False
    return any(_is_mediator(o) for o in preposition_objects(act, "as"))


def lets_party_mediate(verb: Token) -> bool:
    """Whether a verb of consent or permission has, in its complement or in that of a verb of
    letting under it, a mediation by another party ("consented to let Norway act as a
    go-between")."""
    if verb.lemma_.lower() not in CONSENTING_VERBS:
        return False
    frontier = [verb]
    for _ in range(2):
        complements = [
            c for v in frontier for c in v.children if c.dep_ in _COMPLEMENT_DEPS and c.i > v.i
        ]
        if any(_mediates(c) for c in complements):
            return True
        frontier = [c for c in complements if c.lemma_.lower() in CONSENTING_VERBS]
    return False
