"""Trigger lexicon: which words announce an event, and which CAMEO/PLOVER code they carry.

Verbs come from the CAMEO verb dictionary (default code per lemma, plus patterns of object and
preposition words checked among the verb's dependents); event nouns ("talks", "deployment",
"sanctions") and a few verbs the dictionary leaves without a default come from a hand-written
supplement. Codes map to PLOVER through the CAMEO→PLOVER table; the mode is refined by cue words.
"""

from __future__ import annotations

import json
from collections.abc import Container
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Token

from dyads.stages.accepted_mediation import (
    ACCEPTED_MEDIATION_CAMEO,
    CONSENTING_VERBS,
    lets_party_mediate,
)
from dyads.stages.acting_participles import is_acting_participle
from dyads.stages.asked_questions import ASKING_VERBS, is_question
from dyads.stages.carried_messages import CARRYING_VERBS, carried_document, carried_message
from dyads.stages.charge_predicates import names_a_charge
from dyads.stages.collapsed_events import has_collapsed
from dyads.stages.deadline_demands import deadline_demand
from dyads.stages.demanded_leadership import demanded_leadership_change
from dyads.stages.demanded_relief import demanded_relief
from dyads.stages.doc_utils import parse_table, preposition_objects, token_table
from dyads.stages.dropped_dealers import announces_dealer_cut
from dyads.stages.encouraged_acts import APPEAL_CAMEO, ENCOURAGING_VERBS, encourages_an_act
from dyads.stages.invited_acts import INVITING_VERBS, invites_an_act
from dyads.stages.named_wrongs import is_named_wrong
from dyads.stages.naming_predicates import (
    as_predicate,
    small_clause_predicate,
    trailing_adjective,
)
from dyads.stages.opened_places import OPENED_PLACE_CAMEO, OPENING_VERBS, opens_place_to_party
from dyads.stages.protest_purposes import PROTEST_FORM_CAMEOS, done_to_protest
from dyads.stages.recourse import RECOURSE_CAMEO, RECOURSE_VERBS, turns_to_party_for
from dyads.stages.refused_dealings import DEALING_VERBS, REFUSED_DEALINGS_CAMEO, refuses_dealings
from dyads.stages.retaliation_kinds import (
    ANSWERABLE_TYPES,
    answered_act,
    is_in_kind,
    retaliation_in_kind_of,
)
from dyads.stages.stated_feelings import FEELING_VERBS, stated_feeling
from dyads.stages.taken_in import TAKEN_IN_CAMEO, TAKING_VERBS, takes_in_person
from dyads.stages.talks_to import CONSULT_CAMEO, TALKING_VERBS, talks_to_party
from dyads.stages.timed_objects import is_object_after_time_phrase, is_time_phrase
from dyads.stages.transfer_goods import (
    MILITARY_AID,
    TransferGoods,
    goods_words,
    hands_arms_to_state,
    is_country_name,
    misread_indirect_object,
)
from dyads.stages.trigger_blocs import bloc_words
from dyads.stages.trigger_collisions import COLLISION_CAMEO, is_collision_at_sea
from dyads.stages.trigger_defeats import DEFEAT_CAMEO, admits_own_defeat
from dyads.stages.trigger_expected_outcomes import within_expected_outcome
from dyads.stages.trigger_headlines import headline_lemmas, is_headline_verb
from dyads.stages.trigger_lemmas import doc_lemma_set, lemma_of, word_index
from dyads.stages.trigger_lifted_halts import (
    HALT_NOUNS,
    HALTED_PREPS,
    is_lifted_halt,
    lifted_halt_of,
)
from dyads.stages.trigger_markets import is_market_move
from dyads.stages.trigger_media_outlets import censored_outlet_or
from dyads.stages.trigger_misread_nouns import (
    is_gerund_modifier,
    is_misread_conjoined_verb,
    is_misread_event_noun,
)
from dyads.stages.trigger_orders import RETREAT_CAMEO, orders_own_forces_out
from dyads.stages.trigger_peacekeeping import peacekeeping_or
from dyads.stages.trigger_relief_missions import relief_mission_or
from dyads.stages.trigger_results import leaves_in_a_state
from dyads.stages.trigger_senses import (
    Sense,
    SenseLexicon,
    is_hostless_journey,
    noun_sense,
    refused_acceptance,
    returned_to_party,
    verb_sense,
)
from dyads.stages.trigger_sports import is_players_contract, is_sports_clash, is_sports_play
from dyads.stages.trigger_strikes import (
    STRIKE_CAMEO,
    called_strike,
    is_labour_strike_noun,
    is_workers,
    matched_strike_code,
    strike_among_workers,
    strike_words,
)
from dyads.stages.trigger_training_missions import training_mission_or
from dyads.stages.trigger_weighed_requests import has_maker
from dyads.stages.ultimatums import (
    ULTIMATUM_CAMEO,
    is_ultimatum_demand,
    is_ultimatum_penalty,
    sets_deadline,
)
from dyads.stages.unwelcome_envoys import DECLARING_VERBS, UNWELCOME_CAMEO, declares_unwelcome

