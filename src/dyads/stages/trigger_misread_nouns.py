"""Event nouns the tagger reads as verbs after a light verb: "held missile tests off the coast"
parses "missile" as a subject and "tests" as its verb, the clause as the object of "held". A
plural event noun right after a verb of holding or carrying out, as its object, is the noun."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from dyads.stages.trigger_lemmas import lemma_of

# Verbs whose object is an event held or carried out ("held drills", "staged tests").
LIGHT_VERBS = frozenset({"hold", "conduct", "carry", "stage", "perform"})
# The links by which the misread clause hangs on the light verb.
_OBJECT_DEPS = frozenset({"dobj", "ccomp"})
# Modifiers of the noun the parser reads as its subject ("missile", "bombing").
_MISREAD_SUBJECT_TAGS = frozenset({"NN", "NNS"})


def is_misread_event_noun(token: Token, event_nouns: Container[str]) -> bool:
    """ "India held missile tests off its coast": "tests", tagged as a verb's -s form, is the
    plural event noun the light verb before it holds."""
    return is_misread_noun(token) and token.lemma_.lower() in event_nouns


def is_misread_noun(token: Token) -> bool:
    """Whether a verb's -s form is, by its place, a plural noun a light verb holds."""
    if token.tag_ != "VBZ" or token.dep_ not in _OBJECT_DEPS:
        return False
    verb = token.head
    if verb.i > token.i or verb.lemma_.lower() not in LIGHT_VERBS:
        return False
    # Only nouns may stand between the two verbs: "held that the levy violates" is a clause.
    between = token.doc[verb.i + 1 : token.i]
    if len(between) and between[0].lower_ == "out":
        between = between[1:]  # "carried out"
    return all(t.tag_ in _MISREAD_SUBJECT_TAGS for t in between)


# The links by which the parser hangs a gerund modifier on the light verb.
_GERUND_DEPS = frozenset({"xcomp", "advcl", "ccomp", "dobj"})


def is_gerund_modifier(token: Token) -> bool:
    """ "staged landing exercises", "held firing drills": a gerund right before the plural event
    noun a light verb holds, which the parser made a clause with the noun as its object, only
    says what kind of act the noun is; it is no verb of its own."""
    if token.tag_ != "VBG" or token.dep_ not in _GERUND_DEPS:
        return False
    if token.head.i > token.i or lemma_of(token.head) not in LIGHT_VERBS:
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        following is not None
        and following.dep_ == "dobj"
        and following.head == token
        and following.tag_ == "NNS"
    )


# What makes a bare verb a clause of its own: a subject, an auxiliary or a subordinator.
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})
# Finite verbs a bare form cannot share a tense with.
_FINITE_TAGS = frozenset({"VBD", "VBZ"})
# Verbs whose past is spelt as their base, which the tagger often reads as a base form ("clashed
# with police and set fire to cars"): a past all the same.
_SAME_PAST = frozenset(
    {"set", "put", "cut", "hit", "let", "shut", "spread", "cast", "quit", "burst", "hurt"}
    | {"cost", "bet", "split", "shed", "thrust", "upset", "broadcast", "forecast", "bid", "rid"}
)


def is_misread_conjoined_verb(token: Token) -> bool:
    """ "Japan froze loans and grant aid": a bare verb form joined to a finite verb, with no
    subject, auxiliary or modal of its own, cannot share that verb's tense; it is a noun modifier
    the parser made a verb ("grant aid"), and its object is the finite verb's object too."""
    return (
        token.tag_ == "VB"
        and token.dep_ == "conj"
        and token.lower_ not in _SAME_PAST
        and token.head.tag_ in _FINITE_TAGS
        and not any(c.dep_ in _OWN_CLAUSE_DEPS for c in token.children)
    )


def object_conjuncts(token: Token) -> list[Token]:
    """The objects a noun object is joined to by "and" ("suspended loans and aid": loans for
    aid, aid for loans), also where the parser made the noun's modifier a verb ("froze loans
    and grant aid")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    if token.dep_ == "conj" and token.head.dep_ == "dobj":
        return [token.head]
    if token.dep_ == "dobj" and is_misread_conjoined_verb(token.head):
        return [c for c in token.head.head.children if c.dep_ == "dobj"]
    if token.dep_ == "dobj":
        return [c for c in token.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    return []
