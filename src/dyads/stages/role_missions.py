"""Parties that a diplomatic mission names: the state an envoy is posted to, and the state whose
embassy shelters someone.

"Lithuania recalled its ambassador to Beijing", "withdrew its envoy in Ankara": the envoy's
post names the state whose conduct the recall protests, not the sending state. "A Bolivian
minister took refuge in the Mexican embassy": the embassy's state gives the refuge.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.role_index import ActorIndex
from dyads.stages.role_syntax import children, prep_objects, word_set

ENVOY_NOUNS = word_set("ambassador envoy diplomat consul emissary charge representative")
MISSION_NOUNS = word_set("embassy embassies consulate consulates legation mission compound")
REFUGE_NOUNS = word_set("refuge shelter sanctuary asylum")


def envoy_posts(verb: Token, index: ActorIndex) -> list[Actor]:
    """The parties the "to" or "in" phrase of an envoy the verb moves names, nearest first."""
    found: list[Actor] = []
    for thing in children(verb, ("dobj",)):
        if thing.lemma_.lower() not in ENVOY_NOUNS:
            continue
        # The parser hangs the post on the noun or, as often, on the verb.
        posts = prep_objects(thing, ("to", "in")) + [
            o for o in prep_objects(verb, ("to", "in")) if o.i == thing.i + 2
        ]
        for post in posts:
            place = index.object_place(post)
            found += index.actors_in(post) or ([place] if place is not None else [])
    return found


def sheltering_missions(verb: Token, index: ActorIndex) -> list[Actor]:
    """The states whose embassy the verb's "in", "at" or "inside" phrase names ("took refuge in
    the Peruvian embassy")."""
    refuges = [t for t in children(verb, ("dobj",)) if t.lemma_.lower() in REFUGE_NOUNS]
    if not refuges:
        return []
    places = prep_objects(verb, ("in", "at", "inside", "into"))
    missions = [o for o in places if o.lemma_.lower() in MISSION_NOUNS]
    for thing in refuges:
        missions += [
            o for o in prep_objects(thing, ("in", "at")) if o.lemma_.lower() in MISSION_NOUNS
        ]
    return [a for mission in missions for a in index.actors_in(mission)]
