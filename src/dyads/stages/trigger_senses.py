"""Senses of trigger words that news uses in more than one way.

The CAMEO dictionary gives a verb one default code, but news uses many verbs in a second sense
that its arguments tell apart: "blasted the agency's probe" criticises (a figurative blast has a
non-physical object), "signed a petition" asks (only an agreement signed is endorsed), "came to
Europe's shores" is no visit (a visit needs a party that hosts it), "searched a plane" is a
law-enforcement search rather than an investigation, "the release of water" frees nobody, "in aid
of" is an idiom of purpose. Each check here reads the trigger's own dependents only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from dyads.stages.trigger_lemmas import doc_lemma_set

# Entity labels that name a party or a place a visit can be paid to.
_HOST_ENTITIES = frozenset({"GPE", "ORG", "PERSON", "NORP", "LOC", "FAC"})
_OBJECT_DEPS = frozenset({"dobj", "dative"})
_CLAUSE_VERB_DEPS = frozenset({"xcomp", "ccomp"})
# Subjects and objects of a passive or adjectival predicate ("was troubled by").
_PASSIVE_MARKS = frozenset({"auxpass", "nsubjpass"})
# The words that qualify a noun from before it ("emergency calls", "a 999 call").
_MARK_DEPS = frozenset({"compound", "amod", "nummod"})


@dataclass(frozen=True)
class Sense:
    """A trigger's reading in its sense: a CAMEO code, or None for no event at all; a
    reversed reading's subject undergoes it ("was troubled by X's plan": the subject acts)."""

    cameo: str | None
    reverse: bool = False


NO_EVENT = Sense(None)


# The lists of verbs `verb_sense` reads a sense for: a verb in none of them keeps the lexicon's
# reading unless a force of nature does it, and is told so without trying every rule.
SENSE_VERB_LISTS = (
    *("acts_of_parties", "attending", "attention_verbs", "blaming", "compromising"),
    *("concurring", "convening", "degrading", "disquiet", "expressing", "figurative_attacks"),
    *("held_states", "helping", "holding", "inclining", "informing", "insisting", "messaging"),
    *("negotiating", "ordering", "petitioning", "pleading", "pointing", "protecting"),
    *("purchasing", "quantity_verbs", "rallying", "razing", "reducing", "releasing"),
    *("researching", "saying", "searching", "sending", "signing", "speaking", "starting"),
    *("striking", "taking", "voting", "wanting", "warning", "wielding", "withdrawing"),
    *("writing", "charging", "capturing", "occupying", "overcoming", "donating", "offering"),
    *("opening_verbs", "sitting_verbs", "defeating", "failing", "flights", "aiming"),
)


