"""Actor and recipient of an event noun: its own modifiers and "by" or "from" phrase name the actor
("the Israeli raid", "the killing by the police", "a call from Macron"), else the subject of the
light verb that only states it ("held talks", "launched an attack"), else for a bare "in
protest" or "in retaliation" the subject of the act it is the motive of, else for a meeting "with" a
party the reporter ("Talks with Russia will start, Rubio said"); its prepositions, and the light
verb's, name the recipient ("his meeting with Scholz", "made an appeal to"; passive, "an appeal
was made to", whose "by" phrase names the actor also where the parser hangs it on the party
aimed at), a place it is aimed
at or goes to its country ("an attack on Kuwait City", "a visit to Moscow"); "talks between A and
B" are held by both, and "mediation between A and B" is addressed to both. A batch or series
noun takes the parties of the event noun it holds ("a shipment of French aid to Lebanon"); what a
passive verb of giving keeps is given by its agent to its subject ("was handed a loan by China");
an event noun arriving goes to where it arrives ("aid from Japan arrived in Jakarta"); the "of"
phrase of a journey or a leaving names who makes it ("the visit of the Chinese premier to
Moscow", "the pullout of Cuban troops from Angola"); the "by" phrase of a participle of doing or
giving names who does it ("aid donated by Japan"); the adjective of the goods a noun of
transfer carries names the giver ("the delivery of Portuguese tanks to Ukraine") and a place aid
is "for" stands for its country; the party a clause places behind it does it
("denied being behind the attack", `role_culprits`)."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.role_clauses import condition_parties, content_subjects, passive_agents
from dyads.stages.role_crowds import riot_roles
from dyads.stages.role_culprits import culprits
from dyads.stages.role_exposure import exposure_roles
from dyads.stages.role_index import (
    ActorIndex,
    Roles,
    first_other,
    is_backing_modifier,
    reciprocal,
    reciprocal_object,
    same_party,
    with_co_recipients,
)
from dyads.stages.role_means import is_own_means
from dyads.stages.role_objects import phrase_act_doers
from dyads.stages.role_phrases import feeling_targets, grievance_targets, reaction_targets
from dyads.stages.role_reported_pairs import pair_speaker
from dyads.stages.role_subjects import reporting_speakers, subject_of
from dyads.stages.role_syntax import (
    GRIEVANCE_WORDS,
    MODIFIER_DEPS,
    REACTION_VERBS,
    children,
    dative_objects,
    prep_objects,
    word_set,
)
from dyads.stages.role_weighed import weighed_proposal_roles
from dyads.stages.trigger_lemmas import lemma_of
from dyads.stages.trigger_misread_nouns import is_gerund_modifier, is_misread_noun
from dyads.stages.trigger_results import objects_left

# "an investigation into the massacres in Rwanda", "an incursion into Iraq": what is entered.
_NOUN_RECIPIENT_PREPS = ("with", "against", "to", "toward", "towards", "for", "on", "of", "into")
# Prepositions of an act aimed at a place ("an attack on Kuwait City", "a raid against Jaffna");
# a place an act goes to or into stands for its country too ("a visit to Moscow", "a protest to
# Tokyo", "an incursion into Iraq").
_AIMING_PREPS = frozenset({"on", "against"})
_PLACE_PREPS = _AIMING_PREPS | {"to", "toward", "towards", "into"}
# Nouns of looking into a matter, whose "into" phrase names what is examined.
_INQUIRY_NOUNS = word_set("investigation inquiry enquiry probe")
# Nouns of force laid on a place, whose "of" phrase names the place it is laid on ("a naval
# blockade of Karachi", "the siege of Sarajevo").
PLACE_OF_NOUNS = word_set("blockade siege bombardment shelling encirclement occupation")
# "are on strike", "remained in talks": verbs of being in a state, the prepositions naming it,
# and the spans of time a state lasts ("in the third week of a strike").
_STATE_VERBS = word_set("be remain stay")
_STATE_PREPS = frozenset({"on", "in"})
_SPAN_NOUNS = word_set("day days week weeks month months year years hour hours round")
# "a campaign of killings", "a wave of arrests": the preposition joining a noun to its kind.
_KIND_PREPS = frozenset({"of"})
# Verbs whose subject is the actor of their event-noun object ("held talks", "launched an
# attack", "inked a deal"); reporting verbs ("confirmed the call") are not among them.
LIGHT_VERBS = word_set(
    "hold have make conduct launch stage carry begin start continue resume host attend join "
    "complete end mount declare express offer give provide pledge vow impose lift extend issue "
    "deliver send sign reach receive pay lead organize organise step intensify voice reaffirm "
    "renew tighten enforce maintain expand escalate ease relax strengthen widen announce unveil "
    "boost deepen increase broaden improve "
    "introduce adopt enact order undertake impose create form establish set appoint lodge file "
    "submit approve authorise authorize level press bring cast ink seal clinch hand forward"
)
# Verbs light only with a particle: "put forward an offer", "set out a plan".
_PARTICLE_LIGHT_VERBS = {"put": frozenset({"forward", "forth"}), "set": frozenset({"out"})}
# Nouns of stating or imposing an event named in their "of" phrase, whose "by" phrase or
# possessive names its doer ("the announcement by Washington of new tariffs").
_STATING_NOUNS = word_set(
    "announcement declaration imposition introduction adoption proclamation unveiling "
    "launch decision"
)
# Prepositions of a light verb that address its noun's event to a party ("made an appeal to").
_LIGHT_VERB_PREPS = ("to", "with", "against", "toward", "towards")
# Spans of time and counts of sessions an event noun is measured in ("two days of talks").
_SPAN_NOUNS = word_set("hour day week month year round session series")
# Nouns of a journey, whose "of" phrase names the traveller ("the visit of the premier").
_TRAVEL_NOUNS = word_set("visit trip tour journey voyage arrival")
# Nouns of leaving a place or a body ("the withdrawal from Moldova", "its exit from the bloc",
# "the recall of its ambassador from Khartoum").
_WITHDRAWAL_NOUNS = word_set("withdrawal pullout pull-out retreat evacuation exit recall")
# Nouns whose "of" phrase names who makes the move: a journey ("the visit of the premier") or a
# leaving ("the withdrawal of Ugandan soldiers from South Sudan"); not an evacuation, whose
# "of" phrase names the people moved.
# Nouns of giving: the "of" phrase holds the goods, whose adjective names the giver ("the delivery
# of Portuguese tanks"), and a place they are "for" stands for its country ("aid for Kyiv").
_TRANSFER_NOUNS = word_set("delivery shipment transfer gift donation consignment sale handover")
_AID_NOUNS = _TRANSFER_NOUNS | word_set("aid assistance package loan grant")
_MOVER_OF_NOUNS = _TRAVEL_NOUNS | word_set("withdrawal pullout pull-out retreat exit")
# "Iran rejected accusations by the United States": charges a party denies are aimed at it.
_CHARGE_NOUNS = word_set("accusation allegation charge claim criticism assertion")
_DENIAL_VERBS = word_set("reject deny dismiss refute rebuff deflect brush")
# "Kenya received food aid from the WFP", "took delivery of tanks from Germany": verbs whose
# subject gets what their object names ("take" only with a delivery).
_RECEIVING_VERBS = word_set("receive get obtain accept secure")
_DELIVERY_NOUNS = word_set("delivery shipment consignment")
# How far up from a noun its receiving verb may be ("received $2 billion in aid from").
_MAX_RECEIPT_CLIMB = 3
# Words saying that the subject's parties do something together.
_JOINT_WORDS = frozenset({"joint", "bilateral", "mutual"})
_MAX_OBJECT_CLIMB = 4
# Nouns of reacting that a bare "in" phrase makes the doer's motive ("burned tyres in protest",
# "shelled the town in retaliation"): whoever does the act reacts.
_MOTIVE_NOUNS = word_set("protest retaliation reprisal revenge response")
# How many phrases and objects a motive may climb to its verb ("set up roadblocks on the road to
# the capital in protest").
_MAX_MOTIVE_CLIMB = 8
# How an event noun is an argument of its clause's verb.
_CLAUSE_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
# "a shipment of French aid to Lebanon", "a wave of Israeli strikes on Gaza": nouns of a batch or
# series whose "of" phrase holds the event noun that names the parties.
_CONTAINER_NOUNS = word_set(
    "shipment consignment batch convoy tranche package cargo load wave series spate string "
    "volley barrage salvo round"
)
# "Aid from Japan arrived in Jakarta": verbs of arriving whose subject is delivered where their
# phrase or object says.
_ARRIVAL_VERBS = word_set("arrive reach land")
_ARRIVAL_PREPS = ("in", "at", "to", "into")
# "Relief supplies sent by Turkey reached Aleppo", "an attack carried out by rebels": participles
# of doing or giving whose "by" phrase names who does what the noun they describe names; not
# of reacting to it or of receiving it ("an offer rejected by Iran", "aid received by Chad").
_DOING_PARTICIPLES = word_set(
    "send provide deliver donate supply give fund finance ship fly airlift truck carry conduct "
    "launch stage mount fire impose order organise organize perpetrate commit unleash"
)
# Verbs of bringing parties together ("brokered talks between A and B"): their subject is a
# third party to the event noun.
_BROKER_VERBS = word_set(
    "arrange broker organise organize sponsor convene chair facilitate mediate host"
)


def _goods_makers(noun: Token, index: ActorIndex) -> list[Actor]:
    """ "the delivery of Portuguese tanks to Ukraine": the state the goods' adjective names."""
    return [
        actor
        for goods in prep_objects(noun, ("of",))
        for modifier in goods.children
        if modifier.dep_ in ("amod", "compound")
        for actor in index.all_at(modifier)
    ]


