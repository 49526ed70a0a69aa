"""The events stage: PLOVER events with CAMEO codes, roles, status, date and place.

A rule-based coder over the dependency parse. Text is read one prose unit at a time (a sentence
cut at paragraph ends; captions, credits and headings skipped); in each unit every trigger of
the lexicon that is not part of another trigger's event yields one event per actor and
recipient; a one-sided event that names no recipient gets an implied one, and violence, protest
or repression whose doers are not coded an implied actor (`implied_recipient`); "X said Y must
act" is a demand even when the action is no trigger. Who is actor and who is recipient follows
the conventions written down in docs/events.md. Within a unit the most confident event comes
first.

This CAMEO-dictionary coder is the default: on the PLOVER dev gold it beats the trained type
classifier of `event_classifier` and a hybrid of both (see BENCHMARKS.md, events-methods).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import msgspec
from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from dyads.records import Actor, Event, Place, Span, Status, TimeRef
from dyads.stages import event_setting as setting
from dyads.stages.accusing_frames import accused_clause, frame_start
from dyads.stages.actor_downed_weapons import downs_weapons
from dyads.stages.addressed_demands import addressed_demand_speaker
from dyads.stages.appeal_nouns import appealed_clause, find_appeals, is_appealed_content
from dyads.stages.business_events import trade_or
from dyads.stages.conceded_victories import ENDORSEMENT_CAMEO, endorses_foreign_winner
from dyads.stages.deadline_demands import is_deadline_time
from dyads.stages.denials import (
    DENIAL_CAMEO,
    denied_allegations,
    denied_charges,
    denied_content,
    is_inside,
)
from dyads.stages.doc_utils import (
    char_span_of,
    parse_table,
    text_of,
    token_bounds,
    token_table,
)
from dyads.stages.event_attack_doers import with_attack_doers
from dyads.stages.event_content import PROTEST_DEMAND_CAMEO, aimed_event, voiced_by_protesters
from dyads.stages.event_denials import with_denied_accusers
from dyads.stages.event_gatherings import at_named_gathering
from dyads.stages.event_offsets import offset_link
from dyads.stages.event_reactions import with_reaction_targets
from dyads.stages.event_repeats import drop_repeated_mentions
from dyads.stages.event_story_state import aimed_at_story_state
from dyads.stages.event_warring_sides import with_warring_sides
from dyads.stages.frame_settings import frame_setting_spans
from dyads.stages.implied_recipient import implied_actor, implied_recipient, place_party
from dyads.stages.intents import (
    CONDITIONAL_THREAT_CAMEO,
    DEMAND_CAMEO,
    REFUSAL_CAMEO,
    WITHHELD_AID_CAMEO,
    agreed_concession,
    demand_coding,
    demand_speaker_verb,
    intent_coding,
    intent_governor,
    is_intent_frame,
    is_intent_noun_clause,
    is_purpose_of_acting,
    is_refrained,
    pattern_agreement,
    refused_permission,
    threat_condition,
    withholds_aid,
)
from dyads.stages.journey_requests import seeks_on_journey
from dyads.stages.layout import paragraphs, skipped_spans
from dyads.stages.mandative_clauses import is_mandative
from dyads.stages.party_expulsions import party_expulsion_or
from dyads.stages.provoked_responses import THREAT_CAMEO, is_provoking_act, response_clause
from dyads.stages.questioned_clauses import in_question_clause
from dyads.stages.reported_faults import FAULT_CAMEO, found_fault
from dyads.stages.reported_wrongs import ACCUSATION_CAMEO, violation_clause, wrong_doer_phrase
from dyads.stages.role_culprits import unknown_culprits, within_unknown_culprits
from dyads.stages.role_feelings import feeling_roles
from dyads.stages.role_goals import has_destination
from dyads.stages.role_index import reciprocal, with_co_recipients
from dyads.stages.role_nouns import charge_makers
from dyads.stages.role_objects import object_doer_noun, shared_objects
from dyads.stages.role_peace_hosts import peace_host_roles
from dyads.stages.role_reference import answers_anothers_word, names_other_parties_by_kind
from dyads.stages.role_state_funds import home_state_funder
from dyads.stages.role_syntax import LETTER_NOUNS, TALK_NOUNS, letters_to
from dyads.stages.role_vessels import seizes_a_vessel
from dyads.stages.roles import (
    ActorIndex,
    Roles,
    between_parties,
    first_other,
    names_a_party_by_reference,
    noun_roles,
    reciprocal_object,
    reporting_speakers,
    subject_actors,
    verb_roles,
)
from dyads.stages.salience import (
    TypeReading,
    conjunct_tie_share,
    document_content,
    enacting_verb,
    governor_tie_share,
    is_announced_decision,
    is_background_gathering,
    main_clause_bonus,
)
from dyads.stages.stated_feelings import FEELING_CAMEOS, is_felt_content, stated_feeling
from dyads.stages.status import Cues, clause_verb, cue_status, dated_status, is_after
from dyads.stages.trigger_blocs import mark_international_bodies
from dyads.stages.trigger_headlines import (
    headline_lemmas,
    is_headline_infinitive,
    is_subjectless_headline_verb,
)
from dyads.stages.trigger_lemmas import lemma_of
from dyads.stages.trigger_misread_nouns import is_misread_noun, object_conjuncts
from dyads.stages.trigger_peacekeeping import PEACEKEEPING_CAMEO
from dyads.stages.trigger_results import is_result_ending
from dyads.stages.triggers import (
    VERB_CONFIDENCE,
    Coding,
    TriggerLexicon,
)
from dyads.stages.ultimatums import ULTIMATUM_CAMEO, ultimatum_giver

_TERMINAL = frozenset(".!?\"”’'…")
_ACTOR_BONUS = 0.05
# Types whose verb addresses the subject of its that-clause ("warned that Iran would pay").
_ADDRESSING_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT"})
# Types that answer another's decision or claim ("rejected the criticism"): its author, not the
# speaker's own country, is the recipient.
_ANSWERING_TYPES = frozenset({"ACCUSE", "REJECT"})
# Types whose "from" phrase names the recipient ("demanded autonomy from", "withdrew from",
# "withdrew its peacekeepers from").
_FROM_RECIPIENT_TYPES = frozenset({"REQUEST", "RETREAT", "SANCTION"})
# Types whose "to" phrase names the recipient ahead of the object ("sent tanks to Ukraine",
# "extradited a Russian to the United States", "returned the soldiers to Azerbaijan"), and
# deployments, whose recipient is the party they are sent near.
_GOAL_RECIPIENT_TYPES = frozenset({"AID", "MOBILIZE"})
# The mode of seizing property (COERCE 171), ships and aircraft among it.
_SEIZING_MODE = "seize"
_TRANSFER_CAMEO = ("063", "0841", "0842")
_RELEASE_CAMEO = "0841"
# Transfers, and sharing information, whose "to" phrase the parser may hang on the object.
_SHARING_CAMEO = "064"
_GIVING_CAMEO = (*_TRANSFER_CAMEO, _SHARING_CAMEO)
_HELP_VERBS = frozenset({"help", "assist"})
_VERBAL_COOPERATION = frozenset({"SUPPORT", "AGREE", "CONSULT", "COOPERATE"})
_ADDRESSING_PREPS = frozenset({"to", "with", "toward", "towards"})
_TOPIC_PREPS = frozenset({"about", "on", "of", "over", "regarding", "concerning"})
# Nouns of aid a promise may offer, which goes to others, not to the promiser's own country.
_PROMISED_AID_NOUNS = frozenset(
    {"aid", "assistance", "relief", "loan", "grant", "donation", "funding", "credit"}
)
# Prepositions naming what a threat threatens: "threatened Minsk with sanctions", "warned of
# reprisals".
_THREAT_CONTENT_PREPS = frozenset({"with", "of"})
# How far apart two mentions of one event may be (events in the list, characters in the text).
_COREF_WINDOW = 6
_COREF_CHARS = 600
# Confidence taken from a demand or condemnation that only states what a protest is about.
_CONTENT_PENALTY = 0.2
_PROTEST_CONTENT_TYPES = frozenset({"REQUEST", "ACCUSE"})
# Types whose joint parties of several states still act on the land of one of them, where
# the act is placed there: force used together is used on that land.
_JOINT_FORCE_TYPES = frozenset({"ASSAULT"})
# Verbs of exchange: between joint parties they go both ways only when the exchange is hostile
# ("traded fire", "exchanged accusations"); trading goods is cooperation held together.
_EXCHANGE_VERBS = frozenset({"exchange", "trade", "swap"})
# Words that join the parties a headline lists ("Ghana, Togo", "Ghana and Togo").
_LIST_WORDS = frozenset({",", "and", "&"})
# Nouns whose "of" gerund is an act under way ("the process of withdrawing").
_PROCESS_NOUNS = frozenset({"process"})
# Prepositions of what is talked about: a place inside their phrase is the topic's, not where
# the event happens ("spoke about security in the Pacific").
_ABOUT_PREPS = frozenset({"about", "regarding", "concerning"})
# Events whose verb's object, when a place, is where they happen ("shelled Kharkiv", "raided
# Jenin", "evacuated Kherson"), and the mode of a visit ("visited Nigeria").
_SCENE_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "RETREAT"})
_VISIT_MODE = "visit"
# PLOVER 2.0 codes a promise to give, cooperate, agree, yield or withdraw as one event, the
# promise (AGREE or CONCEDE): "Berlin would provide aid" is no aid yet, nor a second event.
# Participles that say where a party is ("rebels based in Tanzania"), not where it acts.
_LOCATING_PARTICIPLES = frozenset(
    {"base", "station", "headquarter", "live", "locate", "position", "garrison", "hole", "reside"}
)
# What money may be said to do: "the loan will finance", "the grant will pay for".
_SPENDING_TYPES = frozenset({"COOPERATE", "AID", "AGREE", "SUPPORT"})
_PROMISED_TYPES = frozenset({"AID", "COOPERATE", "CONCEDE", "RETREAT", "AGREE"})
_PROMISE_TYPES = frozenset({"AGREE", "CONCEDE"})
# Mediation offered ("offered to mediate") is the offer alone, as other promised help is; a
# meeting announced stays the meeting to come.
_MEDIATION_CAMEO = "045"
# How many phrases a noun may be nested in below the verb whose setting it is ("at the end of a
# visit to Cairo").
_MAX_PHRASE_DEPTH = 3
# Passives that tell how something was received ("was met with protests").
_RECEPTION_VERBS = frozenset({"meet", "greet"})
# Confidence taken from the threat read into a sanction announced as decided ("will expel two
# diplomats"): the sanction itself comes first.
_DECISION_PENALTY = 0.05
# Confidence taken from a negated event: CAMEO codes an act that did not happen as no event, so
# an act the sentence asserts beside it ("accused X of fraud but did not call for protests")
# comes first; alone, the negated act is still the sentence's event.
_NEGATED_PENALTY = 0.15
# How far an accusing frame's event ranks above the act it reports.
_FRAME_MARGIN = 0.05
# Word classes of a unit's verbs: auxiliaries carry the modal of a bare demand ("Y must be").
_VERBAL_POS = frozenset({"VERB", "AUX"})
# Word classes a trigger may have (`TriggerLexicon.code` reads no other).
_TRIGGER_POS = frozenset({"VERB", "ADJ", "NOUN", "PROPN"})
# Verbs whose "with" phrase names the partner whose view or deal is shared ("agreed with the
# mayor that", "concurred with Berlin that").
_CONCURRING = frozenset({"agree", "concur"})


@dataclass(frozen=True, slots=True)
class Unit:
    """A stretch of prose read as one sentence: its character span, the indices of its first and
    last tokens, and among its tokens the verbs and nouns (read once: several rules look only at
    one word class)."""

    span: Span
    first: int
    last: int
    verbs: tuple[Token, ...] = field(repr=False, compare=False)
    nouns: tuple[Token, ...] = field(repr=False, compare=False)
    # Verbs, adjectives of feeling, nouns and names: the only words the lexicon reads as triggers.
    content: tuple[Token, ...] = field(repr=False, compare=False)


# Word classes a unit keeps a Token for: those of its verbs, nouns and trigger words.
_KEPT_POS = _VERBAL_POS | _TRIGGER_POS


def unit_of(doc: Doc, indices: Sequence[int], span: Span) -> Unit:
    """The unit of the (non-empty) token indices: a Token is built only for the words of the
    classes the rules read, not for every word."""
    pos = parse_table(doc).pos
    kinds = [(doc[i], p) for i in indices if (p := pos[i]) in _KEPT_POS]
    verbs = tuple([t for t, p in kinds if p in _VERBAL_POS])
    nouns = tuple([t for t, p in kinds if p == "NOUN"])
    content = tuple([t for t, p in kinds if p in _TRIGGER_POS])
    return Unit(span, indices[0], indices[-1], verbs, nouns, content)


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token
    coding: Coding
    # The agreement an agreed concession was coded from: parties agreeing together keep it.
    agreement: Coding | None = None


@dataclass(frozen=True, slots=True)
class Reading:
    """One event a trigger yields: its own, or an intent or demand its clause states."""

    coding: Coding
    roles: Roles
    status: Status
    date: str | None
    date_text: str | None
    date_span: Span | None = None
    status_spans: tuple[Span, ...] = ()  # the words that decided the status


@dataclass(frozen=True, slots=True)
class When:
    """A trigger's date, the time expression it came from, its status and the status's words."""

    date: str | None
    time: TimeRef | None
    status: Status
    status_spans: tuple[Span, ...] = ()

    def reading(self, coding: Coding, roles: Roles) -> Reading:
        """The trigger's own event, timed."""
        text, span = (self.time.text, self.time.span) if self.time else (None, None)
        return Reading(coding, roles, self.status, self.date, text, span, self.status_spans)


