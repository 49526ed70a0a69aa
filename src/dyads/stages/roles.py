"""Who did it to whom: actor and recipient of a trigger, read from the dependency parse.

This module reads a verb trigger (`verb_roles`) and gathers the public names of the role
modules: the index of the sentence's parties (`role_index`), subjects and reporters
(`role_subjects`), direct objects (`role_objects`), prepositional phrases (`role_phrases`),
clauses around the trigger (`role_clauses`), event nouns (`role_nouns`) and recipients named by
reference (`role_reference`), acts a subject comes under (`role_exposure`); pairs referred back
to ("the two leaders", "both sides") are resolved by the index (`role_pairs`).

A verb's actor is its subject (the root noun of a verbless parse, "Solana, the EU's foreign policy
chief, called on"; the subject of the participle the parser took for the main verb, "officers
responding to a call shot"; the leader of a group no table codes, "a coalition led by X"), or its
passive's agent (also one the parser hung elsewhere, or the doer of the "when" clause saying how a
harm came about), or for a passive without one the party its kind of verb implies: forces withdrawn
withdraw, the place one is expelled from expels (also for a participle, "diplomats expelled from
Germany"), the body one is summoned to or informed at summons or informs, the legislature a decision
is placed in decides ("was rejected in the Philippine Senate", `role_chambers`), the act a light
verb completes has its own roles, parties it is held "between" hold it together, an unattributed
accusation is its reporter's, what a party is told will be done is the teller's, a request "to" a
party turned down or granted is that party's decision ("role_weighed"), captives are freed by
whoever a participle says holds them; a base form the tagger read as a verb where only a noun stands
("Aid from China reached") is read as the event noun. Its recipient is looked for in its
passive subject (a relative pronoun standing for the noun it describes), the source of what its
subject comes under, its dative (a place given to), whom it is "on behalf of", the place one travels
to for a meeting, whom one receives from, whom people are handed to ("handed over five suspects
to the U.N. tribunal", "extradited two men wanted for fraud to China"), the party ground is
taken from ("recaptured the town from the rebels"), the land withdrawing forces are in
("Russia's troops in Georgia began withdrawing"), a doer named after its object, the object of
the verb it joins straight after "and" when it has none ("condemned and rejected the
decision"), the target of an act that is its subject ("Israel's strikes on Gaza killed"), its object
(not the forces a withdrawal withdraws; also one the parser read as the subject of a clause, "freed
a diplomat's wife arrested in Tehran"), the
prepositions of its class and those conjoined with them ("with China and with Kazakhstan"; not
the fellow voters of "voted with"), whose
act a protest is "over" (a "to" phrase after that act is the act's: "over arms sales to Taiwan"),
the place a "where" clause on it describes ("Gaza, where jets struck"), the letter it is written
in ("in a letter to X") or the call or talks it is done in ("in a telephone call with X"), the
accuser of a charge
denied that a clause on its subject names ("Iran, which Washington blames for X, rejected the
accusation"), the infinitive clauses it
serves ("agreed to help Malaysia"), the participle of its result ("exploded, killing two soldiers"),
the clause a demand states, the "against" party of the act a threat's clause announces, the
reaction or conflict a phrase names ("in protest of X", "in its war
with X"; not the actor's own country, the victim of what it answers), for promises anywhere in what
is promised, and, for conflict that names no target, the party of another country that reports it
(`reporting_speakers`). The first of them that is not an actor is the recipient; a route
blocked between two states ("blocked the bridge from Belgium to the Netherlands") has both as
recipients (`role_routes`).
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.acting_participles import is_acting_participle
from dyads.stages.role_chambers import deciding_chambers
from dyads.stages.role_clauses import (
    captor_agents,
    captors_clause_parties,
    cause_parties,
    clause_parties,
    condition_parties,
    content_subjects,
    keepers,
    possessor_speakers,
    purpose_clauses,
    result_clauses,
    subject_accusers,
    threatened_parties,
)
from dyads.stages.role_courts import trying_courts
from dyads.stages.role_crowds import riot_roles
from dyads.stages.role_exposure import exposure_sources
from dyads.stages.role_index import (
    ActorIndex,
    Roles,
    first_other,
    reciprocal,
    reciprocal_object,
    same_party,
    with_co_recipients,
)
from dyads.stages.role_means import is_own_means, threatened_act_roles
from dyads.stages.role_missions import envoy_posts, sheltering_missions
from dyads.stages.role_nouns import (
    LIGHT_VERBS,
    PLACE_OF_NOUNS,
    aimed_parties,
    arrival_places,
    noun_roles,
    participle_agents,
    pronoun_owner,
)
from dyads.stages.role_objects import (
    NEAR_PREPS,
    antecedent_objects,
    described_goals,
    destinations,
    fled_lands,
    misplaced_doers,
    misread_objects,
    names_a_border,
    object_actors,
    participle_objects,
    shared_objects,
    shifted_objects,
)
from dyads.stages.role_phrases import (
    beneficiaries,
    feeling_targets,
    follows_reaction,
    grievance_targets,
    letter_addressees,
    missions_gathered_at,
    nested_partners,
    object_goals,
    particle_sources,
    reaction_object_parties,
    reaction_targets,
)
from dyads.stages.role_reference import names_a_party_by_reference
from dyads.stages.role_releases import is_go_between
from dyads.stages.role_routes import route_ends
from dyads.stages.role_subjects import (
    announced_intent,
    briefing_hosts,
    detached_agents,
    expelling_parties,
    is_passive_participle,
    is_verbless_subject_participle,
    nested_agents,
    reporting_speakers,
    stray_verb_subject,
    subject_actors,
    subject_of,
    told_parties,
)
from dyads.stages.role_syntax import (
    GRIEVANCE_WORDS,
    PARTY_IN_VERBS,
    REACTION_VERBS,
    TALK_NOUNS,
    VERB_RECIPIENT_PREPS,
    WITHDRAWAL_VERBS,
    children,
    prep_objects,
    stand_in,
    word_set,
)
from dyads.stages.role_vessels import flag_states, in_vessel_name
from dyads.stages.role_weighed import addressed_proposal_roles
from dyads.stages.timed_objects import loose_objects
from dyads.stages.trigger_lemmas import lemma_of
from dyads.stages.triggers import RAISING_VERBS, permitted_party, raised_objects

__all__ = [
    "ActorIndex",
    "Roles",
    "first_other",
    "names_a_party_by_reference",
    "noun_roles",
    "reciprocal_object",
    "reporting_speakers",
    "subject_actors",
    "verb_roles",
]


def _owned_by_undergoer(agent: Token, actors: list[Actor], undergoers: list[Actor]) -> bool:
    """Whether the only party in a passive's agent is a possessive pronoun that stands for the
    one who undergoes it ("assassinated by her bodyguards")."""
    owners = [c for c in agent.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    return (
        bool(owners)
        and len(actors) == 1
        and actors[0].span == (owners[0].idx, owners[0].idx + len(owners[0].text))
        and any(same_party(actors[0], u) for u in undergoers)
    )


# What a promise is not: its subject, its agent, and the clauses around it.
_NOT_PROMISED_DEPS = frozenset(
    {"nsubj", "nsubjpass", "csubj", "agent", "advcl", "parataxis", "punct", "npadvmod"}
)
# Verbs whose passive subject is the side that withdraws ("troops were withdrawn from X"); not
# "evacuate", whose passive subject is rescued by others ("foreigners were evacuated").
_WITHDRAWN_SIDE_VERBS = frozenset({"withdraw", "pull", "retreat"})
# "pushed into Rafah": a place an act goes into stands for its country, as one aimed at does.
_AIMING_PREPS = frozenset({"at", "on", "against", "into"})
# Verbs of sending forces somewhere, whose "inside" phrase names the land they go into ("will
# deploy its troops inside Somalia"); not other verbs, where it says where ("shot inside a
# terminal").
_STATIONING_VERBS = frozenset({"deploy", "send", "move", "station", "dispatch", "position"})
# "protested to Moscow", "complained with Tokyo": whom a complaint is made to.
_ADDRESS_PREPS = frozenset({"to", "with"})
# "appealed to Washington", "pleaded with Moscow": an appeal made to a capital is made to its
# state, as a complaint is.
_APPEAL_VERBS = frozenset({"appeal", "plead", "petition", "apply"})
# Verbs of meeting a party, whose clause before a verb names that verb's partner.
_MEETING_VERBS = frozenset({"meet", "receive", "host", "visit"})
# Verbs of going to a place, whose "to" phrase names the host of a visit.
_TRAVEL_VERBS = frozenset({"travel", "fly", "go", "head", "come", "journey", "jet"})
# Verbs of getting something, whose "from" phrase names who gives it.
_RECEIVING_VERBS = frozenset({"receive", "get", "obtain", "accept", "win", "secure", "buy"})
# "drew $3 billion from its facility with the IMF", "drew on a World Bank credit line": money
# drawn from a lender's facility names the lender in the facility's phrase (its aid, reversed).
_DRAWING_VERBS = frozenset({"draw", "withdraw", "tap"})
_LENDING_WORDS = frozenset(
    {"facility", "line", "programme", "program", "loan", "credit", "arrangement", "swap", "fund"}
)
# Verbs of taking ground, whose "from" phrase names the party it is taken from ("recaptured the
# town from the rebels"): that party is attacked, before the place taken.
_CAPTURE_VERBS = frozenset(
    {"capture", "recapture", "seize", "take", "retake", "wrest", "regain", "reclaim"}
)
# Tags of a verb's base form, and the dependencies only a noun bears: together they mark a noun
# the tagger misread ("Aid from China reached").
_BARE_VERB_TAGS = frozenset({"VB", "VBP"})
_NOUN_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
# Verbs of fighting off an attack, whose passive subject without an agent is the attack itself
# ("an offensive against Armenian positions was repulsed"): its roles are the event's.
_REPELLING_VERBS = frozenset({"repel", "repulse", "rebuff"})
_BEATING_VERBS = frozenset({"beat", "fight", "push", "drive", "fend"})  # with "back" or "off"
# "spotted a bomb beside an Israeli patrol": whom an attack is set off next to.
_PROXIMITY_PREPS = ("beside", "near", "alongside", "outside")
# Armed forces and missions, and a body's own staff, which a passive of evacuation or removal
# names as leaving ("U.N. staff were evacuated from eastern Congo").
_FORCE_NOUNS = word_set(
    "troop soldier peacekeeper force contingent monitor observer garrison marine battalion mission"
    " staff personnel inspector employee"
)
# Verbs that move forces out with "out" ("were shipped out of the enclave").
_REMOVING_VERBS = frozenset({"ship", "fly", "move", "take", "airlift", "bring"})
# Verbs of casting a vote, whose "with" phrase names fellow voters.
_VOTING_VERBS = frozenset({"vote"})
# Verbs of handing people over to a party that wants them: the act is aimed at that party
# (deporting is done to the people deported, whoever takes them).
_HANDING_VERBS = frozenset({"hand", "extradite", "surrender"})


# Nouns of handing something over: a protest against one is aimed at whoever hands it over.
_TRANSFER_NOUNS = word_set("handover hand-over transfer cession return sale delivery")
# "reopened its embassy in Amman", "closed its consulate in Basra": a state's mission abroad is
# aimed at the state whose place it is in.
_MISSION_NOUNS = word_set("embassy embassies consulate consulates legation")
# Nouns of looking into a matter, whose "into" phrase names what is examined.
_INQUIRY_NOUNS = word_set("investigation inquiry enquiry probe")


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
    threat_is_aimed: bool = False,
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
    `keeper_is_recipient`: for protests, the state whose mission they gather at ("rallied
    outside the Japanese embassy"), else who holds the protesters ("activists in Israeli
    prisons went on a hunger strike"), when nothing nearer names a target.
    `partner_first`: for meetings, the "with" partner comes before the topic, even when the
    parser hung it inside the topic ("discussed North Korea's missile launches with her South
    Korean counterpart").
    `held_by_subject`: for releases, the party that the clause describing the captors names,
    when nothing nearer names one ("rebels holding hostages at the Japanese ambassador's
    residence released four captives"); for a passive without agent, the captors a participle
    describing the captives names ("fishermen arrested by Sri Lanka's navy were released").
    `threat_is_aimed`: for threats, the "against" party of the act the threat announces, before
    the party its condition names ("warned it would take action against Syria if").
    """
    if keeper_is_recipient and (riot := riot_roles(verb, index)) is not None:
        return riot  # "fighting erupted between police and demonstrators": the crowd's riot
    if (
        lemma_of(verb) in _FIGHTING_VERBS
        and not children(verb, ("nsubj", "nsubjpass"))
        and (sides := _between_sides(verb, index))
    ):
        # "as fighting between government troops and RPF rebels raged": fighting with no
        # subject of its own is done by the sides of its "between" phrase, not the main clause's.
        return Roles(tuple(sides), None)
    if verb.tag_ in _BARE_VERB_TAGS and verb.dep_ in _NOUN_ARGUMENT_DEPS:
        # "Aid from China reached the survivors": a base form standing as a subject or object
        # is a noun the tagger took for a verb.
        return noun_roles(verb, index, addresses_content=addresses_content)
    passives = [stand_in(p) for p in children(verb, ("nsubjpass",))]
    if not passives and not theme_is_actor and _described_by_passive(verb):
        # "Rebels backed by Rwanda seized Goma": a past participle with its agent, describing a
        # noun, is said of it as of a passive's subject.
        passives = [stand_in(verb.head)]
    lemma = lemma_of(verb)
    # "rallied against a free trade deal with Chile": a crowd opposes the pact its own side
    # makes, not the partner it is made with.
    shunned = _pact_partners(verb, index) if keeper_is_recipient else set()
    actors, recipients, pair = _first_roles(
        verb, passives, index, theme_is_actor=theme_is_actor, addresses_content=addresses_content
    )
    if held_by_subject and passives and not actors:
        # "Indian fishermen arrested by Sri Lanka's navy were released": who held them frees them.
        actors = captor_agents(passives[0], index)
    chosen = tuple(actors)
    # "Chad came under pressure from France": the lexicon marks such a verb
    # pattern as reversed (its subject is the recipient), so the source is the other party.
    candidates = [*recipients, *exposure_sources(verb, index)]
    freed = _freed_parties(verb, index) if held_by_subject else []
    for dative in children(verb, ("dative", "iobj")):
        # "would send missiles to Kyiv": a place given to stands for its country.
        goals = children(dative, ("pobj",)) if dative.pos_ == "ADP" else []
        given = index.actors_in(dative) or _places(goals, index)
        candidates += [a for a in given if not is_go_between(a, freed)]
    candidates += beneficiaries(verb, index)
    if goal_is_recipient:
        candidates += [
            a
            for obj in prep_objects(verb, ("to",))
            for a in index.actors_in(obj) or _places([obj], index)
            if not is_go_between(a, freed)
        ]
        # "released Kuwaiti prisoners on the Saudi border": a state's border where the act takes
        # place locates it once the object names whom it is done to.
        candidates += [
            a
            for obj in prep_objects(verb, NEAR_PREPS)
            for a in index.by_depth(obj)
            if not (_names_object_party(verb, index) and names_a_border(a, verb, index))
        ]
        # "massed troops near the Kuwaiti border": the parser hangs the phrase on the forces.
        near = [o for t in children(verb, ("dobj",)) for o in prep_objects(t, NEAR_PREPS)]
        candidates += [a for obj in near for a in index.by_depth(obj)]
    candidates += antecedent_objects(verb, index)
    if partner_first:
        partners = prep_objects(verb, ("with",)) or nested_partners(verb)
        candidates += [a for obj in partners for a in index.actors_in(obj)]
        # "flew to Skopje for talks with President Trajkovski": the partner of the talks a
        # journey is for is met, before the place.
        talks = [o for o in prep_objects(verb, ("for",)) if o.lemma_.lower() in TALK_NOUNS]
        candidates += [
            a for o in talks for w in prep_objects(o, ("with",)) for a in index.actors_in(w)
        ]
        # "travelled to Baghdad for talks": the host of a visit is where it goes.
        if lemma in _TRAVEL_VERBS:
            candidates += _places(prep_objects(verb, ("to",)), index)
    if lemma in _RECEIVING_VERBS:
        # "received tanks from Poland", "accepted an offer from Oman": the other party.
        candidates += [a for obj in prep_objects(verb, ("from",)) for a in index.actors_in(obj)]
    if lemma in _DRAWING_VERBS:
        lending = [
            obj
            for obj in [*prep_objects(verb, ("from", "on")), *children(verb, ("dobj",))]
            if obj.lemma_.lower() in _LENDING_WORDS
        ]
        candidates += [a for obj in lending for a in index.by_depth(obj)]
    if not passives:
        # The attachment is the parser's guess: only a doer of another country than the actor's
        # is taken ahead of the object ("Britain deplored the hanging of a Kenyan poet by
        # the military government" keeps the poet when that government reads as British).
        doers = misplaced_doers(verb, index)
        candidates += [d for d in doers if all(d.code != a.code for a in chosen)]
    # "Israel's strikes on Gaza killed 40 people": the target of the act that does it comes
    # before those it harms.
    for subject in children(verb, ("nsubj",)):
        if subject.pos_ == "NOUN" and index.at(subject) is None:
            candidates += aimed_parties(subject, index)
    if lemma in _CAPTURE_VERBS:
        candidates += [a for obj in prep_objects(verb, ("from",)) for a in index.actors_in(obj)]
    # "seized a ship carrying arms bound for Gaza": whom a cargo goes to, ahead of its carrier.
    candidates += destinations(verb, index)
    if lemma in _HANDING_VERBS:
        # "handed over five Rwandan suspects to the U.N. tribunal": whom people are handed to
        # comes before the people handed, as in a clause ("refused to hand over X to Y"), also
        # when the parser hung the "to" phrase on them or on a participle describing them
        # ("extradited two men wanted for fraud to China").
        handed = children(verb, ("dobj",))
        handed_to = prep_objects(verb, ("to",)) + [
            o for thing in handed for o in prep_objects(thing, ("to",)) + described_goals(thing)
        ]
        candidates += [
            a
            for obj in handed_to
            for a in index.actors_in(obj) or _places([obj], index)
            if not is_go_between(a, freed)
        ]
    # Later candidates only follow those found so far: once one of them is the recipient,
    # looking further cannot change the choice.
    if (settled := _first_recipient(_kept(candidates, shunned), chosen, verb, index)) is not None:
        return _closing_roles(verb, index, chosen, pair, settled)
    withdrawal = lemma in WITHDRAWAL_VERBS
    if keeper_is_recipient:
        # "blockaded the port of Algeciras in protest at Morocco's refusal": whom a protest's own
        # phrase says it answers comes before the place it blocks or fills.
        candidates += [a for a in reaction_targets(verb, index) if not _own_country(a, chosen)]
    objects = children(verb, ("dobj",)) + shared_objects(verb) + loose_objects(verb)
    for obj in map(stand_in, objects):
        # "declared its support for X", "rejected calls by X": the nearest other party;
        # else a place the object names stands for its country ("shelled Sarajevo").
        place = index.object_place(obj)
        found = object_actors(obj, index) or ([place] if place is not None else [])
        # "seized a Greek-flagged oil tanker": a ship of no named party is its flag state's.
        found = found or flag_states(obj, index)
        # "expressed concern over China's build-up opposite Taiwan": the doer of the act first.
        found = feeling_targets(obj, index) + found
        # "Sisi reaffirmed Egypt's support for Sudan": a possessor of the actor's own country
        # owns the act the object names, as "its" does, and is not whom the act is for.
        found = [a for a in found if not _own_possessor(a, obj, chosen)]
        # "imposed new trade sanctions on Tehran": a place the object is aimed at (a party there
        # is the object's own already, and one only locating it is none: "on the Thai border").
        # "lodged a protest with Rangoon": a complaint is lodged with the government a place names.
        aims = ("on", "against") + (("with", "to") if lemma_of(obj) in GRIEVANCE_WORDS else ())
        # "tightened its blockade of Gaza": the place a siege is "of" is the place it is laid on.
        aims += ("of",) if lemma_of(obj) in PLACE_OF_NOUNS else ()
        aims += ("in",) if lemma_of(obj) in _MISSION_NOUNS else ()
        found = found or _places(prep_objects(obj, aims), index)
        if not found and lemma_of(obj) in _INQUIRY_NOUNS:
            # "opened an investigation into bank accounts held by Nigerian officials".
            found = [a for o in prep_objects(obj, ("into",)) for a in _examined_parties(o, index)]
        # "withdrew the last Russian troops from Estonia": what is withdrawn is the actor's own.
        candidates += [a for a in found if not (withdrawal and _own_country(a, chosen))]
    for obj in [*participle_objects(verb), *misread_objects(verb), *shifted_objects(verb)]:
        place = index.object_place(obj)
        candidates += object_actors(obj, index) or ([place] if place is not None else [])
    if (settled := _first_recipient(_kept(candidates, shunned), chosen, verb, index)) is not None:
        return _closing_roles(verb, index, chosen, pair, settled)
    if nested_goal:
        candidates += [
            a
            for obj in object_goals(verb)
            for a in index.actors_in(obj)
            if not is_go_between(a, freed)
        ]
    if not passives:
        # "would accept mediation by the OAU": a "by" phrase of an active verb names the doer
        # of what its object names.
        candidates += [a for obj in prep_objects(verb, ("by",)) for a in index.actors_in(obj)]
    if lemma in RAISING_VERBS:
        candidates += [a for subject in raised_objects(verb) for a in index.actors_in(subject)]
    # "gave the green light for U.S. warplanes to fly": the party whose act is permitted.
    permitted = permitted_party(verb, lemma)
    if permitted is not None:
        candidates += index.actors_in(permitted)
    if lemma in _LETTING_VERBS:
        # "let a fuel convoy pass into Gaza": the land the permitted act enters.
        acts = children(verb, ("ccomp", "xcomp"))
        candidates += _places([o for act in acts for o in prep_objects(act, ("into",))], index)
    # "withdrew its troops from Estonia": the party left is acted on, whatever the reading.
    source_is_recipient = source_is_recipient or withdrawal
    preps = VERB_RECIPIENT_PREPS + (("from",) if source_is_recipient else ())
    if lemma in _VOTING_VERBS:
        # "voted with the Conservatives against the bill": who votes with the subject votes
        # alongside it, no party the vote is aimed at.
        preps = tuple(p for p in preps if p != "with")
    preps += ("in",) if verb.lemma_.lower() in PARTY_IN_VERBS else ()
    grievance = lemma in GRIEVANCE_WORDS
    # "protested to Moscow", "appealed to Washington": a complaint or appeal made to a capital is
    # made to its state.
    addressed = grievance or lemma in _APPEAL_VERBS
    place_preps = _AIMING_PREPS | (_ADDRESS_PREPS if addressed else frozenset())
    # "complained over American arms sales to Taiwan": a "to" phrase after what a complaint is
    # over belongs to that act, whatever the parser hung it on.
    grieved_acts = prep_objects(verb, ("over",)) if grievance else []
    for obj in prep_objects(verb, preps):
        if obj.head.lower_ == "to" and any(act.i < obj.i for act in grieved_acts):
            continue
        # "fired missiles at Kyiv": a place aimed at stands for its country.
        place = index.object_place(obj) if obj.head.lower_ in place_preps else None
        found = index.actors_in(obj) or ([place] if place is not None else [])
        if not found and obj.head.lower_ == "into" and _opens_inquiry(verb):
            # "opened an investigation on Tuesday into bank accounts held by the late Nigerian
            # dictator": whoever what is looked into belongs to or is done by, at any depth.
            found = _examined_parties(obj, index)
        # "fired a missile at the U.S.-owned cargo ship Gibraltar Eagle": the ship's own name
        # names no party; its flag or owner's state stands for it.
        found = [a for a in found if not in_vessel_name(a, obj)] or flag_states(obj, index)
        if obj.head.lower_ in ("on", "at") and _names_object_party(verb, index):
            found = [a for a in found if not names_a_border(a, verb, index)]
        if follows_reaction(obj):
            # "recalled its envoy in protest at the massacre of Palestinians": the victims of
            # the act a reaction answers are not whom it is aimed at.
            found = reaction_object_parties(obj, index)
        # "to protest against the killing of two Indian soldiers": the actor's own people that
        # the act protested harms are its victims, not the protest's target.
        if grievance and _own_victims(obj, found, chosen, index):
            continue
        if grievance and obj.lemma_.lower() in _TRANSFER_NOUNS:
            # "against the handover of West Bank towns to Palestinian rule": what is handed
            # over and whom to are not whom the protest is aimed at, its doer is.
            givers = [a for t in obj.subtree if t.lower_ == "by" for a in index.by_depth(t)]
            transferred = [a for p in prep_objects(obj, ("of", "to")) for a in index.by_depth(p)]
            found = givers + [a for a in found if a not in transferred and a not in givers]
        candidates += found
    if (settled := _first_recipient(_kept(candidates, shunned), chosen, verb, index)) is not None:
        return _closing_roles(verb, index, chosen, pair, settled)
    # "Gaza, where Israeli jets struck overnight": the place a "where" clause describes is the
    # place of its act, standing for its country as a place struck or entered does.
    candidates += [
        a
        for place in _places_described(verb)
        for a in index.actors_in(place) or _places([place], index)
    ]
    # "Emergency supplies flown in by Russia reached the Iranian city of Bam": what a participle
    # describes goes where the verb of arriving it is the subject of names.
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        candidates += arrival_places(verb.head, index)
        candidates += _answering_parties(verb, index)
    # "opened its border to refugees fleeing Sierra Leone": the land such people leave.
    for obj in prep_objects(verb, ("to", "for")) + children(verb, ("dobj",)):
        if index.at(obj) is None:
            candidates += fled_lands(obj, index)
    if lemma in _STATIONING_VERBS:
        # "will deploy its troops inside Somalia if the militias advance": the land named first.
        inside = prep_objects(verb, ("inside",))
        candidates += [a for obj in inside for a in index.actors_in(obj) or _places([obj], index)]
    if threat_is_aimed:
        candidates += threatened_parties(verb, index, chosen)
    # "would use force if Kuwait did not pay": what a conditional act depends on names its target.
    candidates += condition_parties(verb, index)
    candidates += grievance_targets(verb, index)
    # "took refuge in the Mexican embassy": the embassy's state shelters the subject.
    candidates += sheltering_missions(verb, index)
    candidates += letter_addressees(verb, index, chosen, framed=deep_parties or addresses_content)
    candidates += subject_accusers(verb, index)
    if source_is_recipient:
        # "withdrew its Marines from Beirut": a place left stands for its country, also when the
        # parser hung it on what is withdrawn ("recalled its ambassador from Khartoum").
        left = [o for thing in children(verb, ("dobj",)) for o in prep_objects(thing, ("from",))]
        for obj in particle_sources(verb) + prep_objects(verb, ("from",)) + left:
            place = index.object_place(obj)
            candidates += index.actors_in(obj) or ([place] if place is not None else [])
        candidates += envoy_posts(verb, index)
    if withdrawal:
        # "Russia's troops in Georgia began withdrawing": the land the forces are in is left.
        candidates += [land for actor in chosen for land in index.lands_stationed_in(actor)]
    for clause in purpose_clauses(verb):
        # "reached a deal to curb Tehran's nuclear program": the actor's own state owning what
        # the purpose acts on is the actor's own, as a possessive of the object is.
        candidates += [
            a
            for a in clause_parties(clause, index)
            if not (_own_country(a, chosen) and _is_possessor(a, clause))
        ]
        if addresses_content:  # "sent a team to investigate reports that Iraq had used"
            candidates += content_subjects(clause, index)
    if nearby_is_target:
        candidates += [a for o in prep_objects(verb, _PROXIMITY_PREPS) for a in index.actors_in(o)]
    for clause in result_clauses(verb):
        candidates += [a for obj in children(clause, ("dobj",)) for a in index.actors_in(obj)]
    # "struck in retaliation for attacks on northern Israel": the actor's own country in what
    # it answers is the victim of that act, not the target of the answer.
    candidates += [a for a in reaction_targets(verb, index) if not _own_country(a, chosen)]
    if addresses_content:
        # "warned that Pakistan would take all necessary measures": a state's own name as the
        # subject of what its official warns of is the speaker's side, not whom it warns.
        candidates += [
            a
            for a in content_subjects(verb, index)
            if not (
                lemma_of(verb) in _WARNING_VERBS and a.sector is None and _own_country(a, chosen)
            )
        ]
    # "Thailand reinforced its troops, the army said": a speaker of the actor's own country
    # speaks of the actor's own, no party acted on.
    candidates += [a for a in possessor_speakers(verb, index) if not _own_country(a, chosen)]
    # "told his Japanese counterpart that Beijing wanted closer ties": whom what it states is told.
    candidates += told_parties(verb, index)
    if cause_is_recipient:
        candidates += cause_parties(verb, index)
    if deep_parties and first_other(candidates, chosen) is None:
        candidates += index.parties_below(verb, _NOT_PROMISED_DEPS)
    if keeper_is_recipient:
        candidates += missions_gathered_at(verb, index) + keepers(verb, index)
    if held_by_subject:
        candidates += captors_clause_parties(verb, index)
    if grievance and verb.dep_ in ("advcl", "xcomp") and verb.head.i < verb.i:
        # "summoned the Pakistani envoy to protest": a protest is addressed to whom the verb it
        # serves calls in, when it names no other target.
        candidates += [a for o in children(verb.head, ("dobj",)) for a in object_actors(o, index)]
    # "Frei, meeting Menem in Santiago, signed a pact": the party met in a clause before the verb.
    candidates += [
        a
        for clause in children(verb, ("advcl",))
        if clause.i < verb.i and clause.tag_ == "VBG" and lemma_of(clause) in _MEETING_VERBS
        for obj in children(clause, ("dobj",)) + prep_objects(clause, ("with",))
        for a in index.actors_in(obj)
    ]
    if _is_harm_result(verb):
        # "struck Kurdish fighters near Kobani, killing three": those killed are among those
        # struck, when the gerund names no party of its own.
        candidates += [
            a
            for o in children(verb.head, ("dobj",)) + prep_objects(verb.head, ("on", "at"))
            for a in object_actors(o, index)
        ]
    return _closing_roles(
        verb, index, chosen, pair, _first_recipient(_kept(candidates, shunned), chosen, verb, index)
    )