@dataclass(frozen=True)
class SenseLexicon:
    """The word lists of `supplement.json`'s "senses" section (see its "about" notes)."""

    # Every verb of the `SENSE_VERB_LISTS`, gathered once.
    sense_verbs: frozenset[str] = field(init=False, repr=False, compare=False)

    figurative_attacks: frozenset[str] = frozenset()
    criticised_things: frozenset[str] = frozenset()
    criticism: str = "111"
    signing: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    petitions: frozenset[str] = frozenset()
    petition: str = "020"
    pact_kinds: frozenset[str] = frozenset()
    helping: frozenset[str] = frozenset()
    journeys: frozenset[str] = frozenset()
    flights: frozenset[str] = frozenset()
    travelling_officials: frozenset[str] = frozenset()
    flight_visit: str = "042"
    private_travellers: frozenset[str] = frozenset()
    host_words: frozenset[str] = frozenset()
    searching: frozenset[str] = frozenset()
    searched_things: frozenset[str] = frozenset()
    search: str = "171"
    releasing: frozenset[str] = frozenset()
    released_things: frozenset[str] = frozenset()
    aid_nouns: frozenset[str] = frozenset()
    custody_nouns: frozenset[str] = frozenset()
    holding: frozenset[str] = frozenset()
    armed_nouns: frozenset[str] = frozenset()
    holding_back: str = "190"
    writing: frozenset[str] = frozenset()
    asking: frozenset[str] = frozenset()
    request: str = "020"
    disquiet: frozenset[str] = frozenset()
    disapproval: str = "110"
    informing: frozenset[str] = frozenset()
    envoys: frozenset[str] = frozenset()
    informed: str = "040"
    attention_verbs: frozenset[str] = frozenset()
    wrongdoings: frozenset[str] = frozenset()
    held_states: frozenset[str] = frozenset()
    custody_places: frozenset[str] = frozenset()
    detention: str = "173"
    market_words: frozenset[str] = frozenset()
    market_verbs: frozenset[str] = frozenset()
    demand_nouns: frozenset[str] = frozenset()
    disobedience_nouns: frozenset[str] = frozenset()
    civil_marks: frozenset[str] = frozenset()
    departures: frozenset[str] = frozenset()
    pointing: frozenset[str] = frozenset()
    weapons: frozenset[str] = frozenset()
    threat: str = "130"
    convening: frozenset[str] = frozenset()
    sittings: frozenset[str] = frozenset()
    voting: frozenset[str] = frozenset()
    motions: frozenset[str] = frozenset()
    voted_down: str = "120"
    # A motion defeated, or one that fails to pass or clear a chamber, is rejected as one voted
    # down is.
    defeating: frozenset[str] = frozenset()
    # A deal or agreement signed "for" goods counted or priced trades them (CAMEO 061), as a
    # contract signed does, where a formal agreement signed is endorsement (057).
    purchase_deals: frozenset[str] = frozenset()
    purchase_deal: str = "061"
    # A call to the emergency services ("emergency calls", "a 999 call") consults no party.
    call_nouns: frozenset[str] = frozenset()
    emergency_marks: frozenset[str] = frozenset()
    # A currency swap line opened or extended between central banks cooperates economically.
    opening_verbs: frozenset[str] = frozenset()
    swap_facilities: frozenset[str] = frozenset()
    swap_line: str = "061"
    # A chamber, or its members, meeting with nobody named sits: no meeting of parties.
    sitting_verbs: frozenset[str] = frozenset()
    chamber_members: frozenset[str] = frozenset()
    failing: frozenset[str] = frozenset()
    passing: frozenset[str] = frozenset()
    taking: frozenset[str] = frozenset()
    jibes: frozenset[str] = frozenset()
    wanting: frozenset[str] = frozenset()
    saying: frozenset[str] = frozenset()
    refusal: str = "120"
    degrading: frozenset[str] = frozenset()
    reducing: frozenset[str] = frozenset()
    staff_words: frozenset[str] = frozenset()
    staff_cut: str = "166"
    mission_marks: frozenset[str] = frozenset()
    ing_things: frozenset[str] = frozenset()
    razing: frozenset[str] = frozenset()
    structures: frozenset[str] = frozenset()
    destruction: str = "1712"
    agreement_nouns: frozenset[str] = frozenset()
    standing_marks: frozenset[str] = frozenset()
    legal_nouns: frozenset[str] = frozenset()
    petitioning: frozenset[str] = frozenset()
    courts: frozenset[str] = frozenset()
    lawsuit: str = "115"
    market_goods: frozenset[str] = frozenset()
    quantity_verbs: frozenset[str] = frozenset()
    starting: frozenset[str] = frozenset()
    legal_processes: frozenset[str] = frozenset()
    procedures: frozenset[str] = frozenset()
    dispute_marks: frozenset[str] = frozenset()
    withdrawing: frozenset[str] = frozenset()
    dealings: frozenset[str] = frozenset()
    boycott: str = "143"
    advertising: frozenset[str] = frozenset()
    commercial_boycott: str = "163"
    briefings: frozenset[str] = frozenset()
    press_marks: frozenset[str] = frozenset()
    concurring: frozenset[str] = frozenset()
    insisting: frozenset[str] = frozenset()
    returning: frozenset[str] = frozenset()
    returned_property: str = "0842"
    unreturned: frozenset[str] = frozenset()
    accepting: frozenset[str] = frozenset()
    unaccepted: frozenset[str] = frozenset()
    acceptance: str = "030"
    endorsement: str = "051"
    danger_nouns: frozenset[str] = frozenset()
    danger_kinds: frozenset[str] = frozenset()
    protecting: frozenset[str] = frozenset()
    aiming: frozenset[str] = frozenset()
    aimed_measures: frozenset[str] = frozenset()
    expressing: frozenset[str] = frozenset()
    opinions: frozenset[str] = frozenset()
    messaging: frozenset[str] = frozenset()
    audiences: frozenset[str] = frozenset()
    protected_things: frozenset[str] = frozenset()
    # Everyday senses of general news (culture, sport, business, science): see `_everyday_sense`.
    party_words: frozenset[str] = frozenset()
    acts_of_parties: frozenset[str] = frozenset()
    natural_forces: frozenset[str] = frozenset()
    striking: frozenset[str] = frozenset()
    speaking: frozenset[str] = frozenset()
    manners: frozenset[str] = frozenset()
    inclining: frozenset[str] = frozenset()
    pleading: frozenset[str] = frozenset()
    pleas: frozenset[str] = frozenset()
    charging: frozenset[str] = frozenset()
    prices: frozenset[str] = frozenset()
    capturing: frozenset[str] = frozenset()
    captured_things: frozenset[str] = frozenset()
    occupying: frozenset[str] = frozenset()
    occupied_things: frozenset[str] = frozenset()
    overcoming: frozenset[str] = frozenset()
    obstacles: frozenset[str] = frozenset()
    donating: frozenset[str] = frozenset()
    body_parts: frozenset[str] = frozenset()
    offering: frozenset[str] = frozenset()
    wares: frozenset[str] = frozenset()
    researching: frozenset[str] = frozenset()
    rallying: frozenset[str] = frozenset()
    market_movers: frozenset[str] = frozenset()
    shows: frozenset[str] = frozenset()
    mediation_nouns: frozenset[str] = frozenset()
    disputes: frozenset[str] = frozenset()
    support_nouns: frozenset[str] = frozenset()
    service_marks: frozenset[str] = frozenset()
    feature_verbs: frozenset[str] = frozenset()
    trade_marks: frozenset[str] = frozenset()
    appeal_nouns: frozenset[str] = frozenset()
    attraction_marks: frozenset[str] = frozenset()
    gathering_nouns: frozenset[str] = frozenset()
    sending: frozenset[str] = frozenset()
    attending: frozenset[str] = frozenset()
    wielding: frozenset[str] = frozenset()
    purchasing: frozenset[str] = frozenset()
    business_units: frozenset[str] = frozenset()
    compromising: frozenset[str] = frozenset()
    loan_nouns: frozenset[str] = frozenset()
    consumer_marks: frozenset[str] = frozenset()
    armed_parties: frozenset[str] = frozenset()
    # A truce in force is one carried out (PLOVER RETREAT), a truce declared only a concession.
    truce_nouns: frozenset[str] = frozenset()
    taking_effect: frozenset[str] = frozenset()
    effect_words: frozenset[str] = frozenset()
    lasting: frozenset[str] = frozenset()
    truce_in_force: str = "087"
    # A warning of hardship that no party will inflict is a gloomy statement, not a threat.
    warning: frozenset[str] = frozenset()
    hardships: frozenset[str] = frozenset()
    reprisal_words: frozenset[str] = frozenset()
    # Blame laid on a thing names a cause, not a party accused.
    blaming: frozenset[str] = frozenset()
    # A deal negotiated (not being negotiated) is reached: an agreement, not talks.
    negotiating: frozenset[str] = frozenset()
    negotiated_things: frozenset[str] = frozenset()
    negotiated: str = "030"
    # A party's anger or frustration at something, told by a noun, is its disapproval.
    grievance_nouns: frozenset[str] = frozenset()
    # Goods ordered by count or price are a purchase: no command, and trade only with a state.
    ordering: frozenset[str] = frozenset()
    state_purchase: str = "061"

    def __post_init__(self) -> None:
        verbs = frozenset().union(*(getattr(self, name) for name in SENSE_VERB_LISTS))
        object.__setattr__(self, "sense_verbs", verbs)

    @classmethod
    def from_data(cls, section: dict[str, Any]) -> SenseLexicon:
        """The lexicon of a "senses" section: lists become sets, codes stay strings."""
        fields: dict[str, Any] = {}
        for name, value in section.items():
            if name == "about" or name not in cls.__dataclass_fields__:
                continue
            fields[name] = frozenset(value) if isinstance(value, list) else value
        return cls(**fields)