# CAMEO's quad class of material conflict (fighting, coercion, mobilisation).
_MATERIAL_CONFLICT = 4
# Prefixes that turn a word against what it names ("anti-aircraft", "anti-government").
_OPPOSING_PREFIXES = frozenset({"anti", "non"})
# Nouns that only count the people their "of" phrase names ("hundreds of peacekeepers").
_PEOPLE_COUNTS = frozenset({"hundred", "thousand", "dozen", "score", "million", "handful"})
# Relative pronouns ("that" is often tagged a preposition).
_RELATIVE_WORDS = frozenset({"that", "which", "whom", "who"})
# Prepositions whose gerund dates the verb's event by another act ("after violating the law"):
# the gerund's words complete none of the verb's patterns.
_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "following", "upon", "while"})
# Dependents whose words can complete a verb pattern (objects, particles, prepositional phrases).
_ARG_DEPS = frozenset(
    {"dobj", "dative", "prep", "prt", "agent", "attr", "oprd", "acomp", "npadvmod", "pobj", "appos"}
)
# Adverbs the parser gives where a phrasal verb has a particle ("pulled back", "walked out",
# "worked together", "talks fell apart"), and resultative adjectives it tags as adverbs ("set
# free").
_PARTICLE_ADVERBS = frozenset(
    {"back", "out", "off", "down", "up", "away", "over", "in", "free", "loose", "together"}
    | {"home", "aside", "apart"}
)
# Prepositions that name what talks are about ("stalled over the sharing of oil revenue").
_TOPIC_PREPS = frozenset({"over", "on", "about"})
# Headline verbs that only say an event begins or resumes ("Peace Talks Open In Geneva").
_HEADLINE_ONSETS = frozenset({"open", "begin", "start", "resume", "reopen", "convene"})
# Aid an adjective pattern word only qualifies ("military aid", "military equipment"): no
# troops or forces are sent.
_AID_KINDS = frozenset(
    {"aid", "assistance", "help", "support", "package", "supplies", "equipment", "hardware"}
    | {"funding", "loan", "grant", "credit"}
)
# A pattern word that only names what kind of building or place the verb's object is
# ("attacked government buildings", "a centre in the border town") is not the object.
# Nouns of agreements and talks, whose modifier says what they are about ("suspended its trade
# agreement" suspends the agreement, not trade).
_DEAL_NOUNS = frozenset(
    {"agreement", "accord", "deal", "pact", "treaty", "talks", "negotiation", "negotiations"}
)
_PLACE_NOUNS = frozenset(
    {"building", "office", "headquarters", "town", "city", "village", "area", "region", "zone"}
    | {"district", "province", "post", "station", "point", "crossing", "facility", "site"}
    | {"centre", "center", "street", "road", "bridge", "market", "house", "home", "school"}
    | {"factory", "plant", "port", "airport", "base", "compound", "residence", "premises"}
    | {"camp", "shelter", "hostel", "hospital", "clinic", "orphanage", "barracks"}
)
# Names the model tags as no place ("entered Talks" is no entry).
_NOT_PLACE_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "EVENT", "LAW", "WORK_OF_ART", "DATE"})
_COMPASS_WORDS = frozenset(
    {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west"}
    | {"northeastern", "northwestern", "southeastern", "southwestern"}
)
# Handing over or returning people, which is extradition when they are wanted for a crime.
_HANDED_BACK_CAMEOS = frozenset({"0842", "0841"})
_EXTRADITION_CAMEO = "063"
# Participles saying people are wanted for, or charged with, a crime ("a trafficker convicted
# of murder", "men suspected of smuggling").
_CRIME_PARTICIPLES = frozenset(
    {"wanted", "sought", "accused", "suspected", "convicted", "charged", "indicted"}
)
# "handed Hong Kong to China", "handed the suspects to Thai police": a handing verb with a party
# to hand to reads as "handed over"; what the bare handover pattern gives needs a place or
# control handed, not a letter or a note ("handed a letter to the envoy" is no handover).
_HANDING_VERBS = frozenset({"hand"})
_HANDING_PARTICLES = frozenset({"over", "back", "down", "out", "in", "off", "up", "round"})
_HANDED_OVER = "over"
_HANDED_PLACES = frozenset(
    {"control", "territory", "town", "city", "region", "province", "area", "base", "airport"}
    | {"port", "land", "enclave", "zone", "district", "village", "island", "building", "keys"}
    | {"compound", "sovereignty", "administration", "colony", "garrison", "barracks", "post"}
)
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# People handed over whom their words describe as taken are captives freed (CAMEO 0841): "handed
# the kidnapped aid workers to the Red Cross" hands over people, not aid.
_CAPTIVE_MARKS = frozenset({"kidnapped", "abducted", "captured", "seized", "held", "detained"})
_RELEASE_CAMEO = "0841"
# Places armed forces enter besides named ones ("entered the town", "entered the capital").
_ENTERED_PLACES = _PLACE_NOUNS | frozenset({"territory", "capital", "country", "enclave", "valley"})
# Verbs that finalise an agreement: PLOVER codes signing or ratifying one as SUPPORT, whatever
# it is about (CAMEO codes some as intents to cooperate).
_SIGNING_VERBS = frozenset({"sign", "ratify", "initial"})
_SIGN_CAMEO = "057"
_AGREEMENT_NOUNS = frozenset(
    {"agreement", "treaty", "accord", "pact", "deal", "protocol", "convention", "memorandum"}
)
_MAX_DEPTH = 12
# Verbs of naming whose other uses are events of their own ("declared a blockade").
_NAMING_WITH_OWN_EVENTS = frozenset({"declare"})
# Prepositions of the circumstances of an act, never of its object or goal.
# Prepositions of an earlier event ("after talks"), which completes no pattern of travel.
_EARLIER_PREPS = frozenset({"after", "following", "since"})
_CIRCUMSTANCE_PREPS = frozenset({"during", "amid", "amidst", "despite", "throughout", "following"})
# Nouns of "in response to", "in reaction to", "in answer to", "in reply to": the phrase says what
# an act answers, so its words complete none of the act's patterns.
_ANSWER_NOUNS = frozenset({"response", "reaction", "answer", "reply"})
# Nouns of "in return for", "in exchange for": the phrase names the price asked for the act
# ("grant autonomy in return for recognition"), no part of the act.
_PRICE_NOUNS = frozenset({"return", "exchange"})
# Both, joined once rather than at every call.
_ANSWER_OR_PRICE_NOUNS = _ANSWER_NOUNS | _PRICE_NOUNS
# Verbs whose passive with "with" tells how something was received ("met with protests").
_RECEPTION_VERBS = frozenset({"meet", "greet"})
# Prepositions by which what is mourned hangs on a verb of mourning ("paid tribute to", "mourned
# for"); an event noun in another phrase of the verb ("on a visit to") is no part of it.
_MOURNED_PREPS = frozenset({"to", "for", "of"})
# Links by which what a verb of weighing weighs hangs below it ("considering sanctions",
# "studying whether to relax the rules", "weighing the lifting of the ban").
_WEIGHED_LINKS = frozenset({"dobj", "xcomp", "ccomp", "pobj", "prep", "pcomp", "compound", "conj"})
# Phrases that aim sanctions at a party ("sanctions against Belarus", "an embargo on Iran").
_TARGET_PREPS = frozenset({"against", "on"})
# Sanctions, embargoes (CAMEO 163, which PLOVER may code as a coercive restriction).
_SANCTIONS_CAMEO = "163"
# The code of declaring a halt ("a moratorium on military operations") on fighting: the
# codebook's declared ceasefire (CONCEDE), not yet the de-escalation a halted verb reports.
_DECLARED_HALTS = {"ASSAULT": "0871"}
# Nouns whose infinitive names a planned event: ending one ends that event ("suspended plans to
# impose a curfew" eases the restriction, CAMEO 081).
_PLAN_NOUNS = frozenset({"plan", "proposal", "decision", "move", "bid", "order", "programme"})
# Verbs of forcing whose subject is a circumstance rather than a party ("floods forced
# villagers to leave", "the airline was forced to cancel flights") code no coercion.
_FORCING_VERBS = frozenset({"force", "compel", "oblige", "drive"})
# Causes that strike or hit without anyone acting ("a storm hit the coast").
_NATURAL_CAUSES = frozenset(
    {"flood", "storm", "weather", "snow", "rain", "fire", "earthquake", "drought", "hurricane"}
    | {"famine", "epidemic", "outbreak", "typhoon", "cyclone", "tsunami", "quake", "crisis"}
    | {"meltdown", "recession", "downturn", "slump", "inflation", "blackout", "heatwave"}
)
# Verbs of harm, and accidents and natural causes that do harm without anyone acting.
_HARM_VERBS = frozenset({"kill", "injure", "wound", "hurt", "destroy", "damage", "flatten"})
_ACCIDENTS = _NATURAL_CAUSES | frozenset(
    {"accident", "crash", "collision", "landslide", "mudslide", "avalanche", "derailment"}
    | {"stampede", "blaze", "wildfire", "eruption", "tornado", "storm", "heat", "cold", "virus"}
    | {"disease", "cholera", "malaria", "capsizing", "sinking", "lightning"}
    # Industrial accidents: "a gas leak at a chemical plant killed thousands".
    | {"leak", "spill", "meltdown", "malfunction"}
)
_ACCIDENT_VERBS = frozenset(
    {"crash", "capsize", "sink", "derail", "collapse", "overturn", "plunge", "founder", "collide"}
)
# Modifiers that belong to the noun they name ("martial law", "trade sanctions").
_NAME_MODS = frozenset({"amod", "compound"})
# Marks of a clause that says when harm came about ("killed when the bus overturned").
_ACCIDENT_MARKS = frozenset({"when", "as"})
# Nouns of fighting that sports reports use for games ("Sunday's clash with Rangers").
_CONTEST_NOUNS = frozenset({"clash", "battle", "showdown", "rout"})
# Relative pronouns ("who", "that", "which").
_RELATIVE_TAGS = frozenset({"WP", "WDT"})
# Nouns that count events ("a wave of strikes", "a series of attacks").
_EVENT_COUNTS = frozenset({"series", "wave", "spate", "string", "round", "rash", "flurry", "spree"})
# "the first tranche of EU aid arrived": parts of aid paid or sent count it too.
_EVENT_COUNTS |= frozenset({"tranche", "instalment", "installment", "consignment", "batch"})
_CIRCUMSTANCES = _NATURAL_CAUSES | frozenset(
    {"pressure", "shortage", "lack", "problem", "illness", "debt", "cost", "fear"}
    | {"fighting", "violence", "war", "conflict", "tension", "unrest", "strike", "insecurity"}
    | {"situation", "circumstance", "collapse"}
    # "months of shelling forced the rebels to surrender": the act forced is what the news
    # reports; the attack that caused it is coded where it is told as an act of its own.
    | {"shelling", "bombing", "bombardment", "siege", "blockade", "airstrike", "offensive"}
)
# Clauses below an argument belong to other predicates: their words do not complete a pattern.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "conj", "xcomp", "parataxis"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
# Verbs whose object the parser often makes the subject of the clause they govern ("allowed
# inspectors to enter", "helped Australia tackle smuggling"): that subject is their object.
RAISING_VERBS = frozenset({"allow", "permit", "let", "help", "assist", "enable", "force"})
_NOT_PREDICATE_DEPS = frozenset({"prep", "amod", "compound", "nmod"})
# Confidence: a verb's default code, per matched pattern word, an event noun.
VERB_CONFIDENCE = 0.6
PATTERN_WORD_BONUS = 0.04
# An ultimatum states demand and penalty: it outranks the verb of telling that carries it.
_ULTIMATUM_BONUS = 0.2
# A penalty noun whose verb the parser read as its modifier ("or face prosecution") lies a clause
# deeper than the penalty verb would: it gets back the salience of the clause near the main one.
_MISREAD_PENALTY_BONUS = 0.05
NOUN_CONFIDENCE = 0.45
# Aid codes the goods given can make specific (military, humanitarian, economic).
_REFINABLE_AID = frozenset({"070", "071", "073"})
# Arms laid down by handing them over (CAMEO 0873), unless a state is given them.
_DISARM_CAMEO = "0873"

# PLOVER type, mode and contexts of a CAMEO code.
PloverCoding = tuple[str, str | None, tuple[str, ...]]
# The PLOVER context names the CAMEO→PLOVER table may use.
PLOVER_CONTEXTS = frozenset(
    {
        "diplomatic",
        "military",
        "economic",
        "legal",
        "political_institutions",
        "executive",
        "humanitarian",
        "peacekeeping",
        "intelligence",
        "human_rights",
        "rights_freedoms",
        "democracy",
        "pro_autocracy",
        "human_security",
        "cbrn",
        "religion_ethnicity",
        "crime",
        "corruption",
        "asylum",
    }
)

# Cue words (lemmas) that name a PLOVER mode; the first mode whose cue is near the trigger wins.
_MODE_CUES: dict[str, dict[str, frozenset[str]]] = {
    "CONSULT": {
        "phone": frozenset({"phone", "telephone", "call", "videoconference", "video", "virtual"}),
        "visit": frozenset({"visit", "trip", "host", "arrive", "travel"}),
        "multilateral": frozenset({"multilateral", "summit"}),
    },
    "ASSAULT": {
        "suicide-attack": frozenset({"suicide"}),
        "drone": frozenset({"drone", "uav"}),
        "aerial": frozenset({"airstrike", "air", "aircraft", "jet", "warplane", "bomber"}),
        "explosives": frozenset({"bomb", "ied", "explosive", "landmine", "mine", "bombing"}),
        "heavy-weapons": frozenset({"artillery", "shell", "shelling", "tank", "rocket", "mortar"}),
        "firearms": frozenset({"gun", "shoot", "gunfire", "rifle", "gunman", "gunmen", "shot"}),
        "abduct": frozenset({"abduct", "kidnap", "kidnapping", "hostage"}),
        "assassinate": frozenset({"assassinate", "assassination"}),
        "massacre": frozenset({"massacre"}),
        "torture": frozenset({"torture"}),
        "crowd-control": frozenset({"tear", "teargas", "cannon"}),
        "destroy": frozenset({"destroy", "demolish"}),
        "execute": frozenset({"execute", "execution"}),
    },
    "PROTEST": {
        "hunger": frozenset({"hunger"}),
        "riot": frozenset({"riot", "rioter", "loot"}),
        "strike": frozenset({"strike", "walkout", "worker", "union"}),
        "boycott": frozenset({"boycott"}),
        "obstruct": frozenset({"blockade", "block", "barricade"}),
        "demo": frozenset({"protest", "demonstration", "rally", "march", "demonstrator"}),
    },
    # What a threat threatens, where CAMEO's codes of threats have no such kind ("threatened to
    # arrest the opposition leader", "to extend their blockade of the capital").
    "THREATEN": {
        "restrict": frozenset({"blockade", "curfew", "siege"}),
        "arrest": frozenset({"arrest", "detain", "imprison"}),
        "ban": frozenset({"outlaw"}),
    },
    "COERCE": {
        "withhold": frozenset({"internet", "electricity", "blackout", "fuel"}),
        "censor": frozenset({"website", "newspaper", "censor", "censorship", "broadcaster"}),
    },
    "MOBILIZE": {
        "police": frozenset({"police", "policeman"}),
        "militia": frozenset({"militia", "militiaman"}),
        "weapons": frozenset(
            {"missile", "weapon", "warship", "nuclear", "destroyer", "frigate", "submarine"}
            | {"corvette", "carrier"}
        ),
        "troops": frozenset({"troop", "soldier", "army", "force", "battalion", "brigade"}),
    },
}

# Cue words of modes that name the act itself rather than the weapon: said by the trigger
# ("gunmen kidnapped", "a bomber assassinated"), they beat an instrument named around it.
_ACT_MODE_CUES = (
    _MODE_CUES["ASSAULT"]["abduct"]
    | _MODE_CUES["ASSAULT"]["assassinate"]
    | _MODE_CUES["ASSAULT"]["massacre"]
    | _MODE_CUES["ASSAULT"]["torture"]
    | _MODE_CUES["ASSAULT"]["execute"]
)

# Cue words that add a context to the table's one.
_CONTEXT_CUES = {
    "military": frozenset({"military", "troop", "army", "soldier", "defense", "defence", "weapon"}),
    "economic": frozenset({"economic", "trade", "economy", "investment", "tariff", "oil"}),
    "humanitarian": frozenset({"humanitarian", "refugee", "food", "relief"}),
    "diplomatic": frozenset({"diplomatic", "embassy", "ambassador", "diplomat"}),
}
# Crowds whose violence PLOVER codes as a riot and whose blockades as an obstruction (both
# PROTEST), not as the assault or coercion of an armed party or an authority.
_CROWD_NOUNS = frozenset(
    {
        "rioter",
        "protester",
        "protestor",
        "demonstrator",
        "mob",
        "crowd",
        "student",
        "activist",
        "supporter",
    }
)
# Groups whose blockades are protests, though their violence is not necessarily a riot.
_BLOCKADING_NOUNS = _CROWD_NOUNS | frozenset(
    {"farmer", "worker", "trucker", "fisherman", "villager", "peasant", "resident"}
)
_CROWD_CAMEO = {"ASSAULT": "145", "COERCE": "144"}
# Nouns that count a crowd ("thousands of protesters"), and participles that describe one
# ("rioting youths", "striking miners").
_COUNTS = frozenset({"thousand", "hundred", "dozen", "million", "group", "crowd", "mob", "band"})
_CROWD_ACTS = frozenset(
    {"riot", "rioting", "protest", "protesting", "demonstrate", "strike", "striking"}
)
# Participles of a crowd's rampage ("rampaging youths"), which describe a crowd unless the
# people are armed ("rampaging soldiers" are troops out of hand, no riot).
_RAMPAGE_ACTS = frozenset({"rampage", "rampaging"})
# "came under fire (attack)": shooting or criticism. The fire of a weapon, an armed source or an
# exposed post or convoy make it shooting; a reason given ("over its handling of") or a critic
# as source make it criticism; CAMEO's pattern reads all "under fire" as criticism.
_EXPOSURE_VERBS = frozenset({"come"})
_WEAPON_WORDS = frozenset(
    {"mortar", "artillery", "rocket", "machinegun", "machine-gun", "gun", "sniper", "tank"}
    | {"anti-aircraft", "automatic", "missile", "grenade", "cannon", "shell", "naval"}
    | {"small-arms", "arms", "rifle", "gunboat", "helicopter", "air", "enemy", "hostile"}
)
_ARMED_NOUNS = frozenset(
    {"troop", "force", "soldier", "guerrilla", "rebel", "militant", "gunman", "fighter"}
    | {"militia", "militiaman", "army", "tank", "warship", "jet", "warplane", "helicopter"}
    | {"aircraft", "sniper", "position", "artillery", "navy", "gunboat", "insurgent", "unit"}
    | {"battery", "gunmen", "bunker", "trench", "separatist", "paramilitary", "commando"}
)
_CRITIC_NOUNS = frozenset(
    {"critic", "opposition", "party", "group", "lawmaker", "legislator", "parliament", "press"}
    | {"media", "newspaper", "activist", "union", "campaigner", "church", "politician", "rival"}
    | {"commentator", "editorial", "congress", "senator", "deputy", "environmentalist"}
)
_EXPOSED_THINGS = frozenset(
    {"convoy", "patrol", "position", "post", "base", "ship", "plane", "helicopter", "aircraft"}
    | {"vehicle", "village", "town", "camp", "troop", "soldier", "force", "unit", "column"}
    | {"checkpoint", "outpost", "bus", "train", "garrison", "peacekeeper", "airport", "city"}
    | {"warship", "vessel", "jet", "warplane", "car", "truck", "compound", "area", "border"}
)
_REASON_PREPS = frozenset({"over", "for", "about"})
# Types of acts done rather than said: a command to do one is that act.
_MATERIAL_TYPES = frozenset(
    {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "SANCTION", "AID", "COOPERATE", "CONCEDE"}
)
# Objects that name a party: entities of these kinds, and titles.
_PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PARTY_NOUNS = frozenset(
    {"president", "minister", "leader", "counterpart", "chancellor", "premier", "king", "queen"}
    | {"prime", "secretary", "ambassador", "envoy", "emir", "sultan", "prince", "governor"}
    | {"chairman", "head", "official", "government", "ruler", "dictator", "pope", "mayor"}
)
# Nouns that are an event only when aimed "against" a party: "charges against the minister"
# accuse him; "charges against overdrawn accounts" are fees and "a charge against the fort" an
# assault the noun does not tell.
_PARTY_AIMED_NOUNS = frozenset({"charge"})
# Common nouns for the people such a charge is brought against.
_CHARGED_NOUNS = _PARTY_NOUNS | frozenset(
    {"officer", "executive", "director", "chief", "journalist", "activist", "suspect", "man"}
    | {"woman", "member", "lawmaker", "politician", "company", "firm", "bank", "general"}
)
_GUNFIRE_CAMEO = "190"
_CRITICISM_CAMEO = "111"
_SEIZE_CAMEOS = frozenset({"171", "1711"})
# "clashes between police and protesters", "police clashed with stone-throwing protesters": a
# fight one of whose sides is a crowd is the crowd's riot (PROTEST 145: the codebook's riot mode
# holds violent protest), not a battle between two armed parties.
_CLASH_WORDS = frozenset({"clash", "fight", "fighting", "skirmish", "scuffle", "battle"})
_CLASH_CROWDS = frozenset({"youth"})
_CLASH_SIDE_PREPS = frozenset({"between", "with"})
_RIOT_CAMEO = "145"
# "Palestinian youths hurled stones at Israeli troops": what a crowd throws (stones, bottles,
# petrol bombs) marks its violence as a riot (PROTEST 145, the codebook's violent protest) when
# the throwers are a crowd or youths, not armed men.
_CROWD_MISSILES = frozenset(
    {"stone", "rock", "brick", "bottle", "molotov", "firebomb", "petrol", "rubble", "egg"}
)
_THROWING_CROWDS = _CROWD_NOUNS | _CLASH_CROWDS | frozenset({"boy", "teenager", "villager"})
# "welcomed Kim Dae-jung's offer of aid to North Korea": an offer to a third party welcomed is
# praised (CAMEO 051), not accepted as the dictionary's "welcome offer" (030) reads it.
_WELCOMING = frozenset({"welcome"})
_OFFER_NOUNS = frozenset({"offer", "proposal", "pledge", "promise"})
_PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_PRAISE_CAMEO = "051"
# Verbs of hosting whose "by" pattern names the host only in a passive ("was received by the
# king"); others keep theirs in the active ("abide by", "stand by", "retaliated by").
_PASSIVE_BY_VERBS = frozenset({"receive", "host"})
# "began shipping oil to China under a new supply agreement": goods sent under a commercial
# agreement or a contract are trade (CAMEO 061), not aid.
_TRADE_CAMEO = "061"
_DEAL_NOUNS = frozenset({"agreement", "deal", "accord", "arrangement", "pact"})
_TRADE_KINDS = frozenset(
    {"supply", "trade", "sales", "sale", "export", "import", "purchase", "commercial", "barter"}
)
_DEAL_KIND_DEPS = frozenset({"compound", "amod", "nmod"})
# The words the role stage reads a riot's sides by (role_crowds).
CLASH_WORDS = _CLASH_WORDS
CLASH_CROWD_NOUNS = _CROWD_NOUNS | _CLASH_CROWDS
# "allowed a Turkish survey ship to pass", "let Colombian lorries cross", "gave the green light
# for U.S. warplanes to fly": permitting another party's act eases an administrative restriction
# on it (CAMEO 081, PLOVER CONCEDE), when the permitted are named as a party's; letting in
# inspectors, monitors or relief keeps its own patterns (086, RETREAT access).
_PERMITTING_VERBS = frozenset({"allow", "permit", "let"})
_PERMISSION_NOUNS = frozenset({"light", "permission", "go-ahead", "approval", "nod"})
_PERMITTED_PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG"})
_PERMISSION_CAMEO = "081"
_GENERIC_PERMISSION_CODES = frozenset({"030", "080"})
# "agreed to let Russia keep using the space centre", "let U.S. planes use its bases": letting a
# party go on with or use what it has is an arrangement between them, not a restriction eased.
_ARRANGED_ACTS = frozenset({"use", "keep", "continue", "remain", "stay", "retain"})
# "The new C919 airliner arrived", "the A380 ended its tour of Asian airports": a journey whose
# traveller is a product named by its model number is a sales tour, no visit.
_JOURNEY_WORDS = frozenset({"tour", "visit", "arrive", "land"})
_ORDINAL_ENDS = ("st", "nd", "rd", "th")
_VEHICLE_WORDS = frozenset({"airliner", "jetliner", "aircraft", "plane", "jet", "ship", "liner"})
_EXERCISE_NOUNS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "war-game"})
_JOINT_EXERCISE_CAMEO = "062"
# Expelling people by the thousand is a mass expulsion (CAMEO 201), not the expulsion of
# individuals (174) or of a mission (166).
_EXPULSION_CAMEOS = ("174", "166")
_DESTROY_CAMEO = "1712"
_DEMOLITION_CAMEO = "171"
# Subjects that pull buildings down as an administrative act, not in a fight.
_DEMOLITION_VERBS = frozenset({"demolish", "raze", "bulldoze", "level", "tear"})
_CONFLICT_PARTIES = frozenset(
    {"militant", "suspect", "gunman", "rebel", "insurgent", "attacker", "bomber", "fighter"}
    | {"guerrilla", "terrorist", "assailant"}
)
_CIVIL_AUTHORITIES = frozenset(
    {"authority", "authorities", "police", "municipality", "municipalities", "council"}
    | {"bulldozer", "bulldozers", "court", "official", "officials", "city", "administration"}
)
_MASS_EXPULSION_CAMEO = "201"
_MASS_WORDS = frozenset({"thousands", "million", "millions"})
_MASS_NUMBER = 1000
# A state protests in words: "Japan protested to Russia", "the foreign ministry protested against
# the test" is an official complaint (CAMEO 114, ACCUSE), not a demonstration; a crowd's protest
# stays PROTEST.
_OFFICIAL_COMPLAINT_CAMEO = "114"
# Links a headline's subject may get when the tagger reads a country's name as an adjective.
_MISREAD_SUBJECT_DEPS = frozenset({"amod", "compound", "npadvmod"})
_PROTEST_VERBS = frozenset({"protest"})
# A crowd's protest against an act (CAMEO 141, demonstrate), which CAMEO's patterns of a protest
# "against" a visit, a policy or a decision read as a complaint.
_DEMONSTRATION_CAMEO = "141"
_OFFICIAL_NOUNS = frozenset(
    {"government", "ministry", "minister", "ambassador", "embassy", "diplomat", "president"}
    | {"premier", "chancellor", "cabinet", "administration", "foreign", "office", "spokesman"}
    | {"spokeswoman", "spokesperson", "envoy", "consulate", "king", "state", "department"}
)
# Event nouns that name no event in an "in" phrase ("in recognition of her work"; "ordered 30 jets
# in a deal worth $4 billion": the deal frames the act the clause reports).
_IN_PHRASE_NOUNS = frozenset({"recognition", "deal"})
# A mission, staff or diplomats sent out of a country: relations reduced (SANCTION).
_MISSION_EXPULSION_CAMEO = "166"
# Quad classes of words said, not deeds done: verbal cooperation and verbal conflict.
_VERBAL_CLASSES = frozenset({1, 3})
# "the deal", "this agreement" with no word of their own refer back to an agreement reported
# before; they are no new event ("Critics say the deal leaves questions open").
# "the seizure was part of a new operation": a bare seizure refers back to the capture told.
_REFERRING_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "seizure", "confiscation"})
_REFERRING_DETERMINERS = frozenset({"the", "this", "that"})


@dataclass(frozen=True, slots=True)
class Slot:
    """The alternatives for one pattern word: single words, and phrases matched word by word."""

    words: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    # Every word that can open the slot; computed once, as many patterns share a slot.
    opening: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        opening = self.words | {phrase[0] for phrase in self.phrases}
        object.__setattr__(self, "opening", frozenset(opening))

    @classmethod
    def of(cls, alternatives: list[str]) -> Slot:
        phrases = tuple(tuple(a.split()) for a in alternatives if " " in a)
        return cls(frozenset(a for a in alternatives if " " not in a), phrases)


@dataclass(frozen=True, slots=True)
class Pattern:
    """A verb pattern: every slot needs one of its alternatives among the verb's dependents."""

    code: str | None  # None: the dictionary says this use of the verb is no event
    reverse: bool  # the verb's subject is the recipient ("faces criticism")
    post: tuple[Slot, ...]
    pre: tuple[Slot, ...]
    # The words that can open the first slot after the verb (empty when there is none): a
    # verb whose arguments hold none of them cannot match, so its slots need not be tried.
    opening: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        opening = self.post[0].opening if self.post else frozenset()
        object.__setattr__(self, "opening", opening)

    @property
    def size(self) -> int:
        return len(self.post) + len(self.pre)


@dataclass(frozen=True, slots=True)
class PatternOpenings:
    """Which of a verb's patterns each word can open: a verb has up to some hundred patterns,
    and only those whose first slot an argument opens, or with no slot after the verb, can
    match."""

    by_word: dict[str, tuple[int, ...]]
    unopened: tuple[int, ...]  # patterns with no slot after the verb

    @classmethod
    def of(cls, patterns: tuple[Pattern, ...]) -> PatternOpenings:
        by_word: dict[str, list[int]] = {}
        for n, pattern in enumerate(patterns):
            for word in pattern.opening:
                by_word.setdefault(word, []).append(n)
        unopened = tuple(n for n, pattern in enumerate(patterns) if not pattern.post)
        return cls({word: tuple(found) for word, found in by_word.items()}, unopened)

    def candidates(self, words: dict[str, int]) -> list[int]:
        """The patterns, in lexicon order, that the words after a verb can open."""
        found = set(self.unopened)
        by_word = self.by_word
        for word in words:
            opened = by_word.get(word)
            if opened is not None:
                found.update(opened)
        return sorted(found)


