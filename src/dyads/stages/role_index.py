"""The parties a sentence names, indexed by head token, and the roles read from them.

Actors come from the actor stage as character spans; `ActorIndex` maps each to its head token,
and a name the parser split into two phrases to the head of each ("talks with Syrian President
Hafez al-Assad" hangs "al" on "with").
An argument's actor is the actor whose head is found first in a breadth-first walk of the
argument's subtree (the one closest to the argument's root), not descending into clauses of
their own. Conjoined actors ("Hungarian and Romanian officials", "US-China talks") are all
returned, so the caller can code one event per actor; with "each other" every actor is a
recipient too.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dyads.records import Actor
from dyads.records import Span as CharSpan
from dyads.stages.actor_modifiers import BACKING_PARTICIPLES
from dyads.stages.doc_utils import head_token, parse_table, token_bounds, token_table
from dyads.stages.role_pairs import is_pair_reference, referred_parties
from dyads.stages.role_sources import is_trailing_source
from dyads.stages.role_syntax import MODIFIER_DEPS, SUBCLAUSE_DEPS, stray_preps

# Words for a settlement that a place's name follows or is joined to ("the city of Rafah").
_SETTLEMENT_NOUNS = frozenset(
    {"city", "town", "village", "capital", "port", "region", "province", "district", "enclave"}
    # "pushed into the outskirts of Baghdad": a part of a place stands for it too.
    | {"outskirts", "outskirt", "suburbs", "suburb", "centre", "center", "heart", "edge"}
)
# "a Hong Kong-based rights group", "a London-headquartered firm": the place says where a party
# sits, not whose it is.
_LOCATING_WORDS = frozenset({"based", "headquartered"})
# Participles after a hyphen that name who backs an act or a body, not who does it: "the
# Russian-backed offensive" is not Russia's own ("-led" is: "a Saudi-led air strike").
_BACKING_WORDS = BACKING_PARTICIPLES - {"led"}
# Waters no state's ground: "sent a carrier to the Taiwan Strait" names no party by its place.
_WATER_WORDS = frozenset({"strait", "straits", "sea", "gulf", "ocean", "channel"})
# How many "of" phrases up the phrase a party is in is looked for ("in front of the embassy").
_MAX_PHRASE_CLIMB = 2
# Arguments a name's words may head when the parser split the name into two phrases.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


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
    """Actors by the index of their head token.

    Several actors may share one mention ("the two countries" is one actor per state): the
    longest mention on a head is the one `at` gives, and those on the same words come with it
    wherever an argument's parties are read. A pair referred back to ("the two leaders", "both
    sides") or a subject "they" with no actor of its own stands for the parties named before it
    in the article (`role_pairs`), as actors on its own words.
    """

    def __init__(self, doc: Doc, actors: list[Actor] | tuple[Actor, ...]) -> None:
        self._by_head: dict[int, Actor] = {}
        self._sharing: dict[int, list[Actor]] = {}  # more actors on the same words
        self._places: dict[int, Actor] = {}
        self._referred: dict[int, list[Actor]] = {}  # pair references resolved, by head
        self._doc = doc
        heads: list[tuple[int, Actor]] = []  # each actor's head found once: spans are costly
        split: list[tuple[int, Actor]] = []
        for actor in actors:
            try:
                start, end, root = token_bounds(doc, actor.span)
            except ValueError:
                continue
            heads.append((root, actor))
            if end - start > 1:
                split += [(i, actor) for i in _split_heads(doc[start:end])]
        for at, actor in heads:
            known = self._by_head.get(at)
            if known is None or _length(actor) > _length(known):
                self._by_head[at] = actor
        for at, actor in heads:
            known = self._by_head.get(at)
            if known is None or known is actor:
                continue
            if actor.span == known.span and actor.code != known.code:
                self._sharing.setdefault(at, []).append(actor)
        for at, actor in split:  # after every true head, which keeps its own actor
            self._by_head.setdefault(at, actor)
        self._whole = self  # the article's index, for parties named in sentences before

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

    def all_at(self, token: Token) -> list[Actor]:
        """Every actor whose head is this token: the one `at` gives, the others on the same
        words, or the parties a pair reference ("the two leaders") stands for."""
        actor = self._by_head.get(token.i)
        if actor is None:
            return self._referred_at(token)
        here = [actor, *self._sharing.get(token.i, ())]
        if len(here) == 1 and is_pair_reference(token):
            # "the two leaders" placed in the one state in focus: the pair is both.
            return self._referred_at(token) or here
        return here

    def head_of(self, actor: Actor) -> int | None:
        """The index of an actor's head token, if the actor is indexed."""
        groups = [
            *((i, [a]) for i, a in self._by_head.items()),
            *self._sharing.items(),
            *self._referred.items(),
        ]
        return next((i for i, known in groups if any(k is actor for k in known)), None)

    def at_span(self, span: CharSpan) -> Actor | None:
        """The actor mentioned by exactly these words, if any ("Bosnia" as a place)."""
        return next((a for a in self._by_head.values() if a.span == span), None)

    def _referred_at(self, token: Token) -> list[Actor]:
        """The parties a pair reference or a subject "they" stands for (cached per token)."""
        if token.i not in self._referred:
            self._referred[token.i] = []  # a reference never stands for itself
            self._referred[token.i] = referred_parties(token, self._whole)
        return self._referred[token.i]

    def parties_named_at(self, token: Token) -> list[Actor]:
        """The actors on a token's words (a pair referred back to as well) and those conjoined
        with them."""
        here = self.all_at(token)
        return [here[0], *self._conjoined(token, here[0])] if here else []

    def object_place(self, token: Token) -> Actor | None:
        """The place a direct object names ("shelled Sarajevo", "blockaded Paris"), also by a
        word for a settlement ("the city of Rafah", "the Chechen capital Grozny"), if any."""
        place = self._places.get(token.i)
        if place is not None and _is_water(place):
            return None
        if place is not None or token.lemma_.lower() not in _SETTLEMENT_NOUNS:
            return place
        named = [c for c in token.children if c.dep_ in ("appos", "compound")] + [
            obj for prep in token.children if prep.lower_ == "of" for obj in prep.children
        ]
        found = next((p for t in named if (p := self._places.get(t.i)) is not None), None)
        # "the Iranian city of Bam": a state's adjective on the settlement word names its state
        # when the gazetteer does not know the town.
        states = [
            a
            for c in token.children
            if c.dep_ == "amod"
            for a in self.all_at(c)
            if a.sector is None and len(a.code or "") == 3
        ]
        return found if found is not None else next(iter(states), None)

    def lands_stationed_in(self, actor: Actor) -> list[Actor]:
        """The parties or places an actor's own "in" phrase names ("Russia's troops in
        Georgia", "the U.N. force in Lebanon")."""
        head = self.head_of(actor)
        if head is None:
            return []
        objects = [
            obj
            for prep in self._doc[head].children
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        found: list[Actor] = []
        for obj in objects:
            place = self._places.get(obj.i)
            found += self.actors_in(obj) or ([place] if place is not None else [])
        return found

    def within(self, span: CharSpan) -> ActorIndex:
        """The actors mentioned inside a span (a sentence: never a caption the parse ran into)."""
        # A shallow copy made by hand: `copy.copy` goes through pickling's protocol, slow here.
        inside = ActorIndex.__new__(ActorIndex)
        inside.__dict__.update(self.__dict__)
        inside._by_head = {
            i: a for i, a in self._by_head.items() if span[0] <= a.span[0] and a.span[1] <= span[1]
        }
        inside._sharing = {i: s for i, s in self._sharing.items() if i in inside._by_head}
        return inside

    def named_parties(self) -> list[Actor]:
        """Every actor named in the index's span, in text order (once, though found from
        several heads)."""
        unique = {id(a): a for a in self._by_head.values()}
        return sorted(unique.values(), key=lambda a: a.span[0])

    def actors_in(self, root: Token) -> list[Actor]:
        """The actor closest to the root of a subtree, and the actors conjoined with it."""
        queue: deque[Token] = deque([root])
        while queue:
            token = queue.popleft()
            here = self.all_at(token)
            if here:  # the others on the same words come first among those conjoined
                return [here[0], *self._conjoined(token, here[0])]
            queue.extend(_argument_children(token))
        return []

    def by_depth(self, root: Token) -> list[Actor]:
        """Every actor of a subtree, nearest to its root first (not inside its own clauses)."""
        found: list[Actor] = []
        queue: deque[Token] = deque([root])
        while queue:
            token = queue.popleft()
            found += [a for a in self.all_at(token) if a not in found]
            queue.extend(_argument_children(token))
        return found

    def parties_below(self, root: Token, skip: frozenset[str]) -> list[Actor]:
        """Every actor, or place standing for its country, below a token at any depth (clauses
        included, the children along `skip` dependencies left out), nearest first."""
        found: list[Actor] = []
        queue: deque[Token] = deque(c for c in root.children if c.dep_ not in skip)
        while queue:
            token = queue.popleft()
            place = self._places.get(token.i)
            here = self.all_at(token) or ([place] if place is not None else [])
            found += [p for p in here if p not in found]
            queue.extend(token.children)
        return found

    def all_in(self, root: Token) -> list[Actor]:
        """Every actor in a subtree, in text order (for "the Macron-Scholz meeting")."""
        found = [a for t in root.subtree for a in self.all_at(t)]
        return [a for n, a in enumerate(found) if a not in found[:n]]

    def _conjoined(self, token: Token, first: Actor) -> list[Actor]:
        # "the two countries": the other actors on the same words.
        found: list[Actor] = [a for a in self.all_at(token) if a is not first]
        doc = token.doc
        words, kids = token_table(doc), parse_table(doc).children
        deps, lowers = words.deps, words.lowers
        # "Hungarian and Romanian officials": coordinated modifiers name one party each, all of
        # a list ("American, British and French warplanes").
        modifiers = [
            m
            for c in kids[token.i]
            if deps[c] in MODIFIER_DEPS and doc[c].conjuncts
            for m in (doc[c], *doc[c].conjuncts)
        ]
        if modifiers:  # "German, French and Italian ministers": the parser may leave the first
            # items of the list bare modifiers, each closed by a comma
            modifiers += [
                doc[c]
                for c in kids[token.i]
                if deps[c] in MODIFIER_DEPS and c + 1 < len(doc) and lowers[c + 1] == ","
            ]
        # "Foreign ministers of Greece and Turkey": parties conjoined inside the actor's own phrase.
        inner = [
            conj
            for prep in kids[token.i]
            if deps[prep] == "prep" and lowers[prep] in ("of", "from")
            for obj in kids[prep]
            if deps[obj] == "pobj" and first.span[0] <= words.starts[obj] < first.span[1]
            for conj in doc[obj].conjuncts
        ]
        # "with China and with Kazakhstan", "in front of X and outside Y": the objects of
        # prepositions conjoined with the one whose object the actor is.
        for obj in parallel_objects(token):
            actor = self._nearest(obj) or self._places.get(obj.i)
            if actor is not None and actor is not first and actor not in found:
                found.append(actor)
        # "Armenia's foreign minister, NAME, and his Azerbaijani counterpart": a conjunct the
        # parser hung on the name in apposition inside the actor's words joins the actor.
        named = [
            conj
            for appos in kids[token.i]
            if deps[appos] == "appos" and first.span[0] <= words.starts[appos] < first.span[1]
            for conj in doc[appos].conjuncts
            if conj.i > appos
        ]
        # "Macedonia's government and ethnic Albanian parties": a modifier the parser left with
        # a dangling "and" is conjoined with the noun it modifies, and that noun's own parties.
        own_words = [t for t in (token, *token.head.children) if _within(t, first)]
        dangling = [
            doc[c]
            for t in own_words
            if deps[t.i] in ("nmod", "compound")
            and t.head.i > t.i
            and not t.conjuncts
            and any(deps[k] == "cc" and k > t.i for k in kids[t.i])
            for c in kids[t.head.i]
            if c > t.i and deps[c] in MODIFIER_DEPS
        ]
        # "Mali, Burkina Faso and Niger": a list the parser read as an apposition with a
        # conjunct; the appositive outside the actor's words and its conjuncts are listed too.
        listed = [
            item
            for appos in kids[token.i]
            if deps[appos] == "appos"
            and not first.span[0] <= doc[appos].idx < first.span[1]
            and doc[appos].conjuncts
            for item in (doc[appos], *doc[appos].conjuncts)
        ]
        others = [
            *token.conjuncts,
            *modifiers,
            *inner,
            *named,
            *dangling,
            *listed,
            *_hyphen_joined(token),
        ]
        for other in others:
            # "Israel and the Vatican agreed": a country the actor stage left to the places stage.
            actor = (
                self._by_head.get(other.i)
                or self._places.get(other.i)
                or next(iter(self.actors_in_flat(other)), None)
            )
            if actor is not None and actor is not first and actor not in found:
                found.append(actor)
        if any(deps[t.i] == "preconj" and t.lower_ == "both" for t in token.subtree):
            # "spoke with both Indian minister X and Pakistani Prime Minister Y": the parser may
            # garble the pair after "both"; the other parties inside the phrase are its second.
            found += [
                a
                for a in self.all_in(token)
                if a is not first and a not in found and a.code != first.code
            ]
        return found

    def _nearest(self, root: Token) -> Actor | None:
        """The actor closest to the root of a subtree, without those conjoined with it."""
        found = self.by_depth(root)
        return found[0] if found else None

    def conjoined_with(self, actor: Actor) -> list[Actor]:
        """The actors coordinated with an actor's mention ("Mauritania and Senegal")."""
        head = self.head_of(actor)
        return [] if head is None else self._conjoined(self._doc[head], actor)

    def actors_in_flat(self, root: Token) -> list[Actor]:
        """Actors in the direct modifiers of a token (for a conjunct like "Romanian officials")."""
        return [a for c in root.children if (a := self._by_head.get(c.i)) is not None]


def _within(token: Token, actor: Actor) -> bool:
    return actor.span[0] <= token.idx < actor.span[1]


def _split_heads(words: Span) -> list[int]:
    """The tokens of a name, besides its root, that head an argument outside it: the parser
    splits some names in two ("talks with Syrian President Hafez al-Assad" hangs "al" on
    "with" and "Assad" on the verb), and the name is that argument's party too."""
    root = words.root.i
    return [
        t.i
        for t in words
        if t.i != root and t.dep_ in _ARGUMENT_DEPS and not words.start <= t.head.i < words.end
    ]


def _is_water(place: Actor) -> bool:
    """Whether a place's words name a sea or strait ("the Taiwan Strait", "Gulf of Aden")."""
    return any(word.lower() in _WATER_WORDS for word in place.text.split())


def _argument_children(token: Token) -> list[Token]:
    """The children an argument's parties are looked for in: not its own clauses, nor a modifier
    that only says where it is based, nor the name a sea or strait takes from a land ("the
    Taiwan Strait", "the Gulf of Oman"), nor a reporter the parser hung on it as an apposition
    ("a town in Syria, the Syrian Observatory for Human Rights said")."""
    doc = token.doc
    words = token_table(doc)
    deps, lowers = words.deps, words.lowers
    water = lowers[token.i] in _WATER_WORDS
    kept = [
        c
        for c in parse_table(doc).children[token.i]
        if deps[c] not in SUBCLAUSE_DEPS
        and not (deps[c] == "amod" and lowers[c] in _LOCATING_WORDS)
        # (the link is read first: a Token is built only for a modifier that may be one)
        and not (deps[c] in _BACKING_DEPS and is_backing_modifier(doc[c]))
        and not (water and (deps[c] in MODIFIER_DEPS or (deps[c] == "prep" and lowers[c] == "of")))
    ]
    # Only an apposition may be a trailing source.
    return [doc[c] for c in kept if deps[c] != "appos" or not is_trailing_source(doc[c])]


# The links of a modifier naming who backs (`is_backing_modifier`).
_BACKING_DEPS = frozenset({"amod", "compound"})


def is_backing_modifier(token: Token) -> bool:
    """ "Russian-backed", "U.N.-sponsored": a modifier naming who backs, not who acts (split
    by the tokenizer, or kept whole after an abbreviation)."""
    if token.dep_ not in _BACKING_DEPS:
        return False
    if token.lower_ in _BACKING_WORDS:
        return token.i > 0 and token.doc[token.i - 1].text == "-"
    name, dash, participle = token.lower_.rpartition("-")
    return bool(dash and name) and participle in _BACKING_WORDS


# The parser reads a name joined by a hyphen as a modifier, or as an adverbial noun
# ("U.S.-South Korean exercises").
_HYPHENED_DEPS = MODIFIER_DEPS | {"npadvmod"}


def _hyphen_joined(token: Token) -> list[Token]:
    """ "US-China talks": a modifier joined to the token by a hyphen names another party, also
    where the token's name has words before it ("U.S.-South Korean exercises")."""
    doc = token.doc
    words, heads = token_table(doc), parse_table(doc).heads
    return [
        doc[c]
        for c in parse_table(doc).children[token.i]
        if words.deps[c] in _HYPHENED_DEPS
        and c + 2 <= token.i
        and words.texts[c + 1] == "-"
        and all(
            heads[k] == token.i and words.deps[k] in MODIFIER_DEPS for k in range(c + 2, token.i)
        )
    ]


# Modifiers and owners, whose phrase is the noun's they modify or own.
_OWNER_DEPS = MODIFIER_DEPS | {"poss"}


def parallel_objects(token: Token) -> list[Token]:
    """The objects of the prepositions conjoined with the one a noun (or its owner) hangs on:
    "talks with Israel and with Syria", "fired at the embassy and at the ambassador's
    residence", "rallied in front of the British embassy and outside the French one"."""
    doc = token.doc
    words, heads = token_table(doc), parse_table(doc).heads
    deps, lowers = words.deps, words.lowers
    current = token.i
    for _ in range(_MAX_PHRASE_CLIMB):
        while deps[current] in _OWNER_DEPS and heads[current] != current:
            current = heads[current]  # "the ambassador's residence": the phrase is the owned noun's
        prep = heads[current]
        if deps[current] != "pobj" or deps[prep] not in ("prep", "dative", "agent", "conj"):
            return []
        phrase = doc[prep]
        parallel = [c for c in phrase.conjuncts if c.pos_ == "ADP"] or _stray_twins(phrase)
        if parallel:
            return [o for p in parallel for o in p.children if o.dep_ in ("pobj", "pcomp")]
        # "in front of the embassy": the phrase the "of" phrase completes.
        if lowers[prep] != "of" or deps[heads[prep]] != "pobj":
            return []
        current = heads[prep]
    return []


def _stray_twins(prep: Token) -> list[Token]:
    """The same preposition in the other half of a coordination the parser split, hanging the
    second on the verb as if it were a verb ("shipped pumps to Poland and to Hungary", with "to
    Poland" on the object): from either half, the other."""
    if prep.dep_ == "conj" and prep.head.pos_ != "ADP":  # the stray second half
        halves = [p for p in _verb_phrases(prep.head) if p.i < prep.i]
        return halves[-1:]
    verb = prep.head
    while verb.dep_ in ("dobj", "pobj", "prep") and verb.head != verb:
        verb = verb.head
    phrases = _verb_phrases(verb)
    return [t for t in stray_preps(verb) if [p for p in phrases if p.i < t.i][-1:] == [prep]]


def _verb_phrases(verb: Token) -> list[Token]:
    """The prepositions of a verb and of its object, in text order ("fired on a post near the
    town": "on", not "near")."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    phrases = [c for h in holders for c in h.children if c.dep_ == "prep"]
    return sorted(phrases, key=lambda t: t.i)


def _length(actor: Actor) -> int:
    return actor.span[1] - actor.span[0]


def same_party(a: Actor, b: Actor | None) -> bool:
    """The same party: one record, or the same country and sector (the president and "Paris").

    Names are compared only for uncoded actors: a country's farmers and its capital share the
    country's name but are different parties ("French farmers would blockade Paris"); and for
    parties outside the state, which a state does not speak for as one: two parties, two rebel
    groups or two companies of one country named differently are rivals ("ZANU-PF accused the
    MDC", "the UNP would welcome the TNA's support").
    """
    if b is None:
        return False
    if a is b:
        return True
    if a.code is None:
        return b.code is None and a.name == b.name
    if (a.code, a.sector) != (b.code, b.sector):
        return False
    return a.sector in STATE_BODY_SECTORS or a.sector is None or a.name == b.name


# Sectors of a state's own bodies, which all speak for the state ("the president and Paris").
STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def first_other(candidates: list[Actor], actors: tuple[Actor, ...]) -> Actor | None:
    """The first candidate that is not one of the actors (nobody is their own recipient)."""
    return next((c for c in candidates if not any(same_party(c, a) for a in actors)), None)


def with_co_recipients(roles: Roles, index: ActorIndex) -> Roles:
    """Add the recipients conjoined with the chosen one, unless they are also actors."""
    if roles.recipient is None:
        return roles
    others = [
        a
        for a in index.conjoined_with(roles.recipient)
        if not any(same_party(a, actor) for actor in roles.actors)
    ]
    if not others:
        return roles
    return Roles(roles.actors, roles.recipient, roles.refers_to_previous_pair, tuple(others))


# Verbs whose act goes both ways between joint parties ("exchanged fire", "traded accusations").
_EXCHANGE_VERBS = frozenset({"exchange", "trade", "swap"})
# Verbs of fighting whose conjoined subjects, with no foe named, are each other's foes; and the
# prepositions that name a foe apart from them ("clashed with police", "fought against rebels").
_FIGHTING_VERBS = frozenset({"clash", "fight", "battle", "skirmish"})
_FOE_PREPS = frozenset({"with", "against"})


def reciprocal_object(token: Token) -> bool:
    """ "accused each other", "agreed to work with one another", "traded fire": the parties act
    on each other."""
    if token.pos_ == "VERB" and token.lemma_.lower() in _EXCHANGE_VERBS:
        return any(c.dep_ == "dobj" for c in token.children)
    if token.pos_ == "VERB" and token.lemma_.lower() in _FIGHTING_VERBS:
        # "Indian and Chinese troops clashed": sides that fight, with no foe named apart from
        # themselves, fight each other.
        return not any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in _FOE_PREPS)
            for c in token.children
        )
    for word in _own_clause(token):
        if word.lower_ == "other" and any(c.lower_ == "each" for c in word.children):
            return True
        if word.lower_ == "another" and any(c.lower_ == "one" for c in word.children):
            return True
        if word.lower_ == "another" and word.i > 0 and word.doc[word.i - 1].lower_ == "one":
            return True
    return False


# Clauses of their own inside a verb's phrase: "each other" there is their act's, not the verb's
# ("signed a pact, pledging not to attack each other": the signing has no recipient).
_OWN_CLAUSE_DEPS = frozenset({"advcl", "relcl", "conj", "parataxis"})


def _own_clause(token: Token) -> list[Token]:
    """The words of a token's phrase outside the clauses of their own hung inside it; a verb
    joined to one inside the phrase shares its scope ("agreed not to threaten or use force
    against each other"), a verb joined to the token itself does not."""
    found: list[Token] = []
    stack = [token]
    while stack:
        word = stack.pop()
        found.append(word)
        stack += [
            c
            for c in word.children
            if c.dep_ not in _OWN_CLAUSE_DEPS or (c.dep_ == "conj" and word is not token)
        ]
    return found


def reciprocal(actors: tuple[Actor, ...]) -> Roles:
    """Each conjoined actor acts on the others ("India and Pakistan accused each other")."""
    return Roles(actors, actors[0], co_recipients=actors[1:])
