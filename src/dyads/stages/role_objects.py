"""The parties a direct object names, nearest first: the doer of the act it names ahead of its
victims ("condemned the killing of civilians by the police"), the party of a clause describing
it ("the sanctions it imposed on China"), but not the act a denied charge alleges; members stand
for their body, a venue ("at the United Nations") comes last, a border only locates, and the
subject's own official is no recipient."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.denials import denied_allegations
from dyads.stages.refused_dealings import refused_things
from dyads.stages.role_index import ActorIndex
from dyads.stages.role_syntax import (
    GRIEVANCE_WORDS,
    HANDOVER_VERBS,
    MODIFIER_DEPS,
    SUBJECT_DEPS,
    children,
    prep_objects,
    word_set,
)
from dyads.stages.trigger_lemmas import lemma_of
from dyads.stages.unwelcome_envoys import declares_unwelcome

# Prepositions that name examples of the noun they hang on ("countries, including France").
_LISTING_PREPS = frozenset({"including", "like"})
# Prepositions naming the party near which forces are moved ("troops near its border with X").
NEAR_PREPS = ("near", "along", "on", "off")
# Prepositions of a clause describing an object that name a party ("imposed on China").
_OBJECT_CLAUSE_PREPS = ("on", "along", "against", "to")
# Missions that keep peace in a land ("the U.N. peacekeeping mission in Haiti").
_MISSION_NOUNS = word_set("mission force operation contingent")
_PEACEKEEPING_WORDS = frozenset({"peacekeeping", "peace-keeping", "peace", "stabilisation"})
# Nouns for a body's members or parts: "American members of the U.N. team" belong to the U.N.
_MEMBER_NOUNS = word_set("member staff personnel part unit contingent delegate")
# Nouns of freeing captives, whose holder is asked or praised for it.
_RELEASE_NOUNS = frozenset({"release", "freeing"})
# Prepositions of an object that name a venue, not a party ("support at the United Nations").
_VENUE_PREPS = ("at",)
# Prepositions of the verb a complaint is lodged by, whose phrases may hold whom it is against
# ("filed a complaint with the WTO against U.S. tariffs").
_LODGING_PREPS = frozenset({"with", "to", "against"})
# Pronoun objects that point back to the object of an earlier verb of the sentence.
_OBJECT_PRONOUNS = frozenset({"them", "him", "her", "it"})
# Participles naming who seeks the people an object names ("three suspects wanted by Ethiopia").
_SEEKING_WORDS = word_set("want seek")
# Where an object is, not whom it belongs to ("a stronghold on the Thai border").
_BORDER_NOUNS = word_set("border borders frontier boundary")
# Verbs saying that people leave a land ("refugees fleeing the fighting in X").
_LEAVING_VERBS = word_set("flee escape leave expel deport displace evacuate uproot")
# Participles naming where goods or people are going ("arms bound for the rebels").
_DESTINATION_WORDS = frozenset({"bound", "destined", "headed", "heading"})
_DESTINATION_PREPS = ("for", "to")
# Verbs that act on a person, place or thing and never take a clause: a clause the parser hangs
# on one ("freed a diplomat's wife arrested in Tehran", "struck ammunition dumps") is its object
# read as a subject and verb.
_DIRECT_ACT_VERBS = word_set(
    "free release strike attack bomb shell raid hit arrest detain seize capture kill expel "
    "deport abduct kidnap"
)

# Participles by which an act is said to be done by its "by" party ("the strikes launched by the
# United States", "the plan drawn up by France"), not those of harm or of being affected.
_DOING_PARTICIPLES = word_set(
    "launch carry conduct stage mount make take adopt propose draw put impose announce order "
    "plan sponsor table present submit offer issue lead wage undertake draft write broker devise "
    "prepare craft formulate unveil outline"
)
# Phrases of an object that name the act it is for or about ("support for", "condemnation of").
_ACT_PHRASE_PREPS = ("for", "of", "to", "against")


# Verbs of holding a meeting, and the participles naming who hosts or brokers one ("held talks
# in Moscow hosted by Russia"): the host is a third party, not whom the holders meet.
_HOLDING_VERBS = word_set("hold have conduct begin start open resume continue")
_HOSTING_VERBS = word_set(
    "host broker mediate sponsor convene chair facilitate arrange organise organize"
)


# Verbs of calling someone up, which the parser may read as naming ("called Merz").
_CALLING_VERBS = word_set("call phone ring")


def _within(actor: Actor, clause: Token) -> bool:
    """Whether an actor's words lie in a clause's words."""
    end = clause.right_edge.idx + len(clause.right_edge)
    return clause.left_edge.idx <= actor.span[0] and actor.span[1] <= end


# People sent by a body, whose "from" phrase names the body ("a delegation from the IMF").
_SENT_GROUPS = frozenset(
    {"delegation", "team", "mission", "envoy", "emissary", "representative", "delegate"}
    | {"official", "negotiator", "minister", "diplomat", "observer", "inspector", "monitor"}
)


def _captors(captive: Token, index: ActorIndex) -> list[Actor]:
    """The agent of a participle describing captives ("aid workers kidnapped by gunmen")."""
    return [
        a
        for clause in children(captive, ("acl",))
        if clause.tag_ == "VBN"
        for agent in children(clause, ("agent",))
        for a in _agent_parties(agent, index)
    ]


def object_actors(obj: Token, index: ActorIndex) -> list[Actor]:
    """The parties a direct object names, nearest first.

    "recalled its ambassador": an official owned by a possessive pronoun is the subject's own,
    not a recipient. "denounced the sanctions imposed by X": the agent of a participle
    describing the object is a party too.
    """
    found = [a for a in index.by_depth(obj) if not names_a_border(a, obj, index)]
    if not found and obj.dep_ == "dobj" and obj.lemma_.lower() in _SENT_GROUPS:
        # "met a delegation from ECOWAS last week": the parser hung the group's "from" phrase,
        # which says whose it is, on the verb.
        found = [
            a for p in prep_objects(obj.head, ("from",)) if p.i > obj.i for a in index.by_depth(p)
        ]
    # "drummed up support at the United Nations for the Palestinians": a venue comes last.
    venues = [a for v in prep_objects(obj, _VENUE_PREPS) for a in index.by_depth(v)]
    found = [a for a in found if a not in venues] + [a for a in found if a in venues]
    if obj.lemma_.lower() in GRIEVANCE_WORDS:
        # "filed a complaint with the WTO against U.S. tariffs": whom a complaint is against
        # comes before the body it is lodged with, wherever the parser hung the phrase.
        lodged = [c for c in obj.head.children if c.lower_ in _LODGING_PREPS]
        spans = [obj, *lodged] if obj.dep_ == "dobj" else [obj]
        phrases = [t for span in spans for t in span.subtree if t.lower_ == "against"]
        against = [a for t in phrases for a in index.by_depth(t)]
        found = against + [a for a in found if a not in against]
    if _is_peace_mission(obj):
        # "to join the U.N. peacekeeping mission in Haiti": a mission serves the land it is in,
        # ahead of the body that runs it.
        lands = [a for p in prep_objects(obj, ("in",)) for a in _land_parties(p, index)]
        found = lands + [a for a in found if a not in lands]
    if obj.lemma_.lower() in _MEMBER_NOUNS:
        # "American members of the U.N. team": members stand for the body they belong to.
        bodies = [a for p in prep_objects(obj, ("of",)) for a in index.by_depth(p)]
        found = bodies + [a for a in found if a not in bodies]
    if obj.lemma_.lower() in _RELEASE_NOUNS:
        # "demanded the release of aid workers kidnapped by gunmen in Chechnya": who holds the
        # captives frees them, so the captors come before the captives' own party.
        captors = [a for c in prep_objects(obj, ("of",)) for a in _captors(c, index)]
        found = captors + [a for a in found if a not in captors]
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
    # Only a bare title is the subject's own: "his Australian counterpart" names another party.
    if owned and found and found[0].span == (obj.idx, obj.idx + len(obj.text)):
        found = found[1:]
    hosts = _hosts(obj, index)
    found = [a for a in found if a not in hosts]
    for participle in children(obj, ("acl",)):
        agents = [
            a
            for g in children(participle, ("agent",))
            for a in _agent_parties(g, index)
            if a not in hosts
        ]
        # "welcomed the peace agreement signed between Congo and Rwanda": the parties an act
        # is done between do it, as its "by" phrase's do.
        agents += [
            a
            for p in prep_objects(participle, ("between", "among"))
            for a in index.actors_in(p)
            if a not in hosts and a not in agents
        ]
        seekers = obj.head.lemma_.lower() in HANDOVER_VERBS and (
            participle.lemma_.lower() in _SEEKING_WORDS
        )
        found = agents + [a for a in found if a not in agents] if seekers else found + agents
    # "expressed support for the strikes launched by the United States": the doers of an act
    # the object's phrase names come first, as those of the object's own act do.
    doers = [a for p in prep_objects(obj, _ACT_PHRASE_PREPS) for a in phrase_act_doers(p, index)]
    found = doers + [a for a in found if a not in doers]
    # "condemned the killing of Albanian civilians by Serbian police": the doer of the act an
    # object names is the party addressed, ahead of its victims.
    doers = [a for p in prep_objects(obj, ("by",)) for a in index.actors_in(p)]
    found = doers + [a for a in found if a not in doers]
    # "denied accusations that it armed the rebels": the parties of the act a denied charge
    # alleges are not whom the denial answers.
    alleged = denied_allegations(obj)
    found = [a for a in found if not any(_within(a, act) for act in alleged)]
    clauses = [c for c in children(obj, ("relcl", "acl")) if c not in alleged]
    # "lifted the sanctions it imposed on China", "ambushed a bus carrying Greek tourists":
    # the party a clause describing the object names.
    for clause in clauses:
        for inner in children(clause, ("dobj",)) + prep_objects(clause, _OBJECT_CLAUSE_PREPS):
            found += [a for a in index.actors_in(inner) if a not in found]
    # "condemned the rocket that North Korea launched": the doer a relative clause names (the
    # parser reads some relative clauses as clauses of a noun).
    for clause in clauses:
        for subject in children(clause, SUBJECT_DEPS):
            reported = children(clause, ("ccomp",))
            if lemma_of(clause) in _REPORTING_VERBS and reported:
                # "a factory that Washington said was making chemical weapons": who says what
                # the object does only reports on it; the doer is the reported clause's ("the
                # rocket that North Korea said it launched").
                told = [d for r in reported for d in children(r, SUBJECT_DEPS)]
                found += [a for d in told for a in index.actors_in(d) if a not in found]
                continue
            found += [a for a in index.actors_in(subject) if a not in found]
    return found


# Verbs of saying or believing: a relative clause of the object built on one reports on it.
_REPORTING_VERBS = word_set("say claim allege believe suspect report think")


def phrase_act_doers(obj: Token, index: ActorIndex) -> list[Actor]:
    """ "support for the strikes launched by the United States and Britain": the doers that a
    participle's "by" phrase names for an act in a noun's phrase are whom the noun is for, as
    the doers of an act a verb's object names are ("Doers after the object")."""
    return [
        a
        for participle in children(obj, ("acl",))
        if participle.tag_ == "VBN" and participle.lemma_.lower() in _DOING_PARTICIPLES
        for agent in children(participle, ("agent",))
        for a in _agent_parties(agent, index)
    ]