# Gerunds that tell the harm an attack did ("struck the village, killing three").
_HARM_RESULT_VERBS = frozenset({"kill", "wound", "injure", "maim"})


def _is_harm_result(verb: Token) -> bool:
    """Whether a verb is a gerund of harm set after the act that did it."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.head.i < verb.i
        and lemma_of(verb) in _HARM_RESULT_VERBS
    )


# Nouns of a pact between parties.
_PACT_NOUNS = word_set("agreement treaty accord pact deal")


def _pact_partners(verb: Token, index: ActorIndex) -> set[int]:
    """The parties named as partners ("with") of a pact a verb's phrases, or its object's, are
    against or over."""
    # The phrase may hang on the verb or on the protest it stages ("staged a rally against").
    heads = [verb, *children(verb, ("dobj",))]
    against = [o for h in heads for o in prep_objects(h, ("against", "over", "on"))]
    pacts = [o for o in against if lemma_of(o) in _PACT_NOUNS]
    return {id(a) for p in pacts for w in prep_objects(p, ("with",)) for a in index.by_depth(w)}


def _kept(candidates: list[Actor], shunned: set[int]) -> list[Actor]:
    return [c for c in candidates if id(c) not in shunned] if shunned else candidates


def _names_object_party(verb: Token, index: ActorIndex) -> bool:
    return any(index.actors_in(o) for o in children(verb, ("dobj",)))


def _first_recipient(
    candidates: list[Actor], chosen: tuple[Actor, ...], verb: Token, index: ActorIndex
) -> Actor | None:
    """The first candidate that is neither an actor nor the actors' own means."""
    doers, targets = threatened_act_roles(verb, index)
    if doers:
        # "threatened NATO air strikes against the Serbs": NATO would strike, the Serbs are
        # threatened.
        candidates = [*targets, *(c for c in candidates if not any(c is d for d in doers))]
    # "imposed a naval blockade on Cyprus": the actor's own navy is how it acts, not whom on.
    kept = [c for c in candidates if not is_own_means(c, chosen, verb.doc)]
    return first_other(kept, chosen)