def noun_roles(noun: Token, index: ActorIndex, *, addresses_content: bool = False) -> Roles:
    """Actor and recipient of an event noun ("his meeting with Scholz", "talks between A and B").

    `addresses_content`: for demands and warnings the subject of the clause they state is the
    recipient ("demands that the government resign").
    """
    exposure = exposure_roles(noun, index)
    if exposure is not None:  # "a convoy came under attack from Ethiopian troops"
        actors, targets = exposure
        targets = targets or drawn_reaction_targets(noun, index)  # "drawing protests from"
        return with_co_recipients(Roles(tuple(actors), first_other(targets, tuple(actors))), index)
    denied = (
        _denied_charge_roles(noun, index)
        or _received_roles(noun, index)
        or _retained_object_roles(noun, index)
        or weighed_proposal_roles(noun, index)
    )
    if denied is not None:
        return denied
    contents = _contents(noun)
    if contents is not None and not _noun_actors(noun, index):
        # "the first shipment of French aid to Lebanon arrived": the parties are the aid's.
        inner = noun_roles(contents, index, addresses_content=addresses_content)
        if inner.actors:
            return inner
    riot = riot_roles(noun, index)
    if riot is not None:
        return riot  # "clashes between police and protesters": the crowd's riot
    between = prep_objects(noun, ("between", "among"))
    parties = index.actors_in(between[0]) if between else []
    if len(parties) >= 2:
        # "mediation between Syria and the Palestinians", "arranged a meeting between" by a third
        # party: both are recipients; without one, "talks between Israel and Syria" are held by
        # both sides alike, so both act and neither is the other's recipient.
        third = _noun_actors(noun, index) or _broker(noun, index)
        if third and not any(same_party(third[0], p) for p in parties):
            return Roles((third[0],), parties[0], co_recipients=tuple(parties[1:]))
        return Roles(tuple(parties), None)
    if parties and _conjoined(between[0]):
        # "fighting between government troops and RPF rebels": a side the actor stage cannot
        # code is still a side; the one it can acts, and no party outside the phrase does,
        # unless one brings the sides together.
        third = _noun_actors(noun, index) or _broker(noun, index)
        if third and not any(same_party(third[0], p) for p in parties):
            return Roles((third[0],), parties[0])
        return Roles(tuple(parties), None)
    if between and not parties and (speaker := pair_speaker(noun, between[0], index)):
        return Roles(tuple(speaker), None)  # "ties between the two countries, NAME said"
    actors, pair = _noun_actors(noun, index), False
    if not actors and noun.lemma_.lower() in _MOVER_OF_NOUNS:
        # "the visit of the Chinese premier to Moscow", "the pullout of Cuban troops from
        # Angola": the "of" phrase of a journey or a leaving names who makes it.
        actors = [a for obj in prep_objects(noun, ("of",)) for a in index.actors_in(obj)]
    if not actors and noun.lemma_.lower() in _TRANSFER_NOUNS:
        actors = _goods_makers(noun, index)
    light_verb = _light_verb_of(noun)
    if not actors and light_verb is not None:
        actors, pair = subject_of(light_verb, index)
    if not actors:
        actors = pronoun_owner(noun, index)  # "India said its strikes had hit nine camps"
    # "Japan and South Korea launched a joint venture": a conjoined subject of the light verb
    # acts together, as a conjoined subject of a verb does; own modifiers name one actor first.
    together = len(actors) >= 2 and (_is_light_verb_subject(noun, actors, index) or _is_joint(noun))
    first = tuple(actors) if together else tuple(actors[:1])
    candidates = [] if together else actors[1:]
    # "Rome's anger at France's border closure grew": the doer of the act a feeling is about.
    candidates += feeling_targets(noun, index)
    # "lodged a protest with Rangoon": a complaint is lodged with the government a place names.
    grievance = noun.lemma_.lower() in GRIEVANCE_WORDS
    place_preps = _PLACE_PREPS | ({"with"} if grievance else set())
    if noun.lemma_.lower() in PLACE_OF_NOUNS:
        place_preps |= {"of"}
    if noun.lemma_.lower() in _AID_NOUNS:
        place_preps |= {"for"}
    inquired = _misplaced_inquiry_objects(noun)
    for obj in prep_objects(noun, _NOUN_RECIPIENT_PREPS) + inquired:
        # "a missile attack on Kuwait City": a place aimed at stands for its country.
        place = index.object_place(obj) if obj.head.lower_ in place_preps else None
        inquiry = noun.lemma_.lower() in _INQUIRY_NOUNS and obj.head.lower_ == "into"
        # "a probe into the downing of an Iranian airliner by the USS Vincennes": the doer a
        # "by" phrase names is looked into, not the victim named nearer.
        found = _by_parties(obj, index) if inquiry else []
        found = found or index.actors_in(obj) or ([place] if place is not None else [])
        if not found and inquiry:
            # "an investigation into bank accounts held by the late Nigerian dictator": whoever
            # what is looked into belongs to or is done by, at any depth.
            found = index.by_depth(obj) or index.parties_below(obj, frozenset())
        candidates += found or phrase_act_doers(obj, index)
    if noun.lemma_.lower() in _WITHDRAWAL_NOUNS:
        # "Ethiopia's withdrawal from Somalia": the party left is the one acted on, also where
        # the parser hung the phrase on who leaves ("the recall of its envoy from Khartoum").
        moved = prep_objects(noun, ("of",))
        left = [o for thing in moved for o in prep_objects(thing, ("from",))]
        for source in prep_objects(noun, ("from",)) + left:
            place = index.object_place(source)
            candidates += index.actors_in(source) or ([place] if place is not None else [])
    # "allegations were levelled against the police": a passive light verb addresses its
    # subject's event as an active one addresses its object's.
    addressing = light_verb if light_verb is not None else _passive_light_verb_of(noun)
    if addressing is not None:
        # "made a fresh appeal to Lebanon's militias": the phrase hung on the light verb.
        # "made an offer to Syria": the parser takes such a "to" phrase for a dative.
        for obj in prep_objects(addressing, _LIGHT_VERB_PREPS) + dative_objects(addressing):
            place = index.object_place(obj) if grievance else None
            candidates += index.actors_in(obj) or ([place] if place is not None else [])
    candidates += grievance_targets(noun, index)
    if addressing is not None and grievance:
        # "voiced anger on Sunday over the police's conduct": the phrase hung on the light verb.
        candidates += [
            a for obj in prep_objects(addressing, ("over",)) for a in index.actors_in(obj)
        ]
    if addresses_content:
        candidates += content_subjects(noun, index)
    candidates += reaction_targets(noun, index)
    candidates += drawn_reaction_targets(noun, index)
    candidates += arrival_places(noun, index)
    if noun.dep_ == "dobj":
        # "would not resume talks until Israel agreed": what the verb taking the noun waits on.
        candidates += condition_parties(noun.head, index)
    # "U.S. sanctions have left Iran short of spare parts": what an act leaves in a state.
    for obj in objects_left(noun):
        place = index.object_place(obj)
        candidates += index.actors_in(obj) or ([place] if place is not None else [])
    if first:
        # "refused to attend U.N.-sponsored talks": the body that sponsors what a party
        # attends or refuses is the other party, after any the noun names otherwise.
        candidates += [
            a
            for m in children(noun, ("compound", "amod"))
            if is_backing_modifier(m)
            for a in index.all_in(m)
        ]
    if len(actors) >= 2 and reciprocal_object(noun):
        return reciprocal(tuple(actors))
    # "imposed its naval blockade on Cyprus": the actor's own navy is how it acts, not whom on.
    candidates = [c for c in candidates if not is_own_means(c, first, noun.doc)]
    return with_co_recipients(Roles(first, first_other(candidates, first), pair), index)