def _is_peace_mission(obj: Token) -> bool:
    """ "the U.N. peacekeeping mission", "a peace-keeping force": a mission that keeps peace."""
    return obj.lemma_.lower() in _MISSION_NOUNS and any(
        c.dep_ in MODIFIER_DEPS and c.lower_ in _PEACEKEEPING_WORDS for c in obj.children
    )


def _land_parties(place: Token, index: ActorIndex) -> list[Actor]:
    """The parties a place names, or the state it stands for."""
    found = index.actors_in(place)
    standing = index.object_place(place) if not found else None
    return found or ([standing] if standing is not None else [])


def _hosts(obj: Token, index: ActorIndex) -> list[Actor]:
    """ "held talks in Moscow hosted by Russia": the hosts or brokers a participle describing
    a meeting that the subject holds names."""
    if obj.dep_ != "dobj" or obj.head.lemma_.lower() not in _HOLDING_VERBS:
        return []
    return [
        a
        for participle in children(obj, ("acl",))
        if participle.lemma_.lower() in _HOSTING_VERBS
        for g in children(participle, ("agent",))
        for a in _agent_parties(g, index)
    ]


def destinations(verb: Token, index: ActorIndex) -> list[Actor]:
    """ "seized a ship carrying arms bound for Gaza": the parties, or places standing for their
    country, that what a verb's object names (or a participle after it) is "bound for",
    "destined for" or "headed to"; the parser hangs such a participle on the object, on what
    the object carries or on the verb; also what a restriction is laid "on" ("imposed export
    controls on rare earths bound for Japan")."""
    objects = children(verb, ("dobj",))
    if not objects:
        return []
    objects += prep_objects(verb, ("on",))
    after = [c for c in children(verb, ("advcl",)) if c.i > objects[0].i]
    found: list[Actor] = []
    for token in (t for root in objects + after for t in root.subtree):
        if token.dep_ not in ("acl", "advcl") or token.lower_ not in _DESTINATION_WORDS:
            continue
        for goal in prep_objects(token, _DESTINATION_PREPS):
            place = index.object_place(goal)
            here = index.actors_in(goal) or ([place] if place is not None else [])
            found += [a for a in here if a not in found]
    return found


