"""Leaving as a result: "left thousands without food", "left 30 people dead".

"Leave" with an object and a predicate saying what state the object is left in ("left the city
in ruins", "left Iran short of spare parts", "left 20 dead", "left thousands homeless") reports
what an act or a disaster did to it, no withdrawal from a place. A "without" phrase of manner
("left the town without a fight") still goes with a withdrawal. So does an infinitive saying what
the object is left behind to do ("completed their withdrawal, leaving U.N. peacekeepers to guard
Mogadishu"): the object is handed a task, not left as a partner is.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose object with a predicate is a result, not a place left.
_RESULT_VERBS = frozenset({"leave"})
# How a predicate of the object hangs on the verb ("left 20 dead": "dead" as oprd).
_PREDICATE_DEPS = frozenset({"oprd", "acomp", "xcomp", "ccomp", "advmod", "dep"})
# Adjectives and participles that say in what state something is ("dead", "stranded").
_PREDICATE_TAGS = frozenset({"JJ", "JJR", "VBN"})
# Words that describe the one who leaves ("left Haiti empty-handed"), not what is left.
_LEAVER_STATES = frozenset({"empty-handed", "disappointed", "satisfied", "unannounced"})
# Words of lack that head a predicate whatever their tag ("short of fuel").
_LACK_WORDS = frozenset({"short", "bereft", "devoid"})
# States something is left "in" ("in ruins", "in the dark").
_STATE_NOUNS = frozenset(
    {"ruin", "ruins", "ash", "ashes", "rubble", "tatters", "shambles", "darkness", "dark"}
    | {"limbo", "chaos", "disarray", "mourning", "shock", "poverty", "debt", "need", "flames"}
)
# What a withdrawal is made "without" ("left without a fight"): manner, not a lack.
_MANNER_NOUNS = frozenset(
    {"fight", "resistance", "incident", "warning", "notice", "explanation", "comment", "word"}
    | {"delay", "ceremony", "permission", "agreement", "shot"}
)


def leaves_in_a_state(verb: Token) -> bool:
    """Whether a verb of leaving puts its object in a state ("left hospitals without fuel")."""
    if verb.lemma_.lower() not in _RESULT_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    after = [t for t in (*verb.children, *objects[0].children) if t.i > objects[0].i]
    return any(_is_predicate(t) or _is_task(t) for t in after)


def _is_task(token: Token) -> bool:
    """ "leaving U.N. peacekeepers to guard Mogadishu": an infinitive says what the object is
    left behind to do, which hands it a task, no withdrawal from it."""
    return token.dep_ == "xcomp" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def _is_predicate(token: Token) -> bool:
    if token.lower_ in _LACK_WORDS:
        return True
    phrase = token.doc[token.left_edge.i : token.right_edge.i + 1].text.lower()
    if phrase in _LEAVER_STATES:
        return False
    if token.dep_ in ("amod", "acl", *_PREDICATE_DEPS) and token.tag_ in _PREDICATE_TAGS:
        return True
    if token.dep_ != "prep":
        return False
    objects = [c for c in token.children if c.dep_ == "pobj"]
    if token.lower_ == "without":
        return any(o.lemma_.lower() not in _MANNER_NOUNS for o in objects)
    if token.lower_ == "in":
        return any(o.lower_ in _STATE_NOUNS or o.lemma_.lower() in _STATE_NOUNS for o in objects)
    return False


def objects_left(act: Token) -> list[Token]:
    """What an act that is the subject of such a verb leaves in a state ("U.S. sanctions have
    left Iran short of spare parts": Iran), which is what the act was done to."""
    if act.dep_ != "nsubj" or not leaves_in_a_state(act.head):
        return []
    return [c for c in act.head.children if c.dep_ == "dobj"]


# Participles that end something as the result of the clause they follow ("..., ending a
# 25-year civil war"), and the nouns of "bringing the fighting to an end", "putting an end to".
_ENDING = frozenset({"end", "conclude", "close"})
_BRINGING = frozenset({"bring"})
_PUTTING = frozenset({"put"})


def is_result_ending(token: Token) -> bool:
    """Whether a token is a participle that tells what the clause before it ended ("signed a
    peace accord, ending 16 years of war", "..., bringing the fighting to an end"), or the
    thing it ended: a result of the main event, no concession or ceasefire of its own, and no
    fighting still going on."""
    participle = _result_participle(token)
    if participle is None and token.dep_ in ("dobj", "pobj"):
        head = token.head if token.dep_ == "dobj" else token.head.head
        if token.dep_ == "pobj" and token.head.lower_ != "to":
            return False
        # "putting an end to the war": the war hangs on "end"; "bringing the fighting to an
        # end": on the participle.
        if head.lemma_.lower() == "end" and head.dep_ == "dobj":
            head = head.head
        participle = _result_participle(head)
    return participle is not None


def _result_participle(verb: Token) -> Token | None:
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.i >= verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None  # "after ending the war", "with the army ending its siege": no result
    if verb.i == 0 or verb.doc[verb.i - 1].lower_ != ",":
        return None
    lemma = verb.lemma_.lower()
    if lemma in _ENDING:
        return verb
    ends = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for o in c.children
        if o.lemma_.lower() == "end"
    ]
    if lemma in _BRINGING and ends:
        return verb
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in _PUTTING and any(o.lemma_.lower() == "end" for o in objects):
        return verb
    return None
