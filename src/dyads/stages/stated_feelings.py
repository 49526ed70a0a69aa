"""Feelings a party states: "we are disappointed", "the delays are frustrating", "I am proud of
our engineers".

A word of displeasure predicated in a party's statement disapproves (CAMEO 110, PLOVER ACCUSE)
and one of pride or gratitude for something praises (051, SUPPORT): the statement is the
speaker's own when it is said in the first person or is the clause of a verb of saying. A
feeling nobody states ("investors were disappointed by the figures", "the harvest was
disappointing") is no event, unless a party is named as its cause ("shocked by Moscow's move").
Only the word's own clause is read: its copula, subject and complements.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dyads.stages.reporting_verbs import REPORTING_VERBS
from dyads.stages.trigger_senses import NO_EVENT, Sense

DISAPPROVAL_CAMEO = "110"
PRAISE_CAMEO = "051"
FEELING_CAMEOS = frozenset({DISAPPROVAL_CAMEO, PRAISE_CAMEO})
# Adjectives that call what another did wrong, not a feeling: "Iran said the resolution was
# unjust", "Moscow said the expulsions were unfriendly" disapprove as "unacceptable" does.
_WRONGS = frozenset(
    {"unjust", "unfair", "illegal", "unlawful", "illegitimate", "unfriendly", "provocative"}
    | {"irresponsible"}
)
# Adjectives and participles of displeasure at what another did.
_DISPLEASURE = frozenset(
    {"disappointed", "disappointing", "dismayed", "appalled", "appalling", "outraged"}
    | {"outrageous", "shocked", "shocking", "stunned", "astonished"}
    | {"frustrated", "frustrating", "disgusted", "disgraceful", "deplorable", "shameful"}
    | {"unacceptable", "saddened", "angered", "incensed", "furious", "indignant"}
    | _WRONGS
)
# Those of them that judge what their subject names rather than tell how the subject feels:
# "Russia's actions are outrageous" judges the actions, whose party is the one blamed.
EVALUATIONS = frozenset(
    {"disappointing", "outrageous", "shocking", "frustrating", "disgraceful", "deplorable"}
    | {"shameful", "unacceptable", "appalling"}
    | _WRONGS
)
# Adjectives of concern ("Indonesia is concerned about the Australian plan"): disapproval only
# where a party is named as the cause, in a phrase or a "that" clause; a concern stated about
# a thing ("we are worried about the floods") is no party's act.
_CONCERN = frozenset({"concerned", "worried", "alarmed", "troubled", "uneasy", "apprehensive"})
# Adjectives of surprise, displeasure only at what a clause says was done ("it is stunning that
# they sold the port"); "the view is stunning" praises a thing.
_SURPRISE = frozenset({"stunning", "astonishing", "astounding", "staggering"})
# The verbs those participles come from: their passive is read as the adjective is.
FEELING_VERBS = frozenset(
    {"disappoint", "dismay", "appal", "appall", "outrage", "shock", "stun", "astonish"}
    | {"frustrate", "disgust", "sadden", "anger", "incense", "impress"}
)
# Adjectives of pride or gratitude: praise only with what they are felt for ("proud of").
_GLADNESS = frozenset(
    {"proud", "grateful", "thankful", "delighted", "honoured", "honored", "pleased", "happy"}
    | {"satisfied", "comfortable", "content", "impressed"}
)
_GLADNESS_PREPS = frozenset({"of", "for", "to", "with", "by", "about", "at"})
# Verbs that predicate a feeling of their subject ("we are", "we feel", "it remains").
_COPULAS = frozenset({"be", "feel", "remain", "seem", "look", "sound"})
_FIRST_PERSON = frozenset({"i", "we"})
_CAUSE_PREPS = frozenset({"by", "at", "over", "with", "about"})
_PARTY_ENTITIES = frozenset({"GPE", "ORG", "PERSON", "NORP"})
_PASSIVE_MARKS = frozenset({"auxpass", "nsubjpass"})


def stated_feeling(word: Token) -> Sense | None:
    """The reading of a feeling word predicated of a clause's subject: a CAMEO code when a
    party states it or a party caused it, no event when neither; None for any other word or
    use (an attributive adjective, a verb's active voice), which the lexicon reads."""
    lower = word.lower_
    if lower in _GLADNESS:
        return _praise(word)
    if lower in _CONCERN:
        return _concern(word)
    if lower in _SURPRISE:
        if not _has_that_clause(word):
            return None
    elif lower not in _DISPLEASURE and word.lemma_.lower() not in FEELING_VERBS:
        return None
    if word.pos_ == "VERB":
        passive = any(c.dep_ in _PASSIVE_MARKS for c in word.children)
        if not passive and word.dep_ != "acomp":
            return None  # "the ruling disappointed farmers": the lexicon reads the verb
    elif word.dep_ != "acomp" or word.pos_ != "ADJ":
        return None
    # "we are disappointed": the copula holds the subject; "it was shocked": the participle.
    clause = word.head if word.dep_ == "acomp" else word
    if _is_denied(word):
        return NO_EVENT  # "we are not disappointed": no displeasure is stated
    if _is_stated(clause) or _names_party_cause(word):
        return Sense(DISAPPROVAL_CAMEO)
    return NO_EVENT


def _praise(adjective: Token) -> Sense | None:
    """ "I am proud of our engineers", "we are grateful to Norway", "said it was impressed by
    the reforms": pride, gratitude or esteem for something, stated by a party. "Pleased to
    announce" and a bare "we are delighted" praise nobody."""
    # "we are impressed by the reforms": a participle read as a passive is its own clause.
    passive = adjective.pos_ == "VERB" and any(c.dep_ in _PASSIVE_MARKS for c in adjective.children)
    if not passive and (adjective.dep_ != "acomp" or adjective.pos_ != "ADJ"):
        return None
    felt_for = any(
        (c.dep_ in ("prep", "agent") and c.lower_ in _GLADNESS_PREPS) or c.dep_ == "ccomp"
        for c in adjective.children
    )
    if not felt_for or not _is_stated(adjective if passive else adjective.head):
        return None
    # "we are not happy with the deal": gladness denied is displeasure.
    return Sense(DISAPPROVAL_CAMEO if _is_denied(adjective) else PRAISE_CAMEO)


def _concern(adjective: Token) -> Sense | None:
    """ "Germany is worried about Russia's build-up", "Nairobi is concerned that Somali
    militants will cross": concern at a party's act is disapproval (CAMEO 110); concern at a
    thing, or denied, is no event."""
    if adjective.dep_ != "acomp" or adjective.pos_ != "ADJ":
        return None
    if _is_denied(adjective):
        return NO_EVENT
    clauses = [c for c in adjective.children if c.dep_ == "ccomp"]
    named = _names_party_cause(adjective) or any(_names_party_in(c.subtree) for c in clauses)
    return Sense(DISAPPROVAL_CAMEO) if named else NO_EVENT


def _is_denied(word: Token) -> bool:
    """Whether a "not" or "never" negates the feeling word or its copula."""
    return any(c.dep_ == "neg" for c in (*word.children, *word.head.children))


def _has_that_clause(adjective: Token) -> bool:
    """Whether a "that" clause hangs on the adjective or, "it is X that", on its copula."""
    return any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in (*adjective.children, *adjective.head.children)
    )


