"""Who did it to whom: actor and recipient of a trigger, read from the dependency parse.

Actors come from the actor stage as character spans; `ActorIndex` maps each to its head token.
An argument's actor is the actor whose head is found first in a breadth-first walk of the
argument's subtree (the one closest to the argument's root), not descending into clauses of
their own. Conjoined actors ("Hungarian and Romanian officials") are all returned, so the
caller can code one event per actor; with "each other" every actor is a recipient too.

Recipients are looked for in the object (the doer of an act it names first: "condemned the
killing of civilians by the police"; then a clause describing it: "the sanctions it imposed on
China"), the prepositions of the verb's class, whom an action is "on behalf of", the infinitive
clauses an action serves ("agreed to help Malaysia"), the participle of its result ("exploded,
killing two soldiers"), the clause a demand states, the reaction or conflict a phrase names ("in
protest of X", "in its war with X", "in a show of force against X"), for promises anywhere in
what is promised, and, for conflict that names no target, the party of another country that
reports it (`reporting_speakers`). Within an object, members stand for their body and a venue
("at the United Nations") comes after the party the object is for.
"""

from __future__ import annotations

import copy
from collections import deque
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyads.records import Actor
from dyads.records import Span as CharSpan
from dyads.stages.doc_utils import head_token
from dyads.stages.triggers import RAISING_VERBS, lemma_of, raised_objects


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_SUBCLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "xcomp"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# What a promise is not: its subject, its agent, and the clauses around it.
_NOT_PROMISED_DEPS = frozenset(
    {"nsubj", "nsubjpass", "csubj", "agent", "advcl", "parataxis", "punct", "npadvmod"}
)
_MAX_CLAUSE_CLIMB = 3
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# In order of preference: "lashed out at the United States for arming Pakistan" is aimed "at".
_VERB_RECIPIENT_PREPS = (
    "with",
    "against",
    "to",
    "toward",
    "towards",
    "at",
    "for",
    "on",
    "into",
    "between",
)
# Conjunctions of a clause that gives a cause ("as troops massed", "after jets violated").
_CAUSE_MARKS = frozenset({"as", "after", "because", "since"})
# "a campaign of killings", "a wave of arrests": the preposition joining a noun to its kind.
_KIND_PREPS = frozenset({"of"})
# Verbs of leaving a place or a process ("withdraw from", "pull out of").
_WITHDRAWAL_VERBS = _word_set("withdraw pull retreat evacuate walk")
# "an investigation into the massacres in Rwanda", "an incursion into Iraq": what is entered.
_NOUN_RECIPIENT_PREPS = ("with", "against", "to", "toward", "towards", "for", "on", "of", "into")
# Clauses whose missing subject is the head verb's subject ("agreed to meet", "met and signed").
# "France is ready to contribute": an adjective complement's clause is its subject's too.
_INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})
# Verbs whose subject is the actor of their event-noun object ("held talks", "launched an
# attack"); reporting verbs ("confirmed the call") are not among them.
_LIGHT_VERBS = _word_set(
    "hold have make conduct launch stage carry begin start continue resume host attend join "
    "complete end mount declare express offer give provide pledge vow impose lift extend issue "
    "deliver send sign reach receive pay lead organize organise step intensify voice reaffirm "
    "renew tighten enforce maintain expand escalate ease relax strengthen widen announce unveil "
    "introduce adopt enact order undertake impose create form establish set appoint"
)
# "with Albania's help": the helper of an action, not its recipient.
_INSTRUMENT_NOUNS = _word_set("help support assistance backing aid cooperation participation")
# Subjects that point back to the two parties of the previous event.
_PAIR_NOUNS = frozenset(
    {"leader", "side", "country", "nation", "party", "government", "minister", "president"}
)
_PAIR_WORDS = frozenset({"two", "both"})
# Words saying that the subject's parties do something together.
_JOINT_WORDS = frozenset({"joint", "bilateral", "mutual"})
_MAX_OBJECT_CLIMB = 4
# Verbs that only report (not "warn" or "accuse", which are events of their own).
_PURE_REPORTING_VERBS = _word_set(
    "say tell report claim add state confirm announce allege write explain note insist "
    "acknowledge admit"
)
# Offices a speaker's statement may name without saying whose ("the president will travel").
_OFFICE_NOUNS = _word_set(
    "president government army military police ministry minister chancellor king premier cabinet"
)
_AWAY_PARTICLES = frozenset({"out", "away", "back"})
_AIMING_PREPS = frozenset({"at", "on", "against"})
# Prepositions naming the party near which forces are moved ("troops near its border with X").
_NEAR_PREPS = ("near", "along", "on", "off")
# Verbs whose "in" phrase names a party, not a place ("invested $10 billion in Egypt").
_PARTY_IN_VERBS = _word_set("invest intervene interfere meddle")
# "in protest of X", "in retaliation for X's attack": the party a reaction is aimed at; "in its
# war with Iraq": the other side of a conflict.
# "in a show of force against Iraq": whom a display of strength is aimed at.
_REACTION_NOUNS = _word_set("protest retaliation response reaction revenge show warning")
_REACTION_PREPS = ("against", "of", "at", "over", "for", "to")
_CONFLICT_NOUNS = _word_set("war conflict fight battle struggle campaign dispute confrontation")
_CONFLICT_PREPS = ("with", "against")
# Prepositions of a clause describing an object that name a party ("imposed on China").
_OBJECT_CLAUSE_PREPS = ("on", "against", "to")
# Prepositions of a light verb that address its noun's event to a party ("made an appeal to").
_LIGHT_VERB_PREPS = ("to", "with", "against", "toward", "towards")
# Verbs whose bare infinitive states whom they serve ("help modernise the armed forces").
_HELP_VERBS = _word_set("help assist")
# Nouns for a body's members or parts: "American members of the U.N. team" belong to the U.N.
_MEMBER_NOUNS = _word_set("member staff personnel part unit contingent delegate")
# Prepositions of an object that name a venue, not a party ("support at the United Nations").
_VENUE_PREPS = ("at",)
# "spotted a bomb beside an Israeli patrol": whom an attack is set off next to.
_PROXIMITY_PREPS = ("beside", "near", "alongside", "outside")
# Pronoun objects that point back to the object of the clause a purpose clause serves.
_OBJECT_PRONOUNS = frozenset({"them", "him", "her"})
# Where an object is, not whom it belongs to ("a stronghold on the Thai border").
_BORDER_NOUNS = _word_set("border borders frontier boundary")


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

    def at(self, token: Token) -> Actor | None:
        """The actor whose head is this token, if any."""
        return self._by_head.get(token.i)

    def head_of(self, actor: Actor) -> int | None:
        """The index of an actor's head token, if the actor is indexed."""
        return next((i for i, known in self._by_head.items() if known is actor), None)

    def at_span(self, span: CharSpan) -> Actor | None:
        """The actor mentioned by exactly these words, if any ("Bosnia" as a place)."""
        return next((a for a in self._by_head.values() if a.span == span), None)

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

    def parties_below(self, root: Token, skip: frozenset[str]) -> list[Actor]:
        """Every actor, or place standing for its country, below a token at any depth (clauses
        included, the children along `skip` dependencies left out), nearest first."""
        found: list[Actor] = []
        queue: deque[Token] = deque(c for c in root.children if c.dep_ not in skip)
        while queue:
            token = queue.popleft()
            party = self._by_head.get(token.i) or self._places.get(token.i)
            if party is not None and party not in found:
                found.append(party)
            queue.extend(token.children)
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
        # "Foreign ministers of Greece and Turkey": parties conjoined inside the actor's own phrase.
        inner = [
            conj
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
            for obj in prep.children
            if obj.dep_ == "pobj" and first.span[0] <= obj.idx < first.span[1]
            for conj in obj.conjuncts
        ]
        for other in [*token.conjuncts, *modifiers, *inner]:
            # "Israel and the Vatican agreed": a country the actor stage left to the places stage.
            actor = (
                self._by_head.get(other.i)
                or self._places.get(other.i)
                or next(iter(self.actors_in_flat(other)), None)
            )
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
    """ "Sweden suspended aid": a clause-initial actor the parser took for an adverbial noun;
    "With the signing of the accord, the government and the rebels have agreed": the actors
    just before the verb, taken into the opening phrase."""
    found = [
        c
        for c in verb.children
        if c.dep_ == "npadvmod"
        and c.i < verb.i
        and c.left_edge.i == verb.sent.start
        and index.actors_in(c)
    ]
    if found or verb.dep_ != "ROOT":
        return found
    before = _word_before_verb_group(verb)
    if before is None or before.pos_ not in ("NOUN", "PROPN") or before.head.i > verb.i:
        return []
    while before.dep_ == "conj" and before.head.i < before.i and index.at(before.head):
        before = before.head  # the first of conjoined parties names them all
    return [before] if index.actors_in(before) else []


