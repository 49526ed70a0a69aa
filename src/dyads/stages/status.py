"""Whether an event happened: asserted, future, hypothetical, negated or historical.

The cues are read from the trigger's own dependents and from the verbs that govern it (a noun's
clause verb, the matrix verb of "set to meet", "denied sending"), and from a verb denying the
charge that alleges it ("rejected accusations that it had sent troops"). Precedence: negated >
hypothetical > future > historical > asserted.

Historical: the event's date lies clearly before the article's period, meaning its last possible
day is more than a year before the anchor, or it is a whole earlier calendar year ("the
agreement signed last year"). An event in the past few months is news, not background.

Each status comes with its evidence, found in the same walk of the parse: the cue words that
decided it ("not", "denied", "could", "if", "will", "set"), or a flag that the date decided it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from dyads.records import Status
from dyads.stages.backed_content import stance_verb
from dyads.stages.deadline_demands import deadline_giver
from dyads.stages.demanded_relief import demanding_verb
from dyads.stages.denials import denying_verb
from dyads.stages.doc_utils import parse_table, token_table
from dyads.stages.misread_frames import is_misread_frame
from dyads.stages.pending_clauses import awaited_act, yet_to_come
from dyads.stages.ruled_out import ruling_out
from dyads.stages.shared_conjuncts import is_shared_from, leading_conjunct
from dyads.stages.stated_feelings import is_denied_gladness
from dyads.stages.trigger_headlines import is_headline_infinitive

_NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
# "without" denies what it governs ("ended without an agreement", "left without meeting him"),
# not the verb its phrase hangs on: the talks did end, the troops did withdraw.
_WITHOUT = "without"
# Objects whose "no" is part of the act's name: a vote of no confidence is cast, not denied.
_NAMED_BY_NO = frozenset({"confidence"})
# Governing verbs that deny, cancel or refuse what they govern ("denied sending", "failed to
# reach", "declined to meet"), and adjectives that refuse it ("unwilling to commit").
_NEGATING_VERBS = frozenset(
    {"deny", "fail", "refute", "cancel", "postpone", "refuse", "decline", "unwilling", "reluctant"}
)
_MODALS_HYPOTHETICAL = frozenset({"may", "might", "could", "would", "should", "can", "must"})
_MODALS_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# Verbs that report what was said: "would" in the clause they report is "will" told in the past
# ("Zimbabwe said it would send troops": a plan, not a possibility).
_REPORTING_VERBS = frozenset(
    {"say", "tell", "announce", "state", "declare", "add", "confirm", "report", "assure"}
    | {"inform", "write", "indicate", "insist", "reiterate"}
)
_BACKSHIFTED_MODAL = "would"
_HYPOTHETICAL_WORDS = frozenset(
    {"possible", "potential", "possibly", "likely", "proposed", "hypothetical", "perhaps"}
)
# Verbs that put what they govern in the future ("set to meet", "plans to visit").
_FUTURE_VERBS = frozenset(
    {"set", "expect", "plan", "schedule", "intend", "prepare", "aim", "due", "slate", "go"}
    | {"hope", "want", "seek", "ready", "prepared", "willing", "poised"}
    | {"agree", "promise", "pledge", "vow", "offer", "commit", "decide"}
)
_FUTURE_WORDS = frozenset({"upcoming", "planned", "forthcoming", "scheduled", "next", "future"})
_CLAUSE_VERB_POS = frozenset({"VERB", "AUX"})
_MAX_CLIMB = 3


def clause_verb(token: Token) -> Token:
    """The verb whose clause holds a token: the token itself for a verb, else its first verb."""
    parse = parse_table(token.doc)
    pos, heads = parse.pos, parse.heads
    current = token.i
    for _ in range(8):
        if pos[current] in _CLAUSE_VERB_POS or heads[current] == current:
            break
        current = heads[current]
    return token if current == token.i else token.doc[current]


def _governors(trigger: Token) -> list[Token]:
    """The trigger, its clause verb, the first verb of a coordination the clause verb shares
    its auxiliaries with, and the verbs above them through to-infinitives and gerunds."""
    chain = [trigger]
    current = clause_verb(trigger)
    if current != trigger:
        chain.append(current)
    # "would expel the diplomats and close the consulate": "close" shares the "would".
    lead = leading_conjunct(current)
    if lead is not None:
        chain.append(lead)
        current = lead
    for _ in range(_MAX_CLIMB):
        if (
            current.dep_ not in ("xcomp", "pcomp", "ccomp", "acl", "relcl")
            or current.head == current
            or is_misread_frame(current)
        ):
            break
        current = current.head
        chain.append(current)
    return chain


# A child as the cues read it: its dependency, its word and its lemma, both lower case, and its
# index in the Doc (to point at the cue).
_Child = tuple[str, str, str, int]
# The children of the tokens a status is read from, by token index: each token of the chain is
# read by several cues, and walking the parse for it again would read the same words again.
_Children = dict[int, tuple[_Child, ...]]
# The words that decided a status; empty when no cue did.
Cues = tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class StatusReading:
    """A status and its evidence: the cue words that decided it, or that the date did."""

    status: Status
    cues: Cues = ()
    by_date: bool = False


_ASSERTED = StatusReading("asserted")


def _children(token: Token, cache: _Children) -> tuple[_Child, ...]:
    found = cache.get(token.i)
    if found is None:
        doc = token.doc
        words, parse = token_table(doc), parse_table(doc)
        deps, lowers, lemmas = words.deps, words.lowers, parse.lemmas
        kids = parse.children[token.i]
        found = tuple([(deps[c], lowers[c], lemmas[c].lower(), c) for c in kids])
        cache[token.i] = found
    return found


def _cue(token: Token, children: tuple[_Child, ...], cues: frozenset[str]) -> Cues:
    """The first child that is one of the cue words, as written or by its lemma."""
    for _, word, lemma, i in children:
        if word in cues or lemma in cues:
            return (token.doc[i],)
    return ()


def _negation(trigger: Token, chain: list[Token], cache: _Children) -> Cues:
    if is_denied_gladness(trigger):
        return ()  # "we are not happy with the deal": displeasure, stated
    own = trigger if trigger.pos_ in _CLAUSE_VERB_POS else clause_verb(trigger)
    governed = _without_governing(trigger)
    if governed is not None:
        return (governed,)
    for token in dict.fromkeys((trigger, own)):
        for dep, word, _, i in _children(token, cache):
            if dep == "neg" or word in _NEGATORS:
                return (token.doc[i],)
    # "offered no timetable", "launched no strikes": the object denies the verb's act (not a
    # noun's: "made no mention of the meeting" denies only the mention).
    for dep, _, _, i in _children(trigger, cache) if trigger.i == own.i else ():
        # "voted no confidence in the government": the "no" names the act, not its denial.
        if dep == "dobj" and own.doc[i].lower_ not in _NAMED_BY_NO:
            denied_object = [c for c in own.doc[i].children if c.dep_ == "det" and c.lower_ == "no"]
            if denied_object:
                return (denied_object[0],)
    if own.dep_ == "conj":
        # "has given no order, nor offered a timetable": the parser hangs "nor" on the first
        # verb; the conjunction nearest before a conjunct is its own ("nor X, but Y").
        joining = [(i, word) for dep, word, _, i in _children(own.head, cache) if dep == "cc"]
        before = [(i, word) for i, word in joining if i < own.i]
        if before and max(before)[1] == "nor":
            return (own.doc[max(before)[0]],)
    if own.dep_ == "acl":
        # "has given no order to pull out", "did not give the order to": the act commanded is
        # denied with the noun that states it.
        noun = own.head
        denied = [c for c in noun.children if c.dep_ == "det" and c.lower_ == "no"]
        if not denied and noun.dep_ == "dobj":
            denied = [c for c in noun.head.children if c.dep_ == "neg"]
        if denied:
            return (denied[0],)
    negating = next(
        (
            (t,)
            for k, t in enumerate(chain)
            if k > 0 and t.lemma_.lower() in _NEGATING_VERBS and not is_shared_from(chain, k)
        ),
        (),
    )
    if negating:
        return negating
    # "ruled out sending troops": the act refused.
    ruler = ruling_out(own) if own.tag_ == "VBG" else None
    if ruler is not None:
        return (ruler,)
    # "have yet to approve the plan": the approval has not happened.
    yet = next((y for t in chain if t.pos_ in _CLAUSE_VERB_POS and (y := yet_to_come(t))), None)
    if yet is not None:
        return (yet,)
    # "rejected accusations that it had sent troops": the act a denied charge alleges.
    denial = denying_verb(trigger)
    return (denial,) if denial is not None else ()


def _without_governing(trigger: Token) -> Token | None:
    """The "without" whose phrase holds the trigger, below any other verb ("ended without an
    agreement", "left without meeting the president"), or None."""
    current = trigger
    for _ in range(_MAX_CLIMB):
        head = current.head
        if head.i == current.i:
            return None
        if head.lower_ == _WITHOUT:
            return head
        if head.pos_ in _CLAUSE_VERB_POS:
            return None
        current = head
    return None


def _hypothesis(trigger: Token, chain: list[Token], cache: _Children) -> Cues:
    # "has not ruled out closing the border": the act is left open.
    gerund = next((t for t in chain[:2] if t.tag_ == "VBG"), None)
    open_act = ruling_out(gerund, negated=True) if gerund is not None else None
    if open_act is not None:
        return (open_act,)
    for token in chain:
        children = _children(token, cache)
        has_aux = any(dep == "aux" for dep, _, _, _ in children)
        modal = _cue(token, children, _MODALS_HYPOTHETICAL) if has_aux else ()
        if modal and not (modal[0].lower_ == _BACKSHIFTED_MODAL and _reported_plan(token)):
            return modal
        for dep, word, _, i in children:
            if dep == "mark" and word in _CONDITIONAL_MARKS:
                return (token.doc[i],)
        # "once the board approves the deal": an act still awaited.
        awaited = awaited_act(token) if token.pos_ in _CLAUSE_VERB_POS else None
        if awaited is not None:
            return (awaited,)
        # "demanded that the sanctions be lifted": the demanded act has not happened.
        demanding = demanding_verb(token) if token.pos_ in _CLAUSE_VERB_POS else None
        if demanding is not None:
            return (demanding,)
        # "gave Iran until October 31 to prove": the act a deadline is set for is awaited.
        giver = deadline_giver(token) if token.pos_ == "VERB" else None
        if giver is not None:
            return (giver,)
        # "voters backed leaving the union": the act backed has not happened.
        backing = stance_verb(token)
        if backing is not None:
            return (backing,)
    return _cue(trigger, _children(trigger, cache), _HYPOTHETICAL_WORDS)


def _reported_plan(verb: Token) -> bool:
    """Whether a verb with "would" is what a past verb of saying reports, with no condition on
    it: "will" told in the past ("said it would send troops"), not "would strike if talks fail"
    or "asked whether the army would withdraw"."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.tag_ not in ("VBD", "VBN"):
        return False
    if head.lemma_.lower() not in _REPORTING_VERBS:
        return False
    return not any(
        (c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS)
        or (c.dep_ == "advcl" and any(m.lower_ in _CONDITIONAL_MARKS for m in c.children))
        for c in verb.children
    )


def _future(trigger: Token, chain: list[Token], cache: _Children) -> Cues:
    for k, token in enumerate(chain):
        children = _children(token, cache)
        for dep, word, _, i in children:
            if dep == "aux" and word in _MODALS_FUTURE:
                return (token.doc[i],)
            if dep == "aux" and word == _BACKSHIFTED_MODAL and _reported_plan(token):
                return (token.doc[i],)
        arranged = _arranged(token)
        if arranged:
            return arranged
        # "plans to visit" governs the visit; "the plan that Russia proposed", "a plan proposed
        # by Egypt" only name what their relative clause or participle tells of.
        below = chain[k - 1] if k > 0 else None
        described = below is not None and (
            below.dep_ == "relcl" or (below.dep_ == "acl" and below.tag_ == "VBN")
        )
        shared = is_shared_from(chain, k)  # "agreed to talks and freed them": no promise
        if (
            token is not trigger
            and not described
            and not shared
            and token.lemma_.lower() in _FUTURE_VERBS
        ):
            return (token,)
    own = _children(trigger, cache)
    upcoming = _cue(trigger, own, _FUTURE_WORDS)
    if upcoming:
        return upcoming
    # "the meeting, which is expected to take place", "talks set for Friday"
    for dep, _, lemma, i in own:
        if dep in ("acl", "relcl") and lemma in _FUTURE_VERBS:
            return (trigger.doc[i],)
    return ()


def _arranged(verb: Token) -> Cues:
    """ "China is to give Nepal trucks": "be to" tells an arranged act to come, as a headline's
    "to" after its subject does ("UN to send peacekeepers")."""
    if is_headline_infinitive(verb):
        return (verb.doc[verb.i - 1],)
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() != "be":
        return ()
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    return () if to is None else (verb.head, to)


_PAST_AUX_DEPS = frozenset({"aux", "auxpass"})
_PAST_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "'d"})


def _is_past(trigger: Token) -> bool:
    """ "intercepted a boat on Sunday": a clause in the past tense tells an event that happened,
    whatever day a bare weekday was read as."""
    verb = clause_verb(trigger)
    if verb.tag_ == "VBD":
        return True
    # "had been barred since 2004", "was barred in 2004", "has been banned since": a participle
    # after a past or perfect auxiliary, with no modal to put it ahead ("will have been").
    if verb.tag_ != "VBN":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in _PAST_AUX_DEPS]
    return any(a.lower_ in _PAST_AUXILIARIES for a in auxiliaries) and not any(
        a.tag_ == "MD" for a in auxiliaries
    )


def is_historical(date_value: str | None, anchor: dt.date | None) -> bool:
    """Whether an event date (YYYY, YYYY-MM or YYYY-MM-DD) is background before the anchor."""
    if date_value is None or anchor is None:
        return False
    parts = date_value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return year < anchor.year
        month = int(parts[1])
        last_day = (
            dt.date(year, month, int(parts[2]))
            if len(parts) == 3
            else dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        )
    except ValueError:
        return False
    return (anchor - last_day).days > 365


def is_after(date_value: str | None, anchor: dt.date | None) -> bool:
    """Whether an event date (or a week, YYYY-Www: "the summit opens next week") lies wholly
    after the anchor."""
    if date_value is None or anchor is None:
        return False
    parts = date_value.split("-")
    if len(parts) == 2 and parts[1][:1] == "W":
        try:
            return dt.date.fromisocalendar(int(parts[0]), int(parts[1][1:]), 1) > anchor
        except ValueError:
            return False
    try:
        first_day = dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, 1)
        if len(parts) == 3:
            first_day = dt.date(first_day.year, first_day.month, int(parts[2]))
    except ValueError:
        return False
    if len(parts) == 1:
        return first_day.year > anchor.year
    if len(parts) == 2:
        return (first_day.year, first_day.month) > (anchor.year, anchor.month)
    return first_day > anchor


# The cue rules in order of precedence: negated > hypothetical > future.
_CUE_RULES: tuple[tuple[Status, Callable[[Token, list[Token], _Children], Cues]], ...] = (
    ("negated", _negation),
    ("hypothetical", _hypothesis),
    ("future", _future),
)


def cue_status(trigger: Token) -> StatusReading:
    """The status its cue words give the event a trigger announces (`asserted` when none does),
    with those words."""
    chain = _governors(trigger)
    cache: _Children = {}
    for status, find in _CUE_RULES:
        cues = find(trigger, chain, cache)
        if cues and status == "negated" and (condition := _conditional_mark(cues[0])):
            # "threatened to kill them if Mali did not free its fighters": a negated condition
            # is left open, not reported as undone.
            return StatusReading("hypothetical", (condition,))
        if cues:
            return StatusReading(status, cues)
    return _ASSERTED


def _conditional_mark(negator: Token) -> Token | None:
    """The "if" or "unless" of the clause a negating word stands in, if it is a condition."""
    if negator.dep_ != "neg":
        return None
    return next(
        (c for c in negator.head.children if c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS),
        None,
    )


def dated_status(
    cued: StatusReading, trigger: Token, date_value: str | None, anchor: dt.date | None
) -> StatusReading:
    """The status once the event's date is known: a date ahead makes an event future and an old
    one historical, unless a cue word has already decided."""
    if cued.status != "asserted":
        return cued
    if is_after(date_value, anchor) and not _is_past(trigger):
        return StatusReading("future", by_date=True)
    if is_historical(date_value, anchor):
        return StatusReading("historical", by_date=True)
    return cued


def read_status(trigger: Token, date_value: str | None, anchor: dt.date | None) -> StatusReading:
    """The status of the event a trigger announces, given its resolved date, with its evidence."""
    return dated_status(cue_status(trigger), trigger, date_value, anchor)


def event_status(trigger: Token, date_value: str | None, anchor: dt.date | None) -> Status:
    """The status of the event a trigger announces, given its resolved date."""
    return read_status(trigger, date_value, anchor).status
