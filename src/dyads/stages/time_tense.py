"""Which way a time expression points, read from the tense of the clause that governs it.

"announced on Tuesday" is past, "will meet on Friday" and "is expected to take place on Friday"
are future, "the upcoming meeting on Friday" is future through its adjective; plain present
tense gives no direction.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.time_calendar import Direction

_VERBAL = frozenset({"VERB", "AUX"})
# Modals that put the event after the moment of reporting ("could" is left out: in news it
# is mostly past ability, "could not be reached for comment on Friday").
_FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo", "would", "might", "may"})
# Verbs whose complement happens later: "expected to", "set to", "plans to", "scheduled for".
_FUTURE_VERBS = frozenset(
    [
        "expect",
        "schedule",
        "set",
        "plan",
        "slate",
        "due",
        "intend",
        "aim",
        "prepare",
        "hope",
        "agree",
        "promise",
        "pledge",
        "vow",
        "threaten",
        "propose",
        "decide",
        "want",
        "seek",
        "poise",
        "arrange",
        "invite",
    ]
)
# Plan verbs whose passive names the planned event's time ("the vote, scheduled for Friday");
# the others ("was agreed on Wednesday", "was decided on Monday") date the deciding itself.
_SCHEDULING_VERBS = frozenset(
    ["expect", "schedule", "set", "plan", "slate", "due", "arrange", "poise", "propose"]
)
# Adjectives that make the noun they modify lie ahead ("the upcoming meeting on Friday").
_FUTURE_ADJECTIVES = frozenset(
    [
        "upcoming",
        "planned",
        "scheduled",
        "proposed",
        "forthcoming",
        "coming",
        "expected",
        "future",
        "next",
        "prospective",
    ]
)
_PAST_AUX = frozenset({"has", "have", "had", "was", "were", "did", "'d", "'ve"})
_PERFECT_AUX = frozenset({"have", "has", "had", "'ve", "'d"})  # "had agreed": done, not planned
_PAST_PREPOSITIONS = frozenset({"since"})
_MAX_CLIMB = 12  # parse trees are shallow; this only guards against malformed heads


def clause_direction(token: Token) -> Direction:
    """The direction of the clause that governs `token` (a time expression's head)."""
    node = token
    for _ in range(_MAX_CLIMB):
        if node.pos_ in _VERBAL and node is not token:
            return verb_direction(node)
        if node.lower_ in _PAST_PREPOSITIONS:
            return "past"
        if any(
            child.dep_ == "amod" and child.lower_ in _FUTURE_ADJECTIVES for child in node.children
        ):
            return "future"
        if node.head.i == node.i:
            return verb_direction(node) if node.pos_ in _VERBAL else "unknown"
        node = node.head
    return "unknown"


def verb_direction(verb: Token, depth: int = 0) -> Direction:
    """Past, future or unknown for a verb from its tag, auxiliaries and governing verb."""
    auxiliaries = [child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(aux in _FUTURE_MODALS for aux in auxiliaries):
        return "future"
    governor = verb.head
    if verb.dep_ == "xcomp" and governor is not verb and depth < 4:
        if governor.lemma_.lower() in _FUTURE_VERBS:
            return "future"
        if governor.lower_ == "going" or (governor.lemma_ == "be" and "to" in auxiliaries):
            return "future"  # "is going to meet", "is to meet"
        return verb_direction(governor, depth + 1)
    if "to" in auxiliaries and "have" not in auxiliaries and _infinitive_ahead(verb):
        return "future"
    # A passive plan verb dates the plan's event ("has been scheduled for June 3"); an active
    # perfect one dates the deciding ("had agreed on Sunday").
    passive = any(child.dep_ == "auxpass" for child in verb.children)
    perfect = any(aux in _PERFECT_AUX for aux in auxiliaries)
    if verb.tag_ == "VBN" and verb.lemma_.lower() in _SCHEDULING_VERBS and (passive or not perfect):
        return "future"  # "the vote, scheduled for Friday"; "talks are set for Friday"
    if verb.tag_ == "VBD" or any(aux in _PAST_AUX for aux in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "advcl", "amod"):
        return "past"  # a participle describing a noun: "an agreement signed last year"
    if verb.dep_ == "conj" and governor is not verb and depth < 4:
        return verb_direction(governor, depth + 1)
    return "unknown"


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _infinitive_ahead(verb: Token) -> bool:
    """Whether an infinitive names something still to come: one on a noun or of purpose ("an
    event to be held on Friday"), or a headline's, a sentence without a finite verb ("Leaders
    to meet on Friday")."""
    if verb.dep_ in ("acl", "relcl", "advcl"):
        return True
    return verb.dep_ == "ROOT" and not any(token.tag_ in _FINITE_TAGS for token in verb.sent)


_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Present-tense verbs that report, describe or hold rather than tell a scheduled act ("says",
# "is", "remains"): news writes them in the present for what is already so.
_NOT_SCHEDULED = frozenset(
    {"be", "have", "say", "tell", "report", "remain", "seem", "appear", "show", "mark"}
    | {"know", "believe", "think", "expect", "hope", "want", "need", "face", "mean"}
    | {"leave", "keep", "stay", "continue", "come", "follow", "add", "note", "claim"}
)


def scheduled_present(token: Token) -> bool:
    """ "Ministers gather in Brussels on Monday", "Parliament votes on Thursday": a date that
    hangs on a verb in the simple present (through "on" or directly) tells a schedule, so it
    lies ahead. A date on a noun ("the suspension on Tuesday of talks leaves") says nothing of
    it, nor do verbs that report or describe ("says", "remains")."""
    node = token.head
    if node.pos_ == "ADP" and token.dep_ == "pobj":
        node = node.head
    if node.i == token.i or node.pos_ not in _VERBAL or node.tag_ not in _PRESENT_TAGS:
        return False
    if node.lemma_.lower() in _NOT_SCHEDULED or node.dep_ in ("relcl", "acl", "amod"):
        return False
    return not any(child.dep_ in ("aux", "auxpass", "neg") for child in node.children)