def verb_sense(verb: Token, lemma: str, senses: SenseLexicon) -> Sense | None:
    """The sense a verb's arguments give it, or None to keep the lexicon's reading."""
    if lemma not in senses.sense_verbs:
        return NO_EVENT if _done_by_natural_force(verb, senses) else None
    if _everyday_sense(verb, lemma, senses):
        return NO_EVENT
    if lemma in senses.warning and _warns_of_hardship(verb, senses):
        return NO_EVENT  # "warned that millions faced famine": no party threatens anyone
    if lemma in senses.quantity_verbs and any(
        c.dep_ == "prt" and c.lower_ in ("up", "down") for c in verb.children
    ):
        return NO_EVENT  # "pushed up prices", "ratcheted up pressure": an amount moves
    if lemma in senses.figurative_attacks:
        return _figurative_attack(verb, senses)
    if lemma in senses.flights | senses.journeys and _goes_into_exile(verb):
        return NO_EVENT  # "resigned and flew into exile in Nigeria": a flight, no deployment
    if lemma in senses.flights and _official_flies_in(verb, senses):
        return Sense(senses.flight_visit)  # "the president flew into Jakarta on a state visit"
    if lemma in senses.starting and _starts_legal_action(verb, senses):
        return Sense(senses.lawsuit)  # "initiated the dispute settlement procedure"
    if lemma in senses.withdrawing:
        boycott = _boycott(verb, senses)
        if boycott is not None:
            return boycott
    if lemma in senses.signing:
        return _signed_document(verb, senses)
    if lemma in senses.helping:
        return None if _has_beneficiary(verb) or _acted_by_party(verb, senses) else NO_EVENT
    if lemma in senses.searching:
        return _searched_place(verb, senses)
    if lemma in senses.releasing and not _preps(verb, "to"):
        # "released intelligence documents to Spain" passes them on: the lexicon decides.
        released = _objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
        if released and _war_gas(released[0]):
            return None  # "released nerve gas on the subway": an attack, as the lexicon has it
        return NO_EVENT if _head_lemma(released) in senses.released_things else None
    if lemma in senses.holding:
        return _held_back(verb, senses)
    if lemma in senses.writing:
        return _written_request(verb, senses)
    if lemma in senses.disquiet:
        return _disquiet(verb, senses)
    if lemma in senses.informing:
        return _informed_envoy(verb, senses)
    if lemma in senses.attention_verbs:
        return _attention_to_wrongs(verb, senses)
    if lemma in senses.held_states:
        return _held_in_custody(verb, senses)
    if lemma in senses.pointing:
        return _pointed_weapon(verb, senses)
    if lemma in senses.convening and _head_lemma(_objects(verb)) in senses.sittings:
        return NO_EVENT  # "lawmakers will convene a session": a body's sitting meets nobody
    if lemma in senses.opening_verbs and _opens_swap_line(verb, senses):
        return Sense(senses.swap_line)  # "opened a currency swap line with Argentina"
    if lemma in senses.sitting_verbs and _sits_alone(verb, senses):
        return NO_EVENT  # "lawmakers will meet on Saturday": the chamber sits, with nobody
    if lemma in senses.voting:
        return _voted_against(verb, senses)
    if lemma in senses.defeating and _head_lemma(_undergoers(verb)) in senses.motions:
        return Sense(senses.voted_down)  # "the budget bill was defeated in the lower house"
    if lemma in senses.failing and _failed_to_pass(verb, senses):
        return Sense(senses.voted_down)  # "the bill failed to pass the Senate"
    if lemma in senses.taking:
        return _jibe(verb, senses)
    if lemma in senses.wanting:
        return _wanted_of_another(verb, senses)
    if lemma in senses.negotiating and _reached_by_negotiation(verb, senses):
        return Sense(senses.negotiated)  # "has negotiated the purchase of 12 jets"
    if lemma in senses.ordering:
        # "ordered 75 more Boeing 737s", "has ordered 30": a purchase, which trades with a state
        # named as seller ("ordered 42 Rafale fighters from France") and is no event otherwise.
        sellers = [o for p in _preps(verb, "from") for o in p.children if o.dep_ == "pobj"]
        from_state = any(s.ent_type_ == "GPE" for s in sellers)
        if _orders_counted_goods(verb, senses, from_state):
            return Sense(senses.state_purchase) if from_state else NO_EVENT
    if lemma in senses.blaming and _blames_a_thing(verb, senses):
        return NO_EVENT  # "higher fuel prices could be to blame", "blamed the weak yen"
    if lemma in senses.saying and any(c.lower_ == "no" for c in verb.children):
        return Sense(senses.refusal)  # "would say no to any new loan"
    if lemma in senses.degrading and _head_lemma(_objects(verb)) in senses.armed_nouns:
        return Sense(senses.holding_back)  # "degraded the militants' fighters"
    if lemma in senses.reducing and _is_mission_staff(verb, senses):
        return Sense(senses.staff_cut)  # "reduce its diplomatic staff in Russia"
    if lemma in senses.razing:
        return _pulled_down(verb, senses)
    if lemma in senses.petitioning and _head_lemma(_objects(verb)) in senses.courts:
        return Sense(senses.lawsuit)  # "moved the Supreme Court against the Centre"
    if lemma in senses.protecting and _head_lemma(_objects(verb)) in senses.protected_things:
        return NO_EVENT  # "protect the productive sectors", "protect jobs": no one is shielded
    if lemma in senses.expressing and _head_lemma(_objects(verb)) in senses.opinions:
        return NO_EVENT  # "expressed his belief that the talks would succeed": a statement
    if lemma in senses.messaging and _to_audience(verb, senses):
        return NO_EVENT  # "sent a message to his followers": no party is consulted
    if lemma in senses.insisting and _states_own_stand(verb):
        return NO_EVENT  # "insisted it would not allow peacekeepers": the speaker's own stand
    if lemma in senses.concurring and _shares_view(verb):
        return Sense(senses.endorsement)  # "agreed with the governor that the police ought to"
    return None


def noun_sense(noun: Token, lemma: str, senses: SenseLexicon) -> Sense | None:
    """The sense a noun's phrase gives it, or None to keep the lexicon's reading."""
    if _everyday_noun(noun, lemma, senses):
        return NO_EVENT
    if lemma in senses.call_nouns and any(
        c.dep_ in _MARK_DEPS and c.lower_ in senses.emergency_marks for c in noun.children
    ):
        return NO_EVENT  # "summoned by emergency calls", "a 999 call": no party is consulted
    if lemma in senses.grievance_nouns and not _held_at_something(noun, senses):
        return NO_EVENT  # "public anger at prices", "voiced frustration" (the verb's to code)
    if lemma in senses.aid_nouns and _in_aid_of(noun):
        return NO_EVENT
    if lemma in senses.briefings and any(
        c.dep_ in ("compound", "amod") and c.lower_ in senses.press_marks for c in noun.children
    ):
        # "told a news conference", "said in a press release": a statement to the press, in
        # which nobody meets and nobody is freed.
        return NO_EVENT
    if lemma in senses.releasing:
        released = [o for p in _preps(noun, "of") for o in p.children if o.dep_ == "pobj"]
        return NO_EVENT if _head_lemma(released) in senses.released_things else None
    if lemma in senses.demand_nouns and _is_market_demand(noun, senses):
        return NO_EVENT
    if lemma in senses.agreement_nouns and any(
        c.dep_ == "amod" and c.lemma_.lower() in senses.standing_marks for c in noun.children
    ):
        return NO_EVENT  # "the implementation of signed agreements": accords already in force
    if lemma in senses.legal_nouns and not _preps(noun, "against"):
        return NO_EVENT  # "proceedings against the ministry"; "the proceedings of the summit"
    if lemma in senses.disobedience_nouns:
        # "civil disobedience" protests; "wilful disobedience of the judgment" defies a ruling.
        civil = any(c.lemma_.lower() in senses.civil_marks for c in noun.children)
        return None if civil else NO_EVENT
    if lemma in senses.danger_nouns and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in senses.danger_kinds
        for c in noun.children
    ):
        return NO_EVENT  # "national security threats such as clashes": a danger, no threat
    if lemma in senses.truce_nouns and _in_force(noun, senses):
        return Sense(senses.truce_in_force)  # "the ceasefire took effect at dawn"
    if lemma in senses.custody_nouns:
        # "is in custody", "taken into custody"; "a custody battle" is no arrest.
        held = noun.dep_ == "pobj" and noun.head.lower_ in ("in", "into")
        return None if held else NO_EVENT
    return None


# Words that put a clause's act in the future, in doubt or in denial ("will take effect",
# "could hold", "did not hold").
_UNREALISED = frozenset(
    {"will", "would", "shall", "'ll", "should", "could", "may", "might", "must", "can", "to"}
    | {"not", "n't", "never"}
)


def _in_force(noun: Token, senses: SenseLexicon) -> bool:
    """Whether a truce is the subject of a verb that puts it in force now ("the ceasefire
    took effect", "came into force", "the truce held"), rather than one declared or to come."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in senses.taking_effect:
        return False
    if verb.dep_ in ("xcomp", "advcl"):
        return False
    if any(c.dep_ in ("aux", "neg") and c.lower_ in _UNREALISED for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp")]
    if any(c.lemma_.lower() not in senses.effect_words for c in objects):
        return False  # "held talks", "began to crumble": the truce does something else
    words = {t.lemma_.lower() for c in verb.children for t in c.subtree if c.dep_ != "nsubj"}
    # "took effect", "came into force"; "the truce held", "began at midnight" need no such word.
    return bool(words & senses.effect_words) or verb.lemma_.lower() in senses.lasting


def _warns_of_hardship(verb: Token, senses: SenseLexicon) -> bool:
    """Whether a warning's clause names a hardship ("warned that millions faced famine") and
    no reprisal by anyone ("warned that Iran would face consequences")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [o for p in _preps(verb, "of", "about") for o in p.children if o.dep_ == "pobj"]
    words = {t.lemma_.lower() for c in clauses for t in c.subtree}
    words |= {t.lower_ for c in clauses for t in c.subtree}
    return bool(words & senses.hardships) and not words & senses.reprisal_words