# Possessive pronouns that stand for a state or a body.
_BODY_POSSESSIVES = frozenset({"its", "their"})
# How far up from an act's noun the clause whose subject owns it may be.
_OWNER_CLIMB = 4


def pronoun_owner(noun: Token, index: ActorIndex) -> list[Actor]:
    """The party "its" or "their" before an act's noun stands for: the subject of the nearest
    clause around the noun that is not the noun itself ("India said its strikes had hit nine
    camps in Pakistan": India; "Israel said its strikes killed ten militants": Israel)."""
    if not any(c.dep_ == "poss" and c.lower_ in _BODY_POSSESSIVES for c in noun.children):
        return []
    clause = noun.head
    for _ in range(_OWNER_CLIMB):
        if clause.pos_ in ("VERB", "AUX"):
            subjects = [
                c
                for c in clause.children
                if c.dep_ in ("nsubj", "nsubjpass")
                and not c.left_edge.i <= noun.i <= c.right_edge.i
            ]
            found = [a for s in subjects for a in index.actors_in(s)]
            if found:
                return found[:1]
        if clause.head.i == clause.i:
            break
        clause = clause.head
    return []


def _denied_charge_roles(noun: Token, index: ActorIndex) -> Roles | None:
    """ "Iran rejected accusations by the United States that it was seeking nuclear weapons":
    a charge that a party denies is made by the party its own modifiers or its "by" or "from"
    phrase name, against the party that denies it (whom its clause's pronoun stands for)."""
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in _CHARGE_NOUNS:
        return None
    if lemma_of(noun.head) not in _DENIAL_VERBS:
        return None
    deniers = subject_of(noun.head, index)[0]
    if not deniers:
        return None
    return Roles(tuple(charge_makers(noun, deniers[0], index))[:1], deniers[0])


