"""Recipients named by prepositional phrases beyond a verb's own: whom a reaction answers or a
conflict is with ("in protest of X", "in its war with X"), whom a letter is to ("in a letter to
X"), whom a call or talks are with ("in a telephone call with X"), whose mission a crowd gathers
at ("outside the X embassy"), on whose behalf an action is, what a particle's phrase leaves
("pulled out of X"), and "to" or "with" phrases the parser hung inside the object ("passed
intelligence on troop movements to Iraq"); what a protest is "over" ("protested over Japan's
textbooks"), and whose act a stated feeling is about ("expressed concern over China's build-up")."""

from __future__ import annotations

from collections import deque

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.role_index import ActorIndex, same_party
from dyads.stages.role_subjects import subject_actors
from dyads.stages.role_syntax import (
    GRIEVANCE_WORDS,
    MAX_CLAUSE_CLIMB,
    MODIFIER_DEPS,
    SUBCLAUSE_DEPS,
    children,
    letters_to,
    prep_objects,
    word_set,
)

# "in protest of X", "in retaliation for X's attack": the party a reaction is aimed at; "in its
# war with Iraq": the other side of a conflict.
# "in a show of force against Iraq": whom a display of strength is aimed at.
_REACTION_NOUNS = word_set("protest retaliation response reaction revenge show warning")
_REACTION_PREPS = ("against", "of", "at", "over", "for", "to")
_CONFLICT_NOUNS = word_set("war conflict fight battle struggle campaign dispute confrontation")
# Acts of killing and harm whose "of", "on" or "in" phrases name victims and places, never whom a
# reaction to them answers ("in protest at the massacre of Palestinians in Beirut"): only the
# doer their own modifiers or "by" phrase name is.
_HARM_NOUNS = word_set(
    "massacre massacres killing killings murder murders slaughter assassination execution"
    " executions death deaths bombing bombings shelling attack attacks"
)
_CONFLICT_PREPS = ("with", "against", "between")
# Feelings a party states about another's act ("expressed concern over X's build-up"), and the
# prepositions naming the act.
_FEELING_NOUNS = word_set(
    "concern alarm dismay dissatisfaction displeasure disquiet unease regret anger outrage"
    " indignation disappointment irritation frustration exasperation annoyance fury"
)
_FEELING_PREPS = ("over", "at", "about", "with")
# What one speaks with another in ("in a telephone call with X").
_CONVERSATION_NOUNS = word_set("call conversation talk talks meeting telephone phone")
# Clauses through which a letter's content reaches the act it states.
_STATED_DEPS = frozenset({"ccomp", "xcomp", "acomp"})
# Where a crowd gathers at a foreign state's mission ("outside the embassy").
_GATHERING_PREPS = ("outside", "at", "near", "before", "opposite")
_MISSION_NOUNS = word_set("embassy consulate mission legation")
_AWAY_PARTICLES = frozenset({"out", "away", "back"})


def reaction_targets(token: Token, index: ActorIndex) -> list[Actor]:
    """ "went on strike in protest of the government's refusal": whom a reaction answers;
    "an offensive in its war with Iraq": the other side."""
    found: list[Actor] = []
    for reaction in prep_objects(token, ("in",)):
        lemma = reaction.lemma_.lower()
        preps = (
            _REACTION_PREPS
            if lemma in _REACTION_NOUNS
            else _CONFLICT_PREPS
            if lemma in _CONFLICT_NOUNS
            else ()
        )
        for obj in prep_objects(reaction, preps):
            found += _harm_doers(obj, index) if _is_harm(obj) else index.by_depth(obj)
        if lemma in _CONFLICT_NOUNS:
            # "mediate in the Liberian civil war": the party whose conflict it is.
            found += [a for a in index.actors_in_flat(reaction) if a not in found]
    return found


def follows_reaction(obj: Token) -> bool:
    """Whether a verb's prepositional object is what the reaction phrase just before it answers,
    the parser having hung both on the verb ("recalled its envoy in protest at the massacre")."""
    prep = obj.head
    if prep.lower_ not in _REACTION_PREPS or prep.dep_ != "prep":
        return False
    return any(
        r.lemma_.lower() in _REACTION_NOUNS and r.i == prep.i - 1
        for r in prep_objects(prep.head, ("in",))
    )


def reaction_object_parties(obj: Token, index: ActorIndex) -> list[Actor]:
    """The parties what a reaction answers names: an act of harm's doer only, else all."""
    return _harm_doers(obj, index) if _is_harm(obj) else index.by_depth(obj)


def _is_harm(act: Token) -> bool:
    return act.lemma_.lower() in _HARM_NOUNS or act.lower_ in _HARM_NOUNS


def _harm_doers(act: Token, index: ActorIndex) -> list[Actor]:
    """ "the army's killing of protesters", "Israeli attacks on Gaza", "the shelling by Serb
    forces": the doer an act of harm's own words name."""
    owners = children(act, MODIFIER_DEPS | {"poss"}) + prep_objects(act, ("by",))
    return [a for owner in owners for a in index.actors_in(owner)]


def grievance_targets(token: Token, index: ActorIndex) -> list[Actor]:
    """ "protested over Japan's approval of a textbook", "complained over Chinese oil
    exploration": the party whose act a protest or complaint is about."""
    if token.lemma_.lower() not in GRIEVANCE_WORDS:
        return []
    # Only the doer the act's own words name: "over the sale of jets to Taiwan" is not aimed at
    # the buyer, and says nothing of the seller.
    return [
        a
        for act in prep_objects(token, ("over",))
        for owner in children(act, MODIFIER_DEPS | {"poss"})
        for a in index.actors_in(owner)
    ]