@dataclass(frozen=True, slots=True)
class Coding:
    """What a trigger means: PLOVER type and mode, CAMEO code, and how sure the lexicon is."""

    event: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    quad_class: int
    reverse: bool
    confidence: float
    matched: frozenset[int]  # token indices of the pattern words that matched


def quad_class(cameo: str) -> int:
    """CAMEO root 01–05 → 1 (verbal coop.), 06–08 → 2, 09–13 → 3, 14–20 → 4."""
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def _words(token: Token) -> tuple[str, str]:
    return token.lower_, lemma_of(token)


# Codes of sending parties out (an organisation's mission, individuals), which an order to
# one's own forces is not.
_SENDING_OUT_CODES = frozenset({"166", "174"})


def _argument_tokens(verb: Token) -> tuple[list[Token], list[Token]]:
    """Tokens after the verb that may complete a pattern, and the subject's tokens before it."""
    doc = verb.doc
    # The walk reads the parse's lists by index: a Token is built only for what is kept.
    words, parse = token_table(doc), parse_table(doc)
    deps, lowers = words.deps, words.lowers
    pos_of, heads, lemmas, children = parse.pos, parse.heads, parse.lemmas, parse.children
    v = verb.i
    post_at: list[int] = []
    pre_at: list[int] = []
    counted = _counted_by_passive_subject(verb)
    stack = [(child, deps[child] in ("nsubj", "nsubjpass")) for child in children[v]]
    while stack:
        i, is_subject = stack.pop()
        dep, pos, head = deps[i], pos_of[i], heads[i]
        if dep == "punct":
            continue
        is_small_clause = False
        if dep in _CLAUSE_DEPS:  # the tests below are read only for a clause's link
            # "found the chief guilty": a small clause's adjective is the verb's, like "oprd".
            # "let U.N. convoys into the enclave": a noun the parser made a clause is an object.
            is_small_clause = dep == "ccomp" and ((pos == "ADJ" and head == v) or pos in _NOUN_POS)
            # "cut all transport and postal links": a common noun conjoined to an object is an
            # object too; one conjoined to a subject names another doer, and a name conjoined
            # names a body ("set up the Board and the Water Regulation Committee"), whose words
            # are no pattern's.
            is_noun_conjunct = (
                dep == "conj" and pos == "NOUN" and pos_of[head] in _NOUN_POS and not is_subject
            )
            if not (is_small_clause or is_noun_conjunct):
                continue
        if dep == "pcomp" and pos == "VERB" and lemmas[head] in _TIME_PREPOSITIONS:
            continue  # "suspended after violating federal law": the law is no word of "suspend"
        if head == v and not (is_subject or is_small_clause or _is_argument(doc, i, dep, lowers)):
            continue
        if children[i]:  # most words are leaves
            # The modifiers of a passive subject are the logical object's ("martial law was
            # lifted"); its phrases stay the subject's ("the rejection of the proposal").
            stack += [
                (child, is_subject and not (dep == "nsubjpass" and deps[child] in _NAME_MODS))
                for child in children[i]
            ]
        # A preposition deep inside an object is not the verb's ("spoke about X with Y"), save
        # a particle read as "more than" on the number after the verb ("hand over 62 soldiers").
        is_particle_count = dep == "quantmod" and i == v + 1 and lowers[i] in _PARTICLE_ADVERBS
        if pos == "ADP" and v not in (head, heads[head]) and not is_particle_count:
            continue
        # "attacked a camp for displaced people": a place's phrase says whom it serves.
        if pos == "ADP" and head != v and lemmas[head] in _PLACE_NOUNS:
            continue
        if i >= 2 and lowers[i - 1] == "-" and lowers[i - 2] in _OPPOSING_PREFIXES:
            continue  # "anti-aircraft batteries opened fire": no aircraft fired
        # The subject of a passive is the verb's logical object ("troops were deployed"), and
        # so are the people it counts ("hundreds of U.N. peacekeepers were evacuated").
        is_object = dep == "nsubjpass" or i in counted
        (pre_at if is_subject and not is_object else post_at).append(i)
    post = [doc[i] for i in post_at]
    pre = [doc[i] for i in pre_at]
    if is_acting_participle(verb):
        # "Hundreds of students protested outside the embassy", read as a participle: the noun
        # it hangs on is its subject.
        pre += [t for t in verb.head.subtree if t.i < verb.i]
    if lemma_of(verb) in RAISING_VERBS:
        post += [t for subject in raised_objects(verb) for t in subject.subtree]
    pre += _controlled_subject(verb)
    if (verb.dep_ == "acl" and verb.tag_ == "VBN") or _relative_object_gap(verb):
        # "the sanctions imposed by X", "the dealerships that it was closing": the noun a
        # participle or a relative clause without an object of its own describes is its object.
        noun = verb.head
        post += [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    return post, pre


def _controlled_subject(verb: Token) -> list[Token]:
    """ "Troops began withdrawing", "forces started to pull out": a verb an active verb governs
    with no subject of its own acts with that verb's subject, whose words complete its patterns."""
    if verb.dep_ != "xcomp" or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return [t for subject in subjects for t in subject.subtree]


def _relative_object_gap(verb: Token) -> bool:
    """A relative clause with a subject of its own whose object is the noun it describes ("the
    diplomats that Kenya expelled", "the dealerships it was closing")."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB":
        return False
    children = list(verb.children)
    if not any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_WORDS for c in children):
        return False  # "the troops that crossed": the noun is the subject
    if any(c.tag_ == "WRB" for c in children):
        return False  # "the town where rebels fought": the noun is a place or time
    objects = [c for c in children if c.dep_ in ("dobj", "dative")]
    return all(o.lower_ in _RELATIVE_WORDS for o in objects)


def _counted_by_passive_subject(verb: Token) -> set[int]:
    """The words of what a passive subject that only counts names ("hundreds of peacekeepers",
    "dozens of soldiers", "200 of its staff"): the people the verb is done to."""
    counted: set[int] = set()
    doc = verb.doc
    deps = token_table(doc).deps
    for at in parse_table(doc).children[verb.i]:
        if deps[at] != "nsubjpass":
            continue
        subject = doc[at]
        if not (subject.like_num or subject.lemma_.lower() in _PEOPLE_COUNTS):
            continue
        for phrase in subject.children:
            if phrase.dep_ == "prep" and phrase.lower_ == "of":
                counted.update(t.i for o in phrase.children for t in o.subtree)
    return counted


def _ordered(verb: Token) -> list[Token]:
    """Whom a verb of command addresses: its object, or the subject of the clause it governs."""
    return [c for c in verb.children if c.dep_ == "dobj"] + raised_objects(verb)


def raised_objects(verb: Token) -> list[Token]:
    """The subjects of the clauses a raising verb governs ("allowed [inspectors] to enter")."""
    return [
        subject
        for clause in verb.children
        if clause.dep_ in ("ccomp", "xcomp")
        for subject in clause.children
        if subject.dep_ == "nsubj"
    ]


def _is_argument(doc: Doc, i: int, dep: str, lowers: list[str]) -> bool:
    """Whether the dependent of the verb at `i` (of dependency `dep`) has words that may complete
    a pattern; `lowers` are the Doc's lower-case words."""
    if dep == "advmod":
        return lowers[i] in _PARTICLE_ADVERBS
    # "during a visit to Dhaka", "amid protests": a phrase of the circumstances an act happens
    # in completes none of its patterns ("made the remarks during a visit" is no "make a visit").
    if dep == "prep" and (lowers[i] in _CIRCUMSTANCE_PREPS or is_time_phrase(doc[i])):
        return False
    if dep == "prep" and _is_answer_phrase(doc[i]):
        return False
    if dep == "dep":
        return is_object_after_time_phrase(doc[i])
    return dep in _ARG_DEPS


def _is_answer_phrase(preposition: Token) -> bool:
    """ "suspended its trade agreement in response to the fighting": a phrase of what the act
    answers is no part of the act ("suspend fighting"), nor is one of the price it asks ("grant
    autonomy in return for recognition" is no recognition)."""
    return preposition.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lower_ in _ANSWER_OR_PRICE_NOUNS for o in preposition.children
    )


def _describes_crowd(modifier: Token) -> bool:
    """ "rioting youths", "striking miners", "rampaging youths" (but "riot police" are no
    rioters, nor "rampaging soldiers")."""
    if modifier.dep_ == "amod":
        if modifier.lemma_.lower() in _RAMPAGE_ACTS:
            return modifier.head.lemma_.lower() not in _ARMED_NOUNS
        return modifier.lemma_.lower() in _CROWD_ACTS
    is_gerund = modifier.lower_.endswith("ing")
    return modifier.dep_ == "compound" and is_gerund and modifier.lower_ in _CROWD_ACTS


def misread_crowd_participle(verb: Token) -> bool:
    """ "Rampaging youths overturned cars", read as "rampaging" the youths: a participle of a
    crowd's act that opens its sentence with the people it describes parsed as its object
    names a crowd, whose act it is."""
    lemma = verb.lemma_.lower()
    if verb.tag_ != "VBG" or verb.i != verb.sent.start:
        return False
    if lemma not in _CROWD_ACTS and lemma not in _RAMPAGE_ACTS:
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (
        after is not None
        and after.dep_ == "dobj"
        and after.head.i == verb.i
        and after.tag_ == "NNS"
        and after.lemma_.lower() not in _ARMED_NOUNS
    )


def _is_crowd(subject: list[Token], crowd: frozenset[str] = _CROWD_NOUNS) -> bool:
    """ "Rioters torched cars", "students blockaded universities", "thousands of protesters",
    "rioting youths": the subject is a crowd."""
    for token in subject:
        if token.tag_ in _RELATIVE_TAGS and token.head.dep_ == "relcl":
            token = token.head.head  # "protesters who torched buses": the crowd described
            if token.lemma_.lower() in crowd or any(_describes_crowd(c) for c in token.children):
                return True
            continue
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            count = token.head.head  # "thousands of students": the counted noun is the crowd
            if count.dep_ != "nsubj" or count.lemma_.lower() not in _COUNTS:
                continue
        elif token.dep_ not in ("nsubj", "conj"):
            continue
        if token.lemma_.lower() in crowd:
            return True
        if any(_describes_crowd(c) for c in token.children):
            return True
    return False


