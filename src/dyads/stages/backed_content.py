"""Acts that are what a party backs, proposes or opposes: "voters backed leaving the union",
"the senator proposed expelling the ambassador", "lawmakers voted for withdrawing the troops".

An act named by a clause that is the object of backing, supporting, proposing, endorsing,
opposing or voting for or against is the content of that stance, not something done: it has
not happened (the stance is the event), so its status is hypothetical. Acts named by nouns
("backed the strike", "opposed the sanctions") may already be under way and are left as they
are.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose clausal object is an act they favour or reject, not one they report ("suggest"
# is not one: "evidence suggests the army shelled the village" reports the shelling).
_STANCE_VERBS = frozenset(
    {"back", "support", "favour", "favor", "endorse", "propose", "advocate", "oppose"}
    | {"recommend", "champion"}
)
# Verbs whose "for" or "against" phrase holds the act favoured ("voted for leaving").
_VOTING_VERBS = frozenset({"vote", "campaign", "argue", "lobby"} | _STANCE_VERBS)
_VOTING_PREPS = frozenset({"for", "against"})
# Dependencies of a clause that is a verb's object ("backed leaving", "proposed to expel").
_CLAUSAL_OBJECTS = frozenset({"xcomp", "ccomp", "dobj"})


def stance_verb(clause: Token) -> Token | None:
    """The verb of backing, proposing or opposing whose object a clause's verb is ("backed
    leaving", "voted for withdrawing", "voted in favour of leaving"), else None."""
    if clause.pos_ != "VERB":
        return None
    head = clause.head
    if head.i == clause.i:
        return None
    if clause.dep_ in _CLAUSAL_OBJECTS:
        return head if head.pos_ == "VERB" and head.lemma_.lower() in _STANCE_VERBS else None
    if clause.dep_ != "pcomp":
        return None
    preposition = head.lower_
    if preposition in _VOTING_PREPS:
        verb = head.head
    elif preposition == "of" and head.head.lemma_.lower() in ("favour", "favor"):
        verb = head.head.head.head  # "voted in favour of leaving": of → favour → in → voted
    else:
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in _VOTING_VERBS else None