def _word_before_verb_group(verb: Token) -> Token | None:
    """The word before a verb and its auxiliaries ("the rebels [have agreed]"), if any."""
    helpers = [c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]
    start = min([verb.i, *helpers])
    return verb.doc[start - 1] if start > verb.sent.start else None


def _object_actors(obj: Token, index: ActorIndex) -> list[Actor]:
    """The parties a direct object names, nearest first.

    "recalled its ambassador": an official owned by a possessive pronoun is the subject's own,
    not a recipient. "denounced the sanctions imposed by X": the agent of a participle
    describing the object is a party too.
    """
    found = [a for a in index.by_depth(obj) if not _names_a_border(a, obj, index)]
    # "drummed up support at the United Nations for the Palestinians": a venue comes last.
    venues = [a for v in _prep_objects(obj, _VENUE_PREPS) for a in index.by_depth(v)]
    found = [a for a in found if a not in venues] + [a for a in found if a in venues]
    if obj.lemma_.lower() in _MEMBER_NOUNS:
        # "American members of the U.N. team": members stand for the body they belong to.
        bodies = [a for p in _prep_objects(obj, ("of",)) for a in index.by_depth(p)]
        found = bodies + [a for a in found if a not in bodies]
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
    # Only a bare title is the subject's own: "his Australian counterpart" names another party.
    if owned and found and found[0].span == (obj.idx, obj.idx + len(obj.text)):
        found = found[1:]
    for participle in _children(obj, ("acl",)):
        for agent in _children(participle, ("agent",)):
            found += [a for p in _children(agent, ("pobj",)) for a in index.actors_in(p)]
    # "condemned the killing of Albanian civilians by Serbian police": the doer of the act an
    # object names is the party addressed, ahead of its victims.
    doers = [a for p in _prep_objects(obj, ("by",)) for a in index.actors_in(p)]
    found = doers + [a for a in found if a not in doers]
    # "lifted the sanctions it imposed on China", "ambushed a bus carrying Greek tourists":
    # the party a clause describing the object names.
    for clause in _children(obj, ("relcl", "acl")):
        for inner in _children(clause, ("dobj",)) + _prep_objects(clause, _OBJECT_CLAUSE_PREPS):
            found += [a for a in index.actors_in(inner) if a not in found]
    return found