class TriggerLexicon:
    """Look up a token's event coding in the shipped lexicon."""

    def __init__(self, data: dict[str, Any] | None = None) -> None:
        data = data or _load_data()
        synsets: dict[str, list[str]] = data["synsets"]
        self._verbs: dict[str, tuple[str | None, tuple[Pattern, ...]]] = {}
        slot_cache: dict[str, Slot] = {}

        def slot(word: str) -> Slot:
            if word not in slot_cache:
                words = synsets.get(word[1:], []) if word.startswith("&") else [word]
                slot_cache[word] = Slot.of(words)
            return slot_cache[word]

        for lemma, entry in data["verbs"].items():
            patterns = tuple(
                Pattern(code, reverse, tuple(map(slot, post)), tuple(map(slot, pre)))
                for code, reverse, post, pre in entry["patterns"]
            )
            self._verbs[lemma] = (entry["code"], patterns)
        supplement = data["supplement"]
        for lemma, code in supplement["verbs"].items():
            default, patterns = self._verbs.get(lemma, (None, ()))
            self._verbs[lemma] = (code, patterns)  # the supplement's default wins
        for lemma, words, code, *subject in supplement["verb_patterns"]:
            default, patterns = self._verbs.get(lemma, (None, ()))
            pre = tuple(slot(w) for w in subject[0]) if subject else ()
            # A last `true` marks a subject that receives ("took delivery of ... from").
            reverse = len(subject) > 1 and bool(subject[1])
            extra = Pattern(code, reverse, tuple(slot(w) for w in words), pre)
            self._verbs[lemma] = (default, (extra, *patterns))
        # "brushed aside the proposal", "snubbed a call for talks": turning a thing down rejects
        # it as "reject" does; the borrowed patterns are tried first.
        for lemma, borrowed in _rejection_patterns(supplement, self._verbs):
            default, patterns = self._verbs.get(lemma, (None, ()))
            self._verbs[lemma] = (default, (*borrowed, *patterns))
        # "ferried maize to flood victims", "handed over a cheque": carrying relief is aid.
        transport = supplement.get("relief_transport", {})
        for lemma, relief in _transport_patterns(transport):
            default, patterns = self._verbs.get(lemma, (None, ()))
            self._verbs[lemma] = (default, (*relief, *patterns))
        # "secured a rescue loan from the IMF": what one receives "from" a party is its aid.
        for lemma, received in _receiving_patterns(supplement.get("receiving", {})):
            default, patterns = self._verbs.get(lemma, (None, ()))
            self._verbs[lemma] = (default, (*received, *patterns))
        # "flew the army a shipment of ammunition": an indirect object is the goal, and arms
        # given to it are military aid (not arms handed over, which disarms).
        self._carrying = frozenset((*transport.get("carrying", ()), *transport.get("handing", ())))
        goods = {**transport.get("goods", {}), **transport.get("indirect_goods", {})}
        self._carried_goods = tuple(
            Pattern(code, False, (Slot.of(words),), ()) for code, words in goods.items()
        )
        self._carried_openings = PatternOpenings.of(self._carried_goods)
        # "delivered armoured vehicles", "the delivery of tanks to Poland": the goods decide.
        self._transfer_goods = TransferGoods.from_data(supplement.get("transfer_goods", {}))
        # General verbs keep their patterns but lose the default code of their CAMEO synset.
        for lemma in supplement.get("general_verbs", {}).get("lemmas", ()):
            if lemma in self._verbs:
                self._verbs[lemma] = (None, self._verbs[lemma][1])
        # "intensified their attacks": a verb whose object is an event noun leaves it the event.
        self._aspectual = frozenset(supplement.get("aspectual_verbs", {}).get("lemmas", ()))
        # "was hit by a cyber attack": a verb of impact whose cause is an event noun.
        self._impact = frozenset(supplement.get("impact_verbs", {}).get("lemmas", ()))
        # "two aid shipments arrived": an arrival of aid is the aid, not a visit.
        self._arrivals = frozenset(supplement.get("arrival_verbs", {}).get("lemmas", ()))
        # "defeated Boeing for the contract": beating a rival in a contest.
        contests = supplement.get("contests", {})
        self._contest_verbs = frozenset(contests.get("lemmas", ()))
        self._contests = frozenset(contests.get("contests", ()))
        # "a Rwandan force entered eastern Congo": armed forces entering a place.
        entry = supplement.get("armed_entry", {})
        self._entry_verbs = frozenset(entry.get("lemmas", ()))
        self._into_verbs = frozenset(entry.get("into_lemmas", ()))
        self._entry_forces = frozenset(entry.get("forces", ()))
        self._peacekeeping = frozenset(entry.get("peacekeeping", ()))
        self._peaceful_purposes = frozenset(entry.get("peaceful_purposes", ()))
        self._occupation: str | None = entry.get("occupation")
        self._deployment: str | None = entry.get("deployment")
        # "the murder shocked the country": the feeling an event stirs is no event.
        self._reactions = frozenset(supplement.get("reaction_verbs", {}).get("lemmas", ()))
        # "halted the offensive": ending an event codes by the ended event's type.
        cessation = supplement.get("cessation", {})
        self._cessation_verbs = frozenset(cessation.get("lemmas", ()))
        self._cessation_codes: dict[str, str] = cessation.get("codes", {})
        self._stalling = frozenset(supplement.get("stalling", {}).get("words", ()))
        # "froze settlement building": halting a disputed activity yields.
        self._halted_activities = frozenset(cessation.get("activities", ()))
        self._activity_code: str | None = cessation.get("activity_code")
        # "ordered the newspaper to suspend publication": the verb of the clause it governs.
        self._clause_patterns: dict[str, list[tuple[frozenset[str], str]]] = {}
        for lemma, clause_verbs, code in supplement.get("clause_patterns", ()):
            entries = self._clause_patterns.setdefault(lemma, [])
            entries.append((frozenset(clause_verbs), code))
        # "called the vote a fraud": naming something praises or criticises it, or is no event.
        naming = supplement.get("naming", {})
        self._naming_verbs = frozenset(naming.get("lemmas", ()))
        self._naming_words: dict[str, frozenset[str]] = {
            code: frozenset(words) for code, words in naming.get("codes", {}).items()
        }
        # "called Schroeder": defaults that hold only with a party as object.
        self._party_object = frozenset(supplement.get("party_object_verbs", {}).get("codes", {}))
        # "police dispersed the crowd", not "the crowd dispersed": defaults that need an object.
        self._object_needed = frozenset(supplement.get("object_verbs", {}).get("lemmas", ()))
        self._directives = frozenset(supplement.get("directive_verbs", {}).get("lemmas", ()))
        commemoration = supplement.get("commemoration", {})
        self._mourning = frozenset(commemoration.get("lemmas", ()))
        self._gestures: dict[str, frozenset[str]] = {
            lemma: frozenset(objects)
            for lemma, objects in commemoration.get("gestures", {}).items()
        }
        self._dead_words = frozenset(commemoration.get("dead", ()))
        self._commemorating = self._mourning | frozenset(self._gestures)
        deliberation = supplement.get("deliberation", {})
        self._deliberation = frozenset(deliberation.get("lemmas", ()))
        self._weighed_threat: str | None = deliberation.get("threat")
        missions = supplement.get("missions", {})
        self._mission_words = frozenset(missions.get("words", ()))
        self._individuals: str | None = missions.get("individuals")
        # Second senses that a trigger's arguments tell apart ("blasted the probe" criticises).
        senses = supplement.get("senses", {})
        self._senses = SenseLexicon.from_data(senses)
        for lemma, code in senses.get("verbs", {}).items():
            self._verbs[lemma] = (code, self._verbs.get(lemma, (None, ()))[1])
        self._openings = {
            lemma: PatternOpenings.of(patterns) for lemma, (_, patterns) in self._verbs.items()
        }
        self._nouns: dict[str, str] = {**supplement["nouns"], **senses.get("nouns", {})}
        self._noun_patterns: dict[str, list[Pattern]] = {}
        for lemma, words, code in supplement["noun_patterns"]:
            pattern = Pattern(code, False, tuple(slot(w) for w in words), ())
            self._noun_patterns.setdefault(lemma, []).append(pattern)
        # Every word a noun trigger can be looked up by, and the words that end a hyphenated
        # one ("out" of "pull-out"): most nouns are none of them and need no further look.
        self._noun_words = frozenset(self._nouns) | frozenset(self._noun_patterns)
        self._hyphen_ends = frozenset(
            noun[i + 1 :] for noun in self._nouns for i, c in enumerate(noun) if c == "-"
        )
        # Only modes the PLOVER codebook defines for a type may be set from cue words.
        codebook: dict[str, list[str]] = data["modes"]
        self._mode_cues = {
            event: {m: words for m, words in cues.items() if m in codebook.get(event, ())}
            for event, cues in _MODE_CUES.items()
        }
        self._plover: dict[str, PloverCoding] = {
            code: (event, mode, tuple(contexts))
            for code, (event, mode, contexts) in data["plover"].items()
        }

    def plover(self, cameo: str) -> PloverCoding | None:
        """PLOVER type, mode and contexts of a CAMEO code, or None when PLOVER has no such event.

        A code without a row of its own takes its 3-digit parent's, then its root's (`1951` →
        `195`, `199` → `190`); root 01 (public statements) has no row at all.
        """
        for key in (cameo, cameo[:3], cameo[:2] + "0"):
            if key in self._plover:
                return self._plover[key]
        return None

    def cue_modes(self, event: str) -> tuple[str, ...]:
        """The modes of a PLOVER type that cue words can set."""
        return tuple(self._mode_cues.get(event, {}))

    def coding_of(self, cameo: str, confidence: float) -> Coding | None:
        """The coding of a CAMEO code stated by the clause rather than by a trigger word."""
        return self._coding(cameo, None, [], False, confidence, frozenset())

    def verb_lemmas(self) -> Container[str]:
        """The lemmas of the verbs the lexicon has an entry for, coded or not."""
        return self._verbs.keys()

    def reads_headline_verb(self, token: Token) -> bool:
        """Whether a word tagged as a noun is a headline's verb ("Pakistan expels envoy")."""
        return is_headline_verb(token, self._verbs)

    def code(self, token: Token) -> Coding | None:
        """The event a token announces, or None when it announces none."""
        coding = self._code_word(token)
        # Checked last: only a token that would be a trigger pays for the climb.
        if coding is None or self._commemorated(token) or self._weighed(token):
            return None
        if names_a_charge(token):
            return None  # "condemned the measures as an attack": the charge, no attack
        if within_expected_outcome(token):
            return None  # "confident that the dispute would be resolved": a view, no act
        return coding

    def _code_word(self, token: Token) -> Coding | None:
        pos = token.pos_
        if pos == "VERB":
            # Participles used as prepositions or adjectives ("according to", "the ousted
            # president", "Vietnamese-led forces") announce nothing; a finite past form is a
            # predicate the parser attached as a modifier ("planes bombed positions").
            is_modifier = token.dep_ in _NOT_PREDICATE_DEPS and token.tag_ != "VBD"
            if is_modifier or is_gerund_modifier(token) or is_misread_conjoined_verb(token):
                return None  # "held firing drills": the gerund names the drills' kind
            if is_misread_event_noun(token, self._noun_words):
                return self._code_noun(token)  # "held missile tests": the tests
            return self._code_verb(token)
        if pos == "ADJ":
            feeling = stated_feeling(token)
            return None if feeling is None else self._feeling_coding(token, feeling)
        if pos not in _NOUN_POS:
            return None  # neither a headline's verb nor an event noun: most words stop here
        if token.dep_ == "conj" and is_ultimatum_penalty(token):
            # "or face prosecution" read as a noun: the penalty of an ultimatum all the same,
            # ranked as its verb's clause would be, one level above where the noun is parsed.
            confidence = VERB_CONFIDENCE + _ULTIMATUM_BONUS + _MISREAD_PENALTY_BONUS
            return self.coding_of(ULTIMATUM_CAMEO, confidence)
        if is_headline_verb(token, self._verbs):
            return self._headline_coding(token)
        # Month names are no events ("March 3", "in May").
        is_date = token.ent_type_ in ("DATE", "TIME")
        if token.dep_ != "compound" and not is_date:
            return self._code_noun(token)
        return None

    def _code_verb(self, verb: Token) -> Coding | None:
        if is_ultimatum_penalty(verb):
            return self.coding_of(ULTIMATUM_CAMEO, VERB_CONFIDENCE + _ULTIMATUM_BONUS)
        if is_ultimatum_demand(verb):
            return None  # the act demanded has not happened: the threat is the event
        if sets_deadline(verb):
            return None  # "gave the generals until Friday to step down or face": the threat
        if deadline_demand(verb) is not None:
            post, pre = _argument_tokens(verb)  # "gave Iran until October 31 to prove"
            return self._coding(
                ULTIMATUM_CAMEO, verb, [*post, *pre], False, VERB_CONFIDENCE, frozenset()
            )
        if is_in_kind(verb):
            # "would retaliate in kind against countries that expelled its diplomats": the
            # answered act's kind, done by the retaliator.
            answered = answered_act(verb, self._answerable_code)
            if answered is not None:
                post, pre = _argument_tokens(verb)
                confidence = VERB_CONFIDENCE + 0.03 + PATTERN_WORD_BONUS
                return self._coding(answered, verb, [*post, *pre], False, confidence, frozenset())
        retaliation = retaliation_in_kind_of(verb)
        if retaliation is not None and answered_act(retaliation, self._answerable_code):
            return None  # "vowed to retaliate in kind": the retaliation is the event
        lemma = lemma_of(verb)
        if lemma in ASKING_VERBS and is_question(verb):
            return None  # "when asked about the vote": a question, no request
        if (lemma in ENCOURAGING_VERBS and encourages_an_act(verb)) or (
            lemma in INVITING_VERBS and invites_an_act(verb)
        ):
            post, pre = _argument_tokens(verb)  # "encouraged lenders to cut their rates"
            return self._coding(
                APPEAL_CAMEO, verb, [*post, *pre], False, VERB_CONFIDENCE, frozenset()
            )
        if lemma in DECLARING_VERBS and declares_unwelcome(verb):
            post, pre = _argument_tokens(verb)  # "declared two diplomats persona non grata"
            confidence = VERB_CONFIDENCE + 0.03 + PATTERN_WORD_BONUS  # as one word matched
            return self._coding(
                UNWELCOME_CAMEO, verb, [*post, *pre], False, confidence, frozenset()
            )
        if lemma in CONSENTING_VERBS and lets_party_mediate(verb):
            post, pre = _argument_tokens(verb)  # "consented to let Norway act as a go-between"
            confidence = VERB_CONFIDENCE + 0.03 + PATTERN_WORD_BONUS  # as one word matched
            return self._coding(
                ACCEPTED_MEDIATION_CAMEO, verb, [*post, *pre], False, confidence, frozenset()
            )
        for lemmas, reads, code in (
            (DEALING_VERBS, refuses_dealings, REFUSED_DEALINGS_CAMEO),  # "have nothing to do with"
            (OPENING_VERBS, opens_place_to_party, OPENED_PLACE_CAMEO),  # "threw open ... to"
            (TAKING_VERBS, takes_in_person, TAKEN_IN_CAMEO),  # "took in an officer who fled"
        ):
            if lemma in lemmas and reads(verb):
                post, pre = _argument_tokens(verb)
                confidence = VERB_CONFIDENCE + 0.03 + PATTERN_WORD_BONUS
                return self._coding(code, verb, [*post, *pre], False, confidence, frozenset())
        if lemma in RECOURSE_VERBS and turns_to_party_for(verb):
            post, pre = _argument_tokens(verb)  # "turned to the EC for grain": an appeal
            return self._coding(
                RECOURSE_CAMEO, verb, [*post, *pre], False, VERB_CONFIDENCE, frozenset()
            )
        if lemma in FEELING_VERBS:
            feeling = stated_feeling(verb)
            if feeling is not None:
                return self._feeling_coding(verb, feeling)
        if is_collision_at_sea(verb, lemma):
            # "a coast guard ship collided with a supply boat": a confrontation at sea
            post, pre = _argument_tokens(verb)
            return self._coding(
                COLLISION_CAMEO, verb, [*post, *pre], False, VERB_CONFIDENCE, frozenset()
            )
        if is_sports_play(verb, lemma) or is_market_move(verb, lemma):
            return None  # "Brazil beat Argentina 2-0", "the dollar attacked resistance"
        sense = verb_sense(verb, lemma, self._senses)
        if sense is not None:
            if sense.cameo is None:
                return None
            post, pre = _argument_tokens(verb)
            confidence = VERB_CONFIDENCE + 0.03 + PATTERN_WORD_BONUS  # as one word matched
            around = [*post, *pre]
            return self._coding(sense.cameo, verb, around, sense.reverse, confidence, frozenset())
        coding = self._code_verb_entry(verb, lemma)
        if coding is not None and coding.cameo in PROTEST_FORM_CAMEOS and done_to_protest(verb):
            return None  # "occupied the podium to protest": the protest is the event
        if coding is None and lemma in TALKING_VERBS and talks_to_party(verb):
            post, pre = _argument_tokens(verb)  # "talked to Xi": a consultation
            return self._coding(
                CONSULT_CAMEO, verb, [*post, *pre], False, VERB_CONFIDENCE, frozenset()
            )
        if coding is None:
            returned = returned_to_party(verb, self._senses) or refused_acceptance(
                verb, self._senses
            )
            if returned is not None and returned.cameo is not None:
                post, pre = _argument_tokens(verb)
                around = [*post, *pre]
                return self._coding(
                    returned.cameo, verb, around, False, VERB_CONFIDENCE, frozenset()
                )
        # "migrants came to Europe's shores": a visit needs a party to host it.
        is_visit = coding is not None and coding.event == "CONSULT" and coding.cameo[:2] == "04"
        nouns = self._matched_event_nouns(verb, coding) if is_visit and coding else []
        if any(n.head.lower_ == "to" for n in nouns):
            return coding  # "would not return to the talks": back to a meeting, no journey
        if nouns and all(n.head.lower_ in _EARLIER_PREPS for n in nouns):
            return None  # "returned to Amman after talks" completes no "return to talks"
        if is_visit and is_hostless_journey(verb, self._senses):
            return None
        return coding

    def _code_verb_entry(self, verb: Token, lemma: str) -> Coding | None:
        if lemma in CARRYING_VERBS and carried_message(verb, self._is_verbal_event_noun):
            return None  # "sent a request to Britain": the request is the event
        if announces_dealer_cut(verb, lemma):
            return None  # "announced plans to close 300 dealerships": the cut, to come
        if lemma in _JOURNEY_WORDS and _is_product_journey(verb):
            return None
        if lemma in _FORCING_VERBS and _is_circumstantial(verb):
            return None
        if lemma in _HARM_VERBS and _is_accidental(verb):
            return None
        if leaves_in_a_state(verb):
            return None  # "left thousands without food": a result, no withdrawal
        if lemma in self._contest_verbs and self._is_contest(verb):
            return None
        if lemma in self._deliberation and _is_active(verb):
            return self._weighed_threat_of(verb)
        if lemma in _RECEPTION_VERBS and self._is_reception(verb):
            return None
        if lemma in self._aspectual and self._has_event_object(verb):
            return None
        if lemma in self._reactions and self._event_cause(verb) is not None:
            return None
        if lemma in self._arrivals:
            arrived = self._event_cause(verb)
            if arrived is not None and arrived.event == "AID":
                return arrived
        entered = self._armed_entry(verb, lemma)
        if entered is not None:
            post, pre = _argument_tokens(verb)
            return self._coding(entered, verb, [*post, *pre], False, VERB_CONFIDENCE, frozenset())
        if lemma in self._impact:
            cause = self._event_cause(verb)
            if cause is not None or _is_circumstantial(verb):
                return cause  # "floods hit the region": no party acts
        exposure = self._exposure(verb, lemma)
        if exposure is not None:
            return exposure
        predicate = _object_predicate(verb) if lemma in self._naming_verbs else None
        if predicate is not None:
            named = self._naming(verb, predicate)
            # "declared the area a disaster zone", "declared the envoy persona non grata":
            # a verb with events of its own keeps them when the name neither praises nor blames.
            if named is not None or lemma not in _NAMING_WITH_OWN_EVENTS:
                return named
        strike = called_strike(verb, lemma)
        if strike is not None and is_labour_strike_noun(strike, strike_words(strike)):
            # "called a nationwide strike": the strike, not a call for something.
            post, pre = _argument_tokens(verb)
            return self._coding(
                STRIKE_CAMEO, verb, post, False, VERB_CONFIDENCE, frozenset({strike.i})
            )
        # "urged the president to step down": a change of leadership, before any relief.
        relief = demanded_leadership_change(verb) or demanded_relief(verb)
        if relief is not None:
            # "called for the sanctions to be lifted": the demand, not the lifting.
            post, pre = _argument_tokens(verb)
            confidence = VERB_CONFIDENCE + PATTERN_WORD_BONUS * len(relief.words)
            return self._coding(relief.cameo, verb, [*post, *pre], False, confidence, relief.words)
        clause_code = self._clause_code(verb) or self._directed_code(verb, lemma)
        if clause_code is None and admits_own_defeat(verb):
            clause_code = DEFEAT_CAMEO  # "acknowledged that he had lost the election"
        if clause_code is not None:
            clause_code = self._individuals_or(clause_code, verb)
            if clause_code in _SENDING_OUT_CODES and orders_own_forces_out(_ordered(verb)):
                clause_code = RETREAT_CAMEO  # "ordered the army to leave the city"
            post, pre = _argument_tokens(verb)
            return self._coding(
                clause_code, verb, [*post, *pre], False, VERB_CONFIDENCE, frozenset()
            )
        carried = self._carried_to_indirect_object(verb, lemma)
        if carried is not None:
            return carried
        entry = self._verbs.get(lemma)
        if entry is None:
            return None
        default, patterns = entry
        post, pre = _argument_tokens(verb)
        if lemma in self._carrying:
            # "will fly to Kyiv for talks on grain exports": goods inside an event noun's
            # phrase are the topic of that event, not what is carried.
            post = [t for t in post if not self._inside_event_phrase(t, verb)]
        handed_to = _handed_to_party(verb, lemma)
        # "quit ECOWAS": a bloc named by its acronym is a bloc to the patterns of leaving one.
        implied = bloc_words(verb, post)
        if handed_to is not None:
            implied[_HANDED_OVER] = handed_to.i
        openings = self._openings[lemma]
        best, best_tokens = _best_pattern(verb, patterns, post, pre, implied, openings)
        document = carried_document(verb) if lemma in CARRYING_VERBS else None
        if (
            best is not None
            and best.code is not None
            and document is not None
            and document.i not in best_tokens
            and quad_class(best.code) not in _VERBAL_CLASSES
        ):
            # "handed over a petition demanding compensation": no handover, its content; a
            # pattern naming the document, or a word said ("sent a protest note"), keeps it.
            return None
        if (
            handed_to is not None
            and best_tokens == {handed_to.i}
            and not (_hands_place(verb) or _hands_captives(verb))
        ):
            best = None  # "handed a letter to the envoy": the bare handover needs a place
        if (
            lemma in _WELCOMING
            and best_tokens
            and all(
                verb.doc[i].lower_ == "to" and verb.doc[i].head.i != verb.i for i in best_tokens
            )
        ):
            # "welcomed Kim Dae-jung's offer of aid to North Korea": a "to" inside the object is
            # no place the guest is welcomed to ("welcomed the president to Havana").
            post = [t for t in post if not (t.lower_ == "to" and t.head.i != verb.i)]
            best, best_tokens = _best_pattern(verb, patterns, post, pre, implied, openings)
        if (
            lemma in _PASSIVE_BY_VERBS
            and best_tokens
            and all(verb.doc[i].lower_ == "by" for i in best_tokens)
            and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        ):
            # "was received by the king" is passive; "received a letter by fax" is not.
            post = [t for t in post if t.lower_ != "by"]
            best, best_tokens = _best_pattern(verb, patterns, post, pre, implied, openings)
        # A crowd named as the subject of a clause this verb continues ("protesters clashed
        # with police and set fire to cars") still acts as a crowd.
        actors = pre or _inherited_subject(verb)
        if best is not None:
            if best.code is None:
                return None
            # "The A380 began a tour of airports": a product's journey is a sales tour.
            journey = any(verb.doc[i].lemma_.lower() in _JOURNEY_WORDS for i in best_tokens)
            if journey and _travels_product(verb):
                return None
            confidence = min(0.8, VERB_CONFIDENCE + 0.03 + PATTERN_WORD_BONUS * best.size)
            code = self._labour_strike_or(best.code, verb.doc, best_tokens, pre)
            if all(verb.doc[i].lower_ == "from" for i in best_tokens):
                # "expelled a BBC correspondent from the country": whom the bare "from"
                # pattern sends out decides between individuals and a mission.
                code = self._individuals_or(code, verb)
            code = self._joint_exercise_or(code, verb.doc, best_tokens, pre)
            code = self._signed_or(code, lemma, verb.doc, best_tokens)
            code = self._mission_or(code, verb)
            code = _mass_expulsion_or(self._crowd_or(code, actors), verb)
            code = self._thrown_riot_or(code, verb.doc, best_tokens, actors)
            code = self._official_complaint_or(code, lemma, verb)
            code = self._crowd_protest_or(code, lemma, verb, actors)
            code = self._object_kind_or(code, verb.doc, best_tokens)
            code = _extradition_or(code, verb)
            code = self._traded_or(code, verb)
            code = _welcomed_offer_or(code, lemma, verb.doc, best_tokens)
            code = _captives_or(code, verb, lemma)
            code = _riot_clash_or(_civil_demolition_or(code, verb), verb)
            code = _permission_or(code, verb, lemma)
            code = relief_mission_or(peacekeeping_or(training_mission_or(code, verb), verb), verb)
            code = self._censored_or(code, verb)
            if code == _DISARM_CAMEO and hands_arms_to_state(verb):
                code = MILITARY_AID  # "handed over howitzers to Armenia": given, not laid down
            # The subject's words set modes too ("drones struck", "aircraft bombed").
            around = [*post, *pre]
            return self._coding(code, verb, around, best.reverse, confidence, best_tokens)
        if (
            lemma == "strike"
            and (is_workers(actors) or strike_among_workers(verb))
            and not any(c.dep_ == "dobj" for c in verb.children)
        ):
            return self._coding(STRIKE_CAMEO, verb, post, False, VERB_CONFIDENCE, frozenset())
        ended = self._ended_event(verb, lemma)
        if ended is not None:
            code, noun = ended
            return self._coding(code, verb, post, False, VERB_CONFIDENCE, frozenset({noun}))
        if default is None and permitted_party(verb, lemma) is not None:
            return self._coding(_PERMISSION_CAMEO, verb, post, False, VERB_CONFIDENCE, frozenset())
        if default is None or (lemma in self._party_object and not _has_party_object(verb)):
            return None
        if lemma in self._object_needed and not _acts_on_something(verb):
            return None
        code = _mass_expulsion_or(self._crowd_or(default, actors, verb), verb)
        code = self._official_complaint_or(code, lemma, verb)
        code = self._crowd_protest_or(code, lemma, verb, actors)
        code = self._traded_or(code, verb)
        code = _riot_clash_or(_civil_demolition_or(code, verb), verb)
        code = relief_mission_or(peacekeeping_or(training_mission_or(code, verb), verb), verb)
        code = self._censored_or(code, verb)
        return self._coding(code, verb, [*post, *pre], False, VERB_CONFIDENCE, frozenset())

    def _answerable_code(self, token: Token) -> str | None:
        """The CAMEO code of the act a word names when a retaliation can answer it in kind."""
        coding = self.code(token)
        if coding is None or coding.event not in ANSWERABLE_TYPES:
            return None
        return coding.cameo

    def _feeling_coding(self, word: Token, feeling: Sense) -> Coding | None:
        """ "we are disappointed", "I am proud of our engineers": a feeling a party states."""
        if feeling.cameo is None:
            return None
        post, pre = _argument_tokens(word)
        return self._coding(feeling.cameo, word, [*post, *pre], False, VERB_CONFIDENCE, frozenset())

    def _matched_event_nouns(self, verb: Token, coding: Coding) -> list[Token]:
        """The event nouns a pattern of travel matched ("return to the talks")."""
        doc = verb.doc
        return [
            doc[i]
            for i in coding.matched
            if doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() in self._noun_words
        ]

    def _is_verbal_event_noun(self, noun: Token) -> bool:
        """Whether a noun names a verbal event by itself ("request", "warning", "offer")."""
        if noun.pos_ != "NOUN":
            return False
        code = self._nouns.get(noun.lemma_.lower()) or self._nouns.get(noun.lower_)
        if code is None and noun.lemma_.lower() in self._noun_patterns:
            # "submitted a no-confidence motion": a noun its own words make an event.
            coding = self._code_noun(noun)
            code = coding.cameo if coding is not None else None
        return code is not None and quad_class(code) in _VERBAL_CLASSES

    def _inside_event_phrase(self, token: Token, verb: Token) -> bool:
        """Whether a token lies below an event noun that a preposition of the verb holds."""
        head = token.head
        while head != verb and head.head != head:
            is_event = head.lemma_.lower() in self._noun_words or head.lower_ in self._noun_words
            if head.dep_ == "pobj" and head.head.head == verb and is_event:
                return True
            head = head.head
        return False

    def _is_contest(self, verb: Token) -> bool:
        """ "defeated Boeing for the tanker contract", "beat the ruling party in the election":
        what the rival is beaten in or for is a contest, not a fight."""
        phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "for")]
        # "in the presidential election on Sunday": the phrase may hang on the rival.
        phrases += [
            p
            for o in verb.children
            if o.dep_ == "dobj"
            for p in o.children
            if p.dep_ == "prep" and p.lower_ in ("in", "for")
        ]
        return any(
            o.dep_ == "pobj" and o.lemma_.lower() in self._contests
            for p in phrases
            for o in p.children
        )

    def _armed_entry(self, verb: Token, lemma: str) -> str | None:
        """ "A Rwandan force entered eastern Congo", "rebels marched into Kinshasa": armed forces
        entering a place occupy it
        (CAMEO 192), or are deployed there (154) when they are a peacekeeping or international
        force or their purpose clause keeps order ("entered Bunia to secure the town")."""
        if lemma not in self._entry_verbs | self._into_verbs or not _is_active(verb):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # "entered eastern Congo"; "marched into Kinshasa", "rolled into the town".
        entered = [c for c in verb.children if c.dep_ == "dobj" and lemma in self._entry_verbs]
        if lemma in self._into_verbs:
            entered += preposition_objects(verb, "into")
        if subject is None or not any(_is_place(c) for c in entered):
            return None
        # "the first 200 soldiers of a European Union force": the force they belong to counts.
        parts = [
            subject,
            *(t for t in subject.subtree if t.dep_ == "pobj" and t.head.lower_ == "of"),
        ]
        if not any(t.lower_ in self._entry_forces for t in parts):
            return None
        words = {w for t in subject.subtree for w in _words(t)}
        peaceful = any(
            c.dep_ == "advcl" and lemma_of(c) in self._peaceful_purposes and _is_purpose_clause(c)
            for c in verb.children
        )
        if words & self._peacekeeping or peaceful:
            return self._deployment
        return self._occupation

    def _is_stalled_topic(self, noun: Token) -> bool:
        """ "Talks stalled over the release of prisoners": what stuck talks are about is their
        topic, no event (conjoined topics too)."""
        while noun.dep_ == "conj":
            noun = noun.head
        preposition = noun.head
        if noun.dep_ != "pobj" or preposition.lower_ not in _TOPIC_PREPS:
            return False
        verb = preposition.head
        if verb.dep_ in ("acomp", "xcomp", "oprd"):
            verb = verb.head  # "remained deadlocked over"
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(
            subject.lemma_.lower() in self._nouns and self._is_stalled(subject)
            for subject in subjects
        )

    def _is_stalled(self, noun: Token) -> bool:
        """ "Talks on Cyprus stalled", "the negotiations remained deadlocked": an event noun
        whose clause only says it is stuck reports no event."""
        verb = noun.head
        if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
            return False
        states = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "xcomp", "oprd"))]
        return any(lemma_of(s) in self._stalling or s.lower_ in self._stalling for s in states)

    def _headline_coding(self, token: Token) -> Coding | None:
        """ "Bahrain Expels Iranian Diplomat": a headline verb the tagger read as a plural noun,
        coded by its lemma's patterns over the words after it, else its default."""
        sentence = token.sent
        meeting = self._headline_onset(token)
        if meeting is not None:
            return meeting
        post = [t for t in sentence if t.i > token.i]
        pre = [t for t in sentence if t.i < token.i]
        for lemma in headline_lemmas(token):
            entry = self._verbs.get(lemma)
            if entry is None:
                continue
            default, patterns = entry
            openings = self._openings[lemma]
            best, best_tokens = _best_pattern(token, patterns, post, pre, None, openings)
            code = best.code if best is not None else default
            if code is None:
                return None
            if lemma in _PROTEST_VERBS and any(t.ent_type_ == "GPE" for t in pre):
                code = self._official_complaint_or(code, lemma, token, official=True)
            return self._coding(code, token, [*post, *pre], False, VERB_CONFIDENCE, best_tokens)
        return None

    def _headline_onset(self, token: Token) -> Coding | None:
        """ "Peace Talks Open In Geneva", "Cambodia Conference Opens": a headline whose verb
        only says an event noun begins or resumes reports that event."""
        doc = token.doc
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        before = doc[token.i - 1] if token.i > 0 else None
        if after is not None and after.lower_ in _HEADLINE_ONSETS:
            noun = token  # "Talks Open": the -s word is the noun, the verb follows
        elif before is not None and token.lower_[:-1] in _HEADLINE_ONSETS:
            noun = before  # "Conference Opens"
        else:
            return None
        word = noun.lower_
        code = self._nouns.get(word) or self._nouns.get(word[:-1])
        return self.coding_of(code, VERB_CONFIDENCE) if code is not None else None

    def _carried_to_indirect_object(self, verb: Token, lemma: str) -> Coding | None:
        """ "flew the Chadian army a shipment of ammunition": a carrying or handing verb whose
        indirect object receives relief, money or arms gives aid, as with a goal ("to the
        army")."""
        # A nominal indirect object only: "handed over weapons to peacekeepers" disarms. The
        # parser may read both objects as direct ones.
        if lemma not in self._carrying:
            return None
        datives = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not (datives or len(objects) >= 2 or misread_indirect_object(verb) is not None):
            return None
        post, pre = _argument_tokens(verb)
        goods_openings = self._carried_openings
        best, best_tokens = _best_pattern(
            verb, self._carried_goods, post, pre, None, goods_openings
        )
        if best is None:
            # "gave Croatia air defence systems": goods the patterns do not list.
            goods = self._transfer_goods.code_of(goods_words(verb))
            if goods is None:
                return None
            confidence = VERB_CONFIDENCE + 0.03 + PATTERN_WORD_BONUS
            return self._coding(goods, verb, [*post, *pre], False, confidence, frozenset())
        if best.code is None:
            return None
        confidence = min(0.8, VERB_CONFIDENCE + 0.03 + PATTERN_WORD_BONUS * best.size)
        return self._coding(best.code, verb, [*post, *pre], False, confidence, best_tokens)

    def _is_reception(self, verb: Token) -> bool:
        """ "The plan was met with protests", "was greeted with scorn": how something was
        received, not a meeting (a meeting's passive names its party with "by"); the event is
        the reaction its "with" phrase names, if any."""
        if _is_active(verb):
            return False
        return any(
            not _is_party(o)
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children
            if o.dep_ == "pobj"
        )

    def _weighed(self, token: Token) -> bool:
        """Whether a token is what an active verb of weighing weighs ("considering a ban on
        exports", "studying whether to relax the rules"): an option, not an event yet."""
        if self._deliberation.isdisjoint(doc_lemma_set(token.doc)):
            return False  # most texts weigh nothing
        if token.pos_ == "NOUN" and has_maker(token) and self._is_verbal_event_noun(token):
            return False  # "is studying Iraq's request": made already, by Iraq
        child = token
        for _ in range(_MAX_DEPTH):
            if child.dep_ not in _WEIGHED_LINKS or child.head == child:
                return False
            child = child.head
            if child.pos_ == "VERB" and lemma_of(child) in self._deliberation:
                return _is_active(child)
        return False

    def _weighed_threat_of(self, verb: Token) -> Coding | None:
        """ "is weighing sanctions against Belarus": sanctions weighed against a named party are
        a threat of sanctions (CAMEO 1312); weighing anything else is no event."""
        if self._weighed_threat is None:
            return None
        for obj in verb.children:
            coding = self._code_noun(obj) if obj.dep_ == "dobj" else None
            is_sanction = coding is not None and (
                coding.event == "SANCTION" or coding.cameo.startswith(_SANCTIONS_CAMEO)
            )
            if is_sanction and _names_target(obj):
                confidence = VERB_CONFIDENCE + 0.03 + 2 * PATTERN_WORD_BONUS
                post, pre = _argument_tokens(verb)
                around = [*post, *pre]
                return self._coding(
                    self._weighed_threat, verb, around, False, confidence, frozenset({obj.i})
                )
        return None

    def _individuals_or(self, code: str, verb: Token) -> str:
        """ "ordered two foreign journalists to leave": an order to leave sends out individuals
        (CAMEO 174, COERCE) unless those ordered out are a mission, staff or diplomats (166)."""
        plover = self.plover(code)
        if self._individuals is None or plover is None or plover[1] != "expel":
            return code
        ordered = _ordered(verb)
        if not ordered:
            return code
        for party in ordered:
            words = {w for t in party.subtree for w in _words(t)}
            # A state ordered to cut its mission ("ordered the Netherlands to reduce its
            # staff") is no individual either.
            if words & self._mission_words or party.ent_type_ in ("ORG", "GPE"):
                return code
        return self._individuals

    def _mission_or(self, code: str, verb: Token) -> str:
        """The reverse of `_individuals_or`: "ordered 48 Russian diplomats out of the
        country", a pattern that sends out individuals (CAMEO 174), sends out a mission when
        those ordered out are diplomats, staff or a mission (166, SANCTION)."""
        if code != self._individuals:
            return code
        for party in _ordered(verb):
            if set(_words(party)) & self._mission_words:
                return _MISSION_EXPULSION_CAMEO
        return code

    def _object_kind_or(self, code: str, doc: Doc, matched: frozenset[int]) -> str:
        """ "launched a cyber attack": a verb that only carries out the event its object names
        takes the object's more specific kind (the noun's own pattern), when the verb's pattern
        has the noun's own type ("launch an attack" and "an attack" are both ASSAULT)."""
        plover = self.plover(code)
        for i in matched:
            noun = doc[i]
            lemma = noun.lemma_.lower()
            if noun.pos_ not in _NOUN_POS or lemma not in self._noun_patterns:
                continue
            default = self._nouns.get(lemma)
            own = self.plover(default) if default else None
            if own is None or plover is None or own[0] != plover[0]:
                continue
            specific = self._code_noun(noun)
            if specific is not None and specific.cameo != default:
                return specific.cameo
        return code

    def _commemorated(self, token: Token) -> bool:
        """Whether a token is an act of mourning the dead, or a word of what it commemorates
        ("mourned the victims of the bombing", "paid tribute to the sailors who died")."""
        if self._commemorating.isdisjoint(doc_lemma_set(token.doc)):
            return False  # most texts commemorate no one
        child = token
        for _ in range(_MAX_DEPTH):
            if child.pos_ == "VERB" and self._is_commemoration(child):
                return child is token or (
                    _is_object_link(token, child) and not _is_setting_of(token, child)
                )
            if child.head == child or (child.pos_ == "VERB" and child.dep_ in _OTHER_CLAUSES):
                return False
            child = child.head
        return False

    def _is_commemoration(self, verb: Token) -> bool:
        lemma = lemma_of(verb)
        if lemma in self._mourning:
            return any(c.dep_ in ("dobj", "prep") for c in verb.children)
        if lemma not in self._gestures:
            return False
        gestures = self._gestures[lemma]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if gestures and not any(o.lemma_.lower() in gestures for o in objects):
            return False
        words = {w for t in verb.subtree for w in _words(t)}
        return lemma in ("lay", "observe") or bool(words & self._dead_words)

    def _official_complaint_or(
        self, code: str, lemma: str, verb: Token, *, official: bool = False
    ) -> str:
        """ "Japan protested to Russia", "the foreign ministry protested against the test": a
        protest by a state or its officials is an official complaint (CAMEO 114, ACCUSE), also
        where CAMEO reads a protest about arrests as rallying support for the arrested;
        `official`: the caller has found the subject a state ("Seoul Protests ...")."""
        if lemma not in _PROTEST_VERBS:
            return code
        plover = self.plover(code)
        if plover is None or plover[0] not in ("PROTEST", "SUPPORT"):
            return code
        return _OFFICIAL_COMPLAINT_CAMEO if official or _is_official_protest(verb) else code

    def _crowd_protest_or(self, code: str, lemma: str, verb: Token, subject: list[Token]) -> str:
        """ "Chinese students protested against Koizumi's visit": a crowd protesting an act
        demonstrates (PROTEST 141), though CAMEO's pattern reads a complaint (ACCUSE 111); a
        state or its officials protesting stay a complaint."""
        if lemma not in _PROTEST_VERBS or _is_official_protest(verb):
            return code
        plover = self.plover(code)
        if plover is None or plover[0] != "ACCUSE" or not _is_crowd(subject):
            return code
        return _DEMONSTRATION_CAMEO

    def _exposure(self, verb: Token, lemma: str) -> Coding | None:
        """ "came under mortar fire from rebels" is shooting, "came under attack from China for
        its interference" criticism (both with the subject as target); None leaves the reading
        to the dictionary ("under fire" criticism) or to the noun ("attack")."""
        if lemma not in _EXPOSURE_VERBS:
            return None
        under = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "under"]
        nouns = [o for p in under for o in p.children if o.dep_ == "pobj"]
        noun = next((n for n in nouns if n.lemma_.lower() in ("fire", "attack")), None)
        if noun is None:
            return None
        armed = _is_armed_exposure(verb, noun)
        is_fire = noun.lemma_.lower() == "fire"
        if armed is None or armed != is_fire:
            return None
        code = _GUNFIRE_CAMEO if armed else _CRITICISM_CAMEO
        around = [t for t in noun.subtree if t.i != noun.i]
        matched = frozenset({noun.head.i, noun.i})
        confidence = VERB_CONFIDENCE + 0.03 + 2 * PATTERN_WORD_BONUS
        return self._coding(code, verb, around, True, confidence, matched)

    def _naming(self, verb: Token, predicate: Token) -> Coding | None:
        """ "called the vote a fraud" criticises, "called the accord historic" praises; naming
        with other words ("a program called BackOff") is no event."""
        words = word_index(list(predicate.subtree)).keys()
        for code, cues in self._naming_words.items():
            if cues & words:
                confidence = VERB_CONFIDENCE + 0.03 + PATTERN_WORD_BONUS
                matched = frozenset({predicate.i})
                return self._coding(code, verb, list(verb.subtree), False, confidence, matched)
        return None

    def _event_cause(self, verb: Token) -> Coding | None:
        """The event of the verb's subject, or of its passive agent, when that is an event noun
        ("the website was hit by a cyber attack", "Syria was hit by airstrikes"): the verb
        reports that event, with the noun as one of its words."""
        causes = [c for c in verb.children if c.dep_ == "nsubj"]
        # "was hit by a cyber attack", "was hit with a wave of strikes".
        causes += [
            o
            for c in verb.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with")
            for o in c.children
        ]
        causes = [_counted(cause) for cause in causes]
        for cause in causes:
            coding = self._code_noun(cause)
            if coding is not None:
                confidence = VERB_CONFIDENCE + PATTERN_WORD_BONUS
                return replace(coding, confidence=confidence, matched=frozenset({cause.i}))
        return None

    def _has_event_object(self, verb: Token) -> bool:
        """Whether the verb's direct object, or the subject of the passive verb ("the attack
        was ordered"), is an event noun of the lexicon."""
        deps = ("dobj", "nsubjpass")
        return any(c.dep_ in deps and self._code_noun(c) is not None for c in verb.children)

    def _ended_event(self, verb: Token, lemma: str) -> tuple[str, int] | None:
        """ "halted the offensive", "called off the protests": the code of ending the object's
        event (CAMEO's de-escalation, easing of dissent, halted talks ...) and the noun."""
        if lemma not in self._cessation_verbs:
            return None
        for obj in verb.children:
            # "stopped fighting": a gerund complement names the ended event too.
            is_gerund = obj.tag_ == "VBG" and obj.dep_ in ("xcomp", "dobj", "ccomp")
            if obj.dep_ not in ("dobj", "nsubjpass") and not is_gerund:
                continue
            ended = self._code_verb(obj) if is_gerund else self._code_noun(obj)
            if ended is None and obj.lemma_.lower() in _PLAN_NOUNS:
                ended = self._planned_event(obj)
            code = self._cessation_codes.get(ended.event) if ended is not None else None
            if code is None and obj.lemma_.lower() in self._halted_activities:
                code = self._activity_code  # "froze settlement building": a yield
            if code is not None:
                return code, obj.i
        return None

    def _halt_noun(self, noun: Token) -> Coding | None:
        """ "declared a moratorium on military operations", "a moratorium on nuclear tests": a
        halt named by a noun codes as halting its "on" event does (a truce declared for fighting,
        a yield for an activity another party objects to); the event halted is part of it."""
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in HALTED_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                ended = self._code_noun(obj)
                halted = {obj.lemma_.lower(), obj.lower_} & self._halted_activities
                code = self._activity_code if halted else None
                if code is None and ended is not None:
                    code = _DECLARED_HALTS.get(ended.event) or self._cessation_codes.get(
                        ended.event
                    )
                if code is not None:
                    return self._coding(code, noun, [], False, NOUN_CONFIDENCE, frozenset({obj.i}))
        return None

    def _planned_event(self, plan: Token) -> Coding | None:
        """ "plans to impose a curfew": the event a plan, proposal or decision is to bring."""
        for clause in plan.children:
            if clause.dep_ == "acl" and clause.pos_ == "VERB":
                return self._code_verb(clause)
        return None

    def _signed_or(self, code: str, lemma: str, doc: Doc, matched: frozenset[int]) -> str:
        """ "signed a trade agreement": signing an agreement is SUPPORT in PLOVER, where CAMEO
        codes some as an intent to cooperate."""
        if lemma not in _SIGNING_VERBS:
            return code
        plover = self.plover(code)
        if plover is None or plover[0] not in ("AGREE", "COOPERATE"):
            return code
        signs_agreement = any(doc[i].lemma_.lower() in _AGREEMENT_NOUNS for i in matched)
        return _SIGN_CAMEO if signs_agreement else code

    def _clause_code(self, verb: Token) -> str | None:
        """The code a verb takes from the verb of the clause it governs, if any."""
        entries = self._clause_patterns.get(lemma_of(verb))
        if not entries:
            return None
        # "sent a team to investigate": a purpose clause is governed too.
        governed = {
            c.lemma_.lower()
            for c in verb.children
            if c.pos_ == "VERB" and (c.dep_ in ("xcomp", "ccomp") or _is_purpose_clause(c))
        }
        found = next((code for verbs, code in entries if governed & verbs), None)
        if found is not None:
            return found
        # "thronged the centre of Leipzig calling for free elections": a crowd's movement with a
        # participle of demand is a demonstration as with an infinitive (codes of root 14 only:
        # a participle after other verbs is mostly background).
        participles = {
            c.lemma_.lower() for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
        }
        return next(
            (code for verbs, code in entries if code.startswith("14") and participles & verbs),
            None,
        )

    def _directed_code(self, verb: Token, lemma: str) -> str | None:
        """ "ordered the troops to withdraw": the code of the material act a command states."""
        if lemma not in self._directives:
            return None
        for clause in verb.children:
            if clause.pos_ != "VERB" or clause.dep_ not in ("xcomp", "ccomp"):
                continue
            coding = self._code_verb(clause)
            if coding is not None and coding.event in _MATERIAL_TYPES:
                return coding.cameo
        return None

    def _labour_strike_or(
        self, code: str, doc: Doc, matched: frozenset[int], subject: list[Token]
    ) -> str:
        """A matched "strike" of workers is a labour strike (see `trigger_strikes`)."""
        plover = self.plover(code)
        return matched_strike_code(code, plover[0] if plover else None, doc, matched, subject)

    def _joint_exercise_or(
        self, code: str, doc: Doc, matched: frozenset[int], subject: list[Token]
    ) -> str:
        """ "Russia and China held naval exercises": exercises by conjoined parties are held
        together, military cooperation (CAMEO 062) rather than a show of force."""
        plover = self.plover(code)
        if plover is None or plover[0] != "MOBILIZE":
            return code
        drills = any(doc[i].lemma_.lower() in _EXERCISE_NOUNS for i in matched)
        conjoined = any(c.dep_ == "conj" for t in subject for c in t.children)
        return _JOINT_EXERCISE_CAMEO if drills and conjoined else code

    def _censored_or(self, code: str, verb: Token) -> str:
        """ "suspended the BBC": a named news outlet stopped is censored, where the verb's own
        reading reduces relations or coerces (trigger_media_outlets)."""
        plover = self.plover(code)
        if plover is None or plover[0] not in ("SANCTION", "COERCE"):
            return code
        return censored_outlet_or(code, verb)

    def _crowd_or(self, code: str, subject: list[Token], verb: Token | None = None) -> str:
        """The protest code for an assault or coercion by a crowd, else the code itself; a
        crowd that seizes property ("students seized the embassy") still seizes it."""
        if code in _SEIZE_CAMEOS:
            return code
        plover = self.plover(code)
        if plover is None or plover[0] not in _CROWD_CAMEO:
            return code
        crowd = _BLOCKADING_NOUNS if plover[0] == "COERCE" else _CROWD_NOUNS
        is_crowd = _is_crowd(subject, crowd) or (
            verb is not None and misread_crowd_participle(verb)
        )
        return _CROWD_CAMEO[plover[0]] if is_crowd else code

    def _traded_or(self, code: str, verb: Token) -> str:
        """The trade code for goods shipped, sent or delivered "under" a supply, trade or sales
        agreement or a contract ("began shipping oil to China under a new supply agreement"),
        where the lexicon read the transfer as aid; else the code itself."""
        plover = self.plover(code)
        if plover is None or plover[0] != "AID":
            return code
        # "began shipping oil ... under a supply agreement": the phrase may hang on "began".
        heads = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
        for prep in (c for head in heads for c in head.children):
            if prep.dep_ != "prep" or prep.lower_ != "under":
                continue
            for deal in (o for o in prep.children if o.dep_ == "pobj"):
                kinds = {c.lemma_.lower() for c in deal.children if c.dep_ in _DEAL_KIND_DEPS}
                if deal.lemma_.lower() == "contract" or (
                    deal.lemma_.lower() in _DEAL_NOUNS and kinds & _TRADE_KINDS
                ):
                    return _TRADE_CAMEO
        return code

    def _thrown_riot_or(
        self, code: str, doc: Doc, matched: frozenset[int], subject: list[Token]
    ) -> str:
        """The riot code for stones, bottles or petrol bombs thrown by a crowd or youths, else
        the code itself."""
        plover = self.plover(code)
        if plover is None or plover[0] != "ASSAULT":
            return code
        if not any(doc[i].lemma_.lower() in _CROWD_MISSILES for i in matched):
            return code
        return _RIOT_CAMEO if _is_crowd(subject, _THROWING_CROWDS) else code

    def _code_noun(self, noun: Token) -> Coding | None:
        lemma = noun.lemma_.lower()
        lower = noun.lower_
        if lemma in HALT_NOUNS:
            return None if is_lifted_halt(noun) else self._halt_noun(noun)
        noun_words = self._noun_words
        listed = lemma in noun_words or lower in noun_words or lower in self._hyphen_ends
        is_transfer = lemma in self._transfer_goods.nouns
        if not (listed or is_transfer):
            return None  # most nouns: no reading below could make them a trigger
        if noun.dep_ == "pobj" and lifted_halt_of(noun) is not None:
            return None  # "lifted a moratorium on deportations": none done yet
        if is_transfer:
            transfer = self._transfer_goods.noun_code(noun)
            if transfer is not None:  # "the delivery of tanks to Poland"
                around = [t for t in noun.subtree if t.i != noun.i]
                return self._coding(transfer, noun, around, False, NOUN_CONFIDENCE, frozenset())
        if not listed:
            return None
        if is_named_wrong(noun):
            return None  # "in violation of a ceasefire", "charges of genocide": named, not done
        if lemma in _IN_PHRASE_NOUNS and noun.head.lower_ == "in":
            return None
        if lemma in _REFERRING_NOUNS and _refers_back(noun):
            return None
        joined = _hyphenated(noun)  # "a pull-out": the parser's head is "out"
        if joined is not None and joined in self._nouns:
            lemma = joined
        code = self._nouns.get(lemma) or self._nouns.get(noun.lower_)
        if code is None and lemma not in self._noun_patterns:
            return None
        if lemma in _CONTEST_NOUNS and is_sports_clash(noun):
            return None  # "Sunday's clash with Rangers ended 2-2": a game
        if is_players_contract(noun):
            return None  # "signed the striker on a two-year deal": staff hired
        sense = noun_sense(noun, lemma, self._senses)
        if sense is not None:
            if sense.cameo is None:
                return None
            code = sense.cameo
        # Stuck talks report no event; a stalled offensive or advance was still fought.
        fought = code is not None and quad_class(code) == _MATERIAL_CONFLICT
        if (self._is_stalled(noun) and not fought) or self._is_stalled_topic(noun):
            return None
        if has_collapsed(noun) and not fought:
            return None  # "the ceasefire collapsed": no truce is declared or kept
        if lemma in _JOURNEY_WORDS and _is_product_journey(noun):
            return None
        modifiers = [t for t in noun.subtree if t.i != noun.i and t.dep_ not in _CLAUSE_DEPS]
        words = word_index(modifiers)
        if lemma == "strike" and is_labour_strike_noun(noun, words.keys()):
            code = STRIKE_CAMEO
        # Noun patterns look at the noun's own modifiers and prepositions and the objects of
        # those ("calls for", "a ban on exports"); a pattern can make a noun an event
        # ("mediation mission").
        own_tokens = list(noun.children)
        own_tokens += [o for p in own_tokens if p.dep_ == "prep" for o in p.children]
        # "a joint irrigation project": the parser hangs the modifier on the compound.
        own_tokens += [m for c in noun.children if c.dep_ == "compound" for m in c.children]
        own = word_index(own_tokens)
        for word, i in bloc_words(noun, own_tokens).items():
            own.setdefault(word, i)  # "its exit from ECOWAS"
        if lemma in _PARTY_AIMED_NOUNS and not _aimed_at_party(noun):
            return None
        for pattern in self._noun_patterns.get(lemma, ()):
            matched = _match(pattern.post, own)
            if matched is not None and pattern.code is not None:
                return self._coding(pattern.code, noun, modifiers, False, NOUN_CONFIDENCE, matched)
        if code is None:
            return None
        code = _riot_clash_or(code, noun)
        if lemma in _PROTEST_VERBS and _is_official_protest_noun(noun):
            code = self._official_complaint_or(code, lemma, noun, official=True)
        if lemma in _EXERCISE_NOUNS and noun.dep_ == "dobj":
            # "South Korea and the United States began their annual exercises": held together.
            holders = [t for t in noun.head.children if t.dep_ in ("nsubj", "nsubjpass")]
            code = self._joint_exercise_or(code, noun.doc, frozenset({noun.i}), holders)
        return self._coding(code, noun, modifiers, False, NOUN_CONFIDENCE, frozenset())

    def _coding(
        self,
        cameo: str,
        trigger: Token | None,
        around: list[Token],
        reverse: bool,
        confidence: float,
        matched: frozenset[int],
    ) -> Coding | None:
        plover = self.plover(cameo)
        if plover is None:
            return None
        if trigger is not None and cameo in _REFINABLE_AID:
            refined = self._transfer_goods.refined(cameo, trigger)
            if refined != cameo and (found := self.plover(refined)) is not None:
                cameo, plover = refined, found
        if trigger is not None and cameo == MILITARY_AID and _moved_into(trigger):
            # "Russia sent tanks into South Ossetia": arms moved in are deployed, not given.
            cameo, plover = _DEPLOYMENT, self.plover(_DEPLOYMENT) or plover
        event, mode, contexts = plover
        cues = word_index([trigger, *around] if trigger is not None else around).keys()
        own = word_index([trigger]).keys() & _ACT_MODE_CUES if trigger is not None else set()
        mode = self._cue_mode(event, own) or self._cue_mode(event, cues) or mode
        if event == "THREATEN" and mode is None and trigger is not None:
            # "threatened to arrest NAME", "to extend their blockade": the act threatened.
            mode = self._cue_mode(event, word_index(_threatened_words(trigger)).keys())
        if event == "CONSULT" and mode is None and trigger is not None and _is_journey_aim(trigger):
            mode = "visit"  # "arrived in Asmara for two days of talks": talks held on a visit
        extra = tuple(name for name, words in _CONTEXT_CUES.items() if cues & words)
        context = tuple(sorted(set(contexts) | set(extra)))
        return Coding(event, mode, context, cameo, quad_class(cameo), reverse, confidence, matched)

    def _cue_mode(self, event: str, cues: Any) -> str | None:
        """The first codebook mode of the event type whose cue words are present."""
        for mode, words in self._mode_cues.get(event, {}).items():
            if cues & words:
                return mode
        return None