def _closing_roles(
    verb: Token, index: ActorIndex, chosen: tuple[Actor, ...], pair: bool, recipient: Actor | None
) -> Roles:
    """The roles of a verb once its recipient is chosen: parties acting on each other and the
    two ends of a route come first."""
    if len(chosen) >= 2 and reciprocal_object(verb):
        return reciprocal(chosen)
    ends = route_ends(verb, index)
    if ends:  # "blocked the bridge from Belgium to the Netherlands": shut to both states
        return Roles(chosen, ends[0], pair, tuple(ends[1:]))
    return with_co_recipients(Roles(chosen, recipient, pair), index)


def _examined_parties(matter: Token, index: ActorIndex) -> list[Actor]:
    """Whoever a matter looked into belongs to or is done by, at any depth."""
    return index.by_depth(matter) or index.parties_below(matter, frozenset())


def _opens_inquiry(verb: Token) -> bool:
    """Whether a verb's object is an investigation, inquiry or probe ("opened an inquiry")."""
    return any(o.lemma_.lower() in _INQUIRY_NOUNS for o in children(verb, ("dobj",)))


def _repels(verb: Token) -> bool:
    """Whether a verb says an attack was fought off ("was repulsed", "was beaten back")."""
    lemma = lemma_of(verb)
    if lemma in _REPELLING_VERBS:
        return True
    return lemma in _BEATING_VERBS and any(c.lower_ in ("back", "off") for c in verb.children)