def charge_makers(noun: Token, denier: Actor, index: ActorIndex) -> list[Actor]:
    """Who makes a charge that a party denies: the parties its own modifiers name ("British
    allegations", "Iran's claims"), else its "by" or "from" phrase ("accusations by Kinshasa");
    never the denier itself."""
    own = [a for m in children(noun, (*MODIFIER_DEPS, "poss")) for a in index.all_in(m)]
    sources = own or [a for p in prep_objects(noun, ("by", "from")) for a in index.actors_in(p)]
    return [a for a in sources if not same_party(a, denier)]


def _received_roles(noun: Token, index: ActorIndex) -> Roles | None:
    """ "Kenya received food aid from the WFP", "Egypt will receive $1.3 billion in military
    assistance from the United States", "took delivery of tanks from Germany": what a party gets
    is given by the party its own modifiers or a "from" phrase name, to the party that gets it."""
    verb, phrase = _receiving_verb(noun)
    if verb is None:
        return None
    receivers = subject_of(verb, index)[0]
    if not receivers:
        return None
    own = [a for m in children(noun, (*MODIFIER_DEPS, "poss")) for a in index.all_in(m)]
    sources = [phrase, noun, verb] if phrase is not noun else [noun, verb]
    givers = own + [
        a for t in sources for obj in prep_objects(t, ("from",)) for a in index.actors_in(obj)
    ]
    actors = tuple(a for a in givers if not same_party(a, receivers[0]))[:1]
    if not actors:
        return None
    return Roles(actors, receivers[0])