def _is_stated(clause: Token) -> bool:
    """Whether a clause is a party's statement: its subject is "I" or "we", or it is what a
    verb of saying or an "according to" phrase reports ("the airline said the delays were
    frustrating")."""
    if clause.lemma_.lower() not in _COPULAS and clause.pos_ != "VERB":
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(s.lower_ in _FIRST_PERSON for s in subjects):
        return True
    # "According to a German official, the delegation was impressed": a source reports it.
    if any(c.dep_ == "prep" and c.lower_ == "according" for c in clause.children):
        return True
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_VERBS


def _names_party_cause(word: Token) -> bool:
    """Whether the feeling's "by", "at" or "over" phrase names a party ("shocked by Moscow's
    decision")."""
    for prep in word.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in _CAUSE_PREPS:
            continue
        if _names_party_in(prep.subtree):
            return True
    return False


def _names_party_in(tokens: Iterable[Token]) -> bool:
    return any(t.ent_type_ in _PARTY_ENTITIES or t.pos_ == "PROPN" for t in tokens)


# Steps from an act up to the clause of the feeling: an infinitive, an adverbial clause, a
# conjunct or an object.
_INSIDE_CONTENT = frozenset({"xcomp", "advcl", "conj", "dobj"})
_MAX_CONTENT_CLIMB = 2


def is_felt_content(act: Token) -> bool:
    """Whether an act is the clause a stated feeling is about ("it is astonishing that the
    cabinet would award the contract"), or an act that clause's verb governs ("shocked that the
    ministry tapped a foreign firm to provide the jets"): the feeling is what the speaker
    reports now."""
    for _ in range(_MAX_CONTENT_CLIMB):
        if act.dep_ not in _INSIDE_CONTENT or act.head.i == act.i:
            break
        act = act.head
    if act.dep_ != "ccomp":
        return False
    # The clause hangs on the adjective or, "it is astonishing that", on its copula.
    head = act.head
    words = [head, *(c for c in head.children if c.dep_ == "acomp")]
    return any((f := stated_feeling(w)) is not None and f.cameo is not None for w in words)


def is_denied_gladness(word: Token) -> bool:
    """Whether a word is gladness a party denies ("we are not happy with"): its "not" makes
    the displeasure, which is stated, not negated."""
    if word.lower_ not in _GLADNESS or word.pos_ != "ADJ":
        return False
    feeling = _praise(word)
    return feeling is not None and feeling.cameo == DISAPPROVAL_CAMEO