# Verbs that let another party's act go ahead.
_LETTING_VERBS = frozenset({"let", "allow", "permit"})


def _places(tokens: list[Token], index: ActorIndex) -> list[Actor]:
    """The places these tokens name, standing for their countries."""
    return [place for t in tokens if (place := index.object_place(t)) is not None]


def _undergoers(subject: Token, index: ActorIndex) -> list[Actor]:
    """The parties a passive subject names, else the place it names standing for its country,
    as a place object does ("Idlib was besieged by government forces", "shelled Idlib"), else
    the flag state of a ship of no named party ("a Greek-flagged tanker was seized by Iran")."""
    return index.actors_in(subject) or _places([subject], index) or flag_states(subject, index)


# Nouns that count what their "of" phrase names ("hundreds of peacekeepers").
_COUNT_NOUNS = frozenset({"hundred", "thousand", "dozen", "score"})


def _forces_removed(verb: Token, passives: list[Token]) -> bool:
    """ "U.N. peacekeepers were evacuated from Sierra Leone", "were flown out of Bihac":
    forces taken out of a place leave it (people evacuated are rescued by others)."""
    subject = passives[0]
    if subject.like_num or subject.lemma_.lower() in _COUNT_NOUNS:
        # "Hundreds of U.N. peacekeepers were evacuated": the forces counted are the subject.
        subject = next(iter(prep_objects(subject, ("of",))), subject)
    if subject.lemma_.lower() not in _FORCE_NOUNS and subject.lower_ != "troops":
        return False
    lemma = lemma_of(verb)
    return lemma == "evacuate" or (
        lemma in _REMOVING_VERBS and any(c.lower_ == "out" for c in verb.children)
    )


