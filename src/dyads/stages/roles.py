"""Who did it to whom: actor and recipient of a trigger, read from the dependency parse.

Actors come from the actor stage as character spans; `ActorIndex` maps each to its head token.
An argument's actor is the actor whose head is found first in a breadth-first walk of the
argument's subtree (the one closest to the argument's root), not descending into clauses of
their own. Conjoined actors ("Hungarian and Romanian officials") are all returned, so the
caller can code one event per actor.
"""

from __future__ import annotations

import copy
from collections import deque
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyads.records import Actor
from dyads.records import Span as CharSpan
from dyads.stages.doc_utils import head_token


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_SUBCLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "xcomp"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_MAX_CLAUSE_CLIMB = 3
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
_VERB_RECIPIENT_PREPS = ("with", "against", "to", "toward", "towards", "for", "on", "into", "at")
_NOUN_RECIPIENT_PREPS = ("with", "against", "to", "toward", "towards", "for", "on", "of")
# Clauses whose missing subject is the head verb's subject ("agreed to meet", "met and signed").
# "France is ready to contribute": an adjective complement's clause is its subject's too.
_INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})
# Verbs whose subject is the actor of their event-noun object ("held talks", "launched an
# attack"); reporting verbs ("confirmed the call") are not among them.
_LIGHT_VERBS = _word_set(
    "hold have make conduct launch stage carry begin start continue resume host attend join "
    "complete end mount declare express offer give provide pledge vow impose lift extend issue "
    "deliver send sign reach receive pay lead organize organise step intensify voice reaffirm "
    "renew tighten enforce maintain expand escalate ease relax strengthen widen"
)
# "with Albania's help": the helper of an action, not its recipient.
_INSTRUMENT_NOUNS = _word_set("help support assistance backing aid cooperation participation")
# Subjects that point back to the two parties of the previous event.
_PAIR_NOUNS = frozenset(
    {"leader", "side", "country", "nation", "party", "government", "minister", "president"}
)
_PAIR_WORDS = frozenset({"two", "both"})
_AWAY_PARTICLES = frozenset({"out", "away", "back"})
_AIMING_PREPS = frozenset({"at", "on", "against"})
# Prepositions naming the party near which forces are moved ("troops near its border with X").
_NEAR_PREPS = ("near", "along", "on")


@dataclass(frozen=True, slots=True)
class Roles:
    """The actors of an event (one event each) and its recipient, with the recipients
    conjoined to it ("visited Mauritania and Senegal": one event each too)."""

    actors: tuple[Actor, ...]
    recipient: Actor | None
    refers_to_previous_pair: bool = False  # "the two leaders", "both sides"
    co_recipients: tuple[Actor, ...] = ()

    @property
    def recipients(self) -> tuple[Actor | None, ...]:
        """Every recipient, or (None,) when there is none."""
        return (self.recipient, *self.co_recipients)