def _names_a_border(actor: Actor, obj: Token, index: ActorIndex) -> bool:
    """ "captured a stronghold on the Thai border": the country only locates the object (but
    "troops near the border with Guyana" names the party across it)."""
    head = index.head_of(actor)
    if head is None or head == obj.i:
        return False
    token = obj.doc[head]
    border = token.head
    if token.dep_ not in _MODIFIER_DEPS | {"poss"} or border.lemma_.lower() not in _BORDER_NOUNS:
        return False
    return border.dep_ == "pobj" and border.head.lower_ in (*_NEAR_PREPS, "across", "at")


def _reaction_targets(token: Token, index: ActorIndex) -> list[Actor]:
    """ "went on strike in protest of the government's refusal": whom a reaction answers;
    "an offensive in its war with Iraq": the other side."""
    found: list[Actor] = []
    for reaction in _prep_objects(token, ("in",)):
        lemma = reaction.lemma_.lower()
        preps = (
            _REACTION_PREPS
            if lemma in _REACTION_NOUNS
            else _CONFLICT_PREPS
            if lemma in _CONFLICT_NOUNS
            else ()
        )
        for obj in _prep_objects(reaction, preps):
            found += index.by_depth(obj)
        if lemma in _CONFLICT_NOUNS:
            # "mediate in the Liberian civil war": the party whose conflict it is.
            found += [a for a in index.actors_in_flat(reaction) if a not in found]
    return found


