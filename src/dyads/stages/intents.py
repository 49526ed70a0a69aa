"""Statements about an action that are events of their own, as CAMEO and PLOVER code them.

- Intent: "France will send troops", "Iraq would allow inspectors", "farmers said they would
  blockade Paris". Announcing a cooperative action is AGREE (CAMEO 03: express intent to
  cooperate), except that announcing a concession or a withdrawal is CONCEDE (CAMEO 035: express
  intent to yield), and announcing that one will not do it is REJECT (CAMEO 12: "would not
  withdraw" declines to yield), as refusing to do it is ("declined to hold talks"); announcing a
  conflictual material action is THREATEN (CAMEO 13), but
  promising to refrain from one ("pledged not to use force") is AGREE (CAMEO 030); preparing to
  attack is MOBILIZE (CAMEO 15). A journey or a hosting told with "will" is the meeting to come,
  no intent. A promised cooperative or yielding act is the promise alone (PLOVER 2.0 codes a
  promise as AGREE or CONCEDE, not as the act); other announced actions stay coded too, as a
  `future` or `hypothetical` event.
  Announced deployments are left as they are: sending troops threatens some and helps others.
  An event noun that is itself the subject ("talks would resume next week") states no party's
  intent: it is the event to come, one record.
- Demand: "Russia said Sudan must return the helicopter": the speaker REQUESTs (CAMEO 10) that
  the subject act.
- Agreed concession: "Israel agreed to withdraw", "offered concessions": one party agreeing to
  or offering a concession or a withdrawal makes a promise to yield (PLOVER 2.0 CONCEDE);
  parties agreeing together keep AGREE (the events stage checks their number).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from dyads.stages.doc_utils import has_child
from dyads.stages.dropped_dealers import drops_dealers
from dyads.stages.ruled_out import rules_out, ruling_out
from dyads.stages.triggers import Coding, quad_class

_INTENT_AUX = frozenset({"will", "would", "shall", "'ll", "wo", "'d"})
_DEMAND_AUX = frozenset({"must", "should"})
DEMAND_CAMEO = "100"
# Nouns whose that-clause states the holder's view ("expressed the view that Y should act").
_VIEW_NOUNS = frozenset({"view", "opinion", "position", "belief", "conviction", "stance"})
# Words that govern an intended action ("ready to contribute", "plans to visit").
INTENT_GOVERNORS = frozenset(
    {"ready", "prepared", "prepare", "plan", "intend", "decide", "want", "seek", "aim", "willing"}
    | {"keen", "eager"}
    | {"vow", "pledge", "promise", "offer"}
    | {"refuse", "decline", "unwilling", "reluctant"}
)
# "declined to hold talks", "refused to hand over the suspects": refusing an act rejects it
# (CAMEO 12, by the kind of act refused), and so does saying one is unwilling to do it.
_REFUSING = frozenset({"refuse", "decline", "unwilling", "reluctant"})
_REJECT_CAMEO = "120"
# Nouns whose infinitive states an intended action ("announced plans to lift the curfew", "made
# a commitment to ease restrictions").
INTENT_NOUNS = frozenset(
    {"plan", "commitment", "pledge", "promise", "offer", "intention", "readiness", "willingness"}
)
# Verbs by which a subject states its own intent through such a noun ("announced plans to",
# "made a commitment to"); not reactions to another's ("welcomed an offer to mediate").
_STATING_VERBS = frozenset(
    {"announce", "make", "unveil", "declare", "confirm", "reaffirm", "renew", "express", "state"}
    | {"reiterate", "repeat", "restate", "voice", "signal", "indicate", "show"}
    # "defended its plan to expel the workers": an intent upheld is stated again.
    | {"defend", "justify"}
)
# "put forward an offer to", "submitted a plan to": verbs that table a noun of intent.
_PUTTING_FORWARD = frozenset({"put", "submit", "table", "present"})
# Both, joined once rather than at every call.
_OFFERING_VERBS = _STATING_VERBS | _PUTTING_FORWARD
# CAMEO code of the intent for each PLOVER type of the intended action.
_AGREE_CODES = {
    "CONSULT": "036",
    "AID": "033",
    "COOPERATE": "031",
    "CONCEDE": "035",
    "RETREAT": "035",
    "AGREE": "030",
}
# "would support all efforts", "will back the Argentine candidate": a promise of support is an
# intent of diplomatic cooperation ("such as policy support", CAMEO 032); praise or a welcome
# stays SUPPORT ("would welcome their backing").
_BACKING = frozenset({"support", "back", "endorse"})
_BACKING_INTENT_CAMEO = "032"
# "is prepared to reopen its embassy", "ready to establish diplomatic ties": diplomatic
# cooperation intended (CAMEO 054 to come) is an intent of diplomatic cooperation (032) too.
_DIPLOMATIC_CAMEO = "054"
# "was willing to sign a peace agreement", "is ready to sign the accord": readiness to sign is
# an intent to cooperate (CAMEO 030); a signing told with "will" alone stays the signing to come.
_SIGNING_CAMEO = "057"
_SIGNING_INTENT_CAMEO = "030"
# "will continue to strengthen their cooperation": an act its subject will go on doing is
# intended as the act itself is.
_CONTINUING = frozenset({"continue", "keep"})
# PLOVER's CONCEDE is itself verbal: a promise to yield is a CONCEDE event, not an AGREE.
_YIELDING = frozenset({"CONCEDE", "RETREAT"})
# Except a promised political reform (CAMEO 083 → 034: express intent to institute it).
_REFORM_CAMEO = "083"
_REFORM_INTENT_CAMEO = "034"
# But promising to hand power to others ("agreed to hand power to a civilian government": a
# change of regime, 0834, or power handed over, 0831) promises a concession (PLOVER CONCEDE,
# CAMEO 035); promising to step down stays an intent to change leadership (0341).
_REGIME_CHANGE_CAMEO = "0834"
_LEADERSHIP_CHANGE_CAMEO = "0831"
_POWER_WORDS = frozenset({"power", "rule", "authority"})
# "would not withdraw", "will not extradite": refusing to carry out a cooperative or yielding act
# is a rejection (CAMEO 12), by the kind of act refused.
_REFUSAL_CODES = {
    "COOPERATE": "121",
    "AID": "122",
    "CONCEDE": "124",
    "RETREAT": "124",
    "CONSULT": "125",
    "AGREE": "120",
    "SUPPORT": "120",  # "will not ratify the treaty unless": backing refused
}
_MILITARY_REFUSAL = "1246"
# Threaten to reduce or stop aid (CAMEO 1311), coded by its parent: threaten non-force.
WITHHELD_AID_CAMEO = "131"
# What a party holds back until another complies ("would not pay out the funds unless"): money
# or aid, whatever the verb that would hand it over.
_AID_GOODS = frozenset(
    {"aid", "assistance", "fund", "funding", "money", "tranche", "payment", "loan", "credit"}
    | {"grant", "subsidy", "financing", "bailout"}
)
_THREATEN_CODES = {
    "ASSAULT": "138",
    "COERCE": "131",
    "SANCTION": "131",
    "PROTEST": "133",
}
# "The army prepared to resume shelling": readying forces to attack is a mobilization (CAMEO 15:
# demonstrate military posture), not a verbal threat.
_PREPARE_WORDS = frozenset({"prepare", "prepared"})
_PREPARE_ATTACK_CAMEO = "150"
# Verbs of consenting or offering whose infinitive or object states what is agreed ("agreed to
# drop its objection", "offered concessions").
_CONSENT = frozenset({"agree", "consent", "offer", "promise", "pledge", "vow"})
# Acts done by both sides at once ("agreed to exchange prisoners") yield nothing to either.
_MUTUAL = frozenset({"exchange", "swap"})
# Verbs that keep a concession in force ("agreed to extend the ceasefire", "pledged to observe
# the truce"): agreeing to them is agreeing to the concession their object names.
_KEEPING = frozenset(
    {"extend", "prolong", "renew", "observe", "respect", "honour", "honor", "maintain", "keep"}
)
_YIELD_INTENT = "035"
# CAMEO quad classes of cooperation (verbal 1, material 2).
_COOPERATIVE_QUADS = frozenset({1, 2})
# What parties promise each other jointly: CAMEO 030, express intent to cooperate.
_AGREEMENT_CAMEO = "030"
_MILITARY_YIELD_INTENT = "0356"
# Yielding done (CAMEO 08) and the intent to yield so (035): easing administrative sanctions,
# popular dissent, releasing persons or property, easing economic sanctions, allowing
# international involvement, de-escalating.
_TRUCE = "0871"
_YIELD_INTENTS = (
    ("081", "0351"),
    ("082", "0352"),
    ("084", "0353"),
    ("085", "0354"),
    ("086", "0355"),
    ("087", _MILITARY_YIELD_INTENT),
)
_DEESCALATE = "087"
# How many complements may lie between an intent word and the action ("ready to start to").
_MAX_CHAIN = 2
# "Jiang will arrive in Pakistan on Wednesday": an arrival or journey told with "will" is a
# visit on a schedule, the visit itself to come (CONSULT, future), not an intent to meet.
_SCHEDULE_AUX = frozenset({"will", "'ll", "shall"})
_TRAVEL = frozenset({"arrive", "travel", "fly", "go", "come", "head", "leave", "tour", "land"})
# "Norway will host the talks": a meeting on the host's calendar is the meeting to come too.
_HOSTING = frozenset({"host", "receive"})
# Both, joined once rather than at every call.
_TRAVEL_OR_HOSTING = _TRAVEL | _HOSTING
# "Brazil will receive a rescue package from the IMF": what a party will receive is the giver's
# act to come, not an intent the receiver states.
_RECEIVING = frozenset({"receive", "get", "obtain"})
# "pledged not to use force", "would never invade": promising to refrain from a conflictual act
# is a commitment to peace (CAMEO 030, PLOVER AGREE: express willingness to end a conflict), not
# a threat.
_REFRAIN_CAMEO = "030"
_NEGATIONS = frozenset({"not", "never", "n't"})
# "will spare no effort to": the idiom's "no" is the strength of the promise, not a refusal.
_SPARING = frozenset({"spare"})
# Intents are what the speaker says now, so they come before the action they announce.
_INTENT_BONUS = 0.02


# "would restart its reactor if Washington did not deliver", "will block the talks unless":
# announcing what one will do to a party that fails to comply is a threat (CAMEO 13), unless
# the act promised is cooperative (a conditional promise stays a promise).
CONDITIONAL_THREAT_CAMEO = "130"
_CONDITION_MARKS = frozenset({"if", "unless"})
_DEFIANCE = frozenset({"fail", "refuse", "continue", "persist", "insist", "go", "keep"})
# "would not allow Russian troops to remain": refusing to permit another's act rejects it, as
# refusing to act until another complies does ("will not return to the table unless").
_PERMITTING = frozenset({"allow", "permit", "let", "tolerate"})
REFUSAL_CAMEO = "120"


def threat_condition(verb: Token, auxiliaries: frozenset[str] = _INTENT_AUX) -> Token | None:
    """The condition of a conditional threat or refusal under a verb told with "will" or
    "would" (or with one of `auxiliaries`): an "unless" clause, or an "if" clause saying the
    other party fails, refuses or persists ("would not resume talks unless" refuses; "would
    restart unless" threatens)."""
    if verb.pos_ != "VERB":
        return None
    if not has_child(verb, ("aux",), auxiliaries):
        return None
    refrained = _is_refrained(verb)
    for clause in verb.children:
        if clause.dep_ != "advcl":
            continue
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"} & _CONDITION_MARKS
        defied = _is_refrained(clause) or clause.lemma_.lower() in _DEFIANCE
        if "unless" in marks or (marks and defied and not refrained):
            return clause
    return None


# "said it might quit the talks if Israel went ahead with", "could pull out of its role as broker
# unless both sides stopped": a hostile act one says one may take on another party's failing to
# comply threatens that party as "would" does (CAMEO 13); "could" alone, with no such
# condition, states no more than a possibility.
_POSSIBLE_AUX = frozenset({"might", "could", "may"})


def _is_conditional_possibility(verb: Token, coding: Coding) -> bool:
    """Whether a hostile act told with "might", "could" or "may" hangs on another party's
    compliance (an "unless" clause, or an "if" clause of its failing, refusing or persisting)."""
    if coding.event not in _THREATEN_CODES or has_child(verb, ("nsubjpass",)):
        return False
    return threat_condition(verb, _POSSIBLE_AUX) is not None


# "will deploy inside Somalia if the militia attacks", "would mobilise if Turkish ships entered
# its waters": forces readied against another's hostile act are a threat, as an "unless" is.
_HOSTILE_ACTS = frozenset(
    {"attack", "enter", "cross", "invade", "strike", "fire", "shell", "violate", "provoke"}
    | {"advance", "declare", "threaten", "harm", "seize", "occupy", "move", "deploy", "expand"}
)


def hostile_condition(verb: Token) -> Token | None:
    """The "if" clause of another party's hostile act under a verb told with "will"/"would"."""
    if not any(c.dep_ == "aux" and c.lower_ in _INTENT_AUX for c in verb.children):
        return None
    for clause in verb.children:
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if clause.dep_ == "advcl" and "if" in marks and clause.lemma_.lower() in _HOSTILE_ACTS:
            return clause
    return None


# "will station troops on the border if Estonia hosts the battery", "will send tanks across the
# border if Syria continues": forces moved on a condition another party is to meet threaten
# military force (CAMEO 138) whatever the condition, save one that invites them ("if asked",
# "if the UN requests it"), which leaves an offer.
_INVITING = frozenset(
    {"ask", "request", "invite", "need", "want", "agree", "approve", "accept", "consent"}
    | {"call", "seek", "authorize", "authorise", "mandate", "require", "wish"}
)
_FORCE_NOUNS = frozenset(
    {"troop", "force", "soldier", "tank", "warship", "warplane", "jet", "army", "unit"}
    | {"artillery", "battalion", "brigade", "division", "marine", "paratrooper", "armour"}
    | {"armor", "missile", "battery", "bomber", "gunboat", "navy", "military"}
)


def forces_condition(verb: Token, event: str) -> Token | None:
    """The "if" or "unless" clause of another party's act under forces moved with "will" or
    "would" (a deployment, or sending troops or tanks), or None."""
    if event != "MOBILIZE" and not any(
        c.dep_ == "dobj" and c.lemma_.lower() in _FORCE_NOUNS for c in verb.children
    ):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in _INTENT_AUX for c in verb.children):
        return None
    destinations = _destinations(verb)
    for clause in verb.children:
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"} & _CONDITION_MARKS
        if clause.dep_ != "advcl" or not marks or clause.lemma_.lower() in _INVITING:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.ent_type_ not in _PARTY_ENTITIES:
            continue  # "if the peace accord collapses": no party is warned
        # "would send tanks to Ukraine if the United States did": forces sent to a third party
        # are aid, not a threat to the one the condition names.
        if destinations and _entity_text(subject) not in destinations:
            continue
        return clause
    return None


_PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG"})
_DESTINATION_PREPS = frozenset({"to", "into"})


def _entity_text(token: Token) -> str:
    """The lower-case text of the named entity a token is part of (or of the token)."""
    for entity in token.doc.ents:
        if entity.start <= token.i < entity.end:
            return entity.text.lower().removeprefix("the ")
    return token.lower_


def _destinations(verb: Token) -> set[str]:
    """The states forces are sent "to" or "into", as their lower-case names."""
    return {
        _entity_text(o)
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in _DESTINATION_PREPS
        for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ == "GPE"
    }


def is_refrained(verb: Token) -> bool:
    """ "would not resume talks": the intended act is negated."""
    return _is_refrained(verb)


def refused_permission(verb: Token) -> Token | None:
    """ "would not allow Soviet units to stay", "refused to let the forces stay": the party
    refused permission (the object or the complement's subject), or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PERMITTING:
        return None
    intended = any(c.dep_ == "aux" and c.lower_ in _INTENT_AUX for c in verb.children)
    if not ((intended and _is_refrained(verb)) or _is_refused(verb)):
        return None
    for child in verb.children:
        if child.dep_ == "dobj":
            return child
        if child.dep_ in ("ccomp", "xcomp"):
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    return None


def _is_intended(verb: Token) -> bool:
    if has_child(verb, ("nsubjpass",)):
        return False  # "talks will be held": nobody's intent is stated
    if has_child(verb, ("aux",), _INTENT_AUX):
        return True
    if _is_continued(verb):
        return True
    return _is_arranged(verb) or _intent_governor(verb) is not None


def _shares_intent_aux(verb: Token) -> bool:
    """ "Nicaragua will bring forward its elections and allow foreign observers": a verb
    conjoined with no subject or auxiliary of its own shares the first conjunct's "will" (used
    for cooperative and yielding acts, which it makes promises)."""
    current = verb
    while current.dep_ == "conj" and current.head.i < current.i:
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in current.children):
            return False
        current = current.head
    return current is not verb and has_child(current, ("aux",), _INTENT_AUX)


def _subject_is_the_event(verb: Token, coding: Coding) -> bool:
    """ "talks would resume", "the negotiations will continue": the subject is the event
    noun the pattern matched, not a party that states what it will do."""
    return any(c.dep_ == "nsubj" and c.i in coding.matched for c in verb.children)


def _is_continued(verb: Token) -> bool:
    """ "will continue to deepen", "would keep working": an act continued with "will"."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in _CONTINUING
        and any(c.dep_ == "aux" and c.lower_ in _INTENT_AUX for c in head.children)
    )