def _everyday_sense(verb: Token, lemma: str, senses: SenseLexicon) -> bool:
    """Whether a verb is used in an everyday sense that names no event: its doer is a thing
    ("a wall surrounds the garden", "was inspired by the chili sauce", "the law protects art"),
    a force of nature ("hurricanes struck the coast"), or its object or complement is one
    ("charged a fee", "captured the heat", "occupied public office", "overcome a hurdle",
    "donate a kidney", "offering higher pay", "research the project"), or an idiom
    ("spoke with fluency", "tend to be", "pleaded guilty", "was sent off")."""
    if _done_by_natural_force(verb, senses):
        return True  # "a wildfire threatened homes", "the storm cut off the villages"
    if lemma in senses.acts_of_parties:
        doer = _doer(verb)
        if doer is not None and not _is_party(doer, senses):
            return True
    if lemma in senses.aiming and _aims_a_measure(verb, senses):
        return True  # "agreed new sanctions, targeting companies in China": whom they hit
    if lemma in senses.expressing and not _objects(verb):
        return any(c.dep_ == "ccomp" for c in verb.children)  # "expressed that": a statement
    if lemma in senses.striking:
        return False  # a force of nature is read above; a party's strike keeps its sense
    if lemma in senses.speaking:
        partners = [o for p in _preps(verb, "with") for o in p.children if o.dep_ == "pobj"]
        return _head_lemma(partners) in senses.manners
    if lemma in senses.inclining:
        return any(c.dep_ == "xcomp" for c in verb.children)  # "tend to be", not "tended the sick"
    if lemma in senses.pleading:
        return any(c.lower_ in senses.pleas for c in verb.children)  # "pleaded guilty"
    if lemma in senses.sending:
        # "was sent off for a foul": a player sent off carries nothing to anybody.
        sent_off = any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
        return sent_off and not _objects(verb) and _has_passive_subject(verb)
    if lemma in senses.rallying:
        doer = _doer(verb)
        return doer is not None and doer.lemma_.lower() in senses.market_movers
    if lemma in senses.wielding:
        # "is using eight autonomous drones to map farmland": CAMEO's patterns of "use" (arms,
        # aircraft, water cannon, human shields) presuppose a state, a force or a crowd.
        doer = _doer(verb)
        return doer is not None and not _is_armed(doer, senses)
    if lemma in senses.purchasing:
        return _bought_without_seller(verb, senses)
    if lemma in senses.compromising:
        return bool(_objects(verb))  # "compromise their dignity" endangers; "compromised on" yields
    if lemma in senses.attending:
        # "attended the games expo and conference": a show or fair, no meeting of parties.
        shows = [o for o in _objects(verb) if o.lemma_.lower() in senses.shows]
        return bool(shows) or any(
            t.lemma_.lower() in senses.shows for o in _objects(verb) for t in _listed_with(o)
        )
    if lemma in senses.researching:
        return _head_lemma(_objects(verb)) not in (senses.wrongdoings | {None})
    return _object_names_thing(verb, lemma, senses)


def _aims_a_measure(verb: Token, senses: SenseLexicon) -> bool:
    """Whether a participle of aiming tells whom a measure named before it in its clause is
    aimed at ("imposed new sanctions on Russia, targeting companies in China")."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl"):
        return False
    return any(
        t.i < verb.i and t.lemma_.lower() in senses.aimed_measures for t in verb.head.subtree
    )


def _done_by_natural_force(verb: Token, senses: SenseLexicon) -> bool:
    """Whether a verb's doer is a force of nature ("a wildfire threatened homes"), not a flood
    or wave "of" people."""
    if senses.natural_forces.isdisjoint(doc_lemma_set(verb.doc)):
        return False  # most texts name no force of nature at all
    doer = _doer(verb)
    return (
        doer is not None and doer.lemma_.lower() in senses.natural_forces and not _preps(doer, "of")
    )


_OBJECT_LISTS = (
    ("charging", "prices"),
    ("capturing", "captured_things"),
    ("occupying", "occupied_things"),
    ("overcoming", "obstacles"),
    ("donating", "body_parts"),
    ("offering", "wares"),
)


def _object_names_thing(verb: Token, lemma: str, senses: SenseLexicon) -> bool:
    """ "charged a fee", "the price charged", "captured the heat", "a hurdle that must be
    overcome": the thing acted on (an object, a passive subject or the noun the verb modifies)
    is of a kind that no party undergoes."""
    for verbs, things in _OBJECT_LISTS:
        if lemma in getattr(senses, verbs):
            kinds: frozenset[str] = getattr(senses, things)
            return _head_lemma(_undergoers(verb)) in kinds
    return False


def _undergoers(verb: Token) -> list[Token]:
    """What a verb acts on: its object, its passive subject, or the noun it modifies as a
    participle or a passive relative clause ("the price charged", "a hurdle that must be
    overcome")."""
    found = _objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    if found and found[0].lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return [verb.head]
    if not found and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        return [verb.head]
    return found


_RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
# Pronouns that stand for people or parties ("he occupied", "they surrounded").
_PERSON_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "who", "whom"})