# Verbs of arriving somewhere, whose "for" phrase names what the journey is for.
_ARRIVING_VERBS = frozenset({"arrive", "fly", "travel", "come", "land"})
# Nouns of span between "for" and what the journey is for ("for two days of talks").
_SPAN_NOUNS = frozenset({"day", "days", "round", "rounds", "session", "sessions", "week", "weeks"})


def _threatened_words(verb: Token) -> list[Token]:
    """The verb of the clause a threat governs ("threatened to arrest") and that verb's object
    ("to extend their blockade"), whose words say what kind of act is threatened."""
    clauses = [c for c in verb.children if c.pos_ == "VERB" and c.dep_ in ("xcomp", "ccomp")]
    objects = [o for c in clauses for o in c.children if o.dep_ == "dobj"]
    return [*clauses, *objects]


def _is_journey_aim(noun: Token) -> bool:
    """Whether a meeting noun is what a journey is "for" ("arrived in Asmara for talks with",
    "flew to Paris for two days of talks"): the meeting is held on a visit."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in _SPAN_NOUNS:
        span = prep.head  # "for two days of talks"
        if span.dep_ != "pobj":
            return False
        prep = span.head
    return (
        prep.lower_ == "for" and prep.head.pos_ == "VERB" and lemma_of(prep.head) in _ARRIVING_VERBS
    )


def _transport_patterns(section: dict[str, Any]) -> list[tuple[str, tuple[Pattern, ...]]]:
    """Patterns of relief carried (goods and a goal) or handed over (goods, with or without a
    particle), one tuple per verb lemma, most specific first."""
    goal = Slot.of(list(section.get("goals", ())))
    particle = Slot.of(list(section.get("particles", ())))
    goods = [(code, Slot.of(words)) for code, words in section.get("goods", {}).items()]
    found: list[tuple[str, tuple[Pattern, ...]]] = []
    for lemma in section.get("carrying", ()):
        found.append((lemma, tuple(Pattern(c, False, (g, goal), ()) for c, g in goods)))
    for lemma in section.get("handing", ()):
        with_particle = [Pattern(c, False, (particle, g), ()) for c, g in goods]
        found.append((lemma, (*with_particle, *(Pattern(c, False, (g,), ()) for c, g in goods))))
    # "turned over food" hands it over; "turned to Germany for food" asks for it.
    for lemma in section.get("particle_handing", ()):
        found.append((lemma, tuple(Pattern(c, False, (particle, g), ()) for c, g in goods)))
    return found


def _rejection_patterns(
    supplement: dict[str, Any], verbs: dict[str, tuple[str | None, tuple[Pattern, ...]]]
) -> list[tuple[str, tuple[Pattern, ...]]]:
    """The model verb's object patterns for each verb of turning down, after its particles
    ("brushed aside the demand" matches "aside" and then what "rejected the demand" matches)."""
    section = supplement.get("rejection", {})
    model = verbs.get(section.get("model", ""))
    if model is None:
        return []
    found = []
    for lemma, particles in section.get("verbs", {}).items():
        lead = tuple(Slot.of([p]) for p in particles)
        borrowed = tuple(
            Pattern(p.code, p.reverse, (*lead, *p.post), p.pre) for p in model[1] if p.post
        )
        found.append((lemma, borrowed))
    return found


def _receiving_patterns(section: dict[str, Any]) -> list[tuple[str, tuple[Pattern, ...]]]:
    """Reversed patterns of goods received "from" a giver, one tuple per verb lemma."""
    giver = Slot.of(["from"])
    goods = [(code, Slot.of(words)) for code, words in section.get("goods", {}).items()]
    patterns = tuple(Pattern(code, True, (slot, giver), ()) for code, slot in goods)
    # The giver's phrase may hang below the goods' own phrase ("$2 billion in grants from").
    patterns += tuple(Pattern(code, True, (slot,), ()) for code, slot in goods)
    return [(lemma, patterns) for lemma in section.get("lemmas", ())]


# Links by which a predicate of its own hangs below a verb: its words are not the verb's object.
_OTHER_CLAUSES = frozenset({"ccomp", "conj", "parataxis"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "mark", "advcl"})


def _is_active(verb: Token) -> bool:
    """A verb with a subject of its own, not passive ("is considered a threat")."""
    return not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _extradition_or(code: str, verb: Token) -> str:
    """ "handed over to Cambodia two commanders wanted for genocide": people handed over whom a
    party wants for, or has charged with or convicted of, a crime are extradited (CAMEO 063,
    judicial cooperation), not returned."""
    if code not in _HANDED_BACK_CAMEOS:
        return code
    handed = [c for c in verb.children if c.dep_ == "dobj"]
    # The parser may make the people the subject of "wanted", hung on the verb.
    wanted = [
        c for c in verb.children if c.dep_ in ("advcl", "ccomp", "conj") and c.lower_ == "wanted"
    ]
    described = any(
        c.dep_ == "acl" and c.lower_ in _CRIME_PARTICIPLES for n in handed for c in n.children
    )
    if described and not wanted and _handed_to_go_between(verb, handed):
        return code  # "handed the officers accused of spying to the OSCE": sent home, not tried
    if wanted or described or _person_handed_to_court(verb, handed):
        return _EXTRADITION_CAMEO
    return code


def _person_handed_to_court(verb: Token, handed: list[Token]) -> bool:
    """ "Karadzic will be handed over to the U.N. war crimes tribunal": a person handed to a
    court, a tribunal or prosecutors is sent to be tried."""
    people = [*handed, *(c for c in verb.children if c.dep_ == "nsubjpass")]
    if not any(p.ent_type_ == "PERSON" or p.pos_ == "PROPN" for p in people):
        return False
    receivers = [
        o
        for p in verb.children
        if p.dep_ in ("prep", "dative") and p.lower_ == "to"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(t.lower_ in _JUDICIAL_WORDS for r in receivers for t in r.subtree)


# Words of a body that tries or holds suspects, to which a handover is an extradition.
_JUDICIAL_WORDS = frozenset(
    {"court", "tribunal", "police", "prosecutor", "prosecutors", "justice", "interpol", "agents"}
)


def _handed_to_go_between(verb: Token, handed: list[Token]) -> bool:
    """Whether people are handed to an organisation that neither is a state nor tries them
    ("to the OSCE", "to the Red Cross"): a go-between that takes them home, as in a release."""
    # The parser may hang the "to" phrase on the charge ("accused of spying to the OSCE").
    charges = [t for n in handed for c in n.children if c.dep_ == "acl" for t in c.subtree]
    receivers = [
        o
        for holder in (verb, *handed, *charges)
        for p in holder.children
        if p.dep_ in ("prep", "dative") and p.lower_ == "to"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    # "to the OSCE, which flew them to Moscow": a phrase inside a receiver's clause is its own.
    receivers = [r for r in receivers if not any(r in o.subtree for o in receivers if o != r)]
    return bool(receivers) and all(
        r.ent_type_ == "ORG" and not any(t.lower_ in _JUDICIAL_WORDS for t in r.subtree)
        for r in receivers
    )


def _captives_or(code: str, verb: Token, lemma: str) -> str:
    """Captives handed over are freed (0841), whatever else their words name."""
    if lemma not in _HANDING_VERBS:
        return code
    return _RELEASE_CAMEO if _hands_captives(verb) else code


def _hands_captives(verb: Token) -> bool:
    """Whether what is handed is people described as taken ("the kidnapped engineers")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # The parser may hang the participle on a compound ("kidnapped" on "aid" of "aid workers").
    lefts = [t for o in objects for left in o.lefts for t in left.subtree]
    return any(t.lower_ in _CAPTIVE_MARKS for t in lefts)