def _is_arranged(verb: Token) -> bool:
    """ "China is to give Nepal 40 trucks", "the troops are to leave by May": "be to" tells an
    arranged act to come, as "will" does."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() == "be"
        and any(c.dep_ == "nsubj" for c in verb.head.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _intent_governor(verb: Token) -> Token | None:
    """The word that governs an intended action through a chain of complements ("prepared to
    resume shelling": "prepared"), or None."""
    current = verb
    if is_intent_noun_clause(verb):
        return verb.head
    stated = _intent_noun_of_purpose(verb) or ruling_out(verb)
    if stated is not None:
        return stated
    for _ in range(_MAX_CHAIN):
        if current.dep_ != "xcomp" and not _delayed_complement(current):
            return None
        current = current.head
        if current.lemma_.lower() in INTENT_GOVERNORS:
            return current
    return None


def _delayed_complement(verb: Token) -> bool:
    """ "refused on Tuesday to let inspectors in", "agreed on Sunday to resume talks": once a
    phrase of time comes between them, the parser hangs the infinitive a verb of intent governs
    as an adverbial clause. A governor with an object of its own ("sought the good offices of
    the OAS on Sunday to resolve the quarrel") takes the infinitive as its purpose instead."""
    return (
        verb.dep_ == "advcl"
        and verb.head.lemma_.lower() in INTENT_GOVERNORS
        and not has_child(verb.head, ("dobj",))
        and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
        and any(
            c.dep_ in ("prep", "npadvmod") and verb.head.i < c.i < verb.i
            for c in verb.head.children
        )
    )


# "would not take part in a joint venture", "will participate in the talks": an event noun one
# takes part in is told by the verb of taking part, whose "will" or "not" states the intent or
# the refusal (CAMEO 12 by the kind of act, as "refused to hold talks" is).
_PARTICIPATING = frozenset({"participate", "take", "join", "engage"})
_PARTICIPATION_PREPS = frozenset({"in"})


def _participation_verb(trigger: Token) -> Token | None:
    """The verb of taking part whose "in" phrase holds an event noun, or None."""
    preposition = trigger.head
    if trigger.dep_ != "pobj" or preposition.lower_ not in _PARTICIPATION_PREPS:
        return None
    verb = preposition.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PARTICIPATING:
        return None
    if verb.lemma_.lower() == "take" and not has_child(verb, ("dobj",), frozenset({"part"})):
        return None  # "take part in", not "took an interest in"
    return verb


# "open to talks", "receptive to a ceasefire": an adjective of willingness whose "to" phrase is a
# cooperative act states the intent to take part in it (CAMEO 03), as "willing to" does.
_OPEN_ADJECTIVES = frozenset({"open", "receptive", "amenable"})


def _is_open_to(trigger: Token) -> bool:
    """Whether an event noun is the "to" phrase of an adjective of willingness."""
    preposition = trigger.head
    if trigger.dep_ != "pobj" or preposition.lower_ != "to":
        return False
    adjective = preposition.head
    return adjective.pos_ == "ADJ" and adjective.lemma_.lower() in _OPEN_ADJECTIVES


def intent_governor(trigger: Token) -> Token | None:
    """The word that states the intent or refusal of a trigger's action ("refused" of "refused
    to withdraw", "vowed" of "vowed to attack the town"), or None."""
    verb = trigger.head if trigger.dep_ == "dobj" else trigger
    return _intent_governor(verb) if verb.pos_ == "VERB" else None


def _intent_noun_of_purpose(verb: Token) -> Token | None:
    """ "made an offer to Egypt on Sunday to hold talks": the parser hangs the noun's infinitive
    on the stating verb once a phrase comes between them; it still states what is offered."""
    if verb.dep_ != "advcl" or not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return None
    stating = verb.head
    if stating.lemma_.lower() not in _OFFERING_VERBS:
        return None
    return next(
        (c for c in stating.children if c.dep_ == "dobj" and c.lemma_.lower() in INTENT_NOUNS),
        None,
    )


def is_intent_noun_clause(verb: Token) -> bool:
    """ "announced plans to lift the curfew", "made a commitment to ease restrictions": an
    infinitive stating what a noun of intent its subject states intends."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and noun.lemma_.lower() in INTENT_NOUNS
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in _STATING_VERBS
        and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
    )


def _is_scheduled_journey(verb: Token) -> bool:
    """ "will arrive on Sunday", "will go to Moscow": a journey told only with "will" (a
    traveller's own "said he would travel" states an intent)."""
    if verb.lemma_.lower() not in _TRAVEL_OR_HOSTING or _intent_governor(verb) is not None:
        return False
    children = list(verb.children)
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _SCHEDULE_AUX for c in children)


def _is_refrained(verb: Token) -> bool:
    """ "would not use force", "vowed never to attack", "would launch no attacks": the intended
    act is negated ("will spare no effort" promises the most)."""
    if verb.lemma_.lower() in _SPARING:
        return False
    for child in verb.children:
        if child.dep_ == "neg" and child.lower_ in _NEGATIONS:
            return True
        if child.dep_ == "dobj" and any(d.lower_ == "no" for d in child.children):
            return True
    return False


def withholds_aid(verb: Token) -> bool:
    """Whether a verb's object is money or aid ("would not pay out the recovery funds")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _AID_GOODS for c in verb.children)


def _is_refused(verb: Token) -> bool:
    governor = _intent_governor(verb)
    return governor is not None and (governor.lemma_.lower() in _REFUSING or rules_out(governor))


def _is_preparation(verb: Token) -> bool:
    governor = _intent_governor(verb)
    return governor is not None and governor.lemma_.lower() in _PREPARE_WORDS


def intent_coding(trigger: Token, coding: Coding) -> Coding | None:
    """The AGREE or THREATEN coding of an announced action, or None when it is no intent.

    The trigger is the action's verb, or an event noun that is its object ("will extend the
    curfew").
    """
    if _is_open_to(trigger) and coding.event in _AGREE_CODES:
        # "said he was open to talks with Israel": a willingness to meet, not a meeting.
        event = "CONCEDE" if coding.event in _YIELDING else "AGREE"
        return _recoded(
            coding, event, _intent_code(coding), confidence=coding.confidence + _INTENT_BONUS
        )
    verb = _participation_verb(trigger) or (trigger.head if trigger.dep_ == "dobj" else trigger)
    # A conjunct shares the first's "will" for a promise; a hostile act so announced is read
    # where the first conjunct's decision is ("would expel 60 diplomats and close the consulate").
    shared = coding.quad_class in _COOPERATIVE_QUADS and _shares_intent_aux(verb)
    possible = verb.pos_ == "VERB" and _is_conditional_possibility(verb, coding)
    if verb.pos_ != "VERB" or not (_is_intended(verb) or shared or possible):
        return None
    if _subject_is_the_event(verb, coding):
        return None  # "talks will resume": the meeting to come, no party's intent
    # "will draw $500 million from a World Bank credit line": aid the subject is to take (a
    # reversed pattern) is the giver's act to come, as receiving is.
    if coding.event == "AID" and (verb.lemma_.lower() in _RECEIVING or coding.reverse):
        return None
    if coding.event == "CONSULT" and (_is_scheduled_journey(verb) or _is_arranged(verb)):
        return None  # "is to meet business leaders next week": the meeting itself, to come
    if _is_refused(verb):
        event = "REJECT"
        cameo = _refusal_code(coding) if coding.event in _REFUSAL_CODES else _REJECT_CAMEO
    elif (
        (coding.event == "MOBILIZE" or forces_condition(verb, coding.event) is not None)
        and (
            threat_condition(verb) is not None
            or hostile_condition(verb) is not None
            or forces_condition(verb, coding.event) is not None
        )
        and not _is_refrained(verb)
    ):
        event, cameo = "THREATEN", _THREATEN_CODES["ASSAULT"]  # "would send troops unless"
    elif (
        coding.event == "REJECT"
        and verb.lemma_.lower() not in _REFUSING
        and _is_conditional(verb)
        and not _is_refrained(verb)
    ):
        # "would veto the resolution unless it condemns": a rejection held over another
        # party's act threatens it (CAMEO 13), as any act promised on such a condition does.
        event, cameo = "THREATEN", CONDITIONAL_THREAT_CAMEO
    elif coding.event == "ASSAULT" and _is_preparation(verb):
        event, cameo = "MOBILIZE", _PREPARE_ATTACK_CAMEO
    elif coding.event == "AID" and _is_refrained(verb) and threat_condition(verb) is not None:
        # "will not release the loan unless Kyiv passes the law": aid held back until another
        # complies threatens to stop it (CAMEO 1311, under 131), not a mere refusal.
        event, cameo = "THREATEN", WITHHELD_AID_CAMEO
    elif coding.event in _REFUSAL_CODES and _is_refrained(verb):
        event, cameo = "REJECT", _refusal_code(coding)
    elif coding.cameo.startswith(_REFORM_CAMEO) and not _hands_power(verb, coding):
        event, cameo = "AGREE", _REFORM_INTENT_CAMEO
    elif coding.event == "SUPPORT" and (
        verb.lemma_.lower() in _BACKING or coding.cameo.startswith(_DIPLOMATIC_CAMEO)
    ):
        event, cameo = "AGREE", _BACKING_INTENT_CAMEO
    elif coding.cameo.startswith(_SIGNING_CAMEO) and _intent_governor(verb) is not None:
        event, cameo = "AGREE", _SIGNING_INTENT_CAMEO
    elif coding.event in _AGREE_CODES:
        event = "CONCEDE" if coding.event in _YIELDING else "AGREE"
        cameo = _intent_code(coding)
    elif coding.event in _THREATEN_CODES and _is_refrained(verb):
        event, cameo = "AGREE", _REFRAIN_CAMEO
    elif coding.event == "SANCTION" and drops_dealers(verb):
        return None  # "plans to close 300 dealerships": the cut itself, to come
    elif coding.event in _THREATEN_CODES:
        event, cameo = "THREATEN", _THREATEN_CODES[coding.event]
    else:
        return None
    return _recoded(coding, event, cameo, confidence=coding.confidence + _INTENT_BONUS)


def _is_conditional(verb: Token) -> bool:
    """Whether an act told with "will" or "would" hangs on an "if" or "unless" clause."""
    if not any(c.dep_ == "aux" and c.lower_ in _INTENT_AUX for c in verb.children):
        return False
    # "will refuse if the EU asks": a request answered is a stance, no threat.
    return any(
        clause.dep_ == "advcl"
        and clause.lemma_.lower() not in _INVITING
        and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in clause.children)
        for clause in verb.children
    )


def _hands_power(verb: Token, coding: Coding) -> bool:
    """ "hand over power", "restore civilian rule": the act gives power to others."""
    if coding.cameo == _REGIME_CHANGE_CAMEO:
        return True
    doc = verb.doc
    matched = (doc[i].lemma_.lower() for i in coding.matched)
    return coding.cameo == _LEADERSHIP_CHANGE_CAMEO and any(w in _POWER_WORDS for w in matched)


def _refusal_code(coding: Coding) -> str:
    """The CAMEO code of refusing an act: declining to de-escalate for a military retreat."""
    if coding.cameo.startswith(_DEESCALATE):
        return _MILITARY_REFUSAL
    return _REFUSAL_CODES[coding.event]


# Verbs that only say someone acts, whose infinitive of purpose names the act.
_ACTING_VERBS = frozenset({"act", "move", "do", "work"})


def demand_speaker_verb(verb: Token) -> Token | None:
    """For "X said Y must act" ("Y must be ready") and "X expressed the view that Y should
    act", the verb whose subject demands; else None."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "conj" and not has_child(verb, ("aux", "nsubj")):
        verb = verb.head  # "should stop the violence and return to dialogue": one demand
    if is_purpose_of_acting(verb):
        verb = verb.head  # "must act to stop the incursions": the act demanded is the purpose
    if is_obligation_to_act(verb):
        verb = verb.head  # "told the generals that they had to step down": as "must" does
    elif not has_child(verb, ("aux",), _DEMAND_AUX):
        return None
    if verb.dep_ == "ccomp":
        return verb.head
    view = verb.head
    if verb.dep_ == "acl" and view.lemma_.lower() in _VIEW_NOUNS and view.dep_ == "dobj":
        return view.head  # "expressed the view that Israel should allow aid"
    return None


def is_obligation_to_act(verb: Token) -> bool:
    """ "that Iraq has to pull its forces back", "that they had to step down": an infinitive
    under "have" states an obligation, as "must" does; "had to" in a story's own narration is
    no demand, so only a clause a speaker's verb before it governs counts (see
    `demand_speaker_verb`)."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() == "have"
        and head.dep_ == "ccomp"
        # "the Commission had to start proceedings, a spokesman said": a trailing attribution
        # reports what a party was made to do; a demand is told before its clause.
        and head.head.i < head.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in ("dobj", "aux") for c in head.children)
    )


def is_purpose_of_acting(verb: Token) -> bool:
    """ "the council must act to stop the incursions": an infinitive of purpose under a verb
    that only says someone acts."""
    return (
        verb.dep_ in ("xcomp", "advcl")
        and verb.head.lemma_.lower() in _ACTING_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def is_intent_frame(verb: Token, codings: dict[int, Coding]) -> bool:
    """ "prepared to resume shelling", "vowed to attack", "announced plans to lift": the
    governor only states the intent of a trigger below it, whose intent reading (AGREE or
    THREATEN) is the event."""
    doc = verb.doc
    governors = {verb.i} if verb.lemma_.lower() in INTENT_GOVERNORS else set()
    own = codings.get(verb.i)
    if own is not None:
        # "announced plans to lift the curfew": the noun of intent the verb's pattern took.
        governors |= {i for i in own.matched if doc[i].lemma_.lower() in INTENT_NOUNS}
    if verb.pos_ != "VERB" or not governors:
        return False
    return any(
        (governor := _intent_governor(doc[i])) is not None
        and governor.i in governors
        and intent_coding(doc[i], coding) is not None
        for i, coding in codings.items()
        if i != verb.i
    )


def demand_coding(coding: Coding) -> Coding:
    """The REQUEST coding of a demanded action."""
    return _recoded(coding, "REQUEST", DEMAND_CAMEO, confidence=coding.confidence + _INTENT_BONUS)


def agreed_concession(verb: Token, coding: Coding, codings: dict[int, Coding]) -> Coding | None:
    """ "Turkey agreed to drop its veto", "Israel agreed to withdraw", "offered concessions":
    agreeing to or offering a concession or a withdrawal is the concession (PLOVER CONCEDE is
    verbal, and a promised withdrawal is CONCEDE too), so the agreement takes a CONCEDE coding;
    else None."""
    if coding.event != "AGREE" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _CONSENT:
        return None
    for child in verb.children:
        inner = codings.get(child.i)
        if inner is None or inner.event not in _YIELDING or child.lemma_.lower() in _MUTUAL:
            continue
        if child.dep_ == "xcomp" or (child.dep_ == "dobj" and child.pos_ == "NOUN"):
            return _conceded(inner, coding)
    kept = _kept_concession(verb, codings)
    if kept is not None:
        return _conceded(kept, coding)
    # "agreed to concessions": the object of "to".
    for preposition in verb.children:
        if preposition.dep_ != "prep" or preposition.lower_ != "to":
            continue
        for noun in preposition.children:
            inner = codings.get(noun.i)
            if noun.dep_ == "pobj" and inner is not None and inner.event == "CONCEDE":
                return _conceded(inner, coding)
    return None


def _kept_concession(verb: Token, codings: dict[int, Coding]) -> Coding | None:
    """ "agreed to extend a temporary ceasefire": the concession (CONCEDE) an infinitive of
    keeping it in force takes as its object, else None."""
    for child in verb.children:
        if child.dep_ != "xcomp" or child.lemma_.lower() not in _KEEPING:
            continue
        for obj in child.children:
            inner = codings.get(obj.i)
            if obj.dep_ == "dobj" and inner is not None and inner.event == "CONCEDE":
                return inner
    return None


def pattern_agreement(verb: Token, coding: Coding) -> Coding | None:
    """ "Armenia and Azerbaijan agreed to a ceasefire": a verb of consent whose own pattern
    names the concession is coded CONCEDE by the lexicon; the AGREE coding returned here is
    what parties agreeing together make of it (CAMEO 030), as for `agreed_concession`."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CONSENT or coding.event != "CONCEDE":
        return None
    return _recoded(coding, "AGREE", _AGREEMENT_CAMEO)


def _conceded(inner: Coding, agreement: Coding) -> Coding:
    """The CONCEDE coding of agreeing to a yielding act: an intent to yield, under the CAMEO
    035 code of the kind of yielding (0351 easing restrictions, 0353 releasing, 0356 military
    de-escalation, ...), whether the act is a concession or a retreat, which PLOVER only codes
    once it happens. An intent already coded (035...) stays as it is, and so does a truce
    (0871), which CAMEO's own patterns code as declared once it is agreed to."""
    if inner.cameo.startswith((_YIELD_INTENT, _TRUCE)):
        return replace(inner, confidence=agreement.confidence, matched=agreement.matched)
    cameo = _yield_intent(inner.cameo)
    return _recoded(
        inner, "CONCEDE", cameo, confidence=agreement.confidence, matched=agreement.matched
    )


def _yield_intent(done: str) -> str:
    """The CAMEO intent to yield (035...) of the kind of a yielding act (08...)."""
    return next((intent for kind, intent in _YIELD_INTENTS if done.startswith(kind)), _YIELD_INTENT)


def _intent_code(coding: Coding) -> str:
    """The CAMEO code of intending an act: of its kind for a yielding one, else its type's."""
    if coding.event in _YIELDING and not coding.cameo.startswith(_YIELD_INTENT):
        return _yield_intent(coding.cameo)
    return _AGREE_CODES[coding.event]


def _recoded(coding: Coding, event: str, cameo: str, **changes: Any) -> Coding:
    """A coding read as another event and CAMEO code: the mode is the new event's to find,
    and the actor acts (no reversed verb carries over)."""
    return replace(
        coding,
        event=event,
        mode=None,
        cameo=cameo,
        quad_class=quad_class(cameo),
        reverse=False,
        **changes,
    )