@dataclass(frozen=True, slots=True)
class _Mentions:
    """The article's actors, and its times and places with the token each attaches from."""

    actors: ActorIndex
    times: list[tuple[TimeRef, Token]]
    places: list[tuple[Place, Token]]
    # Places that are a verb's direct object: the scene of an attack or a visit only.
    object_places: list[tuple[Place, Token]]
    # Capitalised words inside a body's name ("Committee to Protect Journalists"): no triggers.
    name_words: frozenset[int] = frozenset()


# A name this long is a body's own name, whose words name no act ("Save the Children").
_NAME_MIN_WORDS = 3


def words_of_names(doc: Doc, actors: Sequence[Actor]) -> frozenset[int]:
    """Tokens inside the names of named bodies: capitalised words after the first of an actor
    mention of three words or more ("Protect" in "the Committee to Protect Journalists",
    "Relief" in "the United Nations Relief and Works Agency"), which are no event's trigger."""
    inside: set[int] = set()
    for actor in actors:
        try:
            start, end, _ = token_bounds(doc, actor.span)
        except ValueError:
            continue  # an empty span covers no token
        if end - start < _NAME_MIN_WORDS:
            continue
        inside.update(i for i in range(start + 1, end) if doc[i].is_title)
    return frozenset(inside)


def prose_units(doc: Doc) -> list[Unit]:
    """Sentences cut at paragraph ends, re-joined where the parser split mid-sentence."""
    text = text_of(doc)
    skipped = skipped_spans(text)
    # The words are read from the Doc's lists: a Token is built only for the words kept.
    table = token_table(doc)
    texts, spaces = table.texts, table.is_space
    starts = doc.to_array("SENT_START").tolist() if len(doc) else []
    units: list[Unit] = []
    for start, end in paragraphs(text):
        if any(s <= start and end <= e for s, e in skipped):
            continue
        words = doc.char_span(start, end, alignment_mode="expand")
        if words is None:
            continue
        pieces: list[list[int]] = []
        for i in range(words.start, words.end):
            if spaces[i]:
                continue
            # A sentence start (SENT_START 1) after final punctuation opens a new piece.
            if pieces and not (starts[i] == 1 and texts[pieces[-1][-1]][-1] in _TERMINAL):
                pieces[-1].append(i)
            else:
                pieces.append([i])
        for piece in pieces:
            span = (table.starts[piece[0]], table.starts[piece[-1]] + len(texts[piece[-1]]))
            units.append(unit_of(doc, piece, span))
    return units