def _handed_to_party(verb: Token, lemma: str) -> Token | None:
    """The "to" of "handed X to Y" without a particle, Y naming a party, or None."""
    if lemma not in _HANDING_VERBS:
        return None
    children = list(verb.children)
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in _HANDING_PARTICLES for c in children):
        return None
    objects = [c for c in children if c.dep_ == "dobj"]
    holders = [verb, *objects]
    for holder in holders:
        for phrase in holder.children:
            if phrase.dep_ not in ("prep", "dative") or phrase.lower_ != "to":
                continue
            if any(_names_handed_party(o) for o in phrase.children if o.dep_ == "pobj"):
                return phrase
    return None


def _names_handed_party(noun: Token) -> bool:
    """ "to China", "to the Red Cross", "to Cambodian authorities", "to the U.N. tribunal"."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in _PARTY_ENTITIES:
        return True
    return any(
        c.dep_ in ("amod", "compound") and (c.pos_ == "PROPN" or c.ent_type_ in _PARTY_ENTITIES)
        for c in noun.children
    )


def _hands_place(verb: Token) -> bool:
    """Whether what is handed is a place or control of one ("handed Macau to China")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        o.ent_type_ in _PLACE_ENTITIES or o.lemma_.lower() in _HANDED_PLACES for o in objects
    )