def reciprocal_object(token: Token) -> bool:
    """ "accused each other", "agreed to work with one another": the parties act on each other."""
    for word in token.subtree:
        if word.lower_ == "other" and any(c.lower_ == "each" for c in word.children):
            return True
        if word.lower_ == "another" and any(c.lower_ == "one" for c in word.children):
            return True
        if word.lower_ == "another" and word.i > 0 and word.doc[word.i - 1].lower_ == "one":
            return True
    return False


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
        if not subjects and current != verb and _is_complement_head(current, verb):
            # "Israel was prepared to withdraw", "Iraq was forced to pull out": the subject of
            # a passive head is the one who acts in its complement.
            subjects = _children(current, ("nsubjpass",))
        if subjects:
            subject = subjects[0]
            if subject.lower_ in _RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return index.actors_in(current.head), False
            actors = index.actors_in(subject)
            if not actors and current.dep_ == "ccomp" and _is_speakers_own(subject):
                # "Japan said it had halted aid", "the White House said the president would
                # meet": an unresolved pronoun or bare office in reported speech is most often
                # the speaker's own.
                return _subject_of(current.head, index)[0], False
            return actors, not actors and _is_pair_reference(subject)
        if current.dep_ in ("relcl", "acl"):  # "personnel assisting Russian forces"
            return index.actors_in(current.head), False
        if current.dep_ not in _INHERIT_DEPS or current.head == current:
            break
        current = current.head
    return [], False


def _is_complement_head(head: Token, verb: Token) -> bool:
    """Whether `verb` hangs below `head` through complements only ("prepared to withdraw")."""
    current = verb
    while current != head and current.dep_ in ("xcomp", "acomp") and current.head != current:
        current = current.head
    return current == head


def _is_speakers_own(subject: Token) -> bool:
    """A pronoun, or an office named without a country ("the president", "the army", "his
    government")."""
    if subject.pos_ == "PRON":
        return True
    if subject.lemma_.lower() not in _OFFICE_NOUNS:
        return False
    if any(c.dep_ in ("amod", "compound", "nmod", "prep") for c in subject.children):
        return False
    owners = [c for c in subject.children if c.dep_ == "poss"]
    if owners:
        return all(c.pos_ == "PRON" for c in owners)
    return any(c.lower_ == "the" for c in subject.children)


def reporting_speakers(verb: Token, index: ActorIndex) -> list[Actor]:
    """Who reports an event: "Ukrainian officials said Russian forces shelled the city",
    "Russian forces shelled the city, officials said", "according to Ukrainian officials"."""
    current = verb
    for _ in range(_MAX_CLAUSE_CLIMB):
        frames = [
            c
            for c in current.children
            if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in _PURE_REPORTING_VERBS
        ]
        if frames:
            return subject_actors(frames[0], index)
        according = [
            obj
            for prep in _children(current, ("prep",))
            if prep.lower_ == "according"
            for obj in _prep_objects(prep, ("to",))
        ]
        if according:
            return index.actors_in(according[0])
        if current.dep_ in ("ccomp", "parataxis"):
            head = current.head
            return (
                subject_actors(head, index) if head.lemma_.lower() in _PURE_REPORTING_VERBS else []
            )
        if current.dep_ not in _INHERIT_DEPS or current.head == current:
            return []
        current = current.head
    return []


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
    helps = verb.lemma_.lower() in _HELP_VERBS  # "help modernise the armed forces"
    return [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp")
        and (any(a.lower_ == "to" for a in c.children) or (helps and c.dep_ == "xcomp"))
    ]


