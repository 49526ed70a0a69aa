"""The speaker who reports what passes "between the two" sides is one of the two.

"Cooperation between the two defence ministries has grown, Party chief NAME said": the pair is
named by no state, but a leader speaking of ties between "the two" speaks for one side, so the
event noun's actor is the speaker (the other side stays open unless named elsewhere).
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.role_index import ActorIndex
from dyads.stages.role_subjects import reporting_speakers

# Dependencies of an event noun whose verb a reporting clause governs ("cooperation ... has
# helped ..., NAME said").
CLAUSE_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def names_unnamed_pair(phrase: Token) -> bool:
    """Whether a noun names two sides without naming them: "the two countries", "both sides"."""
    words = {c.lower_ for c in phrase.children if c.dep_ in ("nummod", "det", "predet")}
    return "both" in words or {"the", "two"} <= words


def pair_speaker(noun: Token, pair: Token, index: ActorIndex) -> list[Actor]:
    """The reporter of an event noun held between an unnamed pair (see the module)."""
    if not names_unnamed_pair(pair) or noun.dep_ not in CLAUSE_NOUN_DEPS:
        return []
    return reporting_speakers(noun.head, index)[:1]