def _retained_object_roles(noun: Token, index: ActorIndex) -> Roles | None:
    """ "Kenya was handed a $1 billion loan by China": the object a passive verb of giving keeps
    is given by its agent to its subject."""
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    verb = noun.head
    givers = [a for agent in children(verb, ("agent",)) for a in index.actors_in(agent)]
    takers = [a for s in children(verb, ("nsubjpass",)) for a in index.actors_in(s)]
    if not givers or not takers or same_party(givers[0], takers[0]):
        return None
    return Roles((givers[0],), takers[0])


def _receiving_verb(noun: Token) -> tuple[Token | None, Token]:
    """The verb of getting whose object holds the noun, and that object ("received $2 billion
    in aid": "received", "$2 billion"; "took delivery of tanks": "took", "delivery")."""
    current = noun
    for _ in range(_MAX_RECEIPT_CLIMB):
        if current.dep_ == "dobj":
            verb = current.head
            taking = lemma_of(verb) == "take" and current.lemma_.lower() in _DELIVERY_NOUNS
            if verb.pos_ == "VERB" and (lemma_of(verb) in _RECEIVING_VERBS or taking):
                return verb, current
            return None, noun
        if current.dep_ not in ("pobj", "prep"):
            return None, noun
        current = current.head
    return None, noun