def feeling_targets(noun: Token, index: ActorIndex) -> list[Actor]:
    """ "expressed concern over China's military build-up opposite Taiwan", "voiced alarm at
    the junta's crackdown": the doer whose act a feeling a party states is about, named by the
    act's possessor or adjective, ahead of parties deeper in it."""
    if noun.lemma_.lower() not in _FEELING_NOUNS:
        return []
    return [
        a
        for act in prep_objects(noun, _FEELING_PREPS)
        for owner in children(act, MODIFIER_DEPS | {"poss"})
        for a in index.actors_in(owner)
    ]


def letter_addressees(
    verb: Token, index: ActorIndex, actors: tuple[Actor, ...] = (), *, framed: bool = False
) -> list[Actor]:
    """ "demanded in a letter to the Security Council", "in a message to the king, X urged":
    whom a written act is addressed to; also an act the letter states, when it is a promise or
    demand (`framed`) or the writer's own ("warned in a letter to the IAEA that it would expel
    the inspectors"), not what the letter reports of others."""
    heads = [verb]
    while len(heads) <= MAX_CLAUSE_CLIMB and heads[-1].dep_ in _STATED_DEPS:
        heads.append(heads[-1].head)
    written: list[Actor] = []
    for n, head in enumerate(heads):
        letters = letters_to(head)
        # The writer is looked up only for a clause said in a letter: most are in none.
        if letters and (n == 0 or framed or _writes_of_own_act(head, actors, index)):
            written += [a for obj in letters for a in index.actors_in(obj)]
    return written + conversation_partners(verb, index)


def conversation_partners(verb: Token, index: ActorIndex) -> list[Actor]:
    """ "Mubarak, in a telephone call with the Israeli prime minister, urged a return to talks",
    "agreed in talks with Syria to": the party a verb's act is done in a conversation with,
    whether the parser hung the phrase on the verb or on its subject."""
    phrases = prep_objects(verb, ("in", "during"))
    phrases += [p for s in children(verb, ("nsubj",)) for p in prep_objects(s, ("in", "during"))]
    return [
        a
        for talk in phrases
        if talk.lemma_.lower() in _CONVERSATION_NOUNS
        for obj in prep_objects(talk, ("with",))
        for a in index.actors_in(obj)
    ]


def _writes_of_own_act(writer_verb: Token, actors: tuple[Actor, ...], index: ActorIndex) -> bool:
    """Whether the party writing is the one that acts (by record, or by code and sector)."""
    writers = subject_actors(writer_verb, index)
    return bool(actors) and all(any(same_party(a, w) for w in writers) for a in actors)


def missions_gathered_at(verb: Token, index: ActorIndex) -> list[Actor]:
    """ "rallied outside the Danish embassy", "protested in front of the U.S. consulate": the
    state whose mission a crowd gathers at."""
    places = prep_objects(verb, _GATHERING_PREPS)
    places += [
        p
        for front in prep_objects(verb, ("in",))
        for p in prep_objects(front, ("of",))
        if front.lower_ == "front"
    ]
    return [a for p in places if p.lemma_.lower() in _MISSION_NOUNS for a in index.actors_in(p)]


def beneficiaries(verb: Token, index: ActorIndex) -> list[Actor]:
    """ "campaigned at the United Nations on behalf of Nicaragua": whom an action is for."""
    return [
        a
        for behalf in prep_objects(verb, ("on",))
        if behalf.lower_ == "behalf"
        for obj in prep_objects(behalf, ("of",))
        for a in index.actors_in(obj)
    ]


def particle_sources(verb: Token) -> list[Token]:
    """ "pulled out of Niger", "moved away from the border": where a particle's phrase leads."""
    return [
        obj
        for particle in verb.children
        if particle.lower_ in _AWAY_PARTICLES and particle.dep_ in ("prt", "prep", "advmod")
        for prep in children(particle, ("prep",))
        if prep.lower_ in ("of", "from")
        for obj in children(prep, ("pobj",))
    ]


def object_goals(verb: Token) -> list[Token]:
    """ "passed intelligence on troop movements to Iraq": a "to" phrase the parser hung inside
    the object or another phrase of a transfer that has none of its own."""
    if prep_objects(verb, ("to",)):
        return []
    found: list[Token] = []
    queue = deque(c for c in verb.children if c.dep_ in ("dobj", "prep"))
    while queue:
        token = queue.popleft()
        if token.dep_ == "prep" and token.lower_ == "to" and token.head != verb:
            found += children(token, ("pobj",))
        queue.extend(c for c in token.children if c.dep_ not in SUBCLAUSE_DEPS)
    return found


def nested_partners(verb: Token) -> list[Token]:
    """The objects of "with" phrases inside a verb's object or that-clause (not deeper). A noun
    takes one "with" phrase of its own: of two on one noun the last is the verb's and comes
    first ("discussed the talks with Syria with Egyptian President Mubarak": Mubarak)."""
    found: list[Token] = []
    queue = deque(c for c in verb.children if c.dep_ in ("dobj", "ccomp"))
    while queue:
        token = queue.popleft()
        withs = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"]
        if len(withs) > 1:
            found += children(withs[-1], ("pobj",))
        queue.extend(c for c in token.children if c.dep_ not in SUBCLAUSE_DEPS)
        if token.dep_ == "prep" and token.lower_ == "with":
            found += [o for o in children(token, ("pobj",)) if o not in found]
    return found
