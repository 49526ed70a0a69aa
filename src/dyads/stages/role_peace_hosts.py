"""The land a peacekeeping force serves: "sent 600 soldiers to join the U.N. peacekeeping force
in Lebanon", "for the AU force in Somalia". Peacekeepers provided are aid to the state the
mission is in (CAMEO 074), not to the body that runs it."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.role_index import ActorIndex, Roles
from dyads.stages.role_syntax import prep_objects
from dyads.stages.trigger_peacekeeping import peace_mission_of

# Where forces sent or arriving go: the land a mission named with no land of its own serves.
_ARRIVAL_PREPS = ("in", "to", "into")


def peace_host_roles(verb: Token, roles: Roles, index: ActorIndex) -> Roles:
    """The roles with the land of the peacekeeping mission the verb sends forces to as the
    recipient, when its "in" phrase names one other than the actors'."""
    mission = peace_mission_of(verb)
    if mission is None:
        return roles
    # "to join the U.N. force in Liberia": the parser may hang the land on the verb of joining.
    holder = mission.head.head if mission.dep_ == "pobj" else mission.head
    places = prep_objects(mission, ("in",)) + [
        p for p in prep_objects(holder, ("in",)) if p.i > mission.i
    ]
    # "Jordanian troops arrived in Haiti to join the U.N. mission": a mission named with no
    # land of its own serves the land the forces go to or arrive in.
    places += prep_objects(verb, _ARRIVAL_PREPS)
    host = next((a for p in places for a in _land(p, index)), None)
    if host is None or any(a.code == host.code for a in roles.actors):
        return roles
    return Roles(roles.actors, host, roles.refers_to_previous_pair)


def _land(place: Token, index: ActorIndex) -> list[Actor]:
    """The parties a place names, or the state it stands for."""
    found = index.actors_in(place)
    standing = index.object_place(place) if not found else None
    return found or ([standing] if standing is not None else [])
