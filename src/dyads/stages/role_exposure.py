"""Roles of an act that its target is said to come under: "the convoy came under attack from
Somali militiamen", "Chad came under pressure from France", "the town came under Russian fire",
or to draw: "China's decision drew criticism from Washington"; or to receive or suffer, with no
source named too: "Apple received criticism over the antenna" has no actor; or to be the target
of, named or not: "the minister has been the target of criticism from Ghana", "the embassy was
the victim of an attack".
The subject of the verb is the target; the "from" or "by" phrase, else the noun's own modifiers,
names who acts. A trigger read at the verb ("came under pressure") is a reversed pattern of the
lexicon (its subject is the recipient): the subject is read as the actor, as for any verb, and
the events stage swaps the two, so only the source is given as the other party."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.role_index import ActorIndex
from dyads.stages.role_syntax import MODIFIER_DEPS, SUBJECT_DEPS, children, prep_objects
from dyads.stages.trigger_lemmas import lemma_of

# Verbs that put their subject under what a noun names ("came under fire", "was under attack").
_EXPOSURE_VERBS = frozenset({"come", "fall", "be", "remain", "stay"})
_SOURCE_PREPS = ("from", "by")
# Verbs whose subject draws an act from another party ("drew criticism from Washington", "faced
# protests from Albania"): only with the source named, else they are no exposure.
_DRAWING_VERBS = frozenset({"draw", "attract", "face", "earn", "provoke", "spark", "prompt"})
# Verbs whose subject undergoes the act its object names, whether or not its source is named
# ("Apple received criticism over the antenna"): with none named, nobody is the actor.
_UNDERGOING_VERBS = frozenset({"receive", "get", "suffer", "incur"})
_OBJECT_EXPOSURE_VERBS = _DRAWING_VERBS | _UNDERGOING_VERBS
# Nouns that make the subject of "be" or "become" the one an act is aimed at ("was the target of
# criticism", "has become the focus of protests", "was the victim of an attack").
_TARGET_NOUNS = frozenset({"target", "subject", "object", "focus", "victim"})
_BEING_VERBS = frozenset({"be", "become", "remain"})


def exposure_verb(noun: Token) -> Token | None:
    """The verb whose subject comes under the act a noun names ("came under fire"), or draws
    it ("drew criticism from Washington"), or None."""
    if noun.dep_ == "dobj" and lemma_of(noun.head) in _OBJECT_EXPOSURE_VERBS:
        sourced = prep_objects(noun, _SOURCE_PREPS) or _verb_sources(noun.head)
        return noun.head if sourced or lemma_of(noun.head) in _UNDERGOING_VERBS else None
    under = noun.head
    if noun.dep_ != "pobj" or under.lower_ != "under" or under.dep_ != "prep":
        return None
    verb = under.head
    return verb if lemma_of(verb) in _EXPOSURE_VERBS else None


def target_frame(noun: Token) -> Token | None:
    """ "was the target of criticism from Ghana": the noun ("target") that makes the subject of
    "be" or "become" the one the act a noun names is aimed at, or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.dep_ != "prep":
        return None
    frame = noun.head.head
    if frame.dep_ != "attr" or frame.lemma_.lower() not in _TARGET_NOUNS:
        return None
    return frame if lemma_of(frame.head) in _BEING_VERBS else None


def exposure_roles(noun: Token, index: ActorIndex) -> tuple[list[Actor], list[Actor]] | None:
    """Who acts and who undergoes the act a noun names after "under" or "the target of", or None
    when the noun is not there or no source of the act is named (the target of an act is its
    recipient all the same)."""
    frame = target_frame(noun)
    verb = frame.head if frame is not None else exposure_verb(noun)
    if verb is None:
        return None
    # "was the target of air strikes by Israel": the parser may hang the source on "target".
    framed = prep_objects(frame, _SOURCE_PREPS) if frame is not None else []
    sources = prep_objects(noun, _SOURCE_PREPS) or framed or _verb_sources(verb)
    # "drew criticism from Washington": a place the act comes from stands for its country.
    actors = [
        a
        for source in sources
        for a in index.actors_in(source) or _place(index.object_place(source))
    ]
    if not actors:  # "came under Russian fire"
        actors = [a for m in children(noun, MODIFIER_DEPS | {"poss"}) for a in index.all_in(m)]
    targets = [a for subject in children(verb, SUBJECT_DEPS) for a in index.actors_in(subject)]
    undergone = frame is not None or (noun.dep_ == "dobj" and lemma_of(verb) in _UNDERGOING_VERBS)
    if not actors and not (targets and undergone):
        return None  # "received criticism" with no source: its subject undergoes it all the same
    if frame is not None and not targets:
        return None  # "trade was the subject of talks with Japan": the noun's own phrases say
    return actors, targets


def _verb_sources(verb: Token) -> list[Token]:
    """The verb's own "from" or "by" phrases ("came under pressure on Sunday from X")."""
    return prep_objects(verb, _SOURCE_PREPS)


def _place(place: Actor | None) -> list[Actor]:
    return [place] if place is not None else []


def exposure_sources(verb: Token, index: ActorIndex) -> list[Actor]:
    """Who acts in what a verb's subject comes under ("came under pressure from the United
    States"), for a trigger read at the verb."""
    for noun in prep_objects(verb, ("under",)):
        roles = exposure_roles(noun, index)
        if roles is not None:
            return roles[0]
    return []
