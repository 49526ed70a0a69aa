"""Appeals carried by a noun: "it is our hope that X will", "their demand that X", "the call by
X for Y to".

A noun of hope, wish, call, recommendation or demand whose clause says what another party
should do states an appeal to that party (CAMEO 02 "make an appeal or request", 10 "demand":
PLOVER REQUEST). The one who appeals is the noun's owner ("Mexico's demand", "the hope of the
government", "the call by Senegal"), the subject of the verb that voices it ("voiced hope
that", "repeated its demand that"), or the speaker of the sentence ("It is our hope that ...,
the minister said"); the one appealed to is the subject of the clause. The clause's own event
is only what is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.role_index import ActorIndex, Roles, first_other
from dyads.stages.role_subjects import reporting_speakers, subject_actors
from dyads.stages.role_syntax import prep_objects

APPEAL_CAMEO = "020"
DEMAND_CAMEO = "100"
# Nouns whose clause asks another party to act, with the CAMEO code of the appeal.
APPEAL_NOUNS: dict[str, str] = {
    "hope": APPEAL_CAMEO,
    "wish": APPEAL_CAMEO,
    "call": APPEAL_CAMEO,
    "appeal": APPEAL_CAMEO,
    "plea": APPEAL_CAMEO,
    "request": APPEAL_CAMEO,
    "recommendation": APPEAL_CAMEO,
    "expectation": APPEAL_CAMEO,
    "demand": DEMAND_CAMEO,
    "insistence": DEMAND_CAMEO,
}
# The clause of such a noun: a "that" clause ("hope that China would respect") or an
# infinitive with its own subject ("the call for Mali to reopen").
_CLAUSE_DEPS = frozenset({"acl", "ccomp", "advcl", "relcl"})
_CLAUSE_MARKS = frozenset({"that", "for"})
# The speaker's own possessives: "our hope", "my wish" are the speaker's.
_SPEAKER_OWNERS = frozenset({"our", "my"})
# Prepositions naming who holds the hope or makes the call: "the hope of the government",
# "the call by Senegal", "a demand from Kyiv".
_OWNER_PREPOSITIONS = ("by", "of", "from")
# Verbs of posting and writing that frame a quote beside those of saying.
_POSTING = frozenset({"tweet", "post", "write"})


@dataclass(frozen=True, slots=True)
class Appeal:
    """An appeal a noun carries: the noun, its CAMEO code and who appeals to whom."""

    noun: Token
    cameo: str
    roles: Roles


def appealed_clause(noun: Token) -> Token | None:
    """The clause stating what an appeal noun asks another party to do, else None: the
    noun's own clause, or the "that" clause of the copula it completes ("It is our hope that X
    will", "Our wish is that X")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in APPEAL_NOUNS:
        return None
    for child in noun.children:
        if _is_appealed_clause(child):
            return child
    head = noun.head
    if noun.dep_ in ("attr", "nsubj") and head.lemma_ == "be":
        return next((c for c in head.children if _is_appealed_clause(c) and c.i > noun.i), None)
    if noun.dep_ == "dobj":
        # "issued a demand on Monday for Argentina to withdraw": the parser may hang the "for"
        # infinitive on the verb that voices the appeal; it still says what the noun asks.
        return next((c for c in head.children if _is_misplaced_for_clause(c, noun)), None)
    return None


def _is_misplaced_for_clause(clause: Token, noun: Token) -> bool:
    """A "for X to act" infinitive after an appeal noun, hung on the noun's verb."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return clause.i > noun.i and "for" in marks and _is_appealed_clause(clause)


def is_appealed_content(trigger: Token) -> bool:
    """Whether a trigger is what an appeal noun asks for ("hope that Iran will allow"): only
    the content of the appeal, not the sentence's news."""
    clause = trigger
    for _ in range(3):  # the clause's verb, or a noun or verb a step or two inside it
        head = clause.head
        if clause.dep_ in _CLAUSE_DEPS and _is_appealed_clause(clause):
            if _same(appealed_clause(head), clause):
                return True
            if head.lemma_ == "be" or head.pos_ in ("VERB", "AUX"):
                return any(_same(appealed_clause(c), clause) for c in head.children)
        if head.i == clause.i:
            return False
        clause = head
    return False