def _doer(verb: Token) -> Token | None:
    """Who or what does a verb's act: its subject, the agent of a passive ("was inspired by the
    sauce"), or the noun a participle or relative clause modifies ("warehouses surrounding the
    square", "measures that would protect"); None when the clause names none."""
    children = list(verb.children)
    agents = [o for c in children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if agents:
        return agents[0]
    if _has_passive_subject(verb):
        return None  # "the town was surrounded": the doer is not named
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if subjects and subjects[0].lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    if subjects:
        return subjects[0]
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return verb.head
    return None


def _has_passive_subject(verb: Token) -> bool:
    return any(c.dep_ in _PASSIVE_MARKS for c in verb.children)


def _is_party(token: Token, senses: SenseLexicon) -> bool:
    """Whether a phrase names a party that can act: a name, a person's pronoun, a word for
    people, forces or bodies, or such a word it is made of ("hundreds of protesters",
    "Israeli jets")."""
    if token.lower_ in _PERSON_PRONOUNS:
        return True
    near = [token, *token.children, *(o for p in _preps(token, "of") for o in p.children)]
    return any(
        _names_party(t) or t.lemma_.lower() in senses.party_words
        for t in near
        if t.dep_ not in ("det", "prep", "punct", "relcl", "acl")
    )


# What a grievance is felt at ("anger at", "frustration with", "irritation over").
_GRIEVANCE_PREPS = ("at", "with", "over", "about")


def _held_at_something(noun: Token, senses: SenseLexicon) -> bool:
    """Whether a noun of displeasure is a party's, felt at something ("Beijing's anger at
    Washington's export controls"); a feeling nobody named holds ("public anger") or a person's
    own ("the striker's frustration with his finishing") states no party's disapproval."""
    holders = [c for c in noun.children if c.dep_ == "poss"]
    if not any(_names_party(h) or h.lemma_.lower() in senses.party_words for h in holders):
        return False
    return any(o.dep_ == "pobj" for p in _preps(noun, *_GRIEVANCE_PREPS) for o in p.children)


# Finished forms of a verb: a past, a participle, a headline's present ("negotiates purchase").
_FINISHED_TAGS = frozenset({"VBD", "VBN", "VBZ"})


def _reached_by_negotiation(verb: Token, senses: SenseLexicon) -> bool:
    """Whether a deal, purchase or accord is told as negotiated, and so reached ("Qantas has
    negotiated the purchase of 12 jets", "negotiated a trade deal with Korea"); talks still under
    way ("are negotiating an accord") or with no deal named ("negotiated with Kosovo") are not."""
    if verb.tag_ not in _FINISHED_TAGS:
        return False
    dealt = _objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    if _preps(verb, "between") or any(_preps(d, "between") for d in dealt):
        return False  # "negotiated a deal between Hamas and Israel": a mediator's work
    return _head_lemma(dealt) in senses.negotiated_things


def _blames_a_thing(verb: Token, senses: SenseLexicon) -> bool:
    """Whether blame falls on a thing, not a party: "fuel costs were to blame for the fall",
    "was blamed on the weather" is read by its "on" phrase, "analysts blamed the weak yen"."""
    if _preps(verb, "on"):
        return False  # "blamed the attack on Hamas": who is blamed is the "on" phrase's
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be":
        blamed = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "X is to blame"
    else:
        blamed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(blamed) and all(b.pos_ == "NOUN" and not _is_party(b, senses) for b in blamed)


def _bought_without_seller(verb: Token, senses: SenseLexicon) -> bool:
    """ "used to purchase arms", "the family will buy a house": goods bought by nobody named
    from nobody named are no trade between parties; "Korean Air bought 20 jets", "bought
    Russian gas", "bought the airline", "bought arms from France" name a side of it."""
    if _preps(verb, "from"):
        return False  # a seller is named, whoever it is
    buyer = _doer(verb)
    if buyer is not None and any(_names_party(t) for t in buyer.subtree):
        return False
    goods = _objects(verb)
    if not goods or goods[0].lemma_.lower() in senses.business_units:
        return False
    return not any(t.ent_type_ in _HOST_ENTITIES for g in goods for t in g.subtree)


def _orders_counted_goods(verb: Token, senses: SenseLexicon, from_state: bool) -> bool:
    """Whether an order's object is goods told by a count or a price ("ordered 30", "ordered
    A$4 billion in new aircraft", "ordered 75 more Boeing 737s"), not a party told to act
    ("ordered 500 troops to the border", "ordered 12 detainees released", "ordered them out").
    A word for fighters is goods where a model names them and a state sells them ("42 Rafale
    fighters from France")."""
    if any(c.dep_ in _CLAUSE_VERB_DEPS or c.dep_ == "prt" for c in verb.children):
        return False
    if _preps(verb, "to", "into"):
        return False  # "ordered 5,000 reservists to the front": a deployment
    goods = [c for c in verb.children if c.dep_ == "dobj"]
    if not goods:
        return False
    noun = goods[0]
    if any(c.dep_ in ("acl", "relcl", "xcomp") for c in noun.children):
        return False  # "ordered 12 detainees released"
    if noun.pos_ == "NUM" or noun.ent_type_ == "MONEY":
        return True
    if not any(c.dep_ == "nummod" for c in noun.children):
        return False
    if noun.ent_type_ in ("PERSON", "NORP", "GPE"):
        return False
    lemma = noun.lemma_.lower()
    if lemma not in senses.armed_parties and lemma not in senses.party_words:
        return True
    return from_state and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("NORP", "GPE")
        for c in noun.children
    )


# Where one goes to leave public life or hide ("fled into exile", "went into hiding").
_WITHDRAWN_STATES = frozenset({"exile", "hiding"})


def _goes_into_exile(verb: Token) -> bool:
    """ "flew into exile", "went into hiding": one's own flight from power or pursuit moves no
    forces and visits nobody (what moves others there, "forced him into exile", has an object)."""
    if any(c.dep_ in _OBJECT_DEPS for c in verb.children):
        return False
    return any(
        o.lemma_.lower() in _WITHDRAWN_STATES for p in _preps(verb, "into") for o in p.children
    )


def _official_flies_in(verb: Token, senses: SenseLexicon) -> bool:
    """ "President Estrada flew into Jakarta": a leader or an official flying "into" a place
    travels there, a visit; CAMEO reads "flew into" as forces moved in, which stays for forces
    ("troops flew into the capital") and for what a party flies in ("flew troops into")."""
    children = list(verb.children)
    if any(c.dep_ in _OBJECT_DEPS for c in children) or not _preps(verb, "into"):
        return False
    subjects = [c for c in children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.lower_ in ("he", "she")
        or (s.ent_type_ == "PERSON" and s.lemma_.lower() not in senses.armed_parties)
        or s.lemma_.lower() in senses.travelling_officials
        for s in subjects
    )


def _is_armed(token: Token, senses: SenseLexicon) -> bool:
    """Whether a phrase names a state, a force or a crowd that can wield arms ("Israel",
    "police", "Syrian troops", "protesters")."""
    near = [token, *token.children, *(o for p in _preps(token, "of") for o in p.children)]
    return token.lower_ in _PERSON_PRONOUNS or any(
        t.ent_type_ in ("GPE", "NORP") or t.lemma_.lower() in senses.armed_parties for t in near
    )


def _everyday_noun(noun: Token, lemma: str, senses: SenseLexicon) -> bool:
    """Whether an event noun is used in an everyday sense: "life support", "adds support for
    wireless charging"; "the broad appeal of the film"; "the mediation of inflammation", of a
    thing rather than of a dispute or between parties; "concerts, rallies and talk shows", a
    rally or conference listed with shows and fairs."""
    children = list(noun.children)
    modifiers = [c for c in children if c.dep_ in ("compound", "amod", "nmod")]
    marks = {w for c in modifiers for w in (c.lemma_.lower(), c.lower_)}  # "growing": lemma "grow"
    if lemma in senses.support_nouns:
        added = noun.dep_ == "dobj" and noun.head.lemma_.lower() in senses.feature_verbs
        return added or bool(marks & senses.service_marks)
    if lemma in senses.loan_nouns and marks & senses.consumer_marks:
        return True  # "a home loan", "student loans": a bank's product, no aid
    if lemma in senses.appeal_nouns:
        asks = _preps(noun, "for", "to", "against")
        return not asks and bool(marks & senses.attraction_marks)
    if lemma in senses.mediation_nouns:
        return _mediates_thing(noun, senses)
    if lemma in senses.gathering_nouns:
        if any(t.lemma_.lower() in senses.shows for t in _listed_with(noun)):
            return True
        # "the Asian Tidal Energy Conference", "a mining conference": a trade gathering, unless
        # a party is named in it ("the EU energy summit").
        named = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod", "poss")]
        trade = any(t.lower_ in senses.trade_marks for m in named for t in m.subtree)
        return trade and not any(_names_party_entity(t) for m in named for t in m.subtree)
    return False


def _names_party_entity(token: Token) -> bool:
    return token.ent_type_ in ("GPE", "NORP", "ORG")


