"""Demands made to the party a quote addresses: "@NATO, you should close the sky," she tweeted.

A post or letter that names its addressee and tells them "you should" or "you must" act demands
that act of them (CAMEO 10, PLOVER REQUEST), as "X said Y must act" does. After a colon ("she
tweeted: "...") the parser often makes the quoted verb the sentence's root and hangs the verb of
saying under it; the speaker is then that verb's subject. The "you" must stand for an actor (the
actor stage resolves it to the vocative, see `actor_vocatives`), so a general "you should never
give up" demands nothing of anyone.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.role_index import ActorIndex

_DEMAND_AUX = frozenset({"must", "should"})
_SAYING = frozenset({"say", "tell", "write", "tweet", "post", "add", "declare", "state", "plead"})


def addressed_demand_speaker(verb: Token, index: ActorIndex) -> Token | None:
    """For a root verb whose subject is an addressed "you" with "must" or "should", the verb
    of saying hung under it, whose subject demands; else None."""
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
        return None
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in _DEMAND_AUX for c in children):
        return None
    addressed = any(
        c.dep_ == "nsubj" and c.lower_ == "you" and index.at(c) is not None for c in children
    )
    if not addressed:
        return None
    return next(
        (c for c in children if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in _SAYING),
        None,
    )