def _result_clauses(verb: Token) -> list[Token]:
    """ "a bomb exploded, killing two soldiers": a participle after the verb that states what
    its action did, whose object is the party it hit."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and c.tag_ == "VBG"
        and not _children(c, (*_SUBJECT_DEPS, "mark"))
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
    cause_is_recipient: bool = False,
    deep_parties: bool = False,
    nested_goal: bool = False,
    nearby_is_target: bool = False,
    keeper_is_recipient: bool = False,
    partner_first: bool = False,
    held_by_subject: bool = False,
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
    `cause_is_recipient`: for mobilizations the party of the clause that gives their cause
    ("put its forces on alert as Iraqi troops massed on the border").
    `deep_parties`: for promises, the party or place named anywhere in what is promised, when
    nothing nearer names one ("agreed to help build a steel plant in China").
    `nested_goal`: for transfers, a "to" phrase the parser hung inside the object or another
    phrase ("passed intelligence on troop movements to Iraq").
    `nearby_is_target`: for attacks, the party a bomb is set off beside or near.
    `keeper_is_recipient`: for protests, who holds the protesters ("activists in Israeli
    prisons went on a hunger strike"), when nothing nearer names a target.
    `partner_first`: for meetings, the "with" partner comes before the topic, even when the
    parser hung it inside the topic ("discussed North Korea's missile launches with her South
    Korean counterpart").
    `held_by_subject`: for releases, the party that the clause describing the captors names,
    when nothing nearer names one ("rebels holding hostages at the Japanese ambassador's
    residence released four captives").
    """
    agents = [obj for a in _children(verb, ("agent",)) for obj in _children(a, ("pobj",))]
    passives = _children(verb, ("nsubjpass",))
    actors: list[Actor] = []
    recipients: list[Actor] = []
    pair = False
    if not agents and passives:
        agents = _detached_agents(verb, index)
    if agents:
        actors = index.actors_in(agents[0])
        recipients = [a for p in passives for a in index.actors_in(p)]
    elif passives and theme_is_actor:
        actors = index.actors_in(passives[0])
    elif passives:
        recipients = index.actors_in(passives[0])
    elif _is_passive_participle(verb) and not theme_is_actor:
        # "officers accused of genocide": the noun a passive participle describes undergoes it.
        recipients = index.actors_in(verb.head)
    else:
        actors, pair = _subject_of(verb, index)
    chosen = tuple(actors)
    candidates = list(recipients)
    for dative in _children(verb, ("dative", "iobj")):
        candidates += index.actors_in(dative)
    candidates += _beneficiaries(verb, index)
    if goal_is_recipient:
        candidates += [a for obj in _prep_objects(verb, ("to",)) for a in index.actors_in(obj)]
        candidates += [a for obj in _prep_objects(verb, _NEAR_PREPS) for a in index.by_depth(obj)]
    candidates += _antecedent_objects(verb, index)
    if partner_first:
        partners = _prep_objects(verb, ("with",)) or _nested_partners(verb)
        candidates += [a for obj in partners for a in index.actors_in(obj)]
    for obj in _children(verb, ("dobj",)):
        # "declared its support for X", "rejected calls by X": the nearest other party;
        # else a place the object names stands for its country ("shelled Sarajevo").
        place = index.object_place(obj)
        candidates += _object_actors(obj, index) or ([place] if place is not None else [])
    if nested_goal:
        candidates += [a for obj in _object_goals(verb) for a in index.actors_in(obj)]
    if not passives:
        # "would accept mediation by the OAU": a "by" phrase of an active verb names the doer
        # of what its object names.
        candidates += [a for obj in _prep_objects(verb, ("by",)) for a in index.actors_in(obj)]
    if lemma_of(verb) in RAISING_VERBS:
        candidates += [a for subject in raised_objects(verb) for a in index.actors_in(subject)]
    preps = _VERB_RECIPIENT_PREPS + (("from",) if source_is_recipient else ())
    preps += ("in",) if verb.lemma_.lower() in _PARTY_IN_VERBS else ()
    for obj in _prep_objects(verb, preps):
        # "fired missiles at Kyiv": a place aimed at stands for its country.
        place = index.object_place(obj) if obj.head.lower_ in _AIMING_PREPS else None
        candidates += index.actors_in(obj) or ([place] if place is not None else [])
    if source_is_recipient:
        # "withdrew its Marines from Beirut": a place left stands for its country.
        for obj in _particle_sources(verb) + _prep_objects(verb, ("from",)):
            place = index.object_place(obj)
            candidates += index.actors_in(obj) or ([place] if place is not None else [])
    for clause in _purpose_clauses(verb):
        candidates += _clause_parties(clause, index)
        if addresses_content:  # "sent a team to investigate reports that Iraq had used"
            candidates += _content_subjects(clause, index)
    if nearby_is_target:
        candidates += [a for o in _prep_objects(verb, _PROXIMITY_PREPS) for a in index.actors_in(o)]
    for clause in _result_clauses(verb):
        candidates += [a for obj in _children(clause, ("dobj",)) for a in index.actors_in(obj)]
    candidates += _reaction_targets(verb, index)
    if addresses_content:
        candidates += _content_subjects(verb, index)
    candidates += _possessor_speakers(verb, index)
    if cause_is_recipient:
        candidates += _cause_parties(verb, index)
    if deep_parties and first_other(candidates, chosen) is None:
        candidates += index.parties_below(verb, _NOT_PROMISED_DEPS)
    if keeper_is_recipient:
        candidates += _keepers(verb, index)
    if held_by_subject:
        candidates += _captors_clause_parties(verb, index)
    if len(chosen) >= 2 and reciprocal_object(verb):
        return _reciprocal(chosen)
    return _with_co_recipients(Roles(chosen, first_other(candidates, chosen), pair), index)