def _broker(noun: Token, index: ActorIndex) -> list[Actor]:
    """ "Norwegian diplomats arranged a meeting between A and B": who brings the parties
    together, the subject of a verb of arranging whose object the noun is."""
    if noun.dep_ != "dobj" or lemma_of(noun.head) not in _BROKER_VERBS:
        return []
    return subject_of(noun.head, index)[0]


def _is_light_verb_subject(noun: Token, actors: list[Actor], index: ActorIndex) -> bool:
    """Whether `actors` are the subject of the light verb whose object the noun is."""
    light_verb = _light_verb_of(noun)
    if light_verb is None:
        return False
    subject = subject_of(light_verb, index)[0]
    if len(subject) != len(actors):
        return False
    return all(same_party(a, b) for a, b in zip(actors, subject, strict=True))


def _light_verb_of(noun: Token) -> Token | None:
    """ "held talks", "announced a ban": the verb that only states the noun, whose object it is,
    or whose object names its kind ("carried out a campaign of killings"); else None."""
    holder = noun
    if noun.dep_ == "pobj" and noun.head.lower_ in _KIND_PREPS and noun.head.head.pos_ == "NOUN":
        holder = noun.head.head
    # "held missile drills off the coast", the drills read as a clause the light verb holds.
    held = holder.dep_ in ("dobj", "attr") or is_misread_noun(holder)
    if held and _is_light_verb(holder.head):
        return holder.head
    if holder.dep_ == "dobj" and is_gerund_modifier(holder.head):
        return holder.head.head  # "staged landing exercises", the gerund read as a verb
    return _state_verb_of(noun)


def _stating_doer(noun: Token) -> Token | None:
    """ "the announcement by Japan of an embargo", "Japan's announcement of an embargo": who
    announces, imposes or declares the event noun its "of" phrase names, by the "by" phrase or
    the possessive of that noun of stating; also where the parser hangs the "of" phrase on the
    "by" phrase's object ("by Washington of new tariffs"); else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    holder = noun.head.head
    if holder.dep_ == "pobj" and holder.head.lower_ == "by":
        stating = holder.head.head
        return holder if stating.lemma_.lower() in _STATING_NOUNS else None
    if holder.lemma_.lower() not in _STATING_NOUNS:
        return None
    doers = prep_objects(holder, ("by",)) or children(holder, ("poss",))
    return doers[0] if doers else None


def _passive_light_verb_of(noun: Token) -> Token | None:
    """ "accusations were levelled against X", "an appeal was made to X": the passive light verb
    whose subject the noun is, else None."""
    if noun.dep_ != "nsubjpass" or noun.head.pos_ != "VERB":
        return None
    return noun.head if _is_light_verb(noun.head) else None


def _state_verb_of(noun: Token) -> Token | None:
    """ "Doctors are on strike", "remained in talks", "are in the third week of a strike": the
    verb that says its subject is in the state the noun names, else None."""
    holder = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _SPAN_NOUNS:
        holder = noun.head.head  # "the third week of a strike"
    if holder.dep_ != "pobj" or holder.head.lower_ not in _STATE_PREPS:
        return None
    verb = holder.head.head
    return verb if holder.head.dep_ == "prep" and lemma_of(verb) in _STATE_VERBS else None


def _is_light_verb(verb: Token) -> bool:
    """Whether a verb only states the event its object names ("made an offer", "put forward a
    proposal")."""
    lemma = lemma_of(verb)
    if lemma in LIGHT_VERBS:
        return True
    particles = _PARTICLE_LIGHT_VERBS.get(lemma, frozenset())
    return any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children)