def _agent_parties(agent: Token, index: ActorIndex) -> list[Actor]:
    return [a for p in children(agent, ("pobj",)) for a in index.actors_in(p)]


def names_a_border(actor: Actor, obj: Token, index: ActorIndex) -> bool:
    """ "captured a stronghold on the Thai border": the country only locates the object (but
    "troops near the border with Guyana" names the party across it)."""
    head = index.head_of(actor)
    if head is None or head == obj.i:
        return False
    token = obj.doc[head]
    border = token.head
    if token.dep_ not in MODIFIER_DEPS | {"poss"} or border.lemma_.lower() not in _BORDER_NOUNS:
        return False
    return border.dep_ == "pobj" and border.head.lower_ in (*NEAR_PREPS, "across", "at")


def misplaced_doers(verb: Token, index: ActorIndex) -> list[Actor]:
    """ "condemned the shelling of the port by Turkish gunboats": a "by" phrase after the
    object that the parser hung on the active verb names the doer of the act the object names."""
    objects = children(verb, ("dobj",))
    if not objects:
        return []
    return [
        a
        for prep in children(verb, ("prep",))
        if prep.lower_ == "by" and prep.i > objects[0].i
        for obj in children(prep, ("pobj",))
        if obj.pos_ in ("NOUN", "PROPN")
        for a in index.actors_in(obj)
    ]