class EventExtractor:
    """Code the events of an article from its parse and the mentions found by earlier stages."""

    def __init__(self, lexicon: TriggerLexicon | None = None) -> None:
        self._lexicon = lexicon or TriggerLexicon()

    def process(
        self,
        doc: Doc,
        actors: Sequence[Actor],
        times: Sequence[TimeRef],
        places: Sequence[Place],
        anchor: dt.date | None,
        article_id: str,
    ) -> list[Event]:
        # "quit ECOWAS": the lexicon reads a body the actor stage knows as a bloc left.
        mark_international_bodies(doc, actors)
        index = ActorIndex(doc, tuple(actors))
        index.add_places([party for p in places if (party := place_party(p)) is not None])
        mentions = _Mentions(
            actors=index,
            times=[(t, h) for t in setting.usable_times(times) if (h := setting.time_head(doc, t))],
            places=[(p, s) for p in places if (s := setting.place_start(doc, p))],
            object_places=[(p, s) for p in places if (s := setting.object_place_start(doc, p))],
            name_words=words_of_names(doc, actors),
        )
        events: list[Event] = []
        pair: Roles | None = None
        for unit in prose_units(doc):
            unit_events, pair = self._code_unit(unit, mentions, anchor, pair)
            events.extend(sorted(unit_events, key=lambda e: -e.confidence))
        events = fill_from_coreferent(drop_repeated_mentions(doc, events))
        # "Militants attacked a camp. The assault left nine dead": the militants' assault.
        events = with_attack_doers(doc, events)
        # "A Moscow court sentenced X. The White House condemned the verdict": aimed at Russia.
        events = with_reaction_targets(doc, events)
        # "Britain blames Moscow for the attack ... Russia denies any involvement": at Britain.
        events = with_denied_accusers(doc, events)
        # "Iraqi jets bombed Iran. ... urged both sides to end the fighting": Iraq and Iran.
        events = with_warring_sides(doc, events)
        # "During the meeting, X pledged": where and when an earlier sentence held the meeting.
        events = at_named_gathering(doc, events, mentions.places, mentions.times)
        # "Portugal urged a return to constitutional order" in a story filed from Bissau.
        events = aimed_at_story_state(doc, events, places)
        return [_replace(e, id=f"{article_id}-e{n}") for n, e in enumerate(events, 1)]

    def _code_unit(
        self, unit: Unit, mentions: _Mentions, anchor: dt.date | None, pair: Roles | None
    ) -> tuple[list[Event], Roles | None]:
        """The events of one unit, and the last asserted dyad ("the two leaders" next)."""
        triggers = [t for t in self._triggers(unit) if t.token.i not in mentions.name_words]
        anchors = {t.token.i: setting.anchors_of(t.token) for t in triggers}
        first, last = unit.first, unit.last
        times = [(t, h) for t, h in mentions.times if first <= h.i <= last]
        places = [(p, s) for p, s in mentions.places if first <= s.i <= last]
        objects = [(p, s) for p, s in mentions.object_places if first <= s.i <= last]
        index = mentions.actors.within(unit.span)
        events: list[Event] = []
        roles_at: dict[int, Roles] = {}
        certainty = {
            t.token.i: TypeReading(t.coding.confidence, t.coding.quad_class, bool(t.coding.matched))
            for t in triggers
        }
        for trigger in triggers:
            roles = self._roles(trigger, index)
            if roles.refers_to_previous_pair and pair is not None:
                roles = _as_previous_pair(pair, trigger.token)
            roles = _reporter_as_target(trigger, roles, index)
            if trigger.agreement is not None and len(roles.actors) >= 2:
                # "the government and the rebels agreed to allow access": a reciprocal
                # agreement (PLOVER AGREE), no concession of one party to another.
                trigger = Trigger(trigger.token, trigger.agreement)
            roles = _without_joint_parties(trigger, roles, index)
            if _hopes_of_no_other(trigger, roles):
                continue  # "said it hoped the truce would hold": a statement, no appeal
            if endorses_foreign_winner(trigger.token, trigger.coding, roles):
                trigger = self._recoded(trigger, ENDORSEMENT_CAMEO)
            roles_at[trigger.token.i] = roles
            when = self._when(trigger, times, anchors, anchor)
            # Intents and demands come first: at equal confidence they are what is said now.
            readings = self._statements(trigger, roles, index, anchor)
            if not _is_promise_of(trigger.coding, readings):
                readings.append(when.reading(trigger.coding, roles))
            if _threat_of_decision(trigger, readings[0]):
                # The decision first, also where both readings reach the cap of 1.0.
                readings.sort(key=lambda reading: reading.coding is not trigger.coding)
            location = self._where(trigger, places, anchors) or self._scene(
                trigger, objects, anchors
            )
            bonus = main_clause_bonus(trigger.token) - conjunct_tie_share(trigger.token, certainty)
            if (
                _states_protest_demand(trigger, triggers)
                or _forced_an_act(trigger.token)
                or is_appealed_content(trigger.token)  # "hope that X will": what is asked
                or is_felt_content(trigger.token)  # "it is astonishing that X would"
                or is_provoking_act(trigger.token)  # "said X's attack would provoke a response"
            ):
                bonus -= _CONTENT_PENALTY
            # "refused to withdraw, accusing Eritrea of": the refusal or intent is stated by
            # the word that governs the act, and ranks where that word stands.
            governor = intent_governor(trigger.token)
            stated = max(bonus, main_clause_bonus(governor)) if governor is not None else bonus
            for reading in readings:
                own = reading.coding is trigger.coding or reading.coding.event == "REQUEST"
                if own or governor is None:
                    adjusted = bonus
                else:  # "congratulated X and promised to back": the first conjunct leads
                    said = TypeReading(reading.coding.confidence, reading.coding.quad_class, True)
                    adjusted = stated - governor_tie_share(governor, said, certainty)
                adjusted -= _threat_of_decision(trigger, reading)
                adjusted -= _NEGATED_PENALTY if reading.status == "negated" else 0.0
                events += self._events(trigger.token, reading, unit, (index, location), adjusted)
            if when.status == "asserted":
                pair = _pair_of(roles) or pair
        trigger_indices = {t.token.i for t in triggers}
        events += self._bare_demands(unit, trigger_indices, index, anchor)
        events += self._bare_stances(unit, trigger_indices, index, anchor)
        events += self._reported_violations(unit, trigger_indices, index, anchor)
        events += self._reported_faults(unit, trigger_indices, index, anchor)
        events += self._provoked_responses(unit, index, anchor)
        events += self._denials(unit, roles_at, index, anchor)
        events += self._appeals(unit, index, anchor)
        return _framed_accusations(unit, events), pair

    def _denials(
        self, unit: Unit, roles_at: dict[int, Roles], index: ActorIndex, anchor: dt.date | None
    ) -> list[Event]:
        """ "X denied that its troops shelled Y": X rejects the claim (REJECT 120), aimed at the
        first party of the act denied that is not X's own."""
        coding: Coding | None = None  # built at the first denial: most units hold none
        events: list[Event] = []
        for token in unit.verbs:  # only a verb denies
            content = [] if token.i in roles_at else denied_content(token)
            if not content:
                continue
            coding = coding or self._lexicon.coding_of(DENIAL_CAMEO, VERB_CONFIDENCE)
            if coding is None:
                continue
            denied = [roles for i, roles in roles_at.items() if is_inside(token.doc[i], content)]
            if not denied:
                continue  # a denial of no act ("denied the report") is the lexicon's to read
            actors = tuple(subject_actors(token, index))
            parties = [p for r in denied for p in (*r.actors, r.recipient) if p is not None]
            own = {a.code for a in actors if a.code is not None}
            # The denier's own forces in the act denied are its own: the claim is another's.
            claimed = first_other([p for p in parties if p.code not in own], actors)
            charges = denied_charges(token) if actors else []
            if charges:  # "dismissed as false reports by X that": answers who makes the charge
                makers = [m for c in charges for m in charge_makers(c, actors[0], index)]
                claimed = makers[0] if makers else None
            said_on = anchor.isoformat() if anchor is not None else None
            reading = Reading(coding, Roles(actors, claimed), "asserted", said_on, None)
            events += self._events(token, reading, unit, (index, None), main_clause_bonus(token))
        return events

    def _appeals(self, unit: Unit, index: ActorIndex, anchor: dt.date | None) -> list[Event]:
        """ "It is our hope that X will", "the call by X for Y to": appeals (`appeal_nouns`)."""
        said_on = anchor.isoformat() if anchor is not None else None
        events: list[Event] = []
        for appeal in find_appeals(unit.nouns, index):
            coding = self._lexicon.coding_of(appeal.cameo, VERB_CONFIDENCE)
            if coding is not None:
                reading = Reading(coding, appeal.roles, "asserted", said_on, None)
                bonus = main_clause_bonus(appeal.noun)
                found = self._events(appeal.noun, reading, unit, (index, None), bonus)
                if appeal.roles.recipient is None:  # "that all may be done": asked of no one named
                    found = [_replace(e, recipient=None) for e in found]
                events += found
        return events

    def _reported_violations(
        self, unit: Unit, trigger_indices: set[int], index: ActorIndex, anchor: dt.date | None
    ) -> list[Event]:
        """ "X said Y's duties were a violation of the treaty": X accuses Y (CAMEO 112)."""
        said_on = anchor.isoformat() if anchor is not None else None
        coding: Coding | None = None  # built at the first breach: most units allege none
        events: list[Event] = []
        # "had violated", "were a violation of": only a verb or a noun alleges a breach.
        for token in sorted((*unit.verbs, *unit.nouns), key=lambda t: t.i):
            clause = None if token.i in trigger_indices else violation_clause(token)
            if clause is None:
                continue
            coding = coding or self._lexicon.coding_of(ACCUSATION_CAMEO, VERB_CONFIDENCE)
            if coding is None:
                continue
            speakers = tuple(reporting_speakers(clause, index))
            doer = wrong_doer_phrase(token)
            named = index.actors_in(doer) if doer is not None else []
            subjects = named or subject_actors(clause, index)
            accused = first_other(subjects, speakers)
            if not speakers or (accused is None and subjects):
                continue  # an unattributed breach, or one the speaker admits, accuses nobody
            if accused is None:
                # "the border controls imposed by Croatia amounted to": its own clauses' party.
                accused = first_other(_subject_parties_below(clause, index), speakers)
            reading = Reading(coding, Roles(speakers, accused), "asserted", said_on, None)
            events += self._events(token, reading, unit, (index, None), main_clause_bonus(clause))
        return events

    def _reported_faults(
        self, unit: Unit, trigger_indices: set[int], index: ActorIndex, anchor: dt.date | None
    ) -> list[Event]:
        """ "Auditors said the ministry had made mistakes": the speaker criticises the party at
        fault (CAMEO 111, `reported_faults`)."""
        said_on = anchor.isoformat() if anchor is not None else None
        coding: Coding | None = None  # built at the first fault: most units report none
        events: list[Event] = []
        for noun in unit.nouns:
            fault = None if noun.i in trigger_indices else found_fault(noun, index)
            if fault is None:
                continue
            coding = coding or self._lexicon.coding_of(FAULT_CAMEO, VERB_CONFIDENCE)
            if coding is None:
                continue
            roles = Roles(fault.speakers, fault.accused)
            reading = Reading(coding, roles, "asserted", said_on, None)
            bonus = main_clause_bonus(fault.clause)
            events += self._events(noun, reading, unit, (index, None), bonus)
        return events

    def _provoked_responses(
        self, unit: Unit, index: ActorIndex, anchor: dt.date | None
    ) -> list[Event]:
        """ "X said Y's attack would provoke retaliation": X threatens Y (CAMEO 130,
        `provoked_responses`)."""
        said_on = anchor.isoformat() if anchor is not None else None
        coding: Coding | None = None  # built at the first response: most units hold none
        events: list[Event] = []
        for verb in unit.verbs:
            act = response_clause(verb)
            speakers = tuple(reporting_speakers(verb, index)) if act is not None else ()
            if act is None or not speakers:
                continue  # a response nobody reports is no one's threat
            coding = coding or self._lexicon.coding_of(THREAT_CAMEO, VERB_CONFIDENCE)
            if coding is None:
                continue
            target = first_other(index.actors_in(act), speakers)
            reading = Reading(coding, Roles(speakers, target), "asserted", said_on, None)
            events += self._events(verb, reading, unit, (index, None), main_clause_bonus(verb))
        return events

    def _bare_demands(
        self, unit: Unit, trigger_indices: set[int], index: ActorIndex, anchor: dt.date | None
    ) -> list[Event]:
        """ "X said Y must hand over the suspects": a demand even when the action is no trigger."""
        said_on = anchor.isoformat() if anchor is not None else None
        coding: Coding | None = None  # built at the first demand: most units hold none
        events: list[Event] = []
        for token in unit.verbs:  # the demanded act's verb, or "be" ("Y must be ready")
            speaker_verb = (
                None
                if token.i in trigger_indices
                else demand_speaker_verb(token) or addressed_demand_speaker(token, index)
            )
            if speaker_verb is None:
                continue
            coding = coding or self._lexicon.coding_of(DEMAND_CAMEO, VERB_CONFIDENCE)
            if coding is None:
                continue
            speakers = tuple(subject_actors(speaker_verb, index))
            addressees = subject_actors(token, index)
            if not addressees and not (speakers and _addresses_parties(token)):
                # A bare obligation of no named party is too weak to code; one laid on a named
                # party is a demand even when the speaker is not coded ("a candidate said
                # Mexico should limit cooperation").
                continue
            # "told Ethiopia and Eritrea that they must settle": all parties joined to the one
            # who must act are asked to.
            roles = with_co_recipients(Roles(speakers, first_other(addressees, speakers)), index)
            reading = Reading(coding, roles, "asserted", said_on, None)
            events += self._events(token, reading, unit, (index, None), main_clause_bonus(token))
        return events

    def _bare_stances(
        self, unit: Unit, trigger_indices: set[int], index: ActorIndex, anchor: dt.date | None
    ) -> list[Event]:
        """ "X would restart its reactor unless Y delivers the fuel" (a threat), "X would not
        allow Y's troops to remain" (a rejection): stances towards another party whose verb is
        no trigger of its own."""
        said_on = anchor.isoformat() if anchor is not None else None
        events: list[Event] = []
        for token in unit.verbs:
            # Only a verb states a threat or a refusal (an auxiliary does not).
            if token.i in trigger_indices or token.pos_ != "VERB":
                continue
            condition = threat_condition(token)
            refused = refused_permission(token)
            if condition is not None and not _has_object_among(token, trigger_indices):
                refusal = is_refrained(token)  # "would not return to the table unless"
                code = REFUSAL_CAMEO if refusal else CONDITIONAL_THREAT_CAMEO
                if refusal and withholds_aid(token):
                    code = WITHHELD_AID_CAMEO  # "would not pay out the funds unless": a threat
                others = subject_actors(condition, index)
            elif refused is not None:
                code, others = REFUSAL_CAMEO, _parties_at(refused, index)
            else:
                continue
            coding = self._lexicon.coding_of(code, VERB_CONFIDENCE)
            actors = tuple(subject_actors(token, index))
            if coding is None or not actors or not others:
                continue  # a stance without both parties is too weak to code
            # "unless Israel and the Palestinians got serious": aimed at all parties joined.
            roles = with_co_recipients(Roles(actors, first_other(others, actors)), index)
            reading = Reading(coding, roles, "asserted", said_on, None)
            events += self._events(token, reading, unit, (index, None), main_clause_bonus(token))
        return events

    def _triggers(self, unit: Unit) -> list[Trigger]:
        found = [
            Trigger(token, coding)
            for token in unit.content
            if (coding := self._lexicon.code(token)) is not None
        ]
        # "vowed to attack": the intent word only frames the action, which is the event.
        codings = {t.token.i: t.coding for t in found}
        kept = [t for t in found if not is_intent_frame(t.token, codings)]
        # "the call for Mali to reopen": an appeal noun with its clause is coded by `_appeals`.
        kept = [t for t in kept if appealed_clause(t.token) is None]
        # "would provoke retaliation": the response is the speaker's threat (`_provoked_responses`).
        kept = [t for t in kept if response_clause(t.token) is None]
        # "..., ending a 25-year civil war": a result of the main event, no event of its own.
        kept = [t for t in kept if not is_result_ending(t.token)]
        # "Asked whether Washington had been consulted": what a question asks is no event.
        kept = [t for t in kept if not in_question_clause(t.token)]
        kept = [t for t in kept if not _helps_other(t.token, codings)]
        kept = [t for t in kept if not _is_use_of_aid(t, codings)]
        kept = [self._as_protest(t) for t in kept]
        kept = [
            Trigger(t.token, conceded, t.coding)
            if (conceded := agreed_concession(t.token, t.coding, codings)) is not None
            else Trigger(t.token, t.coding, agreed)
            if (agreed := pattern_agreement(t.token, t.coding)) is not None
            else t
            for t in kept
        ]
        # "signed an order to deploy troops": the signature frames what the order states.
        kept = [t for t in kept if not _frames_document(t.token, kept)]
        by_index = {t.token.i: t for t in kept}
        event_tokens = set(by_index)
        return [
            t
            for t in kept
            if not _is_part_of_other(t, by_index)
            and not _is_frame(t.token, t.coding)
            and not _in_charge(t.token)
            and not _states_own_kind(t, by_index)
            and aimed_event(t.token, event_tokens) is None
            # "returned home after the meeting ended": the meeting is background to the return.
            and not (t.coding.event == "CONSULT" and is_background_gathering(t.token))
        ]

    def _recoded(self, trigger: Trigger, cameo: str) -> Trigger:
        """The trigger read as another CAMEO code, with its confidence and matched words."""
        coding = self._lexicon.coding_of(cameo, trigger.coding.confidence)
        if coding is None:
            return trigger
        return Trigger(trigger.token, replace(coding, matched=trigger.coding.matched))

    def _as_protest(self, trigger: Trigger) -> Trigger:
        """ "Protesters demanded his resignation", "striking workers picketed the port and
        demanded higher wages": a demand protesters voice is what their protest is for."""
        if trigger.coding.event != "REQUEST" or not voiced_by_protesters(trigger.token):
            return trigger
        return self._recoded(trigger, PROTEST_DEMAND_CAMEO)

    def _roles(self, trigger: Trigger, index: ActorIndex) -> Roles:
        token = trigger.token
        if token.pos_ != "VERB" and self._lexicon.reads_headline_verb(token):
            return _headline_roles(trigger, index)
        if token.pos_ == "VERB" and is_subjectless_headline_verb(token):
            return _headline_roles(trigger, index)
        roles = self._own_roles(trigger, index)
        is_verb = token.pos_ == "VERB" and not is_misread_noun(token)
        if not roles.actors and (signer := enacting_verb(trigger.token)) is not None:
            # "Trump signed a proclamation to allow the deployment": the signer orders it.
            actors = tuple(subject_actors(signer, index))
            roles = Roles(
                actors, roles.recipient, roles.refers_to_previous_pair, roles.co_recipients
            )
        if not is_verb:
            roles = _setting_roles(trigger, roles, index)
        if not roles.actors and is_intent_noun_clause(trigger.token):
            # "Jakarta announced plans to lift the curfew": who states the intent intends.
            stating = trigger.token.head.head
            actors = tuple(subject_actors(stating, index)) if stating.pos_ == "VERB" else ()
            return Roles(actors, roles.recipient, roles.refers_to_previous_pair)
        if roles.actors or not _is_under_way(trigger.token):
            return roles
        # "Russia started the process of withdrawing": the doer of the process does the act.
        process_verb = trigger.token.head.head.head
        if process_verb.pos_ != "VERB":
            return roles
        actors = tuple(subject_actors(process_verb, index))
        return Roles(actors, roles.recipient, roles.refers_to_previous_pair, roles.co_recipients)

    def _own_roles(self, trigger: Trigger, index: ActorIndex) -> Roles:
        token, coding = trigger.token, trigger.coding
        if coding.cameo == ULTIMATUM_CAMEO and (giver := ultimatum_giver(token)) is not None:
            return verb_roles(giver, index)  # who tells the firm to comply or face fines
        if coding.cameo in FEELING_CAMEOS and stated_feeling(token) is not None:
            return feeling_roles(token, index)  # "we are disappointed by Ottawa's decision"
        # "held missile tests": a noun the tagger read as a verb takes a noun's roles.
        if token.pos_ == "VERB" and not is_misread_noun(token):
            roles = verb_roles(
                token,
                index,
                theme_is_actor=coding.event == "MOBILIZE",
                cause_is_recipient=coding.event == "MOBILIZE",
                addresses_content=coding.event in _ADDRESSING_TYPES,
                source_is_recipient=coding.event in _FROM_RECIPIENT_TYPES,
                goal_is_recipient=coding.event in _GOAL_RECIPIENT_TYPES
                or coding.cameo.startswith(_TRANSFER_CAMEO)
                or (coding.cameo.startswith(_SHARING_CAMEO) and _has_goal_phrase(token)),
                deep_parties=coding.event == "AGREE",
                nested_goal=coding.cameo.startswith(_GIVING_CAMEO),
                nearby_is_target=coding.event == "ASSAULT",
                keeper_is_recipient=coding.event == "PROTEST",
                partner_first=coding.event == "CONSULT"
                or lemma_of(token) in _CONCURRING
                or seeks_on_journey(token),  # "went to Bonn in search of credits"
                held_by_subject=coding.cameo.startswith(_RELEASE_CAMEO),
                threat_is_aimed=coding.event == "THREATEN",
            )
            if coding.cameo == PEACEKEEPING_CAMEO or coding.event == "AID":
                # "to join the UN force in Mali"; "troops arrived in Haiti to join the U.N.
                # mission": forces for a peacekeeping mission are aid to the land it serves.
                return peace_host_roles(token, roles, index)
            return roles
        return noun_roles(token, index, addresses_content=coding.event in _ADDRESSING_TYPES)

    def _when(
        self,
        trigger: Trigger,
        unit_times: list[tuple[TimeRef, Token]],
        anchors: dict[int, frozenset[int]],
        anchor: dt.date | None,
    ) -> When:
        """The event's date value, the time expression that gave it, and its status."""
        token = trigger.token
        link = offset_link(token)
        all_times = unit_times
        if link is not None:  # "a day after the vote on Saturday": each side has its own date
            unit_times = link.own_times(token, unit_times)
        owned: list[TimeRef] = []
        free: list[tuple[int, TimeRef]] = []
        for time, head in unit_times:
            if head.dep_ == "poss" and _dates_another_noun(head.head, token):
                continue  # "rejected Thursday's election result": the day of what it possesses
            if is_deadline_time(head, token):
                continue  # "gave Iran until October 31 to prove": the day the act is due
            path = setting.climb(head)
            who = setting.owner(path, anchors)
            if who == token.i:
                owned.append(time)
            elif who is None and not setting.describes_other_noun(path, token):
                free.append((abs(head.i - token.i), time))
        cued = cue_status(token)  # the parse is read for cue words once; the date comes after
        provisional = cued.status
        chosen: TimeRef | None = owned[0] if owned else _time_of_when_clause(token, unit_times)
        if chosen is None:
            for _, time in sorted(free, key=lambda pair: pair[0]):
                value = setting.event_date_value(time.value)
                if value is not None and _compatible(value, provisional, anchor):
                    chosen = time
                    break
        if chosen is None and link is not None:
            chosen = link.shifted(token, all_times)
        if chosen is None:
            if provisional == "asserted" and anchor is not None:
                return When(anchor.isoformat(), None, "asserted")
            return When(None, None, provisional, _spans_of(cued.cues))
        value = setting.event_date_value(chosen.value)
        decided = dated_status(cued, token, value or chosen.value, anchor)  # a week has no date
        # ... but the record dates a week by its month ("last week" happened then).
        value = value or setting.week_month(chosen.value)
        if decided.status == "asserted" and chosen.value == setting.FUTURE_REF:
            return When(value, chosen, "future", (chosen.span,))  # "cooperation in the future"
        cues = (chosen.span,) if decided.by_date else _spans_of(decided.cues)
        return When(value, chosen, decided.status, cues)

    def _statements(
        self, trigger: Trigger, roles: Roles, index: ActorIndex, anchor: dt.date | None
    ) -> list[Reading]:
        """Intents and demands the trigger's clause states (see `intents`), dated when said."""
        said_on = anchor.isoformat() if anchor is not None else None
        found: list[Reading] = []
        intent = intent_coding(trigger.token, trigger.coding)
        if intent is not None:
            found.append(Reading(intent, roles, "asserted", said_on, None))
        speaker_verb = demand_speaker_verb(trigger.token) or addressed_demand_speaker(
            trigger.token, index
        )
        if speaker_verb is not None:
            speakers = tuple(subject_actors(speaker_verb, index))
            addressee = roles.actors[0] if roles.actors else None
            if addressee is None and is_purpose_of_acting(trigger.token):
                # "the council must act to stop": who must act is asked to.
                acting = subject_actors(trigger.token.head, index)
                written_to = _written_to(speaker_verb, index)
                addressee = acting[0] if acting else written_to[0] if written_to else None
            if addressee is None or addressee.code in {s.code for s in speakers}:
                # "Britain told Argentina that it had to withdraw": a demand told to a party is
                # laid on it, not on the speaker a pronoun was taken to name.
                addressee = next(iter(_told_parties(speaker_verb, index)), addressee)
            demand = demand_coding(trigger.coding)
            asked = with_co_recipients(Roles(speakers, addressee), index)
            found.append(Reading(demand, asked, "asserted", said_on, None))
        return found

    def _where(
        self,
        trigger: Trigger,
        unit_places: list[tuple[Place, Token]],
        anchors: dict[int, frozenset[int]],
    ) -> Place | None:
        found: list[tuple[Place, Token]] = []
        for place, start in unit_places:
            path = setting.climb(start)
            owned = anchors[trigger.token.i]
            if (
                setting.owner(path, anchors) == trigger.token.i
                and not _inside_topic(path, owned)
                and not _describes_a_party(path, owned)
            ):
                found.append((place, start))
        if not found:
            return None
        # "bombed the Georgian town of Gori": the town, not the country its adjective names;
        # "the Kurdish town of Halabja": nor the region an adjective names.
        first, start = found[0]
        same_state = [p for p, _ in found[1:] if p.country == first.country and p != first]
        if start.pos_ == "ADJ" or start.dep_ == "amod":
            return same_state[0] if same_state else first
        inside = [p for p in same_state if p.admin1 is not None]
        return inside[0] if first.admin1 is None and inside else first

    def _scene(
        self,
        trigger: Trigger,
        object_places: list[tuple[Place, Token]],
        anchors: dict[int, frozenset[int]],
    ) -> Place | None:
        """A place the trigger's verb takes as its object, for events that happen there: an
        attack, a raid or seizure, a withdrawal from it, a visit ("shelled Kharkiv"); where a
        visit goes ("a visit to Riga")."""
        coding = trigger.coding
        if coding.mode == _VISIT_MODE:
            return self._where(trigger, object_places, anchors)
        if coding.event not in _SCENE_OBJECT_TYPES:
            return None
        # "moved into the city of Arbil": where forces go to occupy is where they occupy.
        entered = coding.cameo.startswith(_OCCUPATION_CAMEO)
        objects = [(p, s) for p, s in object_places if entered or not setting.is_destination(s)]
        return self._where(trigger, objects, anchors)

    def _events(
        self,
        token: Token,
        reading: Reading,
        unit: Unit,
        where: tuple[ActorIndex, Place | None],
        bonus: float,
    ) -> list[Event]:
        """One event per actor and recipient of a reading (compound parties give one each)."""
        roles = reading.roles
        coding = trade_or(token, reading.coding, roles, self._lexicon)  # a company's sale
        coding = party_expulsion_or(token, coding, roles, self._lexicon)  # a member expelled
        index, location = where  # the unit's actors name a place the gazetteer left uncoded
        actors: Sequence[Actor | None] = roles.actors or (None,)
        events: list[Event] = []
        pairs = [(actor, target) for actor in actors for target in roles.recipients]
        # "India and Pakistan accused each other": nobody is their own recipient.
        pairs = [(a, t) for a, t in pairs if a is None or a is not t] or pairs
        # Parties acting together imply no recipient when they agree, meet or cooperate, and
        # parties of several countries none of their own ("Peru and Ecuador agreed to settle").
        joint = [a for a in actors if a is not None]
        several = len({a.code for a in joint}) >= 2
        implied = not (len(joint) >= 2 and coding.event in _VERBAL_COOPERATION)
        # "Fighting broke out between the army and the RSF", "fighting between the army and the
        # rebels raged": the sides held it together, and neither side's own state is its target.
        if implied and len(joint) >= 2:
            sides = between_parties(token, index) + between_parties(token.head, index)
            sides += [
                a for s in token.children if s.dep_ == "nsubj" for a in between_parties(s, index)
            ]
            implied = not all(a in sides for a in joint)
        trigger = _trigger_tokens(token, coding)
        for actor, recipient in pairs:
            source, target = actor, recipient
            # "GM and Chrysler received loans": each subject of a reversed verb receives.
            if coding.reverse and (len(actors) == 1 or recipient is None):
                source, target = target, source
            if source is None and coding.reverse and target is not None:
                source = home_state_funder(token, target, index)  # "received government loans"
            confidence = coding.confidence + bonus
            confidence += _ACTOR_BONUS if source is not None else 0.0
            confidence += _ACTOR_BONUS if target is not None else 0.0
            named = index.at_span(location.span) if location is not None else None
            if target is not None and within_unknown_culprits(target, token):
                target = None  # "vowed to track down the perpetrators of the church attack"
            if source is None or source.code is None:
                source = implied_actor(coding.event, target, location, named, source) or source
            # A denied charge is answered to whoever made it, not the denier's own country.
            answers_claim = coding.event == "REJECT" and bool(
                denied_charges(token) or denied_allegations(token)
            )
            if (
                target is None
                and implied
                and not answers_claim
                and not names_a_party_by_reference(token)
                and not names_other_parties_by_kind(token)
                and not (coding.event in _ANSWERING_TYPES and answers_anothers_word(token))
                and unknown_culprits(token) is None
                and not (coding.cameo in FEELING_CAMEOS and stated_feeling(token) is not None)
            ):
                held = {id(a) for a in (*actors, *roles.recipients) if a is not None}
                # "..., Ortega said at a summit in El Salvador": where it was said.
                setting = frame_setting_spans(token)
                bystanders = [
                    a
                    for a in index.named_parties()
                    if id(a) not in held and not any(s <= a.span[0] < e for s, e in setting)
                ]
                target = implied_recipient(
                    coding.event,
                    source,
                    location,
                    named,
                    mode=coding.mode,
                    context=coding.context,
                    bystanders=bystanders,
                    away_from_home=_away_from_home(token, coding),
                    cameo=coding.cameo,
                )
                # "Malian soldiers and Russian mercenaries killed 500 people in central Mali":
                # force used together in one of their own lands is used on that land.
                if (
                    several
                    and coding.event not in _JOINT_FORCE_TYPES
                    and target is not None
                    and any(target.code == a.code for a in joint)
                ):
                    target = None
            events.append(
                Event(
                    id="",
                    event=coding.event,
                    mode=coding.mode,
                    context=coding.context,
                    status=reading.status,
                    cameo=coding.cameo,
                    quad_class=coding.quad_class,
                    actor=source,
                    recipient=target,
                    date=reading.date,
                    date_text=reading.date_text,
                    location=location,
                    reported_by=None,
                    trigger=_trigger_words(trigger),
                    span=unit.span,
                    confidence=round(min(1.0, confidence), 3),
                    trigger_spans=_trigger_spans(trigger),
                    status_spans=reading.status_spans,
                    date_span=reading.date_span,
                )
            )
        return events


