"""Demands to lift, ease or end a restraint: "called for the sanctions to be lifted", "demanded
the lifting of the embargo", "urged an end to the fighting".

A demand whose content is the end or easing of something another party holds asks that party
to yield (CAMEO 105, PLOVER REQUEST yield), and the restraint decides the kind: sanctions, an
embargo, a blockade, a boycott or tariffs are economic (1054); restrictions, a curfew, a ban or
a state of emergency administrative (1051); the release of people or property is 1053; an end
to fighting, hostilities or an offensive de-escalates (1056). A bill, law, policy or decision
withdrawn or scrapped is a demanded policy change (1042). Any other act demanded in a clause
marked "for" is a demand (CAMEO 100), as "call for" is with a noun.

The content is read as a noun ("the lifting of sanctions", "an end to the embargo") or as a
clause ("for the sanctions to be lifted", "that the sanctions be lifted"): the parser often
reads "for ... to be lifted" as an adverbial clause, so "call for" patterns never see it. Only
the demand is the event; the relief it asks for has not happened.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

# Verbs of demand, and those that state a demand only with "for" ("called for", "pressed for").
_DEMAND_VERBS = frozenset({"demand", "urge", "seek", "call", "press", "appeal", "ask", "push"})
_NEEDS_FOR = frozenset({"call", "press", "appeal", "ask", "push"})
# Verbs of demand whose infinitive after their object states what is asked of it ("urged Serbia
# to resume talks"); not "call", whose infinitive may be the purpose of a telephone call
# ("called Netanyahu to discuss the war").
_URGING_VERBS = frozenset({"demand", "urge", "press", "ask", "push"})
# Nouns and verbs of ending, easing or releasing what they govern.
_RELIEF_NOUNS = frozenset(
    {"lifting", "easing", "removal", "suspension", "end", "relaxation", "scrapping", "repeal"}
    | {"halt", "cessation", "withdrawal", "abolition", "cancellation", "revocation"}
)
_RELIEF_VERBS = frozenset(
    {"lift", "ease", "remove", "suspend", "end", "relax", "scrap", "repeal", "withdraw"}
    | {"halt", "stop", "drop", "abolish", "cancel", "revoke", "rescind", "loosen"}
)
_RELEASE_WORDS = frozenset({"release", "freeing", "free"})
# What is ended, by the code of the demand to end it.
_RESTRAINT_CODES: dict[str, str] = {
    **dict.fromkeys(("sanction", "embargo", "blockade", "boycott", "tariff"), "1054"),
    **dict.fromkeys(("restriction", "curfew", "ban", "emergency", "lockdown"), "1051"),
    **dict.fromkeys(("fighting", "hostility", "offensive", "war", "bombing", "shelling"), "1056"),
    **dict.fromkeys(("airstrike", "attack", "siege", "violence", "clash", "incursion"), "1056"),
    **dict.fromkeys(("bill", "law", "legislation", "reform", "decree", "policy"), "1042"),
    **dict.fromkeys(("decision", "measure", "tax", "amendment", "rule", "order"), "1042"),
}
_RELEASE_CAMEO = "1053"
_DEMAND_CAMEO = "100"
# Prepositions naming what a relief noun ends: "the lifting of", "an end to", "a halt on".
_RELIEF_PREPOSITIONS = frozenset({"of", "to", "on"})


@dataclass(frozen=True, slots=True)
class DemandedRelief:
    """A demand to end or ease a restraint: its CAMEO code and the words that state it."""

    cameo: str
    words: frozenset[int]


def demanded_relief(verb: Token) -> DemandedRelief | None:
    """The demand to end or ease a restraint a verb makes, or None when it demands no such
    thing."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _DEMAND_VERBS:
        return None
    demanded = _demanded(verb, needs_for=lemma in _NEEDS_FOR)
    for content in demanded:
        found = _relief(content)
        if found is not None:
            return found
    # "called for the protesters to be arrested": a demand of another kind, as "call for" is.
    clause = next((c for c in demanded if c.dep_ == "advcl"), None)
    return DemandedRelief(_DEMAND_CAMEO, frozenset({clause.i})) if clause is not None else None


def _demanded(verb: Token, *, needs_for: bool) -> list[Token]:
    """What the verb demands: a noun after "for" (or its object), or the verb of a clause
    marked "for" or, without "for", a "that" clause."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            found += [o for o in child.children if o.dep_ == "pobj"]
        elif child.dep_ == "dobj" and not needs_for:
            found.append(child)
        elif child.dep_ in ("advcl", "ccomp") and child.pos_ == "VERB":
            marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
            if "for" in marks or (not needs_for and child.dep_ == "ccomp"):
                found.append(child)
    return found


def _relief(content: Token) -> DemandedRelief | None:
    """The demand of ending what a demanded noun or clause ends, else None."""
    lemma = content.lemma_.lower()
    if content.pos_ == "VERB":
        ended = [c for c in content.children if c.dep_ in ("nsubjpass", "dobj")]
        if lemma in _RELEASE_WORDS and ended:
            return DemandedRelief(_RELEASE_CAMEO, frozenset({content.i}))
        return _restraint(content, ended) if lemma in _RELIEF_VERBS else None
    if lemma in _RELEASE_WORDS or content.lower_ in _RELEASE_WORDS:
        return DemandedRelief(_RELEASE_CAMEO, frozenset({content.i}))
    if lemma not in _RELIEF_NOUNS:
        return None
    ended = [
        o
        for p in content.children
        if p.dep_ == "prep" and p.lower_ in _RELIEF_PREPOSITIONS
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return _restraint(content, ended)


def _restraint(content: Token, ended: list[Token]) -> DemandedRelief | None:
    """The demand of ending the first restraint among the words a relief word governs; the
    relief word and the restraint are what the demand states."""
    for noun in ended:
        # "the lifting of the state of emergency": the state is named by its "of" phrase.
        named = [noun, *(o for p in noun.children if p.lower_ == "of" for o in p.children)]
        for word in named:
            code = _RESTRAINT_CODES.get(word.lemma_.lower())
            if code is not None:
                return DemandedRelief(code, frozenset({content.i, word.i}))
    return None


def demanding_verb(clause: Token) -> Token | None:
    """The verb of demand whose content a clause states ("demanded that the sanctions be
    lifted", "called for the bill to be withdrawn"), else None: what is demanded has not
    happened."""
    head = clause.head
    lemma = head.lemma_.lower()
    if head.i == clause.i or head.pos_ != "VERB" or lemma not in _DEMAND_VERBS:
        return None
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if clause.dep_ == "advcl" and "for" in marks:
        return head
    if clause.dep_ == "ccomp" and lemma not in _NEEDS_FOR and "whether" not in marks:
        return head
    if clause.dep_ == "xcomp" and lemma in _URGING_VERBS and _addresses_a_party(head):
        return head  # "urged Serbia to resume talks": the talks urged have not happened
    return None


def _addresses_a_party(verb: Token) -> bool:
    """Whether a verb of demand has an object it asks ("urged Serbia to"), unlike the subject's
    own attempt ("pushed to win")."""
    return any(c.dep_ == "dobj" for c in verb.children)
