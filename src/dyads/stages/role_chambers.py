"""Decisions placed in a chamber: "the offer was rejected in the Philippine Senate", "the bill was
voted down in the Bundestag". A passive verb of deciding with no agent, whose "in" phrase names a
legislature, was decided by that legislature: its members vote there, so the chamber acts, and
the passive subject undergoes the decision as it does with an agent."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.role_index import ActorIndex
from dyads.stages.role_syntax import prep_objects, word_set
from dyads.stages.trigger_lemmas import lemma_of

# Verbs a chamber decides with on what is put to it.
_DECIDING_VERBS = word_set(
    "reject approve pass adopt defeat ratify endorse block overturn veto enact accept"
)
# Verbs that decide only with their particle ("voted down", "turned down", "threw out").
_PARTICLE_DECIDING = {"vote": "down", "turn": "down", "throw": "out", "shoot": "down"}
# The sector of a legislature: a parliament, a congress, a senate or one of their houses.
_CHAMBER_SECTOR = "LEG"


def deciding_chambers(verb: Token, index: ActorIndex) -> list[Actor]:
    """The legislature a passive verb of deciding places its decision in, as the first of the
    parties its "in" phrase names; an empty list when the verb decides nothing or no chamber is
    named there."""
    if not _decides(verb):
        return []
    return [
        party
        for place in prep_objects(verb, ("in",))
        for party in index.actors_in(place)[:1]
        if party.sector == _CHAMBER_SECTOR
    ][:1]


def _decides(verb: Token) -> bool:
    lemma = lemma_of(verb)
    if lemma in _DECIDING_VERBS:
        return True
    particle = _PARTICLE_DECIDING.get(lemma)
    return particle is not None and any(
        c.dep_ == "prt" and c.lower_ == particle for c in verb.children
    )