def antecedent_objects(verb: Token, index: ActorIndex) -> list[Actor]:
    """ "chained U.N. observers to targets to use them as shields", "arrested two Iraqis and
    charged them": a pronoun object of a purpose clause, or of a verb conjoined to an earlier
    one, stands for the object of that verb."""
    if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i > verb.i:
        return []
    pronouns = children(verb, ("dobj", "dative"))
    if not any(c.lower_ in _OBJECT_PRONOUNS for c in pronouns):
        return []
    return [a for obj in children(verb.head, ("dobj",)) for a in object_actors(obj, index)]


def misread_objects(verb: Token) -> list[Token]:
    """The object of a verb of direct action that the parser read as the subject of a clause
    ("freed a British diplomat's wife arrested in Tehran": "wife"), or of a call that it read
    as the predicate of a naming ("Macron called Merz on Monday": "Merz"); none if it has an
    object."""
    refused = refused_things(verb)  # "would have nothing to do with Algerian mediation"
    if refused:
        return refused
    if children(verb, ("dobj",)):
        return []
    if verb.lemma_.lower() in _CALLING_VERBS and children(verb, ("nsubj",)):
        named = children(verb, ("oprd",))
        return [t for t in named if t.pos_ == "PROPN"]
    # "declared two diplomats persona non grata", "persona" read as the clause's verb.
    if verb.lemma_.lower() not in _DIRECT_ACT_VERBS and not declares_unwelcome(verb):
        return []
    clauses = [c for c in children(verb, ("ccomp",)) if not children(c, ("mark",)) and c.i > verb.i]
    # "struck what New Delhi called a militant camp in Pakistan": what a naming clause names
    # is struck, and where it lies; whoever names it is no party.
    named = [c for c in clauses if any(o.tag_ == "WP" for o in children(c, ("dobj",)))]
    return [
        *(o for c in named for o in children(c, ("dobj", "oprd")) if o.tag_ != "WP"),
        *(o for c in named for o in prep_objects(c, ("as", "in"))),
        *(
            subject
            for clause in clauses
            if clause not in named
            for subject in children(clause, ("nsubj",))
            if subject.pos_ in ("NOUN", "PROPN") and subject.i > verb.i
        ),
    ]