def _mediates_thing(noun: Token, senses: SenseLexicon) -> bool:
    """ "the control and mediation of timber royalties": mediation of a thing, neither of a
    dispute nor between or by named parties ("mediation of the conflict", "Qatar's mediation")."""
    # "by district councils" names who mediates, not between whom: the mediated thing decides.
    if _preps(noun, "between", "with", "in") or any(
        c.dep_ == "poss" or _names_party(c) for c in noun.children
    ):
        return False
    holders = [noun, *(c for c in noun.children if c.dep_ == "conj")]
    mediated = [o for h in holders for p in _preps(h, "of") for o in p.children if o.dep_ == "pobj"]
    if not mediated:
        return False
    return not any(_is_party(m, senses) or m.lemma_.lower() in senses.disputes for m in mediated)


def _listed_with(noun: Token) -> list[Token]:
    """The nouns a noun is listed with ("concerts, rallies and talk shows"), with the
    compounds of each ("talk shows")."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    members = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.head.i >= first.i)]
    return [t for m in members if m.i != noun.i for t in (m, *m.children) if t.dep_ != "det"]


def _to_audience(verb: Token, senses: SenseLexicon) -> bool:
    """Whether a message goes "to" an audience ("to his followers", "to the nation"), on the
    verb or on its object ("sent a message to her supporters")."""
    datives = [c for c in verb.children if c.dep_ == "dative" and c.lower_ == "to"]
    phrases = [*_preps(verb, "to"), *datives, *(p for o in _objects(verb) for p in _preps(o, "to"))]
    goals = [o for p in phrases for o in p.children if o.dep_ == "pobj"]
    return _head_lemma(goals) in senses.audiences


def returned_to_party(verb: Token, senses: SenseLexicon) -> Sense | None:
    """ "returned the looted paintings to Poland": a thing handed back "to" a party returns
    property (CAMEO 0842), whatever the thing; read only where the lexicon's object patterns
    found nothing ("restored power to Baghdad" is no return)."""
    if verb.lemma_.lower() not in senses.returning:
        return None
    things = [o for o in _objects(verb) if o.pos_ == "NOUN"]
    if not things or things[0].lemma_.lower() in senses.unreturned:
        return None  # "returned the favour", "returned his call"
    # The parser may hang "to Poland" on the object ("a collection of paintings to Poland").
    holders = [verb, *(t for t in things[0].subtree if t.pos_ == "NOUN")]
    goals = [o for h in holders for p in _preps(h, "to") for o in p.children if o.dep_ == "pobj"]
    if any(_names_party(g) for g in goals):
        return Sense(senses.returned_property)
    return None


_REFUSING_AUX = frozenset({"will", "would", "'ll", "wo", "shall", "can", "could", "ca"})
_NEGATORS = frozenset({"not", "n't", "never"})


def refused_acceptance(verb: Token, senses: SenseLexicon) -> Sense | None:
    """ "Baghdad would not accept the new inspection regime", "will never tolerate foreign
    troops": saying one will not accept a thing is agreement refused, whatever the thing
    (read as accepting, CAMEO 030, which the refusal turns into REJECT); read only where the
    lexicon's object patterns found nothing. Accepting blame or a result is no agreement."""
    if verb.lemma_.lower() not in senses.accepting:
        return None
    children = list(verb.children)
    refused = any(c.dep_ == "neg" and c.lower_ in _NEGATORS for c in children) and any(
        c.dep_ == "aux" and c.lower_ in _REFUSING_AUX for c in children
    )
    things = [o for o in _objects(verb) if o.pos_ in ("NOUN", "PROPN")]
    if not refused or not things or things[0].lemma_.lower() in senses.unaccepted:
        return None
    return Sense(senses.acceptance)


# Pronouns by which a speaker names itself in what it insists on ("insisted it would not").
_SELF_PRONOUNS = frozenset({"it", "he", "she", "we", "i", "they"})
_DEMAND_MODALS = frozenset({"must", "should"})