def _is_place(token: Token) -> bool:
    """Whether a noun names a place ("eastern Congo", "the town of Bunia", "the capital")."""
    if token.ent_type_ in ("GPE", "LOC", "FAC") or token.lemma_.lower() in _ENTERED_PLACES:
        return True
    if any(c.dep_ == "amod" and c.lower_ in _COMPASS_WORDS for c in token.children):
        return True  # "northern Cameroon", whatever the model tagged the name as
    return token.pos_ == "PROPN" and token.ent_type_ not in _NOT_PLACE_ENTITIES


def _is_party(token: Token) -> bool:
    """Whether a noun names a party: a name, or a word for a party or an official."""
    return (
        token.ent_type_ in _PARTY_ENTITIES
        or token.pos_ == "PROPN"
        or token.lemma_.lower() in _PARTY_NOUNS
    )


def _names_target(noun: Token) -> bool:
    """Whether a noun's "against" or "on" phrase names a party ("sanctions on Sudan", not "a
    ban on rice exports"); a government or ruler counts ("sanctions against Nigeria's military
    government")."""
    return any(
        _is_party(o)
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in _TARGET_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    )


def _is_setting_of(noun: Token, verb: Token) -> bool:
    """ "On a visit to Nairobi, the minister laid a wreath": an event noun in a phrase of the
    verb other than what the verb is done to or for is the setting of the act."""
    preposition = noun.head
    return (
        noun.dep_ == "pobj"
        and preposition.head == verb
        and preposition.lower_ not in _MOURNED_PREPS
    )


def _is_object_link(token: Token, verb: Token) -> bool:
    """Whether a token lies in what a verb acts on (its object or phrases), not its subject."""
    child = token
    while child.head != verb:
        child = child.head
    return child.dep_ not in _SUBJECT_DEPS and child.dep_ not in _OTHER_CLAUSES


def _refers_back(noun: Token) -> bool:
    """ "the deal", "this agreement": a definite noun with nothing but its determiner."""
    children = list(noun.children)
    return bool(children) and all(
        c.dep_ == "det" and c.lower_ in _REFERRING_DETERMINERS for c in children
    )


def _hyphenated(noun: Token) -> str | None:
    """ "pull-out", "sit-in": the word a hyphen joins to the noun before it, lower case."""
    if noun.i < 2:
        return None
    dash, first = noun.doc[noun.i - 1], noun.doc[noun.i - 2]
    if dash.text != "-" or dash.whitespace_ or first.whitespace_:
        return None
    return f"{first.lower_}-{noun.lower_}"


def _is_official_protest(verb: Token) -> bool:
    """Whether a protest verb's subject is a state or its officials ("Japan", "Beijing", "the
    foreign ministry", "the Indian government"), or it is addressed "to" a party. A country's
    name the tagger left untagged counts ("Bhutan protests Indian dam", "Bhutan" an
    adjective); short words are no names here ("It protested": Italy's code)."""
    for subject in verb.children:
        # "Bhutan protests Indian dam": the name read as a modifier of the verb.
        misread = subject.dep_ in _MISREAD_SUBJECT_DEPS and subject.i < verb.i
        if misread and _is_untagged_country(subject):
            return True
        if subject.dep_ != "nsubj":
            continue
        if subject.ent_type_ == "GPE" or subject.lemma_.lower() in _OFFICIAL_NOUNS:
            return True
        if _is_untagged_country(subject):
            return True
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" for o in c.children)
        for c in verb.children
    )


