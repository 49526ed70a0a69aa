"""Denials of an act: "X denied that its troops shelled Y" rejects the claim that they did.

PLOVER 2.0 codes all rejections and refusals as REJECT, and the lexicon already reads the denial
of a charge that way ("denied Israeli charges that it was arming the militias"). A denial whose
content is a clause or a gerund stating an act ("denied that its warplanes had bombed villages",
"denied sending troops") rejects the same claim with the charge left unnamed: the denial is the
event the sentence asserts (REJECT 120, by the denier), and the act denied stays coded as a
negated event below it.

A charge can also carry the act it alleges: "rejected accusations that it had sent troops",
"dismissed as baseless reports that its jets bombed a market", "denied allegations of arming
the rebels". The clause or gerund of a charge noun that a verb of denial takes as its object is
denied as well; a charge confirmed ("confirmed reports that its jets struck") is not.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.doc_utils import parse_table
from dyads.stages.misread_frames import is_misread_frame

DENIAL_CAMEO = "120"
_DENYING = frozenset({"deny"})
# Verbs that deny a charge named by their object ("rejected accusations that ...").
_CHARGE_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "disprove"})
# Verbs that answer a charge about their subject, denying or admitting it: the pronoun in what it
# alleges ("reports that it had sent troops") is the answering party.
_CHARGE_ANSWERING = _CHARGE_DENYING | frozenset({"confirm", "admit", "acknowledge"})
# Nouns of a charge or a story whose clause states the act alleged.
_CHARGE_NOUNS = frozenset(
    {"accusation", "allegation", "charge", "claim", "report", "suggestion", "assertion"}
    | {"rumour", "rumor", "speculation"}
)
# Where a verb of denial holds what it denies: a that-clause, or a gerund ("denied sending").
_CONTENT_DEPS = frozenset({"ccomp", "xcomp"})
# How a charge noun holds the act it alleges: a clause ("claims that it had"), which the parser
# reads as a clause of the noun.
_CHARGE_CLAUSE_DEPS = frozenset({"acl", "ccomp"})
_CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Verbs of making or spreading a charge: with no object of their own, their clause on the charge
# says who made it ("the reports that Western media published"), not what it alleges.
_CHARGE_MAKING = frozenset(
    {"make", "publish", "level", "air", "circulate", "carry", "file", "bring", "raise", "spread"}
    | {"repeat", "print", "broadcast", "voice"}
)
_RELATIVE_WORDS = frozenset({"that", "which", "who"})
# How far above an act its verb of denial may be ("denied that it had agreed to send troops").
_MAX_CLIMB = 6


def denied_content(verb: Token) -> list[Token]:
    """The clauses or gerunds a verb of denial says did not happen; empty for other words and
    for a denial itself negated ("did not deny that")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _CHARGE_DENYING:
        return []
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return []
    own = [
        c
        for c in children
        if lemma in _DENYING
        and (c.dep_ in _CONTENT_DEPS or (c.dep_ == "dobj" and c.tag_ == "VBG"))
        and not is_misread_frame(c)  # "accused X of Y, a charge Iran denies"
    ]
    return own + [act for charge in denied_charges(verb) for act in alleged_acts(charge)]


def denied_charges(verb: Token) -> list[Token]:
    """The charge nouns a verb of denial rejects that state an act: its object, or the noun of
    its "as" phrase where the parser took the object for one ("dismissed as false reports that")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CHARGE_DENYING:
        return []
    return [noun for noun in _charge_objects(verb) if alleged_acts(noun)]


def alleged_acts(noun: Token) -> list[Token]:
    """The clauses or gerunds stating the act a charge noun alleges: "accusations that it had
    sent troops" (not a relative clause, "the reports that circulated"), "allegations of arming
    the rebels"."""
    if noun.lemma_.lower() not in _CHARGE_NOUNS:
        return []
    clauses = [c for c in noun.children if c.dep_ in _CHARGE_CLAUSE_DEPS and _states_an_act(c)]
    gerunds = [
        g
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pcomp" and g.tag_ == "VBG"
    ]
    return clauses + gerunds


def denied_allegations(noun: Token) -> list[Token]:
    """The acts a charge noun alleges when a verb of denial rejects it, else none."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    return alleged_acts(noun) if noun in denied_charges(verb) else []


def _states_an_act(clause: Token) -> bool:
    """A clause with a subject of its own that is no relative pronoun standing for the noun, and
    no verb of making the charge whose object is the charge itself."""
    if clause.lemma_.lower() in _CHARGE_MAKING and not any(
        c.dep_ == "dobj" for c in clause.children
    ):
        return False
    subjects = [c for c in clause.children if c.dep_ in _CLAUSE_SUBJECT_DEPS]
    return bool(subjects) and not any(s.lower_ in _RELATIVE_WORDS for s in subjects)


def _charge_objects(verb: Token) -> list[Token]:
    """A verb's direct objects and the nouns of its "as" phrases."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
    ]
    return [o for o in objects if o.dep_ in ("dobj", "pobj")]


def is_inside(token: Token, content: list[Token]) -> bool:
    """Whether a token lies within one of the denied clauses."""
    return any(c.left_edge.i <= token.i <= c.right_edge.i for c in content)


def denying_verb(token: Token) -> Token | None:
    """The verb of denial above a token whose denied content holds it ("rejected accusations
    that it had sent troops": "rejected" for "sent"), else None."""
    doc = token.doc
    parse = parse_table(doc)
    heads, pos, lemmas = parse.heads, parse.pos, parse.lemmas
    current = token.i
    for _ in range(_MAX_CLIMB):
        if heads[current] == current:
            return None
        current = heads[current]
        # Only a verb of denial has denied content: the parse's lists tell the others apart.
        if pos[current] == "VERB" and lemmas[current].lower() in _CHARGE_DENYING:
            verb = doc[current]
            if is_inside(token, denied_content(verb)):
                return verb
    return None


def charge_answerer(clause: Token) -> Token | None:
    """For the clause a charge noun alleges ("reports that it had sent troops"), the verb whose
    subject answers the charge about itself ("Rwanda denied", "Jordan confirmed"), else None."""
    noun = clause.head
    if clause.dep_ not in _CHARGE_CLAUSE_DEPS or clause not in alleged_acts(noun):
        return None
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as":  # "dismissed as false reports that"
        verb = noun.head.head
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CHARGE_ANSWERING:
        return None
    return verb
