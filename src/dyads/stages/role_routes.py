"""Both ends of a route that an act blocks: "blocked the bridge from Belgium to the Netherlands",
"blocked the border crossing between Poland and Ukraine". A bridge, road or crossing that joins
two states is shut to both, so both states are the act's recipients; a route inside one state
("the road from Nairobi to Mombasa") leaves the recipient to the other role readings."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.role_index import ActorIndex
from dyads.stages.role_syntax import children, prep_objects, word_set

# Verbs of shutting a way; only their objects are routes shut to someone.
_BLOCKING_VERBS = word_set("block blockade barricade obstruct close shut seal")
_ROUTE_NOUNS = word_set(
    "bridge road highway motorway freeway crossing tunnel railway railroad route pass "
    "checkpoint corridor"
)
# Prepositions naming a route's ends ("from X to Y", "between X and Y").
_END_PREPS = ("from", "to", "between")
# The least number of states a route must join for both ends to be recipients.
_STATES_JOINED = 2


def route_ends(verb: Token, index: ActorIndex) -> list[Actor]:
    """The parties, or places standing for their states, at the ends of a route the verb
    blocks, in text order, when they lie in two states or more; else none."""
    if verb.lemma_.lower() not in _BLOCKING_VERBS:
        return []
    routes = [o for o in children(verb, ("dobj",)) if o.lemma_.lower() in _ROUTE_NOUNS]
    if not routes:
        return []
    route = routes[0]
    # "the bridge spanning the Rhine from France to Germany", "the bridge over the Meuse from
    # Belgium": the ends may hang on a participle or on the water the route crosses.
    participles = children(route, ("acl",))
    crossed = [o for p in participles for o in children(p, ("dobj",))]
    crossed += prep_objects(route, ("over", "across", "under"))
    holders = [route, *participles, *crossed]
    phrases = [obj for holder in holders for obj in prep_objects(holder, _END_PREPS)]
    # "blocked the highway from Greece to Bulgaria": the parser may hang an end on the verb.
    phrases += [obj for obj in prep_objects(verb, ("from", "to")) if obj.i > route.i]
    ends: list[Actor] = []
    # "between Poland and Ukraine": each conjoined end is one.
    for end in sorted({t for obj in phrases for t in (obj, *obj.conjuncts)}, key=lambda t: t.i):
        place = index.object_place(end)
        ends += [a for a in index.actors_in(end) or ([place] if place else []) if a not in ends]
    states = {end.code for end in ends if end.code}
    return ends if len(states) >= _STATES_JOINED else []
