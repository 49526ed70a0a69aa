"""Faults a speaker finds in another party: mistakes made, a wrong conclusion reached.

"Auditors said the ministry had made serious mistakes", "the tribunal reached the wrong
conclusion, the lawyer said", "the ombudsman concluded that the police had made errors": the
speaker criticises the party at fault (CAMEO 111), as calling its act a mistake does. A fault
the speaker owns ("we made mistakes"), one denied ("made no errors") and one nobody reports
("the clerk made errors in the draft") are no event.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.role_index import ActorIndex, first_other
from dyads.stages.role_subjects import reporting_speakers, subject_actors

FAULT_CAMEO = "111"
_FAULT_NOUNS = frozenset({"mistake", "error", "blunder", "misjudgement", "misjudgment"})
# Judgements that are faults only when called wrong ("reached the wrong conclusion").
_JUDGEMENT_NOUNS = frozenset({"conclusion", "decision", "judgement", "judgment", "choice"})
_WRONG_MARKS = frozenset({"wrong", "mistaken", "flawed", "erroneous", "incorrect", "bad"})
_COMMITTING = frozenset({"make", "commit", "reach", "take", "draw"})
# Verbs that state a finding or a view without being verbs of saying ("the ombudsman
# concluded that", "we think the panel came to the wrong conclusion").
_FINDING = frozenset({"conclude", "find", "determine", "rule", "consider", "believe", "think"})
# Nouns that count the faults ("made a series of serious errors").
_COUNTS = frozenset({"number", "series", "string", "host", "litany", "lot", "couple", "raft"})
# Verbs of saying an uncoded speaker ("auditors said") reports a fault with.
_SAYING = frozenset({"say", "tell", "state", "add", "argue", "insist", "claim", "write", "note"})
_OWN_SUBJECTS = frozenset({"we", "i"})
_DENIALS = frozenset({"no", "not", "n't", "never"})


@dataclass(frozen=True)
class Fault:
    """A fault found: the verb that commits it, who says so and the party at fault."""

    clause: Token
    speakers: tuple[Actor, ...]
    accused: Actor | None


def fault_clause(noun: Token) -> Token | None:
    """The verb whose subject a noun of fault blames ("had made serious mistakes" gives
    "made"), or None when the noun finds no fault."""
    lemma = noun.lemma_.lower()
    if lemma not in _FAULT_NOUNS and not (
        lemma in _JUDGEMENT_NOUNS
        and any(c.dep_ == "amod" and c.lemma_.lower() in _WRONG_MARKS for c in noun.children)
    ):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in _COUNTS:
        noun = noun.head.head  # "a number of errors": the count is the object
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "to":  # "came to the wrong conclusion"
        verb = verb.head
        if verb.lemma_.lower() != "come":
            return None
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in _COMMITTING:
        return None
    if any(c.lower_ in _DENIALS for c in (*noun.children, *verb.children)):
        return None  # "made no mistakes", "did not make an error"
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _OWN_SUBJECTS for c in verb.children):
        return None  # "we made mistakes": owned, not found in another
    return verb


def found_fault(noun: Token, index: ActorIndex) -> Fault | None:
    """The fault a noun states and who finds it in whom, or None when nobody reports it or
    the speaker owns it."""
    clause = fault_clause(noun)
    if clause is None:
        return None
    head = clause.head
    finding = clause.dep_ == "ccomp" and head.lemma_.lower() in _FINDING
    found_by = subject_actors(head, index) if finding else []
    speakers = tuple(found_by or reporting_speakers(clause, index))
    reported = finding or speakers or _said(clause)
    subjects = subject_actors(clause, index)
    accused = first_other(subjects, speakers)
    if not reported or (accused is None and subjects) or (not speakers and accused is None):
        return None  # nobody reports it, the speaker owns it, or no party is named at all
    return Fault(clause, speakers, accused)


def _said(clause: Token) -> bool:
    """Whether a clause is reported by a verb of saying whose speaker is no coded party
    ("auditors said the ministry had made mistakes")."""
    if clause.dep_ in ("ccomp", "parataxis") and clause.head.lemma_.lower() in _SAYING:
        return True
    return any(
        c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in _SAYING for c in clause.children
    )
