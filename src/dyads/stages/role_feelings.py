"""Actor and recipient of a feeling a party states ("we are disappointed by Ottawa's decision",
"the delays are frustrating, the airline said"): the party that says it feels so acts, its
subject when that names a party or speaks for one ("we"), else whoever reports the clause; the
party named as the feeling's cause or object ("by Ottawa's decision", "grateful to Norway"),
or as the doer in the clause it is about ("shocked that Ottawa picked") or in a clause describing
its object ("impressed by the progress Ghana has made"), is the recipient.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.role_index import ActorIndex, Roles
from dyads.stages.role_subjects import reporting_speakers, subject_actors
from dyads.stages.stated_feelings import EVALUATIONS

# Prepositions of what a feeling is felt at or for ("disappointed by", "grateful to").
_FELT_AT = frozenset({"by", "at", "over", "with", "about", "of", "to", "for"})


def feeling_roles(word: Token, index: ActorIndex) -> Roles:
    """The roles of a feeling word predicated of its clause's subject."""
    clause = word.head if word.dep_ == "acomp" else word
    judged = _judged_conduct(word, clause, index)
    if judged is not None:
        return judged
    # "Iran was shocked by the attack": the passive's subject is who feels it.
    felt_by = [a for c in clause.children if c.dep_ == "nsubjpass" for a in index.actors_in(c)]
    actors = felt_by or subject_actors(clause, index) or reporting_speakers(clause, index)
    causes = [
        obj
        for prep in word.children
        if prep.dep_ in ("prep", "agent") and prep.lower_ in _FELT_AT
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    # "impressed by the progress Ghana had made": who did what the object's clause tells.
    causes += [
        s
        for obj in list(causes)
        for c in obj.children
        if c.dep_ == "relcl"
        for s in c.children
        if s.dep_ == "nsubj"
    ]
    # "we are shocked that the ministry picked a foreign firm": who did what is felt about.
    clauses = [c for t in (word, clause) for c in t.children if c.dep_ == "ccomp"]
    causes += [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
    held = {id(a) for a in actors}
    recipients = [a for obj in causes for a in index.actors_in(obj) if id(a) not in held]
    return Roles(tuple(actors), recipients[0] if recipients else None)


def _judged_conduct(word: Token, clause: Token, index: ActorIndex) -> Roles | None:
    """ "Russia's actions are outrageous, the Polish minister said": a judgement of what a
    party did is the speaker's, aimed at that party; None where the subject is a party itself
    or nobody reports the judgement."""
    if word.lower_ not in EVALUATIONS:
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects or index.all_at(subjects[0]):
        return None
    speakers = reporting_speakers(clause, index)
    if not speakers:
        return None
    held = {id(a) for a in speakers}
    judged = [a for a in index.actors_in(subjects[0]) if id(a) not in held]
    return Roles(tuple(speakers), judged[0] if judged else None)