def _away_from_home(token: Token, coding: Coding) -> bool:
    """Whether an act leaves home, so the actor's own country is no target: forces sent to a
    place that gives no state, a ship or aircraft seized, missiles or drones shot down."""
    if coding.event == "MOBILIZE":
        return has_destination(token)
    if coding.event == "AGREE" and _promises_aid(token):
        return True  # "pledged $10 million in aid for the refugees": aid goes to others
    if downs_weapons(token):
        return True
    return coding.mode == _SEIZING_MODE and seizes_a_vessel(token)


def _is_promised_sum_goods(token: Token, triggers: dict[int, Trigger]) -> bool:
    """Whether an aid noun is what a promised sum is in ("pledged $50 million in military aid"):
    the promise is the event, as for "pledged aid", with no aid to come beside it."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("in", "of"):
        return False
    amount = token.head.head
    if amount.dep_ != "dobj":
        return False
    promise = triggers.get(amount.head.i)
    return promise is not None and promise.coding.event == "AGREE" and _promises_aid(amount.head)


def _promises_aid(verb: Token) -> bool:
    """Whether a promise's object is aid, named by itself or as what a sum is in ("pledged aid",
    "pledged $10 million in emergency aid")."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        goods = [obj] + [o for p in obj.children if p.lower_ in ("in", "of") for o in p.children]
        if any(g.lemma_.lower() in _PROMISED_AID_NOUNS for g in goods):
            return True
    return False