def _is_official_protest_noun(noun: Token) -> bool:
    """Whether a protest named by the noun is a state's or its officials' ("Seoul's protest",
    "protests from North Korea", "a protest from the foreign ministry"), or is addressed "to"
    a party ("a protest to Tokyo"): an official complaint, not a demonstration."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    # "drew angry protests from North Korea": the parser hangs the "from" phrase on the verb.
    phrases = [*noun.children, *(noun.head.children if noun.dep_ == "dobj" else ())]
    for prep in phrases:
        if prep.dep_ != "prep" or (prep.head != noun and prep.lower_ != "from"):
            continue
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ == "to" and objects:
            return True
        if prep.lower_ == "from":
            owners += objects
    return any(
        o.ent_type_ == "GPE" or o.lemma_.lower() in _OFFICIAL_NOUNS or _is_untagged_country(o)
        for o in owners
    )


def _is_untagged_country(token: Token) -> bool:
    """A capitalised word of more letters than a country code that names a country."""
    text = token.text
    return len(text) > 3 and text[0].isupper() and is_country_name(text)


def _best_pattern(
    verb: Token,
    patterns: tuple[Pattern, ...],
    post: list[Token],
    pre: list[Token],
    implied: dict[str, int] | None = None,
    openings: PatternOpenings | None = None,
) -> tuple[Pattern | None, frozenset[int]]:
    """The first pattern with most words matched among the verb's arguments, and words the
    construction implies (a particle left out) at the token that implies them."""
    post_words = word_index(post)
    for word, i in (implied or {}).items():
        post_words.setdefault(word, i)
    pre_words = word_index(pre)
    best: Pattern | None = None
    best_tokens: frozenset[int] = frozenset()
    if openings is None:
        openings = PatternOpenings.of(patterns)
    for n in openings.candidates(post_words):
        pattern = patterns[n]
        if best is not None and pattern.size <= best.size:
            continue
        matched = _match(pattern.post, post_words)
        if matched is None or not _stands_for_object(verb.doc, matched):
            continue
        if not _phrases_hold(verb.doc, matched):
            continue
        matched_pre = _match(pattern.pre, pre_words)
        if matched_pre is None:
            continue
        best, best_tokens = pattern, matched | matched_pre
    return best, best_tokens


def _phrases_hold(doc: Doc, matched: frozenset[int]) -> bool:
    """False when a matched preposition does not govern the word matched after it ("withdrew
    from Kosovo under the agreement" is no withdrawal from the agreement)."""
    order = sorted(matched)
    for at, after in pairwise(order):
        prep = doc[at]
        if prep.pos_ == "ADP" and prep.dep_ == "prep" and not prep.is_ancestor(doc[after]):
            return False
    return True


def _stands_for_object(doc: Doc, matched: frozenset[int]) -> bool:
    """False when a matched word only says what kind of building or place another noun is
    ("attacked government buildings" is no attack on the government), whose forces or targets
    they are ("attacked government forces", "a government convoy": an armed attack, no
    criticism), which movement people lead ("held talks with protest leaders"), what kind of
    aid ("sent military aid" sends no troops), or what an agreement or talks are about
    ("suspended its trade agreement" halts no trade)."""
    return not any(
        doc[i].head.i not in matched
        and (
            (doc[i].dep_ == "compound" and doc[i].head.lemma_.lower() in _PLACE_NOUNS)
            or (doc[i].dep_ == "amod" and doc[i].head.lemma_.lower() in _AID_KINDS)
            or (doc[i].dep_ == "compound" and doc[i].head.lemma_.lower() in _DEAL_NOUNS)
            or _names_owner_of_target(doc[i])
            or (doc[i].dep_ == "compound" and doc[i].head.lemma_.lower() in _LEADING_PEOPLE)
        )
        for i in matched
    )


# People a compound names by the movement they lead ("protest leaders", "strike organisers"):
# the movement's word is no object of the verb ("held talks with protest leaders").
_LEADING_PEOPLE = frozenset(
    {"leader", "organiser", "organizer", "spokesman", "spokeswoman", "spokesperson"}
)
# Words that name whose forces or targets a noun's are ("government troops", "army positions").
_OWNER_WORDS = frozenset({"government", "regime", "state", "army", "military", "police"})


def _names_owner_of_target(word: Token) -> bool:
    """ "government forces", "a government convoy": the word says whose the armed target is."""
    head = word.head.lemma_.lower()
    return (
        word.dep_ in ("compound", "amod")
        and word.lemma_.lower() in _OWNER_WORDS
        and (head in _ARMED_NOUNS or head in _EXPOSED_THINGS)
    )


def _is_armed_exposure(verb: Token, noun: Token) -> bool | None:
    """Whether what the subject came under is shooting (True) or criticism (False), or None
    when nothing tells."""
    phrases = [p for p in (*verb.children, *noun.children) if p.dep_ == "prep"]
    froms = [p for p in phrases if p.lower_ == "from"]
    sources = {o.lemma_.lower() for p in froms for o in p.children if o.dep_ == "pobj"}
    if sources & _ARMED_NOUNS:
        return True
    if sources & _CRITIC_NOUNS:
        return False
    modifiers = {t.lemma_.lower() for t in noun.children if t.dep_ in ("amod", "compound", "nmod")}
    if modifiers & _WEAPON_WORDS:
        return True
    if any(p.lower_ in _REASON_PREPS and not is_time_phrase(p) for p in phrases):
        return False
    subjects = {c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj"}
    return True if subjects & (_EXPOSED_THINGS | _ARMED_NOUNS) else None


def _aimed_at_party(noun: Token) -> bool:
    """Whether a noun's "against" phrase names a party or a person ("charges against the
    minister", "against him", "against Shell")."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "against":
            continue
        if any(c.dep_ == "pobj" and _is_party_word(c, _CHARGED_NOUNS) for c in prep.children):
            return True
    return False


def _is_party_word(word: Token, party_nouns: frozenset[str]) -> bool:
    """Whether a word names a party: a name, a noun of `party_nouns` or a person pronoun."""
    if word.ent_type_ in _PARTY_ENTITIES or word.pos_ == "PROPN":
        return True
    return word.lemma_.lower() in party_nouns or word.lower_ in ("him", "her", "them")


def _acts_on_something(verb: Token) -> bool:
    """Whether a verb has an object or a passive subject ("dispersed the crowd", "the rally was
    dispersed", "protesters dispersed by police"), not only a subject that does it itself ("the
    crowd dispersed")."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")


def _has_party_object(verb: Token) -> bool:
    """Whether the verb's object names a party: a name, a title or a person pronoun."""
    # "Macron called Merz": a name the parser read as the predicate of a naming ("a program
    # called Backoff" has no subject: a name indeed).
    active = any(c.dep_ == "nsubj" for c in verb.children)
    # "Ceausescu was executed": a passive's subject is its object, unless a predicate names it
    # ("he was called a traitor").
    named = any(c.dep_ == "oprd" for c in verb.children)
    for obj in verb.children:
        undergoes = obj.dep_ == "nsubjpass" and not named
        if (
            obj.dep_ not in ("dobj", "dative")
            and not (obj.dep_ == "oprd" and active)
            and not undergoes
        ):
            continue
        if _is_party_word(obj, _PARTY_NOUNS):
            return True
    return False


def _object_predicate(verb: Token) -> Token | None:
    """ "called the vote [a fraud]": the word that names the verb's object; none after a
    particle ("called home its ambassador" recalls the envoy, whom the parser reads as named)."""
    if any(c.dep_ in ("advmod", "prt") and c.lower_ in ("home", "back") for c in verb.children):
        return None
    predicate = next((c for c in verb.children if c.dep_ == "oprd"), None)
    if predicate is None:
        # "declared the general a traitor", "described the raid as a violation", "called
        # Hungary's treatment of refugees unacceptable"
        return small_clause_predicate(verb) or as_predicate(verb) or trailing_adjective(verb)
    # "Macron called Merz on Monday": with nothing named, a name the parser took for the
    # predicate is whom the call is to.
    if (
        predicate is not None
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
        and (predicate.ent_type_ in _PARTY_ENTITIES or predicate.pos_ == "PROPN")
    ):
        return None
    return predicate


def _inherited_subject(verb: Token) -> list[Token]:
    """The subject tokens of the clause a subjectless conjunct or participle continues, or
    the infinitive of a verb without an object completes ("protesters continued to occupy
    the building": the protesters occupy it; "forced the crowd to leave" is the crowd's)."""
    current = verb
    for _ in range(_MAX_DEPTH):
        if current.dep_ not in ("conj", "advcl", "xcomp") or current.head == current:
            return []
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            return []
        if current.dep_ == "xcomp" and any(
            c.dep_ in ("dobj", "dative") for c in current.head.children
        ):
            return []  # the object, not the subject, does what an object-control verb says
        current = current.head
        subjects = [c for c in current.children if c.dep_ == "nsubj"]
        if subjects:
            return [t for s in subjects for t in s.subtree]
    return []


def _counted(noun: Token) -> Token:
    """ "a series of protests": the counted noun of a noun that only counts events."""
    if noun.lemma_.lower() not in _EVENT_COUNTS:
        return noun
    counted = [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return counted[0] if counted else noun


def _is_circumstantial(verb: Token) -> bool:
    """ "Floods forced villagers to leave", "the airline was forced to cancel flights", "a storm
    hit the coast", "weeks of shelling forced", "were hard hit in the downturn": forcing or
    striking by a circumstance, or forcing by nobody named, is no act of a party."""
    children = list(verb.children)
    if lemma_of(verb) not in _FORCING_VERBS:
        causes = [c for c in children if c.dep_ == "nsubj"]
        causes += [o for c in children if c.dep_ == "agent" for o in c.children]
        if verb.dep_ == "relcl" and any(c.tag_ == "WDT" for c in causes):
            causes.append(verb.head)  # "the crisis that hit the region"
        if any(c.dep_ == "auxpass" for c in children):  # "were hard hit in the downturn"
            causes += [o for c in children if c.lower_ == "in" for o in c.children]
        return any(c.lemma_.lower() in _NATURAL_CAUSES for c in causes)
    # "lost money and were forced to": a conjoined passive has its auxiliary, not its subject.
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
        agents = [o for c in children if c.dep_ == "agent" for o in c.children]
        return not agents or any(o.lemma_.lower() in _CIRCUMSTANCES for o in agents)
    causes = [c for c in children if c.dep_ == "nsubj"]
    # "weeks of shelling forced": the cause is what the subject counts.
    causes += [o for c in causes for p in c.children if p.lower_ == "of" for o in p.children]
    return any(c.lemma_.lower() in _CIRCUMSTANCES or c.lower_ in _CIRCUMSTANCES for c in causes)


def _is_accidental(verb: Token) -> bool:
    """ "A landslide killed 20 villagers", "the bus crash that killed 40 pilgrims": harm done by
    an accident or a natural cause is no act of a party."""
    causes = [c for c in verb.children if c.dep_ == "nsubj"]
    causes += [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    if verb.dep_ == "relcl" and any(c.tag_ in _RELATIVE_TAGS for c in causes):
        causes.append(verb.head)
    if any(c.lemma_.lower() in _ACCIDENTS and not _fired_by_a_party(c) for c in causes):
        return True
    # "30 passengers killed when a bus plunged into the river": harm in the course of an
    # accident that a "when" or "as" clause tells, with no party named as its cause.
    if not causes and any(_tells_an_accident(c) for c in verb.children):
        return True
    # "The jetliner crashed into the sea, killing all 228 on board": harm an accident caused.
    return not causes and verb.dep_ == "advcl" and lemma_of(verb.head) in _ACCIDENT_VERBS


def _tells_an_accident(clause: Token) -> bool:
    """Whether a "when" or "as" clause is an accident ("when their helicopter crashed")."""
    return (
        clause.dep_ == "advcl"
        and lemma_of(clause) in _ACCIDENT_VERBS
        and any(c.lower_ in _ACCIDENT_MARKS for c in clause.children)
    )


def _fired_by_a_party(cause: Token) -> bool:
    """ "killed by Hezbollah fire", "by Israeli fire", "the army's fire": fire that a named party
    or its forces shoot is an attack, not a blaze."""
    if cause.lemma_.lower() != "fire":
        return False
    return any(
        c.dep_ in ("compound", "amod", "poss", "nmod")
        and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG") or c.tag_ == "PRP$")
        for c in cause.children
    )


def _is_purpose_clause(clause: Token) -> bool:
    """An adverbial infinitive ("to investigate the reports")."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    )


def _welcomed_offer_or(code: str, lemma: str, doc: Doc, matched: frozenset[int]) -> str:
    """The praise code for an offer welcomed that is made "to" a named third party ("welcomed
    Kim Dae-jung's offer of economic aid to North Korea"): the welcomer accepts nothing, it
    endorses the offer (SUPPORT 051); an offer made to the welcomer stays accepted (03x)."""
    if lemma not in _WELCOMING or not code.startswith("03"):
        return code
    for i in matched:
        if doc[i].lemma_.lower() not in _OFFER_NOUNS:
            continue
        for prep in doc[i].children:
            if (
                prep.dep_ == "prep"
                and prep.lower_ == "to"
                and any(o.ent_type_ in _PARTY_ENTITIES for o in prep.children)
            ):
                return _PRAISE_CAMEO
    return code


def _riot_clash_or(code: str, trigger: Token) -> str:
    """The riot code for a clash one of whose sides is a crowd, else the code itself."""
    if not code.startswith("19"):
        return code
    # "Clashes erupted between police and protesters": the clash is the verb's subject.
    if trigger.lemma_.lower() not in _CLASH_WORDS:
        nouns = [c for c in trigger.children if c.dep_ == "nsubj"]
        if not nouns or nouns[0].lemma_.lower() not in _CLASH_WORDS:
            return code
        trigger = nouns[0]
    sides = [c for c in trigger.children if c.dep_ == "nsubj"]
    # "Clashes broke out between police and youths": the sides hang on the noun's verb.
    holders = [trigger, trigger.head] if trigger.dep_ == "nsubj" else [trigger]
    # "police fought running battles with rioters": the sides hang on the verb's object.
    holders += [c for c in trigger.children if c.dep_ == "dobj" and c.lemma_ in _CLASH_WORDS]
    for holder in holders:
        for preposition in holder.children:
            if preposition.dep_ == "prep" and preposition.lower_ in _CLASH_SIDE_PREPS:
                sides += [o for o in preposition.children if o.dep_ == "pobj"]
    sides += [c for side in list(sides) for c in side.conjuncts]
    crowd = any(
        s.lemma_.lower() in _CROWD_NOUNS or s.lemma_.lower() in _CLASH_CROWDS for s in sides
    )
    return _RIOT_CAMEO if crowd else code


def _permission_or(code: str, verb: Token, lemma: str) -> str:
    """The code of permission eased for a party ("allowed an Israeli plane to land"), where a
    generic pattern of yielding or agreeing matched; else the code itself."""
    if code in _GENERIC_PERMISSION_CODES and permitted_party(verb, lemma) is not None:
        return _PERMISSION_CAMEO
    return code


def permitted_party(verb: Token, lemma: str) -> Token | None:
    """The party whose act a verb permits: "allowed a Turkish ship to pass" (the object or the
    infinitive's subject), "gave the green light for U.S. warplanes to fly" (the subject of the
    infinitive, or the "for" phrase of the permission noun); None when no party's act is
    permitted."""
    if lemma in _PERMITTING_VERBS:
        nouns: list[Token] = []
    elif lemma in ("give", "grant"):
        nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in _PERMISSION_NOUNS]
        if not nouns:
            return None
    else:
        return None
    if not _is_active(verb):
        # "Turkish boats will be allowed to fish", "the firm is to be allowed to tender": the
        # passive subject (of "is to" too) is permitted.
        if not nouns and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children):
            subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if not subjects and verb.dep_ == "xcomp" and verb.head.lemma_ == "be":
                subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
            if subjects and _names_party(subjects[0]):
                return subjects[0]
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.pos_ in _NOUN_POS and nouns == []:
            # "allowed Pakistani pilgrims to visit": the parser may make the doer the clause
            # and the act an infinitive on it.
            acts = [c for c in clause.children if c.dep_ == "acl" and c.pos_ == "VERB"]
            if acts and acts[0].lemma_.lower() not in _ARRANGED_ACTS and _names_party(clause):
                return clause
            # "let U.N. convoys into the enclave": the party let in, its way the phrase of
            # motion the parser hung on it or on the verb.
            motion = [p for p in (*clause.children, *verb.children) if p.lower_ in _MOTION_PREPS]
            if motion and _names_party(clause):
                return clause
        if clause.dep_ not in ("xcomp", "ccomp", "advcl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        if clause.lemma_.lower() in _ARRANGED_ACTS:
            continue
        permitted = [c for c in clause.children if c.dep_ == "nsubj"]
        if nouns:  # "the green light for U.S. warplanes to fly"
            permitted += [
                o
                for n in nouns
                for p in n.children
                if p.lower_ in ("for", "to")
                for o in p.children
                if o.dep_ == "pobj"
            ]
        elif clause.dep_ == "xcomp":
            permitted = [c for c in verb.children if c.dep_ == "dobj"] or permitted
        if permitted and _names_party(permitted[0]):
            return permitted[0]
    return None


# The ways a party is let go ("let the convoys into Gaza", "through the checkpoint").
_MOTION_PREPS = frozenset({"into", "through", "across", "onto", "in", "out"})


def _names_party(noun: Token) -> bool:
    """Whether a noun is a party's: a state, people or organisation itself or before it ("a
    Turkish survey ship", "U.S. warplanes"), also in its "of" phrase ("hundreds of Palestinian
    patients")."""
    if noun.ent_type_ in _PERMITTED_PARTY_ENTITIES or noun.ent_type_ == "PERSON":
        return True
    # "U.S. warplanes"; "UNSCOM inspectors", a body's name the tagger does not know.
    if any(
        c.dep_ in ("amod", "compound", "poss")
        and (c.ent_type_ in _PERMITTED_PARTY_ENTITIES or (c.pos_ == "PROPN" and c.is_upper))
        for c in noun.children
    ):
        return True
    counted = [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(_names_party(o) for o in counted)


def _is_product_journey(trigger: Token) -> bool:
    """ "Boeing's new 787 Dreamliner began a tour of airports", "the C919 airliner arrived": the
    traveller (the subject, or the owner of a journey noun) is named by a model number."""
    if trigger.lemma_.lower() not in _JOURNEY_WORDS:
        return False
    return _travels_product(trigger)


def _travels_product(trigger: Token) -> bool:
    """Whether the traveller of a journey word (or of the verb whose object it is) is a product
    named by its model number."""
    travellers = [c for c in trigger.children if c.dep_ in ("nsubj", "poss")]
    if trigger.pos_ != "VERB" and (not travellers or travellers[0].pos_ == "PRON"):
        verb = trigger.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        travellers = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(_has_model_number(t) for t in travellers)


def _has_model_number(name: Token) -> bool:
    """A name with a model number ("Airbus A380", "787 Dreamliner", "Queen Mary 2")."""
    if name.pos_ not in ("PROPN", "NOUN"):
        return False
    if _is_model_code(name.text):
        return True  # a model code of letters and digits ("A380", "C919")
    # The words before the name in its phrase ("Boeing 787 Dreamliner", "Queen Mary 2").
    words = [t for t in name.subtree if t.i <= name.i or t.dep_ == "nummod"]
    numbered = any((t.like_num and t.text[:1].isdigit()) or _is_model_code(t.text) for t in words)
    return numbered and (name.pos_ == "PROPN" or name.lemma_.lower() in _VEHICLE_WORDS)


def _is_model_code(text: str) -> bool:
    """Letters and digits mixed, as model codes are ("A380", "C919"; not "1st", "3rd")."""
    if text.lower().endswith(_ORDINAL_ENDS):
        return False
    return any(ch.isdigit() for ch in text) and any(ch.isalpha() for ch in text)


def _civil_demolition_or(code: str, verb: Token) -> str:
    """ "City authorities demolished the shacks": police or civil authorities pulling down
    buildings seize or damage property (COERCE 171, the codebook's "police or other authorities
    confiscating or seizing property"); the codebook keeps ASSAULT destroy for destruction as
    part of a conflict, so demolitions by troops stay 1712."""
    if code != _DESTROY_CAMEO or verb.lemma_.lower() not in _DEMOLITION_VERBS:
        return code
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    civil = any(s.lemma_.lower() in _CIVIL_AUTHORITIES for s in subjects)
    # "demolished the homes of suspected militants": punishment in a conflict stays an assault.
    owners = [
        o
        for d in verb.children
        if d.dep_ == "dobj"
        for p in d.children
        if p.lower_ == "of"
        for o in p.children
    ]
    fighters = any(o.lemma_.lower() in _CONFLICT_PARTIES for o in owners)
    return _DEMOLITION_CAMEO if civil and not fighters else code


def _mass_expulsion_or(code: str, verb: Token) -> str:
    """ "expelled 50,000 Asians": an expulsion whose object counts a thousand or more people."""
    # Deporting is a legal removal however many it removes ("deported 1,000 migrant workers").
    if not code.startswith(_EXPULSION_CAMEOS) or verb.lemma_.lower() == "deport":
        return code
    for obj in verb.children:
        # "expelled 50,000 Asians"; "drove thousands of Albanians from": the count is the object.
        counted = obj.lower_ in _MASS_WORDS or any(_is_mass_count(c) for c in obj.children)
        if obj.dep_ == "dobj" and counted:
            return _MASS_EXPULSION_CAMEO
    return code


def _is_mass_count(token: Token) -> bool:
    """A number word or figure of a thousand or more ("50,000", "thousands", "1.5 million")."""
    if token.dep_ not in ("nummod", "quantmod", "amod", "compound") and token.lower_ != "thousands":
        return False
    if token.lower_ in _MASS_WORDS or any(w.lower_ in _MASS_WORDS for w in token.subtree):
        return True
    figure = token.text.replace(",", "")
    return figure.isdigit() and int(figure) >= _MASS_NUMBER


def _match(slots: tuple[Slot, ...], words: dict[str, int]) -> frozenset[int] | None:
    """Token indices matching every slot, or None when a slot is unmatched."""
    found: set[int] = set()
    for slot in slots:
        common = slot.words.intersection(words)
        if common:
            found.add(min(words[w] for w in common))
            continue
        if not slot.phrases:  # most slots are single words
            return None
        phrase = next((p for p in slot.phrases if all(w in words for w in p)), None)
        if phrase is None:
            return None
        found.add(words[phrase[-1]])
    return frozenset(found)


def parse_cameo_plover(text: str, modes: dict[str, list[str]]) -> dict[str, PloverCoding]:
    """The hand-written CAMEO→PLOVER table: tab-separated `code type mode contexts why` rows
    after a header, contexts `;`-joined, `#` lines comments.

    `modes` is the codebook's modes per PLOVER type. A row naming a type, mode or context that
    PLOVER does not have raises ValueError, so a typo cannot reach the coded events.
    """
    table: dict[str, PloverCoding] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith(("#", "code\t")):
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            raise ValueError(f"line {number}: expected 5 tab-separated fields, got {len(fields)}")
        code, event, mode, joined, _why = (f.strip() for f in fields)
        contexts = tuple(c.strip() for c in joined.split(";") if c.strip())
        problem = _row_problem(code, event, mode, contexts, modes)
        if problem is None and code in table:
            problem = "code listed twice"
        if problem:
            raise ValueError(f"line {number}: {problem}")
        table[code] = (event, mode or None, contexts)
    return table


def _row_problem(
    code: str, event: str, mode: str, contexts: tuple[str, ...], modes: dict[str, list[str]]
) -> str | None:
    """What is wrong with one row of the CAMEO→PLOVER table, or None."""
    if not (code.isdigit() and len(code) in (3, 4)):
        return f"CAMEO code {code!r} is not 3 or 4 digits"
    if code.startswith("01"):
        return "root 01 (public statements) has no PLOVER event"
    if event not in modes:
        return f"{event!r} is not a PLOVER type"
    if mode and mode not in modes[event]:
        return f"{mode!r} is not a codebook mode of {event}"
    unknown = sorted(set(contexts) - PLOVER_CONTEXTS)
    if unknown:
        return f"unknown PLOVER context {', '.join(unknown)}"
    return None


@lru_cache(maxsize=1)
def _load_data() -> dict[str, Any]:
    folder = resources.files("dyads") / "data" / "events"
    lexicon: dict[str, Any] = json.loads((folder / "cameo_verbs.json").read_text("utf-8"))
    lexicon["modes"] = json.loads((folder / "plover_modes.json").read_text("utf-8"))
    table = (folder / "cameo_plover.tsv").read_text("utf-8")
    lexicon["plover"] = parse_cameo_plover(table, lexicon["modes"])
    lexicon["supplement"] = json.loads((folder / "supplement.json").read_text("utf-8"))
    return lexicon


# Deploying forces or arms (CAMEO 154).
_DEPLOYMENT = "154"


def _moved_into(verb: Token) -> bool:
    """Whether a verb moves what it carries "into" a place ("sent tanks into the province")."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "into" for c in verb.children
    )
