"""Judgements placed in a court: "the former minister was charged with corruption in a Kuala
Lumpur court", "two activists were sentenced to prison in a Cairo court". A passive verb of
charging or judging with no agent, whose "in" phrase names a court, was done by that court: the
court acts, and the passive subject undergoes the act as it does with an agent."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.role_index import ActorIndex
from dyads.stages.role_syntax import prep_objects, word_set
from dyads.stages.trigger_lemmas import lemma_of

# Verbs of charging a suspect and of judging one, which a court does where it sits.
_JUDGING_VERBS = word_set("charge indict arraign sentence convict try acquit fine jail remand")
# The sector of a court, a judge or a prosecutor's office.
_COURT_SECTOR = "JUD"


def trying_courts(verb: Token, index: ActorIndex) -> list[Actor]:
    """The court a passive verb of charging or judging places its act in, as the first of the
    parties its "in" phrase names; an empty list when the verb judges nothing or no court is
    named there."""
    if lemma_of(verb) not in _JUDGING_VERBS:
        return []
    # The parser may hang the "in" phrase on the charge ("charged with five counts of
    # corruption in a Kuala Lumpur court").
    charges = prep_objects(verb, ("with", "for", "of"))
    return [
        party
        for holder in (verb, *charges)
        for place in prep_objects(holder, ("in",))
        for party in index.actors_in(place)[:1]
        if party.sector == _COURT_SECTOR
    ][:1]