def _describes_a_party(path: list[Token], owned: frozenset[int]) -> bool:
    """ "Rebels based in Tanzania attacked villages": a participle that places a party ("based",
    "stationed", "living" there) says where the party is, not where it acted."""
    return any(
        t.dep_ == "acl"
        and t.lemma_.lower() in _LOCATING_PARTICIPLES
        and t.i not in owned
        and t.head.i not in owned
        and t.head in path
        for t in path
    )


def _headline_roles(trigger: Trigger, index: ActorIndex) -> Roles:
    """ "Bahrain Expels Iranian Diplomat": the tagger's noun phrase has no subject or object,
    so the parties before the headline's verb act and the first other party after it is acted
    on. Parties listed before it all act ("Ghana, Togo sign deal"); listed parties that exchange
    hostile acts act on each other ("Armenia, Azerbaijan exchange fire"), and those that swap
    or trade together have no recipient ("Sudan, South Sudan swap prisoners")."""
    verb = trigger.token
    # The actor stage may have read the verb into the subject's name ("New Zealand Recalls
    # Ambassador"): a mention that starts before the verb is the subject's.
    # A place stands for its state in a headline ("Washington Bans Imports From Burma").
    named: list[Actor] = []
    places: list[Actor] = []
    for token in verb.sent:
        named += index.all_at(token)
        place = index.object_place(token)
        places += [place] if place is not None else []
    # A place counts where no actor was named on its words; one party to a start offset.
    starts = {a.span[0]: a for a in places if not any(_overlaps(a, n) for n in named)}
    starts.update({a.span[0]: a for a in named})
    parties = [starts[start] for start in sorted(starts)]
    before = [a for a in parties if a.span[0] < verb.idx]
    after = [a for a in parties if a.span[0] > verb.idx]
    actors = tuple(_listed_first(before, verb.sent))
    recipient = first_other(after, actors)
    codes = {actor.code for actor in actors}
    exchanges = not _EXCHANGE_VERBS.isdisjoint([lemma_of(verb), *headline_lemmas(verb)])
    if recipient is None and len(codes) >= 2 and exchanges:
        if trigger.coding.event in _VERBAL_COOPERATION:
            return Roles(actors, None)
        return reciprocal(actors)
    return Roles(actors, recipient)