def _object_goals(verb: Token) -> list[Token]:
    """ "passed intelligence on troop movements to Iraq": a "to" phrase the parser hung inside
    the object or another phrase of a transfer that has none of its own."""
    if _prep_objects(verb, ("to",)):
        return []
    found: list[Token] = []
    queue = deque(c for c in verb.children if c.dep_ in ("dobj", "prep"))
    while queue:
        token = queue.popleft()
        if token.dep_ == "prep" and token.lower_ == "to" and token.head != verb:
            found += _children(token, ("pobj",))
        queue.extend(c for c in token.children if c.dep_ not in _SUBCLAUSE_DEPS)
    return found


def _is_passive_participle(verb: Token) -> bool:
    """ "the officers accused of genocide": a past participle describing a noun, no subject."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not _children(verb, _SUBJECT_DEPS)


def _nested_partners(verb: Token) -> list[Token]:
    """The objects of "with" phrases inside a verb's object or that-clause (not deeper)."""
    found: list[Token] = []
    queue = deque(c for c in verb.children if c.dep_ in ("dobj", "ccomp"))
    while queue:
        token = queue.popleft()
        if token.dep_ == "prep" and token.lower_ == "with":
            found += _children(token, ("pobj",))
        queue.extend(c for c in token.children if c.dep_ not in _SUBCLAUSE_DEPS)
    return found


def _antecedent_objects(verb: Token, index: ActorIndex) -> list[Actor]:
    """ "chained U.N. observers to targets to use them as shields": a pronoun object of a
    purpose clause stands for the object of the verb the clause serves."""
    if verb.dep_ not in ("advcl", "xcomp"):
        return []
    if not any(c.dep_ == "dobj" and c.lower_ in _OBJECT_PRONOUNS for c in verb.children):
        return []
    return [a for obj in _children(verb.head, ("dobj",)) for a in _object_actors(obj, index)]


def _captors_clause_parties(verb: Token, index: ActorIndex) -> list[Actor]:
    """The parties a clause describing the subject names: "rebels holding hostages at the
    Japanese ambassador's residence" (a subject clause too, as the parser often reads it)."""
    found: list[Actor] = []
    for subject in _children(verb, _SUBJECT_DEPS):
        clauses = [subject] if subject.dep_ == "csubj" else _children(subject, ("acl", "relcl"))
        for clause in clauses:
            found += _clause_parties(clause, index)
    return found


def _keepers(verb: Token, index: ActorIndex) -> list[Actor]:
    """ "Palestinian activists in Israeli prisons": the party whose hands the subject is in."""
    return [
        a
        for subject in _children(verb, _SUBJECT_DEPS)
        for place in _prep_objects(subject, ("in",))
        for a in index.actors_in(place)
    ]


def _beneficiaries(verb: Token, index: ActorIndex) -> list[Actor]:
    """ "campaigned at the United Nations on behalf of Nicaragua": whom an action is for."""
    return [
        a
        for behalf in _prep_objects(verb, ("on",))
        if behalf.lower_ == "behalf"
        for obj in _prep_objects(behalf, ("of",))
        for a in index.actors_in(obj)
    ]


