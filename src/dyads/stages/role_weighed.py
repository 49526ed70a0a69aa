"""Requests and offers that a party weighs: the party weighing one is the one it was made to.

"Oslo is considering a Swedish request for help", "Warsaw was examining the Ukrainian request":
a request, appeal, offer or proposal is put to whoever is asked to decide on it, so the subject
of a verb of weighing, answering or deciding on it (the agent of its passive) is its recipient,
and the party its own modifiers name ("Swedish", "Kyiv's") made it. Verbs of getting one are
`role_nouns`' receiving rule. A request "to" a party that is turned down or granted with no one
named to do it was decided by that party ("Britain's request to India for the extradition was
turned down": India refuses Britain).
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.role_index import ActorIndex, Roles, same_party
from dyads.stages.role_subjects import subject_of
from dyads.stages.role_syntax import MODIFIER_DEPS, children, prep_objects, word_set
from dyads.stages.trigger_lemmas import lemma_of

# Nouns of a party asking or offering something of another.
_PROPOSAL_NOUNS = word_set("request appeal plea offer proposal invitation demand bid ultimatum")
# Verbs whose subject decides on, or answers, what it was asked or offered.
_WEIGHING_VERBS = word_set(
    "consider examine study review weigh evaluate assess answer grant approve heed reject refuse"
    " decline accept dismiss spurn deny ignore welcome"
)
# Verbs that decide on a request only with their particle ("turned down", "brushed aside").
_PARTICLE_DECIDING = {"turn": "down", "brush": "aside", "wave": "aside", "sweep": "aside"}


def weighed_proposal_roles(noun: Token, index: ActorIndex) -> Roles | None:
    """The maker and the addressee of a request or offer that its verb's subject weighs, when
    both are named and differ; None otherwise."""
    if lemma_of(noun) not in _PROPOSAL_NOUNS or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or lemma_of(verb) not in _WEIGHING_VERBS:
        return None
    makers = [a for m in children(noun, (*MODIFIER_DEPS, "poss")) for a in index.all_in(m)]
    if noun.dep_ == "dobj":
        deciders = subject_of(verb, index)[0]
    else:  # "the Georgian request was reviewed by the Turkish cabinet"
        deciders = [a for agent in children(verb, ("agent",)) for a in index.by_depth(agent)]
    if not makers or not deciders or same_party(makers[0], deciders[0]):
        return None
    return Roles((makers[0],), deciders[0])


def addressed_proposal_roles(
    verb: Token, passive: Token, index: ActorIndex
) -> tuple[list[Actor], list[Actor]] | None:
    """Who decided on a request or offer "to" a party that a passive verb of deciding says was
    answered with no agent (that party), and who made it (the party its modifiers or "from"
    phrase name); None when the words do not name both."""
    if lemma_of(passive) not in _PROPOSAL_NOUNS or not _decides(verb):
        return None
    deciders = [a for obj in prep_objects(passive, ("to",)) for a in index.actors_in(obj)]
    makers = [a for m in children(passive, (*MODIFIER_DEPS, "poss")) for a in index.all_in(m)]
    makers += [a for obj in prep_objects(passive, ("from", "by")) for a in index.actors_in(obj)]
    if not deciders or not makers or same_party(makers[0], deciders[0]):
        return None
    return [deciders[0]], [makers[0]]


def _decides(verb: Token) -> bool:
    lemma = lemma_of(verb)
    if lemma in _WEIGHING_VERBS:
        return True
    particle = _PARTICLE_DECIDING.get(lemma)
    return particle is not None and any(c.lower_ == particle for c in verb.children)