def shifted_objects(verb: Token) -> list[Token]:
    """ "dismissed as unacceptable a U.N. offer": an object put after the verb's "as" and its
    predicate, which the parser reads as the object of "as" (the adjective before the object's
    determiner tells it apart from "dismissed it as an insult"); none if the verb has an
    object."""
    if children(verb, ("dobj",)):
        return []
    return [
        obj
        for obj in prep_objects(verb, ("as",))
        for predicate in children(obj, ("amod",))
        if predicate.pos_ == "ADJ" and any(d.i > predicate.i for d in children(obj, ("det",)))
    ]


# Participles news puts before people as adjectives ("visiting Chinese leaders", "warring
# factions", "neighbouring Guyana"), which the parser, right after a verb, reads as the verb's
# complement.
_ADJECTIVAL_PARTICIPLES = frozenset(
    {"visiting", "outgoing", "incoming", "departing", "retiring", "ruling", "governing"}
    | {"warring", "feuding", "fighting", "striking", "protesting", "fleeing", "rival"}
    | {"neighbouring", "neighboring", "bordering"}
)


def participle_objects(verb: Token) -> list[Token]:
    """ "urged visiting Chinese leaders to press North Korea", "accused neighbouring Chad of
    arming rebels": the people or state an adjectival participle right after the verb
    describes, read by the parser as the participle's object, are the verb's own object (none
    if the verb has one)."""
    if children(verb, ("dobj",)):
        return []
    return [
        obj
        for clause in children(verb, ("xcomp", "ccomp"))
        if clause.i == verb.i + 1 and clause.lower_ in _ADJECTIVAL_PARTICIPLES
        for obj in children(clause, ("dobj",))
    ]


def shared_objects(verb: Token) -> list[Token]:
    """ "condemned and rejected the decision", "welcomed and supported the steps": a verb
    joined by "and" or "or" straight to a second verb shares that verb's object when it has
    none of its own (nothing stands between the two verbs but the conjunction)."""
    if children(verb, ("dobj",)):
        return []
    doc = verb.doc
    joined = verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ in ("and", "or")
    if not joined:
        return []
    second = doc[verb.i + 2]
    if second.dep_ != "conj" or second.head != verb or second.pos_ != "VERB":
        return []
    if children(second, SUBJECT_DEPS):
        return []
    return children(second, ("dobj",))


def object_doer_noun(token: Token) -> Token:
    """The noun whose place in the clause a party's words fill: the first of a conjoined list
    ("Italy" in "France and Italy"), the noun a list names examples of ("several countries,
    including France"), and the act whose doer a "by" phrase names ("the steps taken by several
    countries"), so that a party doing what a verb's object names counts as its object."""
    token = _first_conjunct(token)
    if token.dep_ == "pobj" and token.head.lower_ in _LISTING_PREPS:
        token = _first_conjunct(token.head.head)
    agent = token.head
    if token.dep_ == "pobj" and agent.dep_ == "agent" and agent.head.dep_ == "acl":
        return agent.head.head
    return token


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def fled_lands(noun: Token, index: ActorIndex) -> list[Actor]:
    """ "opened its border to refugees fleeing the fighting in Sierra Leone", "to traders
    ordered out of Ghana": people named only by what they are stand for the land a clause
    describing them says they leave, nearest first."""
    people = [noun, *prep_objects(noun, ("of",))]
    return [
        a
        for person in people
        for clause in children(person, ("acl",))
        if _leaves(clause)
        for a in index.parties_below(clause, frozenset())
    ]


def _leaves(clause: Token) -> bool:
    """Whether a clause says its subject leaves a place ("fleeing", "ordered out of")."""
    if clause.lemma_.lower() in _LEAVING_VERBS:
        return True
    return any(
        c.lower_ == "out" or (c.dep_ == "prep" and c.lower_ == "from") for c in clause.children
    )


def described_goals(people: Token) -> list[Token]:
    """ "extradited two men wanted for fraud to China": a "to" phrase the parser hung at the end
    of a participle describing the people handed over, on the participle or on the noun of its
    phrase, says whom they go to (not one inside a verb of that phrase: "accused of sending
    arms to Syria")."""
    found: list[Token] = []
    for participle in children(people, ("acl",)):
        if participle.tag_ not in ("VBN", "VBD"):
            continue
        found += prep_objects(participle, ("to",))
        phrases = [o for p in children(participle, ("prep",)) for o in children(p, ("pobj",))]
        found += [o for noun in phrases for o in prep_objects(noun, ("to",))]
    return found
