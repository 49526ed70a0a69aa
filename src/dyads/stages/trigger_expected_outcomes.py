"""Outcomes a speaker only expects: "confident that the dispute would be resolved".

A passive act with no agent, put in the future or the conditional ("would be resolved", "will
be settled"), in the clause of a word of confidence or expectation ("was confident that",
"optimistic that", "hoped", "expected") names no party that acts: the speaker states a view
(CAMEO 012 and 013, root 01, no PLOVER event), and the act is no event yet. An act with an
agent ("hoped that Iraq would be persuaded by Russia") or one asserted ("the dispute was
resolved") keeps its coding. The whole clause is expected, so the event nouns in it ("optimistic
that the embargo would be lifted", "... would be settled through talks with Sudan") are no event
either.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.trigger_lemmas import lemma_of

# Adjectives and verbs whose clause is what the speaker expects, not what a party does.
EXPECTING_WORDS = frozenset(
    {"confident", "optimistic", "hopeful", "pessimistic", "sure", "certain", "doubtful"}
    | {"hope", "expect", "predict", "believe", "doubt"}
)
# Auxiliaries that put the clause's act in the future or the conditional.
_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "could", "may", "might"})


def is_expected_outcome(verb: Token) -> bool:
    """Whether a verb is a passive act with no agent, yet to come, that a word of confidence or
    expectation governs ("he was confident that the dispute would be resolved")."""
    if verb.dep_ != "ccomp" or verb.pos_ != "VERB" or lemma_of(verb.head) not in EXPECTING_WORDS:
        return False
    children = list(verb.children)
    return (
        any(c.dep_ == "auxpass" for c in children)
        and not any(c.dep_ == "agent" for c in children)
        and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in children)
    )


# How far up from a word its clause's verb is looked for.
_MAX_DEPTH = 8


def within_expected_outcome(token: Token) -> bool:
    """Whether a word is an expected outcome or stands in one's clause ("optimistic that the
    dispute would be settled through talks")."""
    current = token
    for _ in range(_MAX_DEPTH):
        if is_expected_outcome(current):
            return True
        if current.head == current:
            return False
        current = current.head
    return False