def _reacting_seats(verb: Token, index: ActorIndex) -> list[Actor]:
    """The state whose capital a passive reaction is placed in ("was welcomed in Beirut"); a
    part of a land ("in northern Iraq") is where people react, not a state's seat."""
    return [
        a
        for obj in prep_objects(verb, ("in",))
        if obj.pos_ == "PROPN" and not children(obj, ("amod",))
        for a in index.actors_in(obj)[:1] or _places([obj], index)
    ][:1]


def _places_described(verb: Token) -> list[Token]:
    """The noun a "where" clause describes ("Gaza, where jets struck"), if the verb heads one."""
    if verb.dep_ != "relcl":
        return []
    where = any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children)
    return [verb.head] if where else []


def between_parties(verb: Token, index: ActorIndex) -> list[Actor]:
    """The parties of a verb's "between" or "among" phrase ("were held between A and B")."""
    return [a for obj in prep_objects(verb, ("between", "among")) for a in index.actors_in(obj)]


# Verbs of warning, whose content may state what the speaker's own side will do.
_WARNING_VERBS = frozenset({"warn", "threaten", "caution"})
# Verbs of putting a proposal to a party, and of the party's answer to it.
_OFFERING_VERBS = frozenset({"offer", "propose", "present", "submit", "extend", "table"})
_ANSWERING_VERBS = frozenset(
    {"reject", "accept", "spurn", "dismiss", "refuse", "decline", "welcome", "consider"}
    | {"study", "weigh", "snub", "rebuff"}
)