def _overlaps(one: Actor, other: Actor) -> bool:
    return one.span[0] < other.span[1] and other.span[0] < one.span[1]


def _listed_first(parties: list[Actor], sentence: TokenSpan) -> list[Actor]:
    """The first party, and those listed right after it with a comma or "and"."""
    word_before = {t.idx: sentence.doc[t.i - 1].lower_ for t in sentence if t.i > sentence.start}
    listed = parties[:1]
    for party in parties[1:]:
        if word_before.get(party.span[0]) not in _LIST_WORDS:
            break
        listed.append(party)
    return listed


def _is_promise_of(action: Coding, statements: list[Reading]) -> bool:
    """Whether a statement promises the action, which is then no event of its own."""
    promised = action.event in _PROMISED_TYPES or action.cameo.startswith(_MEDIATION_CAMEO)
    return promised and any(r.coding.event in _PROMISE_TYPES for r in statements)


def _setting_roles(trigger: Trigger, roles: Roles, index: ActorIndex) -> Roles:
    """Parties of an event noun read from the clause it is a phrase of, where its own words name
    none: a visit in a phrase of another act is made by that act's subject, to the place of its
    "to" phrase ("made the remarks during a visit to Dhaka", "At the end of a visit to Cairo, the
    minister said"); a reaction that something "was met with" is aimed at that thing's owner,
    by the party of its "from" phrase or the passive's agent ("Washington's plan was met with
    criticism from China")."""
    noun = trigger.token
    verb = _phrase_verb(noun)
    if verb is None:
        return roles
    if trigger.coding.mode == _VISIT_MODE:
        verb = _clause_verb_of(verb)
        passive = [p for s in verb.children if s.dep_ == "nsubjpass" for p in index.actors_in(s)]
        actors = roles.actors or tuple(subject_actors(verb, index) or passive)
        hosts = [p for o in _prep_objects(noun, ("to",)) for p in _parties_at(o, index)]
        codes = {actor.code for actor in actors}
        recipient = roles.recipient or first_other(
            [host for host in hosts if host.code not in codes], actors
        )
        return Roles(actors, recipient, roles.refers_to_previous_pair, roles.co_recipients)
    if noun.head.lower_ != "with" or verb.lemma_.lower() not in _RECEPTION_VERBS:
        return roles
    sources = _prep_objects(noun, ("from", "by")) + _prep_objects(verb, ("by",))
    actors = roles.actors or tuple(p for o in sources[:1] for p in index.actors_in(o))
    received = [s for s in verb.children if s.dep_ == "nsubjpass"]
    owners = [p for s in received for p in index.by_depth(s)]
    recipient = roles.recipient or first_other(owners, actors)
    return Roles(actors, recipient, roles.refers_to_previous_pair, roles.co_recipients)


def _phrase_verb(noun: Token) -> Token | None:
    """The verb a noun is a prepositional phrase of, through "the end of" and the like."""
    current = noun
    for _ in range(_MAX_PHRASE_DEPTH):
        if current.dep_ != "pobj":
            return None
        owner = current.head.head
        if owner.pos_ in ("VERB", "AUX"):
            return owner
        current = owner
    return None


def _clause_verb_of(verb: Token) -> Token:
    """The verb of the clause a phrase describes: the parser often hangs "during a visit" on
    an infinitive that qualifies a noun ("pledged support for Moldova's bid to join the EU
    during a visit"), whose implied subject is not the visitor."""
    current = verb
    for _ in range(_MAX_PHRASE_DEPTH):
        if current.dep_ != "acl" or current.head.i == current.i:
            return current
        current = current.head
        while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
            current = current.head
    return current


def _prep_objects(token: Token, words: tuple[str, ...]) -> list[Token]:
    return [
        o
        for p in token.children
        if p.dep_ in ("prep", "agent") and p.lower_ in words
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _has_object_among(verb: Token, indices: set[int]) -> bool:
    """Whether a verb's direct object is one of the tokens at `indices` (read only where a
    threat's condition is found: most verbs state none)."""
    return any(c.dep_ == "dobj" and c.i in indices for c in verb.children)


def _parties_at(token: Token, index: ActorIndex) -> list[Actor]:
    """The parties a phrase's object names, or the country of the place it names."""
    place = index.object_place(token)
    return index.actors_in(token) or ([place] if place is not None else [])


def _reporter_as_target(trigger: Trigger, roles: Roles, index: ActorIndex) -> Roles:
    """ "Pakistani officials said Indian troops violated the ceasefire": a conflictual event
    that names no target, reported by a party of another country, is most often aimed at it."""
    if roles.recipient is not None or not roles.actors or trigger.coding.quad_class < 3:
        return roles
    speakers = reporting_speakers(trigger.token, index)
    speaker = speakers[0] if speakers else None
    if speaker is None or speaker.code is None or len(speaker.code) != 3:
        return roles
    if any(a.code is None or a.code == speaker.code for a in roles.actors):
        return roles
    return Roles(roles.actors, speaker, roles.refers_to_previous_pair)


def _without_joint_parties(trigger: Trigger, roles: Roles, index: ActorIndex) -> Roles:
    """ "The British and Irish governments signed a declaration on Northern Ireland": parties of
    several countries acting together have no recipient of their own countries; when parties
    agree, meet or cooperate together, only a party the trigger addresses directly is a recipient
    ("agreed to resolve their dispute through the court" has none; "offered aid to Russia" has
    one)."""
    if len(roles.actors) < 2 or roles.recipient is None:
        return roles
    codes = {a.code for a in roles.actors if a.code is not None}
    own = codes if len(codes) >= 2 else set()
    cooperative = trigger.coding.event in _VERBAL_COOPERATION
    # "The party, the state and the people of Vietnam treasured their friendship with Russia":
    # bodies of one state act as one side, and a party of another state is their partner
    # wherever it is named; one of their own state is still no partner unless addressed ("the
    # Sudanese government and the rebels agreed to allow access").
    one_state = codes if len(codes) == 1 else set()
    if cooperative and _is_shared_exchange(trigger.token):
        # "Vietnam and Thailand traded rice for rubber": a trade held together, no recipient.
        return Roles(roles.actors, None, roles.refers_to_previous_pair)
    # "accused each other": the parties themselves are one another's recipients.
    others = [
        r
        for r in roles.recipients
        if r is not None
        and (
            any(r is a for a in roles.actors)
            or (
                r.code not in own
                and (
                    not cooperative
                    or _addressed(trigger.token, r, index)
                    or (
                        bool(one_state)
                        and r.code is not None
                        and r.code not in one_state
                        and not _venue(r, trigger.token.doc)
                    )
                )
            )
        )
    ]
    if len(others) == len(roles.recipients):
        return roles
    recipient = others[0] if others else None
    return Roles(roles.actors, recipient, roles.refers_to_previous_pair, tuple(others[1:]))


def _venue(party: Actor, doc: Doc) -> bool:
    """ "agreed in Accra": a place where parties meet is no partner of theirs."""
    words = doc.char_span(party.span[0], party.span[1], alignment_mode="expand")
    if words is None:
        return False
    token = words.root
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "at")


def _is_shared_exchange(trigger: Token) -> bool:
    """ "traded rice for rubber", "swapped prisoners": an exchange by joint parties that names
    no partner of its own ("with X", "each other")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _EXCHANGE_VERBS:
        return False
    partners = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"]
    return not partners and not any(w.lower_ in ("other", "another") for w in trigger.subtree)


def _addressed(trigger: Token, party: Actor, index: ActorIndex) -> bool:
    """Whether a party is the trigger's own object, or the object of its "to" or "with"."""
    head = index.head_of(party)
    if head is None:
        return False
    token = object_doer_noun(trigger.doc[head])
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head == token:
        # "rebels backed by Rwanda and Uganda": the rebels are backed
        return any(c.dep_ == "agent" for c in trigger.children)
    if token.dep_ == "dobj" and token in shared_objects(trigger):
        return True
    if token.dep_ in ("dobj", "dative", "iobj"):
        return token.head == trigger
    # "Egypt and Qatar mediated between Israel and Hamas": those mediated between are addressed.
    is_goal = token.dep_ == "pobj" and token.head.lower_ in (*_ADDRESSING_PREPS, "between")
    if is_goal and token.head.head == trigger:
        return True
    # "held talks with Trajkovski", "flew to Skopje for talks with Trajkovski": the partner of
    # the talks the trigger holds or travels for is met.
    if token.dep_ != "pobj" or token.head.lower_ != "with":
        return False
    talks = token.head.head
    if talks.lemma_.lower() not in TALK_NOUNS:
        return False
    held = talks.dep_ == "dobj" and talks.head == trigger
    sought = talks.dep_ == "pobj" and talks.head.lower_ == "for" and talks.head.head == trigger
    return held or sought


def _pair_of(roles: Roles) -> Roles | None:
    """The two parties "the two leaders" or "both sides" may next refer to, as joint actors: an
    actor and its recipient, or two conjoined actors ("Chinese and American officials met")."""
    if roles.actors and roles.recipient is not None:
        return Roles((roles.actors[0], roles.recipient), None)
    codes = {a.code for a in roles.actors}
    if roles.recipient is None and len(roles.actors) >= 2 and len(codes) >= 2:
        return Roles(roles.actors, None)
    return None