def _noun_actors(noun: Token, index: ActorIndex) -> list[Actor]:
    """The parties named in an event noun's own modifiers, or by its "by" phrase."""
    # "the attack was ordered from Tehran", "the offensive was launched by the army": the
    # agent or source of the passive verb whose subject the noun is did the act; that of a
    # reaction ("the Greek blockade was condemned by the UN") only reacted to it.
    if noun.dep_ == "nsubjpass" and lemma_of(noun.head) not in REACTION_VERBS:
        agents = [o for by in children(noun.head, ("agent",)) for o in children(by, ("pobj",))]
        # "were levelled against the police by Amnesty": the parser hangs the "by" phrase on
        # the party the act is aimed at.
        agents += [
            o
            for aim in prep_objects(noun.head, _LIGHT_VERB_PREPS)
            for o in prep_objects(aim, ("by",))
        ]
        doers = [
            a
            for o in agents + prep_objects(noun.head, ("by", "from"))
            for a in index.actors_in(o) or [p for p in [index.object_place(o)] if p is not None]
        ]
        if doers:
            return doers
    actors: list[Actor] = []
    for modifier in children(noun, ("poss", "compound", "amod", "nmod")):
        if not is_backing_modifier(modifier):
            actors += [a for a in index.all_in(modifier) if a not in actors]
    # "the expulsion of Iraqi diplomats by Jordan": the parser hangs the doer on the "of" object.
    by = (
        prep_objects(noun, ("by",))
        or [doer for of in prep_objects(noun, ("of",)) for doer in prep_objects(of, ("by",))]
        or participle_agents(noun)
    )
    if not actors and by:
        actors = index.actors_in(by[0])
    doer = _stating_doer(noun)
    if not actors and doer is not None:
        # "the announcement by Washington of new tariffs": who announces or imposes them.
        actors = index.actors_in(doer)
    # "a call from Macron to Putin", "an appeal from the Red Cross": where it comes from acts;
    # a withdrawal's "from" is the party left.
    source = [] if noun.lemma_.lower() in _WITHDRAWAL_NOUNS else prep_objects(noun, ("from",))
    if not actors and source:
        actors = index.actors_in(source[0])
    light_verb = _light_verb_of(noun)
    if not actors and light_verb is not None:
        actors = subject_of(light_verb, index)[0]
    if not actors and prep_objects(noun, ("with",)):
        # "Yeltsin, speaking after talks with Kohl": a meeting or fight with another party whose
        # own side is not named is the doer's of the verb it is a phrase of; "Talks with Russia
        # will start next week, Rubio said": else the reporter's.
        verb = _verb_of_phrase(noun)
        actors = subject_of(verb, index)[0] if verb is not None else []
        if not actors and verb is not None:
            # "was built by Kenya's health ministry in collaboration with the WHO": the agent.
            actors = passive_agents(verb, index)
        if not actors and noun.dep_ in _CLAUSE_ARGUMENTS:
            actors = reporting_speakers(noun.head, index)
    if not actors and _is_bare_motive(noun):
        # "Spanish fishermen burned tyres at the port in protest": the doer of the act protests,
        # wherever the parser hung the phrase among its objects.
        verb = _governing_verb(noun, _MAX_MOTIVE_CLIMB)
        actors = subject_of(verb, index)[0] if verb is not None else []
    if not actors and _is_joint(noun):
        # "Egypt and Sudan began work on a joint irrigation project": who works jointly.
        verb = _governing_verb(noun)
        actors = subject_of(verb, index)[0] if verb is not None else []
    # "denied being behind the attack", "was responsible for the bombing": who is placed there.
    return actors or culprits(noun, index)


def _by_parties(obj: Token, index: ActorIndex) -> list[Actor]:
    """The parties of the first "by" phrase inside a phrase ("the sinking of a boat by a
    Russian submarine"), wherever the parser hung it."""
    for token in obj.subtree:
        if token.dep_ in ("prep", "agent") and token.lower_ == "by":
            found = [a for o in children(token, ("pobj",)) for a in index.actors_in(o)]
            if found:
                return found
    return []