def _detached_agents(verb: Token, index: ActorIndex) -> list[Token]:
    """ "X has been accused of misusing funds, much of it believed embezzled, by officials": a
    passive's "by" phrase that the parser hung on the clause the passive depends on."""
    if verb.dep_ not in ("ccomp", "conj") or verb.head.i < verb.i:
        return []
    return [
        obj
        for prep in _children(verb.head, ("prep",))
        if prep.lower_ == "by" and prep.i > verb.i
        for obj in _children(prep, ("pobj",))
        if index.actors_in(obj)
    ]


def _cause_parties(verb: Token, index: ActorIndex) -> list[Actor]:
    """The subjects of the clauses that give a verb's cause: "as Iraqi troops massed", "after
    Turkish jets violated its airspace", "as tension with Israel mounted"."""
    found: list[Actor] = []
    for clause in _children(verb, ("advcl",)):
        if not any(c.dep_ == "mark" and c.lower_ in _CAUSE_MARKS for c in clause.children):
            continue
        for subject in _children(clause, _SUBJECT_DEPS):
            found += index.actors_in(subject)
    return found


def _reciprocal(actors: tuple[Actor, ...]) -> Roles:
    """Each conjoined actor acts on the others ("India and Pakistan accused each other")."""
    return Roles(actors, actors[0], co_recipients=actors[1:])


def _clause_parties(clause: Token, index: ActorIndex) -> list[Actor]:
    """The parties an infinitive clause acts on: "to help Malaysia", "to work with Iran",
    "to help Malaysia fight fires" (the subject of a clause it governs), "to invest in Egypt"."""
    preps: tuple[str, ...] = _VERB_RECIPIENT_PREPS
    preps += ("in",) if clause.lemma_.lower() in _PARTY_IN_VERBS else ()
    found: list[Actor] = []
    for obj in _children(clause, ("dobj",)):
        found += _object_actors(obj, index)  # "to extradite two men wanted by Britain"
    for obj in _children(clause, ("dative",)) + _prep_objects(clause, preps):
        found += index.actors_in(obj)
    if lemma_of(clause) in _WITHDRAWAL_VERBS:
        # "refused to withdraw its forces from Kuwait": the party left is the one acted on.
        for obj in _prep_objects(clause, ("from",)) + _particle_sources(clause):
            place = index.object_place(obj)
            found += index.actors_in(obj) or ([place] if place is not None else [])
    for inner in _children(clause, ("ccomp", "xcomp")):
        for subject in _children(inner, ("nsubj",)):
            found += index.actors_in(subject)
    return found + _reaction_targets(clause, index)


def _content_subjects(token: Token, index: ActorIndex) -> list[Actor]:
    """ "demanded that the government resign", "insisted on its demands that Burundi grant":
    the subject of the clause a demand or warning states."""
    holders = [token, *_children(token, ("dobj",)), *_prep_objects(token, ("on", "of"))]
    found: list[Actor] = []
    for holder in holders:
        for clause in _children(holder, ("ccomp", "acl")):
            if holder is not token and not any(c.lower_ == "that" for c in clause.children):
                continue
            for subject in _children(clause, ("nsubj", "nsubjpass")):
                found += index.actors_in(subject)
    return found


def noun_roles(noun: Token, index: ActorIndex, *, addresses_content: bool = False) -> Roles:
    """Actor and recipient of an event noun ("his meeting with Scholz", "talks between A and B").

    `addresses_content`: for demands and warnings the subject of the clause they state is the
    recipient ("demands that the government resign").
    """
    between = _prep_objects(noun, ("between", "among"))
    parties = index.actors_in(between[0]) if between else []
    if len(parties) >= 2:
        # "mediation between Syria and the Palestinians" by a third party: both are recipients.
        third = _noun_actors(noun, index)
        if third and not any(_same(third[0], p) for p in parties):
            return Roles((third[0],), parties[0], co_recipients=tuple(parties[1:]))
        return Roles((parties[0],), parties[1])
    actors, pair = _noun_actors(noun, index), False
    light_verb = _light_verb_of(noun)
    if not actors and light_verb is not None:
        actors, pair = _subject_of(light_verb, index)
    # "Japan and South Korea launched a joint venture": a conjoined subject of the light verb
    # acts together, as a conjoined subject of a verb does; own modifiers name one actor first.
    together = len(actors) >= 2 and (_is_light_verb_subject(noun, actors, index) or _is_joint(noun))
    first = tuple(actors) if together else tuple(actors[:1])
    candidates = ([] if together else actors[1:]) + [
        a for obj in _prep_objects(noun, _NOUN_RECIPIENT_PREPS) for a in index.actors_in(obj)
    ]
    if light_verb is not None:
        # "made a fresh appeal to Lebanon's militias": the phrase hung on the light verb.
        candidates += [
            a for obj in _prep_objects(light_verb, _LIGHT_VERB_PREPS) for a in index.actors_in(obj)
        ]
    if addresses_content:
        candidates += _content_subjects(noun, index)
    candidates += _reaction_targets(noun, index)
    if len(actors) >= 2 and reciprocal_object(noun):
        return _reciprocal(tuple(actors))
    return _with_co_recipients(Roles(first, first_other(candidates, first), pair), index)