class ActorIndex:
    """Actors by the index of their head token."""

    def __init__(self, doc: Doc, actors: list[Actor] | tuple[Actor, ...]) -> None:
        self._by_head: dict[int, Actor] = {}
        self._places: dict[int, Actor] = {}
        self._doc = doc
        for actor in actors:
            try:
                head = head_token(doc, actor.span)
            except ValueError:
                continue
            known = self._by_head.get(head.i)
            if known is None or _length(actor) > _length(known):
                self._by_head[head.i] = actor

    def add_places(self, parties: list[Actor]) -> None:
        """Places standing for their country, used only as a verb's direct object."""
        for party in parties:
            try:
                head = head_token(self._doc, party.span)
            except ValueError:
                continue
            if head.i not in self._by_head:
                self._places[head.i] = party

    def head_of(self, actor: Actor) -> int | None:
        """The index of an actor's head token, if the actor is indexed."""
        return next((i for i, known in self._by_head.items() if known is actor), None)

    def object_place(self, token: Token) -> Actor | None:
        """The place a direct object names ("shelled Sarajevo", "blockaded Paris"), if any."""
        return self._places.get(token.i)

    def within(self, span: CharSpan) -> ActorIndex:
        """The actors mentioned inside a span (a sentence: never a caption the parse ran into)."""
        inside = copy.copy(self)
        inside._by_head = {
            i: a for i, a in self._by_head.items() if span[0] <= a.span[0] and a.span[1] <= span[1]
        }
        return inside

    def actors_in(self, root: Token) -> list[Actor]:
        """The actor closest to the root of a subtree, and the actors conjoined with it."""
        queue: deque[Token] = deque([root])
        while queue:
            token = queue.popleft()
            actor = self._by_head.get(token.i)
            if actor is not None:
                return [actor, *self._conjoined(token, actor)]
            queue.extend(c for c in token.children if c.dep_ not in _SUBCLAUSE_DEPS)
        return []

    def by_depth(self, root: Token) -> list[Actor]:
        """Every actor of a subtree, nearest to its root first (not inside its own clauses)."""
        found: list[Actor] = []
        queue: deque[Token] = deque([root])
        while queue:
            token = queue.popleft()
            actor = self._by_head.get(token.i)
            if actor is not None and actor not in found:
                found.append(actor)
            queue.extend(c for c in token.children if c.dep_ not in _SUBCLAUSE_DEPS)
        return found

    def all_in(self, root: Token) -> list[Actor]:
        """Every actor in a subtree, in text order (for "the Macron-Scholz meeting")."""
        found = [self._by_head[t.i] for t in root.subtree if t.i in self._by_head]
        return [a for n, a in enumerate(found) if a not in found[:n]]

    def _conjoined(self, token: Token, first: Actor) -> list[Actor]:
        found: list[Actor] = []
        # "Hungarian and Romanian officials": coordinated modifiers name one party each.
        modifiers = [
            c for c in token.children if c.dep_ in _MODIFIER_DEPS and c.conjuncts and c.i != token.i
        ]
        for other in [*token.conjuncts, *modifiers]:
            actor = self._by_head.get(other.i) or next(iter(self.actors_in_flat(other)), None)
            if actor is not None and actor is not first and actor not in found:
                found.append(actor)
        return found

    def conjoined_with(self, actor: Actor) -> list[Actor]:
        """The actors coordinated with an actor's mention ("Mauritania and Senegal")."""
        head = self.head_of(actor)
        return [] if head is None else self._conjoined(self._doc[head], actor)

    def actors_in_flat(self, root: Token) -> list[Actor]:
        """Actors in the direct modifiers of a token (for a conjunct like "Romanian officials")."""
        return [a for c in root.children if (a := self._by_head.get(c.i)) is not None]


def _length(actor: Actor) -> int:
    return actor.span[1] - actor.span[0]


def _same(a: Actor, b: Actor | None) -> bool:
    """The same party: one record, or the same country and sector (the president and "Paris").

    Names are compared only for uncoded actors: a country's farmers and its capital share the
    country's name but are different parties ("French farmers would blockade Paris").
    """
    if b is None:
        return False
    if a is b:
        return True
    if a.code is None:
        return b.code is None and a.name == b.name
    return (a.code, a.sector) == (b.code, b.sector)


def first_other(candidates: list[Actor], actors: tuple[Actor, ...]) -> Actor | None:
    """The first candidate that is not one of the actors (nobody is their own recipient)."""
    return next((c for c in candidates if not any(_same(c, a) for a in actors)), None)