def _answering_parties(participle: Token, index: ActorIndex) -> list[Actor]:
    """ "The rebels rejected a ceasefire offered by the interim government": a proposal is put
    to the party that answers it."""
    proposal = participle.head
    if lemma_of(participle) not in _OFFERING_VERBS or proposal.dep_ != "dobj":
        return []
    if lemma_of(proposal.head) not in _ANSWERING_VERBS:
        return []
    return subject_actors(proposal.head, index)


# Verbs of fighting whose sides a "between" phrase can name.
_FIGHTING_VERBS = frozenset({"fight", "clash", "battle", "skirmish"})


def _between_sides(verb: Token, index: ActorIndex) -> list[Actor]:
    """The coded parties of a "between" phrase naming two sides or more, else none."""
    phrases = prep_objects(verb, ("between",))
    if not phrases or not any(c.dep_ == "conj" for c in phrases[0].children):
        return []
    return index.actors_in(phrases[0])


def _own_victims(
    act: Token, found: list[Actor], actors: tuple[Actor, ...], index: ActorIndex
) -> bool:
    """Whether the parties found in an act's phrase are only those its "of" phrase names as
    harmed, of the actors' own country ("the killing of two Indian soldiers", said by India)."""
    victims = [a for p in prep_objects(act, ("of",)) for a in index.by_depth(p)]
    return bool(found) and all(a in victims and _own_country(a, actors) for a in found)