def find_appeals(tokens: tuple[Token, ...], index: ActorIndex) -> list[Appeal]:
    """The appeals the appeal nouns of a sentence carry, with both parties named."""
    found: list[Appeal] = []
    for noun in tokens:
        clause = appealed_clause(noun)
        if clause is None:
            continue
        speakers = tuple(_appellants(noun, index))
        addressee = first_other(_addressees(clause, index), speakers)
        # "The ombudsman made a recommendation that ...": a body of no coded party still
        # recommends, when the noun names who does it.
        recommended = not speakers and _has_named_recommender(noun)
        # "hope that all that is needed will be done": asks it of whoever can do it; but a
        # hope that a thing be kept as it is ("expressed hope that the treaty would be
        # maintained") names no act of anyone's and states a view, no appeal.
        passive = _is_passive(clause) and not _hopes_kept(noun, clause)
        if (speakers or recommended) and (addressee is not None or passive):
            cameo = APPEAL_NOUNS[noun.lemma_.lower()]
            found.append(Appeal(noun, cameo, Roles(speakers, addressee)))
    return found


# Nouns of hope, and the verbs of keeping whose passive says only what a hope wants to last.
_HOPES = frozenset({"hope", "wish", "expectation"})
_KEEPING = frozenset(
    {"maintain", "preserve", "keep", "sustain", "uphold", "honour", "honor", "respect"}
    | {"observe", "safeguard", "protect"}
)


def _hopes_kept(noun: Token, clause: Token) -> bool:
    """ "hope that the accord would be maintained": a hope that a thing last as it is."""
    return noun.lemma_.lower() in _HOPES and clause.lemma_.lower() in _KEEPING


# Nouns of advice a body issues: its clause is a request even when the body is no coded party
# (an ombudsman, an audit office, a review panel), where a hope or wish needs its holder.
_ADVICE_NOUNS = frozenset({"recommendation"})
_ISSUING_DEPS = frozenset({"nsubj", "nsubjpass"})


def _has_named_recommender(noun: Token) -> bool:
    """Whether a recommendation names who makes it: an owner ("the panel's recommendation"),
    an "of"/"by"/"from" party, or the subject of the verb that issues it ("the ombudsman made
    a recommendation")."""
    if noun.lemma_.lower() not in _ADVICE_NOUNS:
        return False
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
        return True
    if prep_objects(noun, _OWNER_PREPOSITIONS):
        return True
    head = noun.head
    return noun.dep_ == "dobj" and any(c.dep_ in _ISSUING_DEPS for c in head.children)


def _same(found: Token | None, clause: Token) -> bool:
    """Whether a found clause is this one (spaCy makes a new Token object on each access)."""
    return found is not None and found.i == clause.i


def _is_appealed_clause(clause: Token) -> bool:
    if clause.dep_ not in _CLAUSE_DEPS or clause.pos_ not in ("VERB", "AUX"):
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return bool(marks & _CLAUSE_MARKS) and has_subject


def _is_passive(clause: Token) -> bool:
    return any(c.dep_ == "nsubjpass" for c in clause.children)


def _addressees(clause: Token, index: ActorIndex) -> list[Actor]:
    return subject_actors(clause, index)


def _appellants(noun: Token, index: ActorIndex) -> list[Actor]:
    """Who appeals: the noun's owner, the subject of the verb that voices it, or the speaker."""
    for owner in noun.children:
        if owner.dep_ != "poss":
            continue
        if owner.lower_ in _SPEAKER_OWNERS:
            return _speakers(noun, index)
        if owner.pos_ != "PRON":
            return index.parties_named_at(owner)
    for party in prep_objects(noun, _OWNER_PREPOSITIONS):
        if found := index.actors_in(party):
            return found
    voicing = noun.head
    if noun.dep_ == "dobj" and voicing.pos_ == "VERB":
        return subject_actors(voicing, index)  # "voiced hope that", "repeated its demand that"
    return _speakers(noun, index)


def _speakers(noun: Token, index: ActorIndex) -> list[Actor]:
    """The speaker of the sentence that holds the noun ("It is our hope ..., X said")."""
    verb = noun.head if noun.head.pos_ in ("VERB", "AUX") else noun
    found = reporting_speakers(verb, index)
    if not found and verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_ in _POSTING:
        found = subject_actors(verb.head, index)  # "X tweeted: "It is my hope that ...""
    return found