def _children(token: Token, deps: frozenset[str] | tuple[str, ...]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the token's prepositions, in the order of `preps`."""
    found: list[tuple[int, Token]] = []
    for prep in _children(token, ("prep",)):
        word = prep.lower_
        if word not in preps:
            continue
        for obj in _children(prep, ("pobj", "pcomp")):
            if word == "with" and obj.lemma_.lower() in _INSTRUMENT_NOUNS:
                continue
            found.append((preps.index(word), obj))
    return [obj for _, obj in sorted(found, key=lambda pair: pair[0])]


def _is_pair_reference(subject: Token) -> bool:
    """ "the two leaders", "both sides", "the two countries" """
    if subject.lemma_.lower() not in _PAIR_NOUNS:
        return False
    return any(c.lower_ in _PAIR_WORDS for c in subject.children)


def _misparsed_subjects(verb: Token, index: ActorIndex) -> list[Token]:
    """ "Sweden suspended aid": a clause-initial actor the parser took for an adverbial noun."""
    return [
        c
        for c in verb.children
        if c.dep_ == "npadvmod"
        and c.i < verb.i
        and c.left_edge.i == verb.sent.start
        and index.actors_in(c)
    ]


def _object_actors(obj: Token, index: ActorIndex) -> list[Actor]:
    """The parties a direct object names, nearest first.

    "recalled its ambassador": an official owned by a possessive pronoun is the subject's own,
    not a recipient. "denounced the sanctions imposed by X": the agent of a participle
    describing the object is a party too.
    """
    found = index.by_depth(obj)
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
    # Only a bare title is the subject's own: "his Australian counterpart" names another party.
    if owned and found and found[0].span == (obj.idx, obj.idx + len(obj.text)):
        found = found[1:]
    for participle in _children(obj, ("acl",)):
        for agent in _children(participle, ("agent",)):
            found += [a for p in _children(agent, ("pobj",)) for a in index.actors_in(p)]
    return found


def _particle_sources(verb: Token) -> list[Token]:
    """ "pulled out of Niger", "moved away from the border": where a particle's phrase leads."""
    return [
        obj
        for particle in verb.children
        if particle.lower_ in _AWAY_PARTICLES and particle.dep_ in ("prt", "prep", "advmod")
        for prep in _children(particle, ("prep",))
        if prep.lower_ in ("of", "from")
        for obj in _children(prep, ("pobj",))
    ]


def _subject_of(verb: Token, index: ActorIndex) -> tuple[list[Actor], bool]:
    """Actors of a verb's subject, climbing to the verb it depends on when it has none."""
    current = verb
    for _ in range(4):
        subjects = _children(current, _SUBJECT_DEPS) or _misparsed_subjects(current, index)
        if subjects:
            subject = subjects[0]
            if subject.lower_ in _RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return index.actors_in(current.head), False
            actors = index.actors_in(subject)
            if not actors and subject.pos_ == "PRON" and current.dep_ == "ccomp":
                # "Japan said it had halted aid": an unresolved pronoun in reported speech is
                # most often the speaker.
                return _subject_of(current.head, index)[0], False
            return actors, not actors and _is_pair_reference(subject)
        if current.dep_ in ("relcl", "acl"):  # "personnel assisting Russian forces"
            return index.actors_in(current.head), False
        if current.dep_ not in _INHERIT_DEPS or current.head == current:
            break
        current = current.head
    return [], False


def _with_co_recipients(roles: Roles, index: ActorIndex) -> Roles:
    """Add the recipients conjoined with the chosen one, unless they are also actors."""
    if roles.recipient is None:
        return roles
    others = [
        a
        for a in index.conjoined_with(roles.recipient)
        if not any(_same(a, actor) for actor in roles.actors)
    ]
    if not others:
        return roles
    return Roles(roles.actors, roles.recipient, roles.refers_to_previous_pair, tuple(others))


def subject_actors(verb: Token, index: ActorIndex) -> list[Actor]:
    """The actors of a verb's subject (inherited through complements and conjuncts)."""
    return _subject_of(verb, index)[0]


def _purpose_clauses(verb: Token) -> list[Token]:
    """ "deployed to support X": infinitive clauses that say whom the action serves."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children)
    ]


def _possessor_speakers(verb: Token, index: ActorIndex) -> list[Actor]:
    """ "Georgia said Russian jets bombed its territory": a possessive pronoun in the object of
    reported speech most often stands for the speaker."""
    objects = _children(verb, ("dobj",)) + _prep_objects(verb, _VERB_RECIPIENT_PREPS)
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for o in objects for c in o.children):
        return []
    current = verb
    for _ in range(_MAX_CLAUSE_CLIMB):
        if current.dep_ == "ccomp":
            return subject_actors(current.head, index)
        if current.dep_ not in _INHERIT_DEPS:
            break
        current = current.head
    return []


def verb_roles(
    verb: Token,
    index: ActorIndex,
    *,
    theme_is_actor: bool = False,
    addresses_content: bool = False,
    source_is_recipient: bool = False,
    goal_is_recipient: bool = False,
) -> Roles:
    """Actor and recipient of a verb trigger.

    `theme_is_actor`: for deployments the passive subject ("troops were deployed") is the
    force that moves, so it is the actor when no agent is named.
    `addresses_content`: for demands, warnings and accusations the subject of the clause they
    govern is the recipient when no object names one ("demanded that the government resign").
    `source_is_recipient`: for demands and withdrawals a "from" phrase names the recipient
    ("demanded autonomy from Serbia", "withdrew its force from Chad", "pulled out of Mali").
    `goal_is_recipient`: for transfers the "to" phrase names the recipient before the object
    does ("extradited a Russian businessman to the United States"); for deployments the
    border or area they are sent near ("troops near its border with Finland").
    """
    agents = [obj for a in _children(verb, ("agent",)) for obj in _children(a, ("pobj",))]
    passives = _children(verb, ("nsubjpass",))
    actors: list[Actor] = []
    recipients: list[Actor] = []
    pair = False
    if agents:
        actors = index.actors_in(agents[0])
        recipients = [a for p in passives for a in index.actors_in(p)]
    elif passives and theme_is_actor:
        actors = index.actors_in(passives[0])
    elif passives:
        recipients = index.actors_in(passives[0])
    else:
        actors, pair = _subject_of(verb, index)
    chosen = tuple(actors)
    candidates = list(recipients)
    for dative in _children(verb, ("dative", "iobj")):
        candidates += index.actors_in(dative)
    if goal_is_recipient:
        candidates += [a for obj in _prep_objects(verb, ("to",)) for a in index.actors_in(obj)]
        candidates += [a for obj in _prep_objects(verb, _NEAR_PREPS) for a in index.by_depth(obj)]
    for obj in _children(verb, ("dobj",)):
        # "declared its support for X", "rejected calls by X": the nearest other party;
        # else a place the object names stands for its country ("shelled Sarajevo").
        place = index.object_place(obj)
        candidates += _object_actors(obj, index) or ([place] if place is not None else [])
    preps = _VERB_RECIPIENT_PREPS + (("from",) if source_is_recipient else ())
    for obj in _prep_objects(verb, preps):
        # "fired missiles at Kyiv": a place aimed at stands for its country.
        place = index.object_place(obj) if obj.head.lower_ in _AIMING_PREPS else None
        candidates += index.actors_in(obj) or ([place] if place is not None else [])
    if source_is_recipient:
        candidates += [a for obj in _particle_sources(verb) for a in index.actors_in(obj)]
    for clause in _purpose_clauses(verb):
        for obj in _children(clause, ("dobj",)) + _prep_objects(clause, _VERB_RECIPIENT_PREPS):
            candidates += index.actors_in(obj)
    if addresses_content:
        for clause in _children(verb, ("ccomp",)):
            for subject in _children(clause, ("nsubj", "nsubjpass")):
                candidates += index.actors_in(subject)
    candidates += _possessor_speakers(verb, index)
    return _with_co_recipients(Roles(chosen, first_other(candidates, chosen), pair), index)


def noun_roles(noun: Token, index: ActorIndex) -> Roles:
    """Actor and recipient of an event noun ("his meeting with Scholz", "talks between A and B")."""
    between = _prep_objects(noun, ("between", "among"))
    if between:
        parties = index.actors_in(between[0])
        if len(parties) >= 2:
            return Roles((parties[0],), parties[1])
    actors: list[Actor] = []
    for modifier in _children(noun, ("poss", "compound", "amod", "nmod")):
        actors += [a for a in index.all_in(modifier) if a not in actors]
    by = _prep_objects(noun, ("by",))
    if not actors and by:
        actors = index.actors_in(by[0])
    pair = False
    governor = noun.head
    if not actors and noun.dep_ in ("dobj", "attr") and governor.lemma_.lower() in _LIGHT_VERBS:
        actors, pair = _subject_of(noun.head, index)
    first = tuple(actors[:1])
    candidates = actors[1:] + [
        a for obj in _prep_objects(noun, _NOUN_RECIPIENT_PREPS) for a in index.actors_in(obj)
    ]
    return _with_co_recipients(Roles(first, first_other(candidates, first), pair), index)