def _states_own_stand(verb: Token) -> bool:
    """ "insisted it would not allow foreign troops", "insisted he had done nothing wrong": what
    a speaker insists its own side will or did do states a stand, not a demand of another party
    (the clause's act, if any, is the event); "insisted Iraq must disarm" and "insisted that
    they leave" (a bare subjunctive) demand."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
            continue
        children = list(clause.children)
        subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
        auxiliaries = [c.lower_ for c in children if c.dep_ in ("aux", "auxpass")]
        # A bare verb ("that they leave") may be a subjunctive demand; a tense is a statement.
        stated = bool(auxiliaries) or clause.tag_ in ("VBD", "VBZ")
        if any(a in _DEMAND_MODALS for a in auxiliaries) or not stated:
            continue
        if subjects and subjects[0].lower_ in _SELF_PRONOUNS:
            return True
    return False


def _shares_view(verb: Token) -> bool:
    """ "agreed with the governor that the police ought to act": agreeing with a party on what is so
    or should be done endorses its view; "agreed with Kyiv to exchange prisoners" (an
    infinitive) commits to an act and stays an agreement."""
    partners = [o for p in _preps(verb, "with") for o in p.children if o.dep_ == "pobj"]
    if not partners:
        return False
    children = list(verb.children)
    states_view = any(c.dep_ == "ccomp" for c in children)
    commits = any(
        c.dep_ in ("xcomp", "advcl")
        and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        for c in children
    )
    return states_view and not commits


def is_hostless_journey(verb: Token, senses: SenseLexicon) -> bool:
    """Whether a verb of travel read as a visit has no party to host it: it moves something
    ("set off a wave of expulsions"), its travellers are private people ("migrants came to"),
    or it reaches only a feature of a place ("came to Europe's shores", "set off for the
    border"), not a state, a capital or a party ("flew to Kyiv for talks")."""
    if verb.lemma_.lower() not in senses.journeys:
        return False
    children = list(verb.children)
    if any(c.dep_ in _OBJECT_DEPS for c in children):
        return True
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("xcomp", "advcl", "conj"):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "left to fly to"
    if not subjects and verb.dep_ == "acl":
        subjects = [verb.head]  # "migrants traveling with the caravan"
    if _head_lemma(subjects) in senses.private_travellers:
        return True
    # "expelled diplomats left to fly to Moscow": people expelled or fleeing go home.
    if any(t.lemma_.lower() in senses.departures for s in subjects for t in s.subtree):
        return True
    if _goes_home(verb, children):
        return True
    # "flew back to Kabul": the parser may hang the goal on the adverb of direction.
    phrases = [*children, *(p for c in children if c.lower_ in _HOMEWARD for p in c.children)]
    goals = [
        o
        for p in phrases
        if p.dep_ == "prep" and p.lower_ in ("to", "for", "toward", "towards", "at")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return bool(goals) and not any(_can_host(goal, senses) for goal in goals)


_HOMEWARD = frozenset({"back", "home"})


def _goes_home(verb: Token, children: list[Token]) -> bool:
    """ "flew back to Tokyo", "went home": a journey back, with no meeting it is for ("flew back
    to Baghdad for talks") or act it is to do, visits nobody. A bare "returned to Baghdad" may
    be a visit made again, and is left to the lexicon."""
    homeward = any(c.dep_ in ("advmod", "prt") and c.lower_ in _HOMEWARD for c in children)
    if not homeward:
        return False
    # The parser may hang "for talks" on the place ("back to Kabul for talks").
    meeting = any(t.dep_ == "prep" and t.lower_ == "for" for t in verb.subtree)
    purpose = meeting or any(
        c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children) for c in children
    )
    return not purpose


def _can_host(goal: Token, senses: SenseLexicon) -> bool:
    return (
        goal.ent_type_ in _HOST_ENTITIES
        or goal.pos_ == "PROPN"
        or goal.lemma_.lower() in senses.host_words
    )


def _figurative_attack(verb: Token, senses: SenseLexicon) -> Sense | None:
    """ "blasted the government's handling of the crisis", "slammed critics for ignoring":
    an attack verb on a decision, a policy or a statement, or on a party for what it did, is
    criticism (CAMEO 111); on positions, towns or people it stays an attack."""
    targets = _objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    if _head_lemma(targets) in senses.criticised_things:
        return Sense(senses.criticism)
    if any(_is_act_gerund(t, senses) for t in targets):
        return Sense(senses.criticism)  # "blasted the government's handling of the crisis"
    for reason in _preps(verb, "for", "as"):
        if any(o.dep_ == "pcomp" or o.pos_ == "ADJ" for o in reason.children):
            return Sense(senses.criticism)  # "for ignoring", "as reckless"
    return None


def _is_act_gerund(noun: Token, senses: SenseLexicon) -> bool:
    """ "the government's handling", "the bombing of the town": a noun in -ing naming whose act
    it is or what it was done to; "the building", "a meeting" name things and gatherings."""
    if noun.tag_ != "NN" or not noun.lower_.endswith("ing") or noun.lemma_ in senses.ing_things:
        return False
    return any(c.dep_ == "poss" for c in noun.children) or bool(_preps(noun, "of"))


def _signed_document(verb: Token, senses: SenseLexicon) -> Sense | None:
    """ "signed a petition demanding": a petition asks (CAMEO 020); a proclamation, decree or
    bill signed is no endorsement of another party, so only the act it states is an event."""
    documents = _objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    signed = _head_lemma(documents)
    if signed in senses.petitions:
        return Sense(senses.petition)
    # "a letter of intent", "a memorandum of understanding" are agreements.
    kinds = [o for d in documents for p in _preps(d, "of") for o in p.children]
    if _head_lemma(kinds) in senses.pact_kinds:
        return None
    if signed in senses.purchase_deals and _for_counted_goods([verb, *documents]):
        return Sense(senses.purchase_deal)  # "signed a deal for ten new jets": a purchase
    return NO_EVENT if signed in senses.documents else None


def _for_counted_goods(heads: list[Token]) -> bool:
    """Whether a deal, or its signing, is "for" goods counted or priced ("a deal for ten new
    jets", "for a further $2 billion"), not for a cause ("a deal for peace")."""
    goods = [o for h in heads for p in _preps(h, "for") for o in p.children]
    # The count is the goods' own ("ten jets"), not a word inside them ("a 30-day truce"), nor
    # a term ("for five years").
    return any(
        g.ent_type_ == "MONEY"
        or (
            g.ent_type_ not in ("DATE", "TIME")
            and (g.like_num or any(c.dep_ == "nummod" for c in g.children))
        )
        for g in goods
    )


def _has_beneficiary(verb: Token) -> bool:
    """ "helped Mozambique rebuild", "helped with the harvest": help is aid only for someone;
    "trade has helped push up demand" helps no party."""
    for child in verb.children:
        if child.dep_ in _OBJECT_DEPS or child.dep_ == "prep":
            return True
        if child.dep_ in _CLAUSE_VERB_DEPS and any(c.dep_ == "nsubj" for c in child.children):
            return True
    return not any(c.dep_ in _CLAUSE_VERB_DEPS for c in verb.children)


def _acted_by_party(verb: Token, senses: SenseLexicon) -> bool:
    """Whether a verb's subject is a party ("Norway helped to rebuild", "the army helped to
    evacuate"), not a circumstance ("higher prices helped push up inflation")."""
    parties = senses.host_words | senses.armed_nouns | senses.envoys
    return any(
        _names_party(s) or s.lemma_.lower() in parties for s in verb.children if s.dep_ == "nsubj"
    )


def _searched_place(verb: Token, senses: SenseLexicon) -> Sense | None:
    """ "officers searched a plane", "police searched the offices of a newspaper": a search of
    a vehicle or premises is coercive (a raid, CAMEO 171), not an investigation."""
    searched = _objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    if _head_lemma(searched) in senses.searched_things:
        return Sense(senses.search)
    return None


def _held_back(verb: Token, senses: SenseLexicon) -> Sense | None:
    """ "held the enemy's forces back from the town", "held off rebel fighters": keeping armed
    forces from advancing is fighting them (CAMEO 190)."""
    if _head_lemma(_objects(verb)) not in senses.armed_nouns:
        return None
    stopped = any(
        (c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "off"))
        or (c.dep_ == "prep" and c.lower_ == "from")
        for c in verb.children
    )
    return Sense(senses.holding_back) if stopped else None


def _written_request(verb: Token, senses: SenseLexicon) -> Sense | None:
    """ "wrote to the World Bank asking for", "has written to India for the release of": a
    letter to a party that asks is a request (CAMEO 020)."""
    if not _preps(verb, "to"):
        return None
    asks = any(
        c.dep_ in ("advcl", "xcomp", "ccomp") and c.lemma_.lower() in senses.asking
        for c in verb.children
    )
    return Sense(senses.request) if asks or _preps(verb, "for") else None


def _disquiet(verb: Token, senses: SenseLexicon) -> Sense | None:
    """ "was deeply troubled by Hungary's decision": disquiet a party states at another's act
    is disapproval (CAMEO 110); "the dispute concerns fishing rights" is no event."""
    stated = verb.dep_ == "acomp" or any(c.dep_ in _PASSIVE_MARKS for c in verb.children)
    cause = [o for p in _preps(verb, "by", "about", "over", "at") for o in p.children]
    cause += [o for p in verb.children if p.dep_ == "agent" for o in p.children]
    named = any(_names_party(t) for o in cause for t in o.subtree)
    return Sense(senses.disapproval, reverse=True) if stated and named else NO_EVENT


def _informed_envoy(verb: Token, senses: SenseLexicon) -> Sense | None:
    """ "informed the Swedish ambassador of the decision", "the US envoy was informed": telling
    an envoy in person is a meeting (CAMEO 040)."""
    told = _objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    # "US Ambassador Jon Huntsman was informed": the title is a compound of the name.
    words = {t.lemma_.lower() for o in told for t in [o, *o.children] if t.dep_ != "det"}
    return Sense(senses.informed) if words & senses.envoys else None


def _pointed_weapon(verb: Token, senses: SenseLexicon) -> Sense | None:
    """ "pointed a gun at the officer": aiming a weapon at someone threatens them (CAMEO 130)."""
    weapons = _objects(verb)
    aimed = [*_preps(verb, "at"), *(p for w in weapons for p in _preps(w, "at"))]
    return Sense(senses.threat) if aimed and _head_lemma(weapons) in senses.weapons else None


# "voted against it": the pronoun of a thing stands for the motion named before, never a party.
_THING_PRONOUNS = frozenset({"it"})


def _voted_against(verb: Token, senses: SenseLexicon) -> Sense | None:
    """ "voted against the motion": voting down a proposal rejects it (CAMEO 120); voting
    against a party keeps the lexicon's disapproval."""
    against = [o for p in _preps(verb, "against") for o in p.children if o.dep_ == "pobj"]
    voted = _head_lemma(against)
    thing = voted in senses.motions or (voted is not None and voted in _THING_PRONOUNS)
    return Sense(senses.voted_down) if thing else None


