"""A state's own forces named only by a modifier of the act: "imposed a naval blockade on
Cyprus", "a military blockade of the port", "staged a drone strike on a car".

The actor stage codes "naval" and "military" as the armed forces of the state in view, which is
right for who acts ("naval forces shelled the coast") but such a word inside the event's own
noun phrase only says by what means the actor acts: it is never the party acted on.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads.records import Actor
from dyads.stages.role_index import ActorIndex
from dyads.stages.role_syntax import children, prep_objects
from dyads.stages.trigger_lemmas import lemma_of

# Words a phrase uses for the kind of force, the weapon or the vehicle that does an act, not for
# a party ("a naval blockade", "a drone strike", "a helicopter raid").
_MEANS_WORDS = frozenset(
    {"naval", "military", "army", "air", "aerial", "maritime", "drone", "missile", "rocket"}
    | {"helicopter", "gunship", "jet", "warplane", "tank", "artillery", "warship", "gunboat"}
)


def is_own_means(candidate: Actor, actors: tuple[Actor, ...], doc: Doc) -> bool:
    """Whether a candidate recipient is only a lower-case word of force, weapon or vehicle
    modifying a noun, of the same state as an actor ("naval" in "Turkey imposed a naval
    blockade", "drone" in "Israel staged a drone strike")."""
    if candidate.code is None or not any(candidate.code == a.code for a in actors):
        return False
    span = doc.char_span(*candidate.span, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    word = span[0]
    return word.is_lower and word.lower_ in _MEANS_WORDS and word.dep_ in ("amod", "compound")


# Verbs whose object is an act still to come ("threatened NATO air strikes").
_THREAT_VERBS = frozenset({"threaten"})
# Links by which a party names who would do the threatened act.
_DOER_LINKS = ("compound", "amod", "nmod", "poss")


def threatened_act_roles(verb: Token, index: ActorIndex) -> tuple[list[Actor], list[Actor]]:
    """The parties that would do the act a threat's object names ("threatened NATO air strikes",
    "threatened U.S. military action") and the parties that act is aimed at ("against the
    Serbs"): the first are its means, not whom the threat is made to."""
    if lemma_of(verb) not in _THREAT_VERBS:
        return [], []
    doers: list[Actor] = []
    targets: list[Actor] = []
    for act in children(verb, ("dobj",)):
        for modifier in children(act, _DOER_LINKS):
            doers += index.actors_in(modifier)
        for goal in prep_objects(act, ("against", "on")):
            targets += index.actors_in(goal)
    return doers, targets