def _freed_parties(verb: Token, index: ActorIndex) -> list[Actor]:
    """The parties whose people a release frees ("released three Israeli hostages")."""
    return [a for obj in children(verb, ("dobj",)) for a in object_actors(obj, index)]


# Texts a party issues, whose participle says what the party does in them.
_STATEMENT_NOUNS = frozenset(
    {"statement", "communique", "communiqué", "declaration", "letter", "note", "message"}
    | {"resolution", "release", "report"}
)


def _statement_issuers(participle: Token, index: ActorIndex) -> list[Actor]:
    """ "The United States and Britain issued a joint statement expressing concern": the parties
    that issue, sign or send the text a participle describes do what it says."""
    text = participle.head
    if text.lemma_.lower() not in _STATEMENT_NOUNS or text.dep_ != "dobj":
        return []
    return subject_actors(text.head, index)


# How the words naming whose a thing is hang on it: "Egypt's support", "U.S. aid".
_OWNER_DEPS = ("poss", "compound", "nmod", "amod")


def _own_possessor(party: Actor, obj: Token, actors: tuple[Actor, ...]) -> bool:
    """Whether a party named only in a possessive or modifier of the object is the state an
    actor is of (a state's name, no body of it: "welcome the TNA's support" is aimed at the TNA;
    "cutting off all U.S. aid" by the United States is its own aid, given to someone else)."""
    return (
        party.sector is None
        and _own_country(party, actors)
        and any(
            owner.left_edge.idx <= party.span[0]
            and party.span[1] <= owner.right_edge.idx + len(owner.right_edge)
            for owner in children(obj, _OWNER_DEPS)
        )
    )


def _is_possessor(party: Actor, clause: Token) -> bool:
    """Whether a party's words are a possessive inside a clause ("Tehran's nuclear program")."""
    return any(t.dep_ == "poss" and party.span[0] <= t.idx < party.span[1] for t in clause.subtree)