def _opens_swap_line(verb: Token, senses: SenseLexicon) -> bool:
    """ "opened a new currency swap line with Argentina", "set up a swap arrangement": a line
    of currency swaps between central banks, not a prisoner swap."""
    for line in _objects(verb):
        if line.lemma_.lower() not in senses.swap_facilities:
            continue
        if any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() == "swap" for c in line.children
        ):
            return True
    return False


def _sits_alone(verb: Token, senses: SenseLexicon) -> bool:
    """ "Lawmakers will meet on Saturday", "parliament convened": a chamber or its members
    meeting with no one named to meet, neither an object nor a "with" party."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if _head_lemma(subjects) not in senses.chamber_members:
        return False
    return not _objects(verb) and not _preps(verb, "with")


def _failed_to_pass(verb: Token, senses: SenseLexicon) -> bool:
    """ "the bill failed to pass the Senate", "the Senate failed to pass the bill": a motion
    that does not pass a vote, named as the subject of "fail" or the object of "pass"."""
    passing = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in senses.passing]
    if not passing:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(_head_lemma(t) in senses.motions for t in (subjects, _objects(passing[0])))


def _jibe(verb: Token, senses: SenseLexicon) -> Sense | None:
    """ "took a shot at Trump's proposed wall", "took a swipe at the ministry": a figurative
    shot at a party or its act criticises it (CAMEO 111)."""
    if _head_lemma(_objects(verb)) not in senses.jibes:
        return None
    aimed = [
        o
        for a in _objects(verb)
        for p in [*_preps(a, "at"), *_preps(verb, "at")]
        for o in p.children
        if o.dep_ == "pobj"
    ]
    named = any(_names_party(t) for o in aimed for t in o.subtree)
    return (
        Sense(senses.criticism) if named or _head_lemma(aimed) in senses.criticised_things else None
    )


def _attention_to_wrongs(verb: Token, senses: SenseLexicon) -> Sense | None:
    """ "drew attention to China's lies about its courts", "called attention to abuses": making
    a party's wrongs known accuses it (CAMEO 111); "drew attention to the refugees' plight"
    accuses nobody."""
    if _head_lemma(_objects(verb)) != "attention":
        return None
    wrongs = [
        o
        for a in _objects(verb)
        for p in [*_preps(a, "to"), *_preps(verb, "to")]
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return Sense(senses.criticism) if _head_lemma(wrongs) in senses.wrongdoings else None


def _held_in_custody(verb: Token, senses: SenseLexicon) -> Sense | None:
    """ "two journalists remained in police custody": being held is the authorities' act on
    the subject (CAMEO 173, reversed: the subject undergoes it)."""
    places = [o for p in _preps(verb, "in") for o in p.children if o.dep_ == "pobj"]
    if _head_lemma(places) in senses.custody_places:
        return Sense(senses.detention, reverse=True)
    return None


def _is_market_demand(noun: Token, senses: SenseLexicon) -> bool:
    """ "helped push up demand for copper", "weak global demand": the market's demand for
    goods is no request."""
    if any(c.dep_ == "amod" and c.lemma_.lower() in senses.market_words for c in noun.children):
        return True
    goods = [o for p in _preps(noun, "for") for o in p.children if o.dep_ == "pobj"]
    if _head_lemma(goods) in senses.market_goods:
        return True
    if any(t.lemma_.lower() == "supply" for t in _listed_with(noun)):
        return True  # "supply and demand"
    head = noun.head
    return noun.dep_ in ("dobj", "nsubj", "nsubjpass") and head.lemma_.lower() in (
        senses.market_verbs
    )


def _names_party(token: Token) -> bool:
    return token.ent_type_ in _HOST_ENTITIES or token.pos_ == "PROPN"


def _wanted_of_another(verb: Token, senses: SenseLexicon) -> Sense | None:
    """ "wants the election commission to postpone the vote", "wants the cost to be paid by
    the partners": what a party wants another to do, or to have done, asks it of that party
    (CAMEO 020); what it wants to do itself stays an intent."""
    for clause in verb.children:
        if clause.dep_ not in _CLAUSE_VERB_DEPS or clause.pos_ != "VERB":
            continue
        to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        doer = [
            c
            for c in clause.children
            if (c.dep_ == "nsubj" and c.pos_ != "PRON") or c.dep_ == "nsubjpass"
        ]
        if to_infinitive and doer:
            return Sense(senses.request)
    return None


def _is_mission_staff(verb: Token, senses: SenseLexicon) -> bool:
    """ "its diplomatic staff", "its staffing at the embassy", "its mission": a state's envoys;
    a company cutting staff lays workers off."""
    objects = _objects(verb)
    head = _head_lemma(objects)
    if head in senses.envoys or head == "mission":
        return True
    posts = [*objects, *_preps(verb, "at", "in")]
    words = {t.lemma_.lower() for o in posts for t in o.subtree}
    return head in senses.staff_words and bool(words & senses.mission_marks)


def _pulled_down(verb: Token, senses: SenseLexicon) -> Sense | None:
    """ "a wall was pulled down by youths", "knocked down the statue": bringing down a
    structure destroys property (CAMEO 1712)."""
    if not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return None
    razed = _objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    return Sense(senses.destruction) if _head_lemma(razed) in senses.structures else None


def _starts_legal_action(verb: Token, senses: SenseLexicon) -> bool:
    """ "launched arbitration", "opened a WTO dispute procedure": starting a
    legal or arbitral process against a party brings a case against it (CAMEO 115); a process
    of another kind ("launched the peace process") is no lawsuit."""
    objects = _objects(verb)
    head = _head_lemma(objects)
    if head in senses.legal_processes:
        return True
    marks = {t.lemma_.lower() for o in objects for t in o.subtree if t.i < o.i}
    return head in senses.procedures and bool(marks & senses.dispute_marks)


def _boycott(verb: Token, senses: SenseLexicon) -> Sense | None:
    """ "withdrew their reporters from any dealings with the spokesman", "broke off all contact
    with the minister": a party that is no state refusing to deal with another boycotts it as a
    protest (CAMEO 143; a state breaking off contact reduces relations, which the lexicon
    codes); "pulled their commercials from the show" halts commerce with it (CAMEO 163)."""
    objects = _objects(verb)
    if _head_lemma(objects) in senses.advertising:
        return Sense(senses.commercial_boycott)
    ended = [o for p in _preps(verb, "from") for o in p.children if o.dep_ == "pobj"]
    if _head_lemma([*ended, *objects]) not in senses.dealings:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return None if any(s.ent_type_ == "GPE" for s in subjects) else Sense(senses.boycott)


def _in_aid_of(noun: Token) -> bool:
    """ "in aid of trade protectionism", "a concert in aid of orphans": the idiom of purpose."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and bool(_preps(noun, "of"))


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in _OBJECT_DEPS]


def _preps(token: Token, *words: str) -> list[Token]:
    return [c for c in token.children if c.dep_ == "prep" and c.lower_ in words]


# Words that make a released gas a weapon ("nerve gas", "poison gas"), not a leak or a vent.
_WAR_GAS_WORDS = frozenset({"nerve", "poison", "mustard", "chlorine"})


def _war_gas(noun: Token) -> bool:
    return any(c.dep_ in ("compound", "amod") and c.lower_ in _WAR_GAS_WORDS for c in noun.children)


def _head_lemma(tokens: Iterable[Token]) -> str | None:
    """The lemma of the first of the tokens, lower case (the head of an argument)."""
    return next((t.lemma_.lower() for t in tokens), None)