def _is_light_verb_subject(noun: Token, actors: list[Actor], index: ActorIndex) -> bool:
    """Whether `actors` are the subject of the light verb whose object the noun is."""
    light_verb = _light_verb_of(noun)
    if light_verb is None:
        return False
    subject = _subject_of(light_verb, index)[0]
    if len(subject) != len(actors):
        return False
    return all(_same(a, b) for a, b in zip(actors, subject, strict=True))


def _light_verb_of(noun: Token) -> Token | None:
    """ "held talks", "announced a ban": the verb that only states the noun, whose object it is,
    or whose object names its kind ("carried out a campaign of killings"); else None."""
    holder = noun
    if noun.dep_ == "pobj" and noun.head.lower_ in _KIND_PREPS and noun.head.head.pos_ == "NOUN":
        holder = noun.head.head
    if holder.dep_ in ("dobj", "attr") and lemma_of(holder.head) in _LIGHT_VERBS:
        return holder.head
    return None


def _noun_actors(noun: Token, index: ActorIndex) -> list[Actor]:
    """The parties named in an event noun's own modifiers, or by its "by" phrase."""
    actors: list[Actor] = []
    for modifier in _children(noun, ("poss", "compound", "amod", "nmod")):
        actors += [a for a in index.all_in(modifier) if a not in actors]
    by = _prep_objects(noun, ("by",))
    if not actors and by:
        actors = index.actors_in(by[0])
    light_verb = _light_verb_of(noun)
    if not actors and light_verb is not None:
        actors = _subject_of(light_verb, index)[0]
    if not actors and _is_joint(noun):
        # "Egypt and Sudan began work on a joint irrigation project": who works jointly.
        verb = _governing_verb(noun)
        actors = _subject_of(verb, index)[0] if verb is not None else []
    return actors


def _is_joint(noun: Token) -> bool:
    """ "a joint irrigation project", "bilateral talks": done by several parties together."""
    return any(t.lower_ in _JOINT_WORDS for t in noun.subtree if t.i < noun.i)


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object a noun is, through objects and prepositions ("began work on a
    project": "began"), or None."""
    current = noun
    for _ in range(_MAX_OBJECT_CLIMB):
        if current.dep_ not in ("dobj", "pobj", "prep"):
            return None
        current = current.head
        if current.pos_ == "VERB":
            return current
    return None


# Words that name a party only by reference back ("aid to the country", "talks with them"):
# the recipient is there but uncoded, so none is implied in its place.
_BACK_REFERENCES = frozenset(
    {"country", "nation", "government", "state", "regime", "authorities", "side", "people"}
)
_RECIPIENT_PREPOSITIONS = frozenset({"to", "with", "against", "for", "toward", "towards"})


def names_a_party_by_reference(trigger: Token) -> bool:
    """Whether the trigger, or its object, has a recipient phrase naming a party only by a
    pronoun or a word referring back ("provide aid to the country", "talks with them")."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "obj"))]
    for head in heads:
        for prep in head.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in _RECIPIENT_PREPOSITIONS:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.pos_ == "PRON" or (
                    obj.lower_ in _BACK_REFERENCES
                    and any(d.lower_ in ("the", "its", "their", "that", "this") for d in obj.lefts)
                ):
                    return True
    return False