def _own_country(party: Actor, actors: tuple[Actor, ...]) -> bool:
    """Whether a party has the code of one of the actors."""
    return party.code is not None and any(party.code == a.code for a in actors)


def _described_by_passive(verb: Token) -> bool:
    """Whether a verb is a past participle with a "by" agent describing the noun it hangs on
    ("rebels backed by Rwanda"): with no agent, the parser often hangs a main verb so."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and bool(children(verb, ("agent",)))


def _first_roles(
    verb: Token,
    passives: list[Token],
    index: ActorIndex,
    *,
    theme_is_actor: bool,
    addresses_content: bool,
) -> tuple[list[Actor], list[Actor], bool]:
    """Who acts, who undergoes the act (the first recipients), and whether the subject points
    back to the previous pair: the subject of an active verb; the agent of a passive, else the
    party its kind of verb or its reporter makes the actor, with its subject undergoing it."""
    agents = [obj for a in children(verb, ("agent",)) for obj in children(a, ("pobj",))]
    actors: list[Actor] = []
    recipients: list[Actor] = []
    pair = False
    forces_out = bool(passives) and _forces_removed(verb, passives)
    if not agents and passives and not forces_out:
        # Forces taken out leave by themselves: a clause beside them ("as rebels advanced")
        # names no agent of theirs.
        agents = detached_agents(verb, index) or nested_agents(verb, index)
    if agents:
        actors = index.actors_in(agents[0])
        recipients = [a for p in passives for a in _undergoers(p, index)]
        if _owned_by_undergoer(agents[0], actors, recipients):
            # "Indira Gandhi was assassinated by her bodyguards": the possessor is the victim,
            # not the doer; the doers, named by no party's words, are left to be implied.
            actors = []
    elif passives and (theme_is_actor or lemma_of(verb) in _WITHDRAWN_SIDE_VERBS or forces_out):
        # "troops were pulled out of Angola": what is withdrawn is the side that withdraws.
        actors = index.actors_in(passives[0])
    elif passives and (expellers := expelling_parties(verb, index)):
        actors, recipients = expellers, index.actors_in(passives[0])
    elif passives and (hosts := briefing_hosts(verb, index)):
        actors, recipients = hosts, index.actors_in(passives[0])
    elif passives and (decided := addressed_proposal_roles(verb, passives[0], index)):
        # "Britain's request to India was turned down": whom it was made to decided on it.
        actors, recipients = decided
    elif passives and (chambers := deciding_chambers(verb, index)):
        # "The Chinese offer was rejected in the Philippine Senate": the chamber decided.
        actors, recipients = chambers, _undergoers(passives[0], index)
    elif passives and (courts := trying_courts(verb, index)):
        # "Anwar was charged with corruption in a Kuala Lumpur court": the court charged him.
        actors, recipients = courts, _undergoers(passives[0], index)
    elif (
        passives
        and (lemma_of(verb) in LIGHT_VERBS or _repels(verb))
        and (act := noun_roles(passives[0], index)).actors
    ):
        # "Russia's withdrawal from Moldova was completed": the passive subject is the act, whose
        # own roles are the event's; so too an attack "beaten back" with no one named to do it.
        actors, recipients = list(act.actors), [r for r in act.recipients if r is not None]
    elif passives and len(joint := between_parties(verb, index)) >= 2:
        # "Talks were held between Ethiopia and Egypt": both sides hold them, neither undergoes.
        actors = joint
    elif passives and addresses_content and (speakers := reporting_speakers(verb, index)):
        # "Rwanda has been accused of backing the rebels, Congolese officials said": a demand,
        # warning or accusation whose author is not named is most often its reporter's.
        actors, recipients = speakers, index.actors_in(passives[0])
    elif passives and lemma_of(verb) in REACTION_VERBS and (seats := _reacting_seats(verb, index)):
        # "France's backing was welcomed in Beirut": a reaction placed in a capital with no one
        # named to react is that state's.
        actors, recipients = seats, index.actors_in(passives[0])
    elif passives and (told := announced_intent(verb, index))[0]:
        # "informed Pakistan that aid would be suspended": the teller's intent, aimed at the
        # party its passive subject names, else at the party told.
        actors, recipients = told[0], index.actors_in(passives[0]) + told[1]
    elif passives:
        recipients = _undergoers(passives[0], index)
    elif is_verbless_subject_participle(verb) or is_acting_participle(verb):
        actors = index.actors_in(verb.head)
    elif (described := stray_verb_subject(verb)) is not None:
        actors = index.actors_in(described)
    elif is_passive_participle(verb) and not theme_is_actor:
        # "officers accused of genocide": the noun a passive participle describes undergoes it;
        # "diplomats expelled from Germany": the place they are expelled from expels them.
        recipients = index.actors_in(verb.head)
        actors = expelling_parties(verb, index)
    else:
        actors, pair = subject_of(verb, index)
        if not actors:
            # "Relief supplies sent by Turkey reached Aleppo": who sent what the subject names.
            # "A drone launched by Hezbollah hit a base, killing four soldiers": the gerund's
            # doer is that of the clause it hangs on.
            holder = verb.head if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") else verb
            actors = [
                a
                for subject in children(verb, ("nsubj",)) or children(holder, ("nsubj",))
                for agent in participle_agents(subject)
                for a in index.actors_in(agent)
            ]
        if not actors and verb.dep_ == "acl":
            actors = _statement_issuers(verb, index)  # "issued a statement expressing concern"
        if not actors:
            # "India said its strikes had hit nine camps": whom the act's "its" stands for.
            actors = [
                a for subject in children(verb, ("nsubj",)) for a in pronoun_owner(subject, index)
            ]
        if not actors and len(joint := between_parties(verb, index)) >= 2:
            # "Fighting between Israel and Hezbollah resumed", "fighting broke out between
            # troops and rebels": held by both sides alike, as "talks between" them are.
            actors = joint
    return actors, recipients, pair