def _as_previous_pair(pair: Roles, trigger: Token) -> Roles:
    """ "The two sides met" with the pair met before: both act together, with no recipient
    ("talks between the two leaders" likewise); "accused each other": each is the other's."""
    if reciprocal_object(trigger):
        return reciprocal(pair.actors)
    return Roles(pair.actors, None)


def _dyad(event: Event) -> frozenset[str] | None:
    if event.actor is None or event.recipient is None:
        return None
    if event.actor.code is None or event.recipient.code is None:
        return None
    return frozenset({event.actor.code, event.recipient.code})


def fill_from_coreferent(events: list[Event]) -> list[Event]:
    """Complete an event's missing (or coarser) date or place from a nearby mention of the
    same event.

    Two events are taken as one when they have the same type, status and pair of parties and
    their sentences are close ("his upcoming meeting with the chancellor, set to take place in
    Rome"; next sentence: "the Macron-Scholz meeting, which is expected to take place on Friday").
    A second pass lets a detail travel along a chain of mentions.
    """
    filled = list(events)
    for _ in range(2):
        for i, event in enumerate(filled):
            filled[i] = _filled(event, filled[max(0, i - _COREF_WINDOW) : i + _COREF_WINDOW + 1])
    return filled


def _filled(event: Event, nearby: list[Event]) -> Event:
    dyad = _dyad(event)
    if dyad is None or (event.location is not None and _is_day(event.date)):
        return event
    for other in nearby:
        if other is event or other.event != event.event or other.status != event.status:
            continue
        if _dyad(other) != dyad or abs(other.span[0] - event.span[0]) > _COREF_CHARS:
            continue
        changes: dict[str, object] = {}
        if event.location is None and other.location is not None:
            changes["location"] = other.location
        if other.date_text is not None and _refines(other.date, event.date):
            changes["date"], changes["date_text"] = other.date, other.date_text
            changes["date_span"] = other.date_span
        if changes:
            event = _replace(event, **changes)
    return event


def _is_day(date: str | None) -> bool:
    return date is not None and len(date) == len("YYYY-MM-DD")


def _refines(date: str | None, known: str | None) -> bool:
    """Whether a date says more than the one known: any date where none is known, a day within
    a known month ("on Friday" for "later this week", dated by its month)."""
    if date is None:
        return False
    return known is None or (len(date) > len(known) and date.startswith(known))


def _time_of_when_clause(token: Token, unit_times: list[tuple[TimeRef, Token]]) -> TimeRef | None:
    """ "in 2014, when government forces shelled it": a clause on a time takes that time."""
    verb = clause_verb(token)
    if verb.dep_ not in ("relcl", "advcl", "acl"):
        return None
    at = verb.head.idx
    return next((time for time, _ in unit_times if time.span[0] <= at < time.span[1]), None)


def _compatible(value: str, status: Status, anchor: dt.date | None) -> bool:
    """A date can time a future event only if it is not past, a past one only if not ahead."""
    if anchor is None:
        return True
    ahead = is_after(value, anchor)
    return ahead if status == "future" else not ahead


def _is_part_of_other(trigger: Trigger, triggers: dict[int, Trigger]) -> bool:
    """Whether a trigger only restates or completes another trigger's event.

    - an infinitive of purpose or complement under another trigger ("deployed to support",
      "agreed to cooperate", "threatened to attack") belongs to that trigger's event;
    - a noun that completed a verb's pattern ("declared its support") is that verb's event;
    - an event noun that is the object of a verb of the same type ("launched airstrikes");
    - an event noun that is what a threat threatens ("threatened sanctions", "threatened Minsk
      with sanctions", "or face sanctions"): the threat is the event, the penalty not yet one.
    """
    token = trigger.token
    if any(token.i in other.coding.matched for other in triggers.values()):
        return True
    joined = {t.i for t in object_conjuncts(token)}
    if joined and any(
        joined & other.coding.matched and other.token.pos_ == "VERB" for other in triggers.values()
    ):
        return True  # "suspended loans and aid": the aid is suspended too
    if _is_threatened_penalty(token, triggers):
        return True
    if _is_promised_sum_goods(token, triggers):
        return True  # "pledged $50 million in military aid": the pledge is the event
    if token.pos_ != "VERB":
        clauses = (triggers.get(c.i) for c in token.children if c.dep_ in ("acl", "relcl"))
        if any(c is not None and c.coding.event == trigger.coding.event for c in clauses):
            return True  # "the agreement signed last year" is the signing
    head = triggers.get(token.head.i)
    if head is None and token.pos_ == "VERB" and _is_purpose_infinitive(token):
        # "carried out joint patrols to hunt down militants": the purpose of a light verb's
        # act is that act's, as under a trigger verb.
        objects = (triggers.get(c.i) for c in token.head.children if c.dep_ == "dobj")
        if any(o is not None and o is not trigger for o in objects):
            return True
    if head is None or head is trigger:
        is_topic = token.head.lower_ in _TOPIC_PREPS  # "spoke about the meeting"
        if token.dep_ == "pobj" and not is_topic and token.head.head.i in triggers:
            head = triggers[token.head.head.i]
            return head.coding.event == trigger.coding.event and head.token.pos_ == "VERB"
        return False
    if token.pos_ == "VERB":
        return _is_purpose_infinitive(token)
    return head.token.pos_ == "VERB" and head.coding.event == trigger.coding.event


def _is_threatened_penalty(token: Token, triggers: dict[int, Trigger]) -> bool:
    """Whether an event noun is the object of a threat verb, or of its "with" or "of" phrase
    ("threatened sanctions", "threatened Belarus with sanctions", "warned of reprisals")."""
    if token.pos_ != "NOUN":
        return False
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ in _THREAT_CONTENT_PREPS:
        verb = verb.head
    elif token.dep_ != "dobj":
        return False
    threat = triggers.get(verb.i)
    return threat is not None and threat.coding.event == "THREATEN" and verb.pos_ == "VERB"


def _is_purpose_infinitive(token: Token) -> bool:
    """ "deployed to support", "agreed to cooperate": an infinitive of purpose or complement."""
    is_infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children)
    return token.dep_ in ("xcomp", "advcl") and is_infinitive


def _threat_of_decision(trigger: Trigger, reading: Reading) -> float:
    """ "Australia will impose travel bans on five generals": the threat read into a sanction
    announced with "will" and no condition or warning ranks below the sanction announced."""
    if reading.coding.event != "THREATEN" or trigger.coding.event != "SANCTION":
        return 0.0
    return _DECISION_PENALTY if is_announced_decision(trigger.token) else 0.0


def _frames_document(token: Token, triggers: list[Trigger]) -> bool:
    """Whether a trigger only signs or issues a document whose stated content holds another
    trigger ("signed a petition calling for his dismissal")."""
    content = document_content(token)
    if not content:
        return False
    spans = [(c.left_edge.i, c.right_edge.i) for c in content]
    return any(
        t.token.i != token.i and any(start <= t.token.i <= end for start, end in spans)
        for t in triggers
    )


def _states_protest_demand(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """ "Kurds demonstrated in Kirkuk calling for independence", "staged a sit-in, accusing
    officials of fraud", "protesters demanding his resignation marched": a demand or condemnation
    stated by a participle of a protest, or of its protesters, is what the protest is about; the
    protest is the sentence's event."""
    token = trigger.token
    if trigger.coding.event not in _PROTEST_CONTENT_TYPES or token.tag_ != "VBG":
        return False
    protests = [t.token for t in triggers if t.coding.event == "PROTEST"]
    if token.dep_ == "acl":
        # "protesters demanding ...": the noun described is the protest's subject.
        return any(token.head in p.children and token.head.dep_ == "nsubj" for p in protests)
    if token.dep_ not in ("advcl", "conj", "xcomp"):
        return False
    # The protest is the participle's head, or the event noun that head takes as object.
    return any(p == token.head or (p.head == token.head and p.dep_ == "dobj") for p in protests)


def _states_own_kind(trigger: Trigger, triggers: dict[int, Trigger]) -> bool:
    """ "Britain conceded that it would hand over Hong Kong to China": a verb addressed to
    nobody whose that-clause states its subject's own act of the same type only frames it; the
    clause is the event ("warned Zimbabwe that it would" and "warned that police would" stay)."""
    token = trigger.token
    if token.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative") for c in token.children):
        return False
    for clause in (triggers.get(c.i) for c in token.children if c.dep_ == "ccomp"):
        if clause is None or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in clause.token.children
        ):
            continue
        intent = intent_coding(clause.token, clause.coding)  # "would hand over": a concession
        if trigger.coding.event in (clause.coding.event, intent.event if intent else None):
            return True
    return False


def _is_use_of_aid(trigger: Trigger, codings: dict[int, Coding]) -> bool:
    """ "A Chinese loan will finance the railway", "a credit that will pay for roads": what aid
    is spent on is no event of its own, nor anyone's intent; the aid is the event."""
    verb = trigger.token
    if verb.pos_ != "VERB" or trigger.coding.event not in _SPENDING_TYPES:
        return False
    payers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":
        payers.append(verb.head)  # "a credit that will pay for roads"
    return any(p.i in codings and codings[p.i].event == "AID" for p in payers)