def _misplaced_inquiry_objects(noun: Token) -> list[Token]:
    """ "began a probe on Monday into the downing": the parser may hang what an inquiry looks
    "into" on the verb the inquiry is the object of, after a phrase of time between them."""
    if noun.lemma_.lower() not in _INQUIRY_NOUNS or noun.dep_ != "dobj":
        return []
    return [
        obj
        for prep in noun.head.children
        if prep.dep_ == "prep" and prep.lower_ == "into" and prep.i > noun.i
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def participle_agents(noun: Token) -> list[Token]:
    """The "by" objects of a participle of doing or giving that describes the noun ("supplies
    sent by Turkey": "Turkey")."""
    return [
        obj
        for participle in noun.children
        if participle.dep_ == "acl"
        and participle.tag_ == "VBN"
        and lemma_of(participle) in _DOING_PARTICIPLES
        for agent in children(participle, ("agent",))
        for obj in children(agent, ("pobj",))
    ]


def _contents(noun: Token) -> Token | None:
    """The noun a batch or series noun's "of" phrase holds ("a shipment of aid": "aid"), or None."""
    if noun.lemma_.lower() not in _CONTAINER_NOUNS:
        return None
    return next((o for o in prep_objects(noun, ("of",)) if o.pos_ in ("NOUN", "PROPN")), None)


def _verb_of_phrase(noun: Token) -> Token | None:
    """The verb a noun is the object of a prepositional phrase of ("arrived for talks"), also
    through a span of time or a count of sessions ("arrived for two days of talks"), or None."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    if noun.head.lower_ == "of" and verb.lemma_.lower() in _SPAN_NOUNS and verb.dep_ == "pobj":
        verb = verb.head.head if verb.head.dep_ == "prep" else verb
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _is_joint(noun: Token) -> bool:
    """ "a joint irrigation project", "bilateral talks", "Israeli and US strikes": done by
    several parties together (a word saying so, or modifiers joined by "and")."""
    if any(t.lower_ in _JOINT_WORDS for t in noun.subtree if t.i < noun.i):
        return True
    return any(
        modifier.dep_ in ("amod", "compound")
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in modifier.children)
        and any(c.dep_ == "conj" for c in modifier.children)
        for modifier in noun.lefts
    )


def _is_bare_motive(noun: Token) -> bool:
    """ "in protest", "in retaliation": a reaction noun in an "in" phrase with no determiner or
    owner of its own."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.lemma_.lower() not in _MOTIVE_NOUNS:
        return False
    return not any(c.dep_ in ("det", "poss") for c in noun.children)


def _governing_verb(noun: Token, climb: int = _MAX_OBJECT_CLIMB) -> Token | None:
    """The verb whose object a noun is, through objects and prepositions ("began work on a
    project": "began"), or None."""
    if is_misread_noun(noun):
        return noun.head  # "held missile drills": the light verb holds the noun
    current = noun
    for _ in range(climb):
        if current.dep_ not in ("dobj", "pobj", "prep"):
            return None
        current = current.head
        if current.pos_ == "VERB":
            return current
    return None


def aimed_parties(noun: Token, index: ActorIndex) -> list[Actor]:
    """ "Israel's strikes on Gaza", "sanctions against Iran": the parties, or places standing
    for their country, that an act named by a noun is aimed at."""
    found: list[Actor] = []
    for obj in prep_objects(noun, ("on", "against")):
        place = index.object_place(obj)
        found += index.actors_in(obj) or ([place] if place is not None else [])
    # "the Russian bombardment of Kherson": a place an act is "of" is the place it strikes.
    return found + _places_of(noun, index)


def arrival_places(noun: Token, index: ActorIndex) -> list[Actor]:
    """ "Aid from Japan arrived in Jakarta": where an event noun that is the subject of a verb of
    arriving arrives, a place standing for its country; also what a participle of carrying
    describes ("supplies flown in by Russia reached Bam")."""
    # "a consignment of Indian aid reached Kabul": the batch is the subject.
    batch = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if batch is not None and batch.lemma_.lower() in _CONTAINER_NOUNS:
        noun = batch
    verb = noun.head
    if noun.dep_ != "nsubj" or lemma_of(verb) not in _ARRIVAL_VERBS:
        return []
    goals = prep_objects(verb, _ARRIVAL_PREPS) + children(verb, ("dobj",))
    # "EU food aid reached drought-stricken Ethiopia": a state named as the goal is the party.
    found: list[Actor] = []
    for goal in goals:
        place = index.object_place(goal)
        found += index.actors_in(goal) or ([place] if place is not None else [])
    return found


def _places_of(noun: Token, index: ActorIndex) -> list[Actor]:
    """The places an event noun's "of" phrase names, standing for their countries."""
    return [
        place
        for obj in prep_objects(noun, ("of",))
        if (place := index.object_place(obj)) is not None
    ]


def _conjoined(first: Token) -> bool:
    """Whether a "between" phrase names two sides or more ("between the army and the rebels")."""
    return any(c.dep_ == "conj" for c in first.children)


# Participles of what an act drew from others ("drawing condemnation from the United States").
_DRAWING_VERBS = frozenset(
    {"draw", "prompt", "spark", "trigger", "provoke", "elicit", "attract", "earn", "bring"}
)


def drawn_reaction_targets(noun: Token, index: ActorIndex) -> list[Actor]:
    """ "Pakistan carried out a nuclear test, drawing swift condemnation from the United
    States": a reaction an act drew is aimed at the act's doer, the subject of the clause the
    participle hangs on."""
    participle = noun.head
    if noun.dep_ != "dobj" or participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "xcomp"):
        return []
    if lemma_of(participle) not in _DRAWING_VERBS:
        return []
    return subject_of(participle.head, index)[0]
