"""Calls for an office-holder to go: "called for the minister to resign", "demanded the
resignation of the prime minister", "urged the president to step down".

A request whose content is that someone leave office, or be removed from it, asks for a change
of leadership: CAMEO 0241 (appeal for change in leadership) after a verb of appeal, 1041 (demand
change in leadership) after a verb of demand; PLOVER codes both REQUEST, mode change. The
content is read as a noun ("the resignation of", "his ouster"), as a clause ("for the minister
to resign", "that the mayor quit", "for the governor to be sacked") or as the clause of the
party asked ("urged the president to step down", "called on the chief to resign"). Only the
request is the event; the resignation has not happened.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

_APPEAL_VERBS = frozenset({"urge", "call", "press", "appeal", "ask", "push", "petition"})
_DEMAND_VERBS = frozenset({"demand", "insist", "seek"})
# Both, joined once: every verb of a text is looked up in them.
_REQUEST_VERBS = _APPEAL_VERBS | _DEMAND_VERBS
_APPEAL_CAMEO = "0241"
_DEMAND_CAMEO = "1041"
# Nouns of leaving or losing office.
_OUSTER_NOUNS = frozenset(
    {"resignation", "ouster", "dismissal", "sacking", "impeachment", "abdication", "overthrow"}
)
# Verbs of leaving office, with the particles that make a phrasal verb one ("step down").
_LEAVING_VERBS = frozenset({"resign", "quit", "abdicate"})
_PHRASAL_LEAVING: dict[str, frozenset[str]] = {
    "step": frozenset({"down", "aside"}),
    "stand": frozenset({"down", "aside"}),
}
# Verbs of removing from office, read in the passive ("for the governor to be sacked"), and
# the words of the office-holders removed ("that the charges be dismissed" removes no one).
_REMOVING_VERBS = frozenset({"sack", "dismiss", "remove", "oust", "impeach", "fire", "depose"})
_OFFICE_HOLDERS = frozenset(
    {"president", "minister", "premier", "governor", "mayor", "chief", "head", "leader"}
    | {"chairman", "chairwoman", "commander", "director", "official", "judge", "king", "cabinet"}
    | {"government", "secretary", "speaker", "prosecutor", "general", "ambassador", "he", "she"}
)
# What "quit" or "resign" may have as object and still mean leaving office.
_OFFICE_OBJECTS = frozenset(
    {"post", "office", "job", "position", "seat", "presidency", "premiership", "leadership"}
)
# Links by which the requested clause or noun hangs on the verb of request.
_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "ccomp"})
_ADDRESSEE_PREPS = frozenset({"on", "upon"})


@dataclass(frozen=True, slots=True)
class LeadershipDemand:
    """A request that an office-holder go: its CAMEO code and the words that state it."""

    cameo: str
    words: frozenset[int]


def demanded_leadership_change(verb: Token) -> LeadershipDemand | None:
    """The request for someone to leave office that a verb makes, else None."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _REQUEST_VERBS:
        return None
    cameo = _DEMAND_CAMEO if lemma in _DEMAND_VERBS else _APPEAL_CAMEO
    for content in _requested(verb):
        if _leaves_office(content):
            return LeadershipDemand(cameo, frozenset({content.i}))
    return None


def _requested(verb: Token) -> list[Token]:
    """What a verb of request may ask for: its object, the object of "for", and the clauses it
    governs, also those hung on the party called on ("called on the chief to resign")."""
    found: list[Token] = []
    for child in verb.children:
        dep = child.dep_
        if dep == "dobj" or dep in _CLAUSE_DEPS:
            found.append(child)
        elif dep == "prep" and child.lower_ in ("for", *_ADDRESSEE_PREPS):
            for noun in child.children:
                if noun.dep_ != "pobj":
                    continue
                found.append(noun)
                found += [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    return found


def _leaves_office(content: Token) -> bool:
    """Whether a requested noun or clause is someone leaving, or being removed from, office."""
    lemma = content.lemma_.lower()
    # "demanded that the mayor resign": the tagger may read a bare verb as a noun; its link
    # to the verb of request still says it is a clause.
    is_clause = content.pos_ in ("VERB", "AUX") or content.dep_ in _CLAUSE_DEPS
    if not is_clause:
        return content.pos_ in ("NOUN", "PROPN") and lemma in _OUSTER_NOUNS
    children = list(content.children)
    if lemma in _LEAVING_VERBS:
        objects = [c for c in children if c.dep_ == "dobj"]
        return all(o.lemma_.lower() in _OFFICE_OBJECTS for o in objects)
    particles = _PHRASAL_LEAVING.get(lemma)
    if particles is not None:
        return any(c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in children)
    if lemma not in _REMOVING_VERBS or not any(c.dep_ == "auxpass" for c in children):
        return False
    removed = [c for c in children if c.dep_ == "nsubjpass"]
    return any(_holds_office(r) for r in removed)


def _holds_office(party: Token) -> bool:
    """A person named, or a word of office ("the governor", "he")."""
    if party.ent_type_ == "PERSON":
        return True
    return party.lemma_.lower() in _OFFICE_HOLDERS or party.lower_ in _OFFICE_HOLDERS