def _helps_other(token: Token, codings: dict[int, Coding]) -> bool:
    """ "to help defend the claims of the fishermen": helping only frames the verbal cooperation
    it governs, which is the event."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _HELP_VERBS:
        return False
    governed = (codings.get(c.i) for c in token.children if c.dep_ in ("xcomp", "ccomp"))
    return any(c is not None and c.event in _VERBAL_COOPERATION for c in governed)


# Nouns of deciding, whose infinitive is the act decided on and the event reported ("Germany's
# decision to expel four diplomats was announced").
_DECISION_NOUNS = frozenset({"decision"})
# "gave the order to withdraw the troops", "signed an order to deploy": as with "ordered the
# troops to withdraw", the act commanded is the event, not a frame.
_COMMAND_NOUNS = frozenset({"order", "instruction", "directive", "command"})
# Both, joined once rather than at every call.
_DECIDING_NOUNS = _DECISION_NOUNS | _COMMAND_NOUNS
# Modals by which a clause states an obligation.
_OBLIGATION_MODALS = frozenset({"should", "must", "ought"})
# "hope that the rival camps could seize the chance": hoping another party will act appeals to it
# (CAMEO 02), as "urge" does; the modal marks the act as wished for, not done.
_HOPING = frozenset({"hope", "wish"})
_WISHED_MODALS = frozenset({"could", "would", "will", "can", "may", "might"})
# A pronoun subject mostly refers back to the one who hopes ("Chile hopes it can").
_ADDRESSED_PRONOUNS = frozenset({"you"})


# Verbs whose "of" gerund states the act a party is charged with ("accused X of organising"),
# and those whose "for" gerund states what a party is punished for ("arrested X for leading").
_CHARGING_VERBS = frozenset({"accuse", "blame", "suspect", "charge", "convict", "acquit"})
_PUNISHING_VERBS = frozenset(
    {"arrest", "detain", "jail", "imprison", "sentence", "fine", "punish", "prosecute", "charge"}
)


def _in_charge(noun: Token) -> bool:
    """ "accused foreign services of organising the protests", "arrested two students for
    organising the protests": an event noun that a charged gerund governs is the charge's
    content, like the gerund itself ("of shelling the plant"), not an act of the accuser."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "pobj"):
        return False
    gerund = noun.head
    if gerund.dep_ == "prep":  # "of taking part in protests"
        gerund = gerund.head
    if gerund.pos_ != "VERB" or gerund.dep_ != "pcomp":
        return False
    verb = gerund.head.head.lemma_.lower()
    if gerund.head.lower_ == "of":
        return verb in _CHARGING_VERBS
    return gerund.head.lower_ == "for" and verb in _PUNISHING_VERBS


def _is_frame(token: Token, coding: Coding) -> bool:
    """Words that frame content rather than report an event.

    - a statement or suggestion verb with a clause as its content ("the report suggests that");
    - an infinitive or gerund describing a noun ("efforts to protect", "policy of protecting").
    """
    if token.pos_ != "VERB":
        return False
    if coding.cameo[:2] in ("01", "02"):
        clauses = [c for c in token.children if c.dep_ == "ccomp"]
        # "advocates that all disputes should be settled", "wants the commission to postpone
        # the vote": an appeal whose clause says what must be done is the demand itself.
        demanded = coding.cameo[:2] == "02" and any(_is_demanded(c) for c in clauses)
        if clauses and not demanded and not any(c.dep_ == "dobj" for c in token.children):
            return True
    is_infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children)
    if is_intent_noun_clause(token):
        return False  # "announced plans to lift the curfew": the intent is the event
    if token.dep_ == "acl" and token.head.lemma_.lower() in _DECIDING_NOUNS:
        return False  # "Germany's decision to expel four diplomats": the decided act
    if is_infinitive and is_headline_infinitive(token):
        return False  # "EU to impose sanctions": a headline's subject and its act to come
    return (token.dep_ == "acl" and is_infinitive) or (
        token.dep_ == "pcomp"
        and not _is_under_way(token)
        and not _is_absolute(token)
        and not _is_means(token)
    )


# Written or sent statements whose "to" phrase names whom they address.
_MESSAGES = LETTER_NOUNS | {"statement"}


def _told_parties(verb: Token, index: ActorIndex) -> list[Actor]:
    """The parties a verb of telling names as its object ("told Argentina that ...")."""
    return [
        actor for c in verb.children if c.dep_ in ("dobj", "dative") for actor in index.actors_in(c)
    ]


def _written_to(verb: Token, index: ActorIndex) -> list[Actor]:
    """The parties "said in a letter to the Security Council" writes to."""
    return [actor for party in letters_to(verb, _MESSAGES) for actor in index.actors_in(party)]


def _is_means(gerund: Token) -> bool:
    """ "responded by shutting its borders", "retaliated by expelling ten diplomats": the gerund
    of a verb's "by" phrase is the act by which it is done, not what a noun is about."""
    preposition = gerund.head
    return preposition.lower_ == "by" and preposition.head.pos_ == "VERB"


def _is_demanded(clause: Token) -> bool:
    """Whether a clause says what should or must be done ("should be settled"), or what another
    party is to do ("the commission to postpone the vote")."""
    children = list(clause.children)
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_MODALS for c in children):
        return True
    if is_mandative(clause):
        return True  # "recommended that the ministry cancel the tender"
    if lemma_of(clause.head) in _HOPING and _wishes_another_party(children):
        return True
    to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    # "the cost to be paid by the partners": what another is to have done, too.
    return to_infinitive and any(
        (c.dep_ == "nsubj" and c.pos_ != "PRON") or c.dep_ == "nsubjpass" for c in children
    )


# "the siege of the port forced the rebels to withdraw", "months of shelling compelled the town
# to surrender": an attack named as what forced a party to act is the cause; the act forced is
# what the news reports (the attack stays coded, below it).
_FORCING = frozenset({"force", "compel", "oblige"})


def _forced_an_act(noun: Token) -> bool:
    """Whether an event noun is the subject, or in the "of" phrase of the subject, of a verb
    of forcing that governs the act forced."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "months of shelling"
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and noun.pos_ == "NOUN"
        and verb.lemma_.lower() in _FORCING
        and any(c.dep_ == "xcomp" for c in verb.children)
    )


# "all sides should work toward", "the parties must return": subjects that name the parties to
# a dispute without naming a state still address a demand to them.
_PARTY_WORDS = frozenset({"side", "party", "country", "nation", "state", "government", "you"})


def _addresses_parties(verb: Token) -> bool:
    """Whether a demanded clause's subject is a word for the parties ("all sides should")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _PARTY_WORDS for c in verb.children)


def _hopes_of_no_other(trigger: Trigger, roles: Roles) -> bool:
    """ "Japan said it hoped the ceasefire would hold": a hope whose clause names no other
    party to act is a statement, no appeal (an appeal needs a party it is addressed to)."""
    if trigger.coding.event != "REQUEST" or lemma_of(trigger.token) not in _HOPING:
        return False
    recipient = roles.recipient
    own = {a.code for a in roles.actors}
    return recipient is None or (recipient.code is not None and recipient.code in own)


def _wishes_another_party(children: list[Token]) -> bool:
    """Whether a clause hoped for has a modal and a subject other than the speaker ("hope that
    Venezuela's camps could"; not "Chile hopes it can")."""
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and (subject.pos_ != "PRON" or subject.lower_ in _ADDRESSED_PRONOUNS)
        and any(c.dep_ == "aux" and c.lower_ in _WISHED_MODALS for c in children)
    )


def _is_absolute(gerund: Token) -> bool:
    """ "..., with both countries downgrading their ties": a gerund with a subject of its own
    after "with" reports an act beside the main clause, not what a noun is about."""
    has_subject = any(c.dep_ == "nsubj" for c in gerund.children)
    return has_subject and gerund.head.lower_ == "with"


def _is_under_way(gerund: Token) -> bool:
    """ "began the process of withdrawing its troops": a gerund naming the act a process
    consists of is that act, under way."""
    if gerund.dep_ != "pcomp":
        return False
    preposition = gerund.head
    return preposition.lower_ == "of" and preposition.head.lemma_.lower() in _PROCESS_NOUNS


def _trigger_tokens(token: Token, coding: Coding) -> list[Token]:
    """The trigger's words in text order: the verb or noun, the words its pattern matched and
    its particles ("called off")."""
    particles = [c.i for c in token.children if c.dep_ == "prt"]
    return [token.doc[i] for i in sorted({token.i, *coding.matched, *particles})]


def _trigger_words(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens)


def _trigger_spans(tokens: list[Token]) -> tuple[Span, ...]:
    return tuple(char_span_of(t) for t in tokens)


def _spans_of(cues: Cues) -> tuple[Span, ...]:
    return tuple(char_span_of(t) for t in sorted(cues, key=lambda t: t.i))


def _framed_accusations(unit: Unit, events: list[Event]) -> list[Event]:
    """ "Indonesian troops killed 50 mourners, Portugal charged": the accusing frame's event
    accuses the doer of the act it reports and outranks that act (`accusing_frames`)."""
    for verb in unit.verbs:
        clause = accused_clause(verb)
        if clause is None:
            continue
        start, end = clause.sent.start_char, verb.doc[frame_start(verb)].idx
        reported = [e for e in events if e.trigger_spans and start <= e.trigger_spans[0][0] < end]
        framing = [
            e
            for e in events
            if e.event == "ACCUSE" and e.trigger_spans and e.trigger_spans[0][0] == verb.idx
        ]
        if not reported or not framing:
            continue
        main = max(reported, key=lambda e: e.confidence)
        for accusation in framing:
            speaker = accusation.actor.code if accusation.actor is not None else None
            doer = main.actor if main.actor is not None and main.actor.code != speaker else None
            changes: dict[str, object] = {"confidence": min(1.0, main.confidence + _FRAME_MARGIN)}
            if accusation.recipient is None and doer is not None:
                changes["recipient"] = doer
            events = [_replace(e, **changes) if e is accusation else e for e in events]
    return events


def _replace(event: Event, **changes: object) -> Event:
    """A copy of a frozen event with some fields changed."""
    return msgspec.structs.replace(event, **changes)


# Occupying territory (CAMEO 192): the place entered is the scene.
_OCCUPATION_CAMEO = "192"


def _inside_topic(path: list[Token], owned: frozenset[int]) -> bool:
    """Whether the path from a place climbs through "about" before it reaches its trigger."""
    for token in path[1:]:
        if token.i in owned:
            return False
        if token.lower_ in _ABOUT_PREPS:
            return True
    return False


def _dates_another_noun(noun: Token, trigger: Token) -> bool:
    """Whether a time possessing `noun` ("Thursday's election") dates that noun only: not the
    trigger itself ("Thursday's attack") nor the event noun that is its subject ("Thursday's
    attack killed four people")."""
    if noun.i == trigger.i:
        return False
    return not (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == trigger.i)


def _has_goal_phrase(verb: Token) -> bool:
    """Whether a verb of sharing information has a "to" phrase of its own ("passed information
    on Hamas activists to Israel's Shin Bet"): who is told is the recipient, before whom the
    information is about; a "to" phrase hung elsewhere is left to `nested_goal`."""
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def _subject_parties_below(clause: Token, index: ActorIndex) -> list[Actor]:
    """The parties a clause's subject names at any depth, its own clauses included ("the
    border controls imposed by Croatia"), nearest first."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [p for s in subjects for p in [*index.all_at(s), *index.parties_below(s, frozenset())]]
