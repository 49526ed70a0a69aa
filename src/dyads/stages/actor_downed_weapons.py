"""Weapons brought down over a place belong to whoever launched them, not to the place.

"Police in Sumy said two drones were shot down": the drones are the attacker's, and the town,
the police or the state in focus say only where they fell. A weapon shot down, intercepted,
downed or destroyed with no owner in its own phrase ("Russian drones", "its missiles") is left
without a state.
"""

from __future__ import annotations

from spacy.tokens import Token

# Arms that fly to their target: what air defences bring down.
FLYING_WEAPONS = frozenset(
    {"drone", "missile", "rocket", "warplane", "jet", "bomber", "aircraft", "projectile"}
    | {"helicopter", "shahed", "uav"}
)
# Verbs of bringing a flying weapon down; "shoot" only with "down" ("shot down").
DOWNING_LEMMAS = frozenset({"intercept", "down", "destroy", "neutralise", "neutralize"})
PARTICLE_DOWNING = frozenset({"shoot", "bring", "knock", "take"})
# Dependencies of the weapon under such a verb: the passive subject or the object.
UNDERGOING_DEPS = frozenset({"nsubjpass", "dobj"})
OWNER_DETERMINERS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def downed_weapon(weapon: Token) -> bool:
    """Whether a weapon noun is brought down ("drones were shot down", "air defences
    intercepted missiles", "rockets that were downed") with no owner said before it."""
    if weapon.lemma_.lower() not in FLYING_WEAPONS:
        return False
    if any(c.dep_ == "poss" or c.lower_ in OWNER_DETERMINERS for c in weapon.children):
        return False  # "its drones": the owner is named
    if weapon.dep_ in UNDERGOING_DEPS:
        return _brings_down(weapon.head)
    # "rockets that were intercepted", "drones downed over Kyiv"
    clause = next((c for c in weapon.children if c.dep_ in ("relcl", "acl")), None)
    return clause is not None and _brings_down(clause)


def downs_weapons(verb: Token) -> bool:
    """Whether a verb brings down flying weapons its object names ("shot down 102 of the 127
    missiles", "intercepted drones"): an act against whoever launched them, never against the
    downing side's own country."""
    if not _brings_down(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(t.lemma_.lower() in FLYING_WEAPONS for o in objects for t in o.subtree)


def _brings_down(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in DOWNING_LEMMAS:
        return True
    return lemma in PARTICLE_DOWNING and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children
    )
