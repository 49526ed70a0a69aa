"""Whether an event happened: asserted, future, hypothetical, negated or historical.

The cues are read from the trigger's own dependents and from the verbs that govern it (a noun's
clause verb, the matrix verb of "set to meet", "denied sending"). Precedence: negated >
hypothetical > future > historical > asserted.

Historical: the event's date lies clearly before the article's period, meaning its last possible
day is more than a year before the anchor, or it is a whole earlier calendar year ("the
agreement signed last year"). An event in the past few months is news, not background.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from dyads.records import Status

_NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
# Governing verbs that deny, cancel or refuse what they govern ("denied sending", "failed to
# reach", "declined to meet").
_NEGATING_VERBS = frozenset({"deny", "fail", "refute", "cancel", "postpone", "refuse", "decline"})
_MODALS_HYPOTHETICAL = frozenset({"may", "might", "could", "would", "should", "can", "must"})
_MODALS_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
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
    current = token
    for _ in range(8):
        if current.pos_ in _CLAUSE_VERB_POS or current.head == current:
            return current
        current = current.head
    return current


def _governors(trigger: Token) -> list[Token]:
    """The trigger, its clause verb, and the verbs above it through to-infinitives and gerunds."""
    chain = [trigger]
    current = clause_verb(trigger)
    if current != trigger:
        chain.append(current)
    for _ in range(_MAX_CLIMB):
        if (
            current.dep_ not in ("xcomp", "pcomp", "ccomp", "acl", "relcl")
            or current.head == current
        ):
            break
        current = current.head
        chain.append(current)
    return chain


# A child as the cues read it: its dependency, its word and its lemma, both lower case.
_Child = tuple[str, str, str]
# The children of the tokens a status is read from, by token index: each token of the chain is
# read by several cues, and walking the parse for it again would read the same words again.
_Children = dict[int, tuple[_Child, ...]]


def _children(token: Token, cache: _Children) -> tuple[_Child, ...]:
    found = cache.get(token.i)
    if found is None:
        found = tuple((c.dep_, c.lower_, c.lemma_.lower()) for c in token.children)
        cache[token.i] = found
    return found


def _has_cue(children: tuple[_Child, ...], cues: frozenset[str]) -> bool:
    """Whether a child is one of the cue words, as written or by its lemma."""
    return any(word in cues or lemma in cues for _, word, lemma in children)


def _is_negated(trigger: Token, chain: list[Token], cache: _Children) -> bool:
    own = trigger if trigger.pos_ in _CLAUSE_VERB_POS else clause_verb(trigger)
    for token in {trigger, own}:
        if any(dep == "neg" or word in _NEGATORS for dep, word, _ in _children(token, cache)):
            return True
    return any(token.lemma_.lower() in _NEGATING_VERBS for token in chain[1:])


def _is_hypothetical(trigger: Token, chain: list[Token], cache: _Children) -> bool:
    for token in chain:
        children = _children(token, cache)
        has_aux = any(dep == "aux" for dep, _, _ in children)
        if has_aux and _has_cue(children, _MODALS_HYPOTHETICAL):
            return True
        if any(dep == "mark" and word in _CONDITIONAL_MARKS for dep, word, _ in children):
            return True
    return _has_cue(_children(trigger, cache), _HYPOTHETICAL_WORDS)


def _is_future(trigger: Token, chain: list[Token], cache: _Children) -> bool:
    for token in chain:
        children = _children(token, cache)
        if any(dep == "aux" and word in _MODALS_FUTURE for dep, word, _ in children):
            return True
        if _is_arranged(token):
            return True
        if token is not trigger and token.lemma_.lower() in _FUTURE_VERBS:
            return True
    own = _children(trigger, cache)
    if _has_cue(own, _FUTURE_WORDS):
        return True
    # "the meeting, which is expected to take place", "talks set for Friday"
    return any(dep in ("acl", "relcl") and lemma in _FUTURE_VERBS for dep, _, lemma in own)


def _is_arranged(verb: Token) -> bool:
    """ "China is to give Nepal trucks": "be to" tells an arranged act to come."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _is_past(trigger: Token) -> bool:
    """ "intercepted a boat on Sunday": a clause in the past tense tells an event that happened,
    whatever day a bare weekday was read as."""
    return clause_verb(trigger).tag_ == "VBD"


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
    """Whether an event date lies wholly after the anchor."""
    if date_value is None or anchor is None:
        return False
    parts = date_value.split("-")
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


def event_status(trigger: Token, date_value: str | None, anchor: dt.date | None) -> Status:
    """The status of the event a trigger announces, given its resolved date."""
    chain = _governors(trigger)
    cache: _Children = {}
    if _is_negated(trigger, chain, cache):
        return "negated"
    if _is_hypothetical(trigger, chain, cache):
        return "hypothetical"
    if _is_future(trigger, chain, cache) or (
        is_after(date_value, anchor) and not _is_past(trigger)
    ):
        return "future"
    if is_historical(date_value, anchor):
        return "historical"
    return "asserted"
